// «Создать вкладки»: a tab for every unit of the settings that has none, complete or not there at all, protected or retried.
import { cellText } from '../domain/cellValue';
import type { Finding } from '../domain/model';
import { countWith } from '../domain/russian';
import { type ActionResult, BUSY_MESSAGE, readSettings, RUN_BUDGET_MS, TABS, tabsPerRun, withLock } from './actions';
import { listAllTabs, readableTabs, valuesOf } from './gasWorkbook';
import { writeDoc } from './gasWriter';
import { literalText, type SheetDoc } from './sheetDoc';
import { captionOfItem } from './menuItems';
import { type ProtectionOutcome, protectUnitTab, refusedSentence } from './protections';
import { UNREAD_ROW_LABEL } from './settingsLayout';
import { KEY_COL, SETTINGS_TAB } from './settingsTab';
import { declaredUnitOf, renderUnitTemplate, unitNameCell } from './unitTab';
import type { Settings, UnitDef } from '../domain/model';
import { resumedWalk, type UnitWalk } from './unitRuns';
import { fingerprint } from './yearJournal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A unit tab being made («~» keeps it out of every check and build until it gets the unit's name). */
const NEW_TAB_PREFIX = '~новая вкладка ';
/** The hidden tab every new unit tab of a run is copied from; deleted when the run ends, or by the next run. */
const TEMPLATE_TAB = '~образец вкладки единицы';

/**
 * Tabs this item made whose protection Sheets refused (JSON list of tab names): protected again the next time the item
 * is chosen, so a passing service error leaves no tab merely warning-only once the item has been chosen again.
 */
const UNPROTECTED_NEW_TABS = 'mentorMonitor.unprotectedNewTabs';

/**
 * «Создать вкладки»: adds a tab for every unit of the settings that has none. Existing tabs are never changed (only
 * protected again when this item's own protection of them was refused). Each run writes one hidden template tab and
 * makes every new tab as a copy of it (one call instead of the layout's dozen). A tab costs seconds in Sheets, so a run
 * stops before Apps Script's 6 minutes (`pending`, and the progress sidebar calls the next run): the next run carries
 * on with the units still without a tab, looking up only those (CREATE_PROGRESS) unless the last run failed.
 */
export function createUnitTabs(ss: Spreadsheet): ActionResult & { pending?: boolean } {
  return withLock<ActionResult & { pending?: boolean }>({ ok: false, message: BUSY_MESSAGE }, () => createUnitTabsLocked(ss));
}

/** The list of refused tabs, kept in the document's properties after every change, so a run stopped later loses none. */
function refusedList(): { has: (tab: string) => boolean; set: (tab: string, refused: boolean) => void } {
  const props = PropertiesService.getDocumentProperties();
  const tabs = new Set<string>(parseList(props.getProperty(UNPROTECTED_NEW_TABS)));
  return {
    has: (tab) => tabs.has(tab),
    set: (tab, refused) => {
      if (refused === tabs.has(tab)) return;
      if (refused) tabs.add(tab);
      else tabs.delete(tab);
      if (tabs.size) props.setProperty(UNPROTECTED_NEW_TABS, JSON.stringify([...tabs]));
      else props.deleteProperty(UNPROTECTED_NEW_TABS);
    },
  };
}

function parseList(text: string | null): string[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return []; // a list edited by hand: nothing to retry
  }
}

/** Where a «Создать вкладки» stopped by the time limit goes on (JSON of CreateProgress); deleted when it is done. */
const CREATE_PROGRESS = 'mentorMonitor.createTabsProgress';

interface CreateProgress extends UnitWalk {
  /** Units named inside renamed tabs (not to be made again), among the units still ahead. */
  declared: string[];
  /** Tabs still to make when the run stopped (as the first run counted them, less those made since). */
  left: number;
  /** The run that saved it ended normally: no «~» tab is left, and the next run need not look at every tab again. */
  clean: boolean;
}

/** What a run knows of the workbook's tabs before it makes any. */
interface TabsSeen {
  find: (tab: string) => Sheet | null;
  declaredUnits: Set<string>;
  /** Tabs of units that are not in the settings (seen only when every tab is looked at). */
  foreign: string[];
  /** The first unit (in the settings' order) this run looks at. */
  from: number;
  /** Whether `find` is a lookup in a listing (free) rather than a call to Sheets per unit. */
  listed: boolean;
}

/**
 * Every tab looked at once: a half-made «~» tab or a template left by a run that was stopped is deleted, and the unit
 * named inside each tab whose name is not a unit's tab name is read, so a renamed tab is recognised and not made twice.
 * Tabs under a unit's own name are not read.
 */
function seeEveryTab(ss: Spreadsheet, settings: Settings): TabsSeen {
  const all = listAllTabs(ss);
  for (const t of all) if (t.name.startsWith(NEW_TAB_PREFIX) || t.name === TEMPLATE_TAB) ss.deleteSheet(t.sheet);
  const tabs = readableTabs(all).filter((t) => t.name !== SETTINGS_TAB);
  const byName = new Map(tabs.map((t) => [t.name, t.sheet]));
  const unitTabNames = new Set(settings.units.map((u) => u.tab));
  const declared = new Map(tabs.filter((t) => !unitTabNames.has(t.name)).map((t) => [t.name, declaredUnitOf(valuesOf(t.sheet))]));
  const unitNames = new Set(settings.units.map((u) => u.name));
  const foreign = [...declared].filter(([, d]) => d && !unitNames.has(d)).map(([name]) => name);
  return { find: (tab) => byName.get(tab) ?? null, declaredUnits: new Set(declared.values()), foreign, from: 0, listed: true };
}

/**
 * A run after one that stopped cleanly: only the units still ahead are looked up, one by one. Listing every tab again
 * would cost each run more than the last (at the high constants 2 000 tab names alone take 5 minutes).
 */
function seeFromProgress(ss: Spreadsheet, progress: CreateProgress): TabsSeen {
  return {
    find: (tab) => ss.getSheetByName(tab),
    declaredUnits: new Set(progress.declared),
    foreign: [],
    from: progress.done,
    listed: false,
  };
}

function createUnitTabsLocked(ss: Spreadsheet): ActionResult & { pending?: boolean } {
  const started = Date.now();
  const { settings, problem, findings } = readSettings(ss);
  if (problem) return { ok: false, message: problem };
  const props = PropertiesService.getDocumentProperties();
  const job = fingerprint(settings.units.map((u) => u.tab));
  const saved = resumedWalk<CreateProgress>(CREATE_PROGRESS, { job, done: 0, declared: [], left: 0, clean: false });
  const resume = saved.done > 0 && saved.clean === true;
  // A run that fails from here on leaves the record unclean: the next one looks at every tab again.
  if (resume) props.setProperty(CREATE_PROGRESS, JSON.stringify({ ...saved, clean: false }));
  const seen = resume ? seeFromProgress(ss, saved) : seeEveryTab(ss, settings);
  const refusedBefore = refusedList();
  const created: string[] = [];
  const protections: ProtectionOutcome[] = [];
  const kept: string[] = [];
  // Tabs this item made in earlier runs whose protection Sheets refused, wherever they are in the list.
  for (const unit of settings.units) {
    const existing = refusedBefore.has(unit.tab) ? seen.find(unit.tab) : null;
    if (!existing) continue;
    const outcome = protectUnitTab(
      existing,
      settings,
      unit,
      valuesOf(existing).map((row) => cellText(row[KEY_COL - 1])),
    );
    protections.push(outcome);
    refusedBefore.set(unit.tab, outcome.refused);
  }
  let index = ss.getNumSheets();
  let stoppedAt = -1;
  const perRun = tabsPerRun();
  let template: UnitTemplate | undefined;
  for (let i = seen.from; i < settings.units.length; i++) {
    const unit = settings.units[i];
    if (seen.find(unit.tab) || seen.declaredUnits.has(unit.name)) {
      kept.push(unit.tab);
      continue;
    }
    // Past the run's time (or its count of tabs) only once a tab is made: a run whose look at the tabs alone used its
    // time still makes one.
    if (created.length > 0 && (Date.now() - started > RUN_BUDGET_MS || created.length >= perRun)) {
      stoppedAt = i;
      break;
    }
    template ??= prepareTemplate(ss, settings, index++);
    const { sheet, outcome } = copyForUnit(ss, template, settings, unit, `${NEW_TAB_PREFIX}${i + 1}`, index++);
    protections.push(outcome);
    // Remembered before the tab takes its name: a run stopped in between leaves a «~» tab, made again, not an unretried one.
    refusedBefore.set(unit.tab, outcome.refused);
    sheet.setName(unit.tab);
    created.push(unit.tab);
  }
  if (template) ss.deleteSheet(template.sheet);
  let left = 0;
  if (stoppedAt >= 0) {
    const ahead = settings.units.slice(stoppedAt);
    left = seen.listed
      ? ahead.filter((u) => !seen.find(u.tab) && !seen.declaredUnits.has(u.name)).length
      : Math.max(1, saved.left - created.length);
    const declared = ahead.filter((u) => seen.declaredUnits.has(u.name)).map((u) => u.name);
    props.setProperty(CREATE_PROGRESS, JSON.stringify({ job, done: stoppedAt, declared, left, clean: true } satisfies CreateProgress));
  } else props.deleteProperty(CREATE_PROGRESS);
  return { ...createdMessage(created, kept, seen.foreign, left, protections, findings), ...(left ? { pending: true } : {}) };
}

/** The run's report: tabs made, tabs kept, tabs of unknown units, what is left, and the protections Sheets refused. */
function createdMessage(
  created: string[],
  kept: string[],
  foreign: string[],
  left: number,
  protections: ProtectionOutcome[],
  findings: Finding[],
) {
  const parts = [
    created.length ? `Создано ${countWith(created.length, TABS)}: ${created.join(', ')}.` : 'Новых вкладок не понадобилось.',
    kept.length ? `Уже были и не изменены: ${countWith(kept.length, TABS)}.` : '',
    foreign.length ? `Вкладки единиц, которых нет в настройках (не удалены): ${foreign.join(', ')}.` : '',
    unreadRowsSentence(findings),
    left
      ? `Время одного запуска на исходе, не успели создать: ${countWith(left, TABS)}. Выберите «Создать вкладки» ещё раз — продолжится с них.`
      : '',
    // The tabs stay (a coordinator's address Sheets refuses would otherwise block the tab for good): their protection is
    // retried by «Применить защиту», or by this item chosen again.
    refusedSentence(protections, captionOfItem('applyProtections')),
  ];
  const refusals = protections.filter((p) => p.refused).map((p) => `\n${p.line}`);
  return { ok: true, message: parts.filter(Boolean).join(' ') + refusals.join('') };
}

/** The template tab of a run and the document it was written from (its keys and frozen rows are every copy's). */
interface UnitTemplate {
  sheet: Sheet;
  doc: SheetDoc;
}

/** Writes every unit tab's common part once, into a hidden tab, in the same batched calls a unit tab took before. */
function prepareTemplate(ss: Spreadsheet, settings: Settings, index: number): UnitTemplate {
  const sheet = ss.insertSheet(TEMPLATE_TAB, index);
  const doc = renderUnitTemplate(settings, TEMPLATE_TAB);
  writeDoc(sheet, doc);
  sheet.hideSheet();
  return { sheet, doc };
}

/**
 * A unit's tab as one copy of the template, under a temporary «~» name, then its unit named and the tab protected; the
 * caller gives it the unit's name last, so a tab under a unit's name is always complete.
 * Google: insertSheet(name, index, {template}) copies «All data from the template sheet object» (reference/spreadsheet/
 * spreadsheet#insertSheet(String,Integer,Object)). Read through the Sheets data model (GridData), that is every cell's
 * value, formula, format, note and validation, and the columns' widths and hidden key column, which the tab keeps.
 * The docs say nothing of the sheet's own properties, so those are set here rather than assumed: the frozen rows, the
 * visibility (the template is hidden), and the protections (protectUnitTab replaces any the copy might carry).
 */
function copyForUnit(ss: Spreadsheet, template: UnitTemplate, settings: Settings, unit: UnitDef, name: string, index: number) {
  const sheet = ss.insertSheet(name, index, { template: template.sheet });
  const cell = unitNameCell(settings);
  sheet.getRange(cell.row, cell.col).setValue(literalText(unit.name));
  if (template.doc.frozenRows) sheet.setFrozenRows(template.doc.frozenRows);
  sheet.showSheet();
  const keys = template.doc.cells.map((row) => String(row[KEY_COL - 1]?.v ?? ''));
  return { sheet, outcome: protectUnitTab(sheet, settings, unit, keys) };
}

/** Rows typed over a title or a header of «Настройки» are not units: the result names them, so none is dropped silently. */
function unreadRowsSentence(findings: readonly Finding[]): string {
  const unread = findings.filter((f) => f.label === UNREAD_ROW_LABEL).map((f) => `${f.cell} («${f.value}»)`);
  if (!unread.length) return '';
  return `Не прочитаны строки «${SETTINGS_TAB}», вписанные на месте заголовков: ${unread.join(', ')}. Вставьте строки внутри таблицы, перенесите туда текст и выберите «${captionOfItem('createTabs')}» ещё раз.`;
}

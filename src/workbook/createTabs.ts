// «Создать вкладки»: a tab for every unit of the settings that has none, complete or not there at all, protected or retried.
import { cellText } from '../domain/cellValue';
import { countWith } from '../domain/russian';
import { type ActionResult, BUSY_MESSAGE, readSettings, RUN_BUDGET_MS, TABS, withLock } from './actions';
import { listAllTabs, readableTabs, valuesOf } from './gasWorkbook';
import { writeDoc } from './gasWriter';
import { literalText, type SheetDoc } from './sheetDoc';
import { captionOfItem } from './menuItems';
import { type ProtectionOutcome, protectUnitTab, refusedSentence } from './protections';
import { KEY_COL, SETTINGS_TAB } from './settingsTab';
import { declaredUnitOf, renderUnitTemplate, unitNameCell } from './unitTab';
import type { Settings, UnitDef } from '../domain/model';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A unit tab being made («~» keeps it out of every check and build until it gets the unit's name). */
const NEW_TAB_PREFIX = '~новая вкладка ';
/** The hidden tab every new unit tab of a run is copied from; deleted when the run ends, or by the next run. */
export const TEMPLATE_TAB = '~образец вкладки единицы';

/**
 * Tabs this item made whose protection Sheets refused (JSON list of tab names): protected again the next time the item
 * is chosen, so a passing service error leaves no tab merely warning-only once the item has been chosen again.
 */
export const UNPROTECTED_NEW_TABS = 'mentorMonitor.unprotectedNewTabs';

/**
 * «Создать вкладки»: adds a tab for every unit of the settings that has none. Existing tabs are never changed (only
 * protected again when this item's own protection of them was refused). Each run writes one hidden template tab and
 * makes every new tab as a copy of it (one call instead of the layout's dozen). A tab costs seconds in Sheets, so a run
 * stops before Apps Script's 6 minutes and says to click again (`pending`): the next run carries on with the units still
 * without a tab.
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

function createUnitTabsLocked(ss: Spreadsheet): ActionResult & { pending?: boolean } {
  const started = Date.now();
  const { settings, problem } = readSettings(ss);
  if (problem) return { ok: false, message: problem };
  const all = listAllTabs(ss);
  // A run stopped half-way through a tab (a Sheets error, the time limit) left it under its temporary name: made again.
  for (const t of all) if (t.name.startsWith(NEW_TAB_PREFIX) || t.name === TEMPLATE_TAB) ss.deleteSheet(t.sheet);
  const tabs = readableTabs(all).filter((t) => t.name !== SETTINGS_TAB);
  const byName = new Map(tabs.map((t) => [t.name, t.sheet]));
  // The unit named inside each tab whose name is not a unit's tab name, so a renamed tab is recognised and not created
  // twice. Tabs under a unit's own name are not read: a second run over a long list must not spend its time re-reading.
  const unitTabNames = new Set(settings.units.map((u) => u.tab));
  const declared = new Map(tabs.filter((t) => !unitTabNames.has(t.name)).map((t) => [t.name, declaredUnitOf(valuesOf(t.sheet))]));
  const declaredUnits = new Set(declared.values());
  const refusedBefore = refusedList();
  const created: string[] = [];
  const protections: ProtectionOutcome[] = [];
  const kept: string[] = [];
  let index = ss.getNumSheets();
  let left = 0;
  let template: UnitTemplate | undefined;
  for (const [i, unit] of settings.units.entries()) {
    const existing = byName.get(unit.tab);
    if (existing && refusedBefore.has(unit.tab)) {
      const keys = valuesOf(existing).map((row) => cellText(row[KEY_COL - 1]));
      const outcome = protectUnitTab(existing, settings, unit, keys);
      protections.push(outcome);
      refusedBefore.set(unit.tab, outcome.refused);
    }
    if (existing || declaredUnits.has(unit.name)) {
      kept.push(unit.tab);
      continue;
    }
    if (left || Date.now() - started > RUN_BUDGET_MS) {
      left++;
      continue;
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
  const unitNames = new Set(settings.units.map((u) => u.name));
  const foreign = [...declared].filter(([, d]) => d && !unitNames.has(d)).map(([name]) => name);
  const parts = [
    created.length ? `Создано ${countWith(created.length, TABS)}: ${created.join(', ')}.` : 'Новых вкладок не понадобилось.',
    kept.length ? `Уже были и не изменены: ${countWith(kept.length, TABS)}.` : '',
    foreign.length ? `Вкладки единиц, которых нет в настройках (не удалены): ${foreign.join(', ')}.` : '',
    left
      ? `Время одного запуска на исходе, не успели создать: ${countWith(left, TABS)}. Выберите «Создать вкладки» ещё раз — продолжится с них.`
      : '',
    // The tabs stay (a coordinator's address Sheets refuses would otherwise block the tab for good): their protection is
    // retried by «Применить защиту», or by this item chosen again.
    refusedSentence(protections, captionOfItem('applyProtections')),
  ];
  const refusals = protections.filter((p) => p.refused).map((p) => `\n${p.line}`);
  return { ok: true, message: parts.filter(Boolean).join(' ') + refusals.join(''), ...(left ? { pending: true } : {}) };
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

// What each menu item does, in Apps Script: read everything once, compute in memory, write in batches, report in Russian.
import type { CellValue, Settings } from '../domain/model';
import type { Note, Recommendation } from '../domain/note';
import { noteDocument, type NoteDocument } from '../domain/noteDocument';
import type { Summary } from '../domain/summary';
import { countWith, type PluralForms } from '../domain/russian';
import { notStartedText } from '../domain/campaign';
import { renderCampaignTab } from './campaignTab';
import { analyze, type Analysis, type TabValues } from './analyze';
import { asWorkbookValues, listAllTabs, listTabs, lookupIn, readableTabs, type TabRef, valuesOf } from './gasWorkbook';
import { parseStaging, type RunMode, STAGING_COLUMNS, STAGING_TAB, stagingRows } from './staging';
import { replaceTabs, type TabLookup, writeDoc } from './gasWriter';
import { renderInstructions } from './instructionsTab';
import { defaultSettings } from './defaults';
import { KEY_COL, parseSettings, renderSettings, SETTINGS_TAB } from './settingsTab';
import { literalText } from './sheetDoc';
import { renderCheckTab, renderSummaryTabs } from './summaryTabs';
import { INSTRUCTIONS_TAB, SUMMARY_TABS } from './tabNames';
import { COL, declaredUnitOf, READY_KEY, renderUnitTab, yearHeaders, YEARS_KEY } from './unitTab';
import { protectAll, protectUnitTab, switchIntake } from './protections';
import { applyTrim, fitNewTab, trimPlan } from './gridSize';
import { captionOf } from './menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What every menu action returns: shown to the user in Sheets, printed or saved by the CLI. */
export interface ActionResult {
  ok: boolean;
  message: string;
}

/** The machine-readable result of a build (schema documented in the README). */
export interface BuildOutput {
  schemaVersion: 2;
  summary: Summary;
  note: Note;
  recommendations: Recommendation[];
}

export interface BuildResult extends ActionResult {
  output?: BuildOutput;
  /** A large workbook is read over several runs: call continueRun until this is false. */
  pending?: boolean;
  errors: number;
  warnings: number;
}

/** «1 вкладка / 2 вкладки / 5 вкладок», and after «для» and «на». */
const TABS: PluralForms = ['вкладка', 'вкладки', 'вкладок'];
const TABS_PREPOSITIONAL: PluralForms = ['вкладке', 'вкладках', 'вкладках'];

/** One lock guards every run that reads or rewrites the workbook, so the message names them all. */
export const BUSY_MESSAGE =
  'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка или переход на новый год). Попробуйте через минуту.';

function toast(ss: Spreadsheet, message: string): void {
  ss.toast(message, 'Наставничество', 5);
}

/** «Подготовить таблицу»: adds the settings and instructions tabs when they are missing; never overwrites them. */
export function setupWorkbook(ss: Spreadsheet, settings: Settings = defaultSettings(new Date().getFullYear() - 1)): ActionResult {
  const made: string[] = [];
  if (!ss.getSheetByName(SETTINGS_TAB)) {
    writeDoc(ss.insertSheet(SETTINGS_TAB, 0), renderSettings(settings));
    made.push(SETTINGS_TAB);
  }
  if (!ss.getSheetByName(INSTRUCTIONS_TAB)) {
    writeDoc(ss.insertSheet(INSTRUCTIONS_TAB, 1), renderInstructions(settings));
    made.push(INSTRUCTIONS_TAB);
  }
  // A new spreadsheet comes with one empty default tab; it has no place in the template.
  for (const sheet of ss.getSheets()) {
    if (/^(Лист|Sheet)1$/.test(sheet.getName()) && sheet.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(sheet);
  }
  return {
    ok: true,
    message: made.length
      ? `Созданы вкладки: ${made.map((m) => `«${m}»`).join(', ')}. Заполните список единиц на вкладке «${SETTINGS_TAB}» и выберите «Создать вкладки».`
      : 'Вкладки «Настройки» и «Инструкция» уже есть — ничего не изменено.',
  };
}

function readSettings(ss: Spreadsheet): { settings: Settings; problem: string | null } {
  const sheet = ss.getSheetByName(SETTINGS_TAB);
  if (!sheet)
    return {
      settings: defaultSettings(0),
      problem: `Нет вкладки «${SETTINGS_TAB}». Выберите «Наставничество → Подготовить таблицу».`,
    };
  const read = parseSettings(valuesOf(sheet));
  return { settings: read.settings, problem: read.fatal.length ? read.fatal.join(' ') : null };
}

/**
 * «Создать вкладки»: adds a tab for every unit of the settings that has none. Existing tabs are never changed. A tab
 * costs several seconds in Sheets, so a run stops before Apps Script's 6 minutes and says to click again (`pending`):
 * the next run carries on with the units still without a tab.
 */
export function createUnitTabs(ss: Spreadsheet): ActionResult & { pending?: boolean } {
  const started = Date.now();
  const { settings, problem } = readSettings(ss);
  if (problem) return { ok: false, message: problem };
  const tabs = listTabs(ss).filter((t) => t.name !== SETTINGS_TAB);
  const byName = new Set(tabs.map((t) => t.name));
  // The unit named inside each tab whose name is not a unit's tab name, so a renamed tab is recognised and not created
  // twice. Tabs under a unit's own name are not read: a second run over a long list must not spend its time re-reading.
  const unitTabNames = new Set(settings.units.map((u) => u.tab));
  const declared = new Map(tabs.filter((t) => !unitTabNames.has(t.name)).map((t) => [t.name, declaredUnitOf(valuesOf(t.sheet))]));
  const declaredUnits = new Set(declared.values());
  const created: string[] = [];
  const kept: string[] = [];
  let index = ss.getNumSheets();
  let left = 0;
  for (const unit of settings.units) {
    if (byName.has(unit.tab) || declaredUnits.has(unit.name)) {
      kept.push(unit.tab);
      continue;
    }
    if (left || Date.now() - started > RUN_BUDGET_MS) {
      left++;
      continue;
    }
    const sheet = ss.insertSheet(unit.tab, index++);
    const doc = renderUnitTab(settings, unit);
    writeDoc(sheet, doc);
    protectUnitTab(
      sheet,
      settings,
      unit,
      doc.cells.map((row) => String(row[KEY_COL - 1]?.v ?? '')),
    );
    created.push(unit.tab);
  }
  const unitNames = new Set(settings.units.map((u) => u.name));
  const foreign = [...declared].filter(([, d]) => d && !unitNames.has(d)).map(([name]) => name);
  const parts = [
    created.length ? `Создано ${countWith(created.length, TABS)}: ${created.join(', ')}.` : 'Новых вкладок не понадобилось.',
    kept.length ? `Уже были и не изменены: ${countWith(kept.length, TABS)}.` : '',
    foreign.length ? `Вкладки единиц, которых нет в настройках (не удалены): ${foreign.join(', ')}.` : '',
    left
      ? `Время одного запуска на исходе, не успели создать: ${countWith(left, TABS)}. Выберите «Создать вкладки» ещё раз — продолжится с них.`
      : '',
  ];
  return { ok: true, message: parts.filter(Boolean).join(' '), ...(left ? { pending: true } : {}) };
}

function countsText(a: Analysis): string {
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  // An empty tab is not «0 ошибок» of a finished check: it is named.
  const empty = notStartedText(a.summary);
  return `ошибок ${errors}, предупреждений ${a.findings.length - errors}${empty ? `; ${empty}` : ''}`;
}

/** How many tabs one run reads before handing over to the next (each tab ≈ 0,2 s in Apps Script; a run stops at 6 min). */
export const DEFAULT_TABS_PER_RUN = 1000;
export const TABS_PER_RUN_PROPERTY = 'mentorMonitor.tabsPerRun';
/** Real time after which a run stops (reading, or making tabs) and hands over: well inside Apps Script's 6 minutes. */
const RUN_BUDGET_MS = 240_000;

function tabsPerRun(): number {
  const v = Number(PropertiesService.getDocumentProperties().getProperty(TABS_PER_RUN_PROPERTY));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_TABS_PER_RUN;
}

/** Reads tabs in order until the count or the time budget of this run is used up. */
function readChunk(ss: Spreadsheet, tabs: TabRef[], limit: number, started: number): TabValues[] {
  const out: TabValues[] = [];
  for (const t of tabs) {
    if (out.length >= limit || Date.now() - started > RUN_BUDGET_MS) break;
    out.push({ name: t.name, values: valuesOf(t.sheet) });
    if (out.length % 200 === 0) toast(ss, `Прочитано вкладок: ${out.length}…`);
  }
  return out;
}

function failure(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}

/**
 * What a run of «Проверить данные», «Построить сводку» or of the .docx dialog gives; `analysis` is there when the run
 * finished, `document` when a note run finished (plain data: google.script.run carries it to the dialog).
 */
export type RunResult = BuildResult & { analysis?: Analysis; mode?: RunMode; document?: NoteDocument };
const BUSY_RUN: RunResult = { ok: false, message: BUSY_MESSAGE, errors: 0, warnings: 0 };
export type { RunMode };

/**
 * «Проверить данные» writes only «Проверка»; «Построить сводку» replaces all the summary tabs; the .docx dialog's run
 * writes nothing and gives the note's plain data. `find` looks tabs up in the listing the run made before reading, when it
 * has one.
 */
function finish(ss: Spreadsheet, mode: RunMode, read: TabValues[], find?: TabLookup): RunResult {
  const values = asWorkbookValues(read);
  const a = analyze(values.settings, values.tabs);
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.length - errors;
  if (mode === 'note') {
    if (a.fatal.length) return { ok: false, message: `Справка не составлена: ${a.fatal.join(' ')}`, errors, warnings, analysis: a, mode };
    // Through JSON: only what google.script.run can carry (no dates, no undefined fields) goes to the dialog.
    const document: NoteDocument = JSON.parse(JSON.stringify(noteDocument(a.settings, a.summary, a.note, a.recommendations)));
    const message = `Справка составлена: ${countWith(a.summary.unitCount, a.settings.unitNouns)}, ${countsText(a)}.`;
    return { ok: true, message, errors, warnings, analysis: a, mode, document };
  }
  if (mode === 'check') {
    // «Ход сбора» follows every check; without settings there are no units to list.
    replaceTabs(ss, [renderCheckTab(a.findings, a.fatal), ...(a.fatal.length ? [] : [renderCampaignTab(a)])], find);
    const message = a.fatal.length ? a.fatal.join(' ') : `Проверка: ${countsText(a)}. Подробности — на вкладке «${SUMMARY_TABS.check}».`;
    return { ok: a.fatal.length === 0, message, errors, warnings, analysis: a, mode };
  }
  if (a.fatal.length) return { ok: false, message: `Сводка не построена: ${a.fatal.join(' ')}`, errors, warnings, analysis: a };
  const docs = [...renderSummaryTabs(a), renderCampaignTab(a)];
  toast(ss, `Прочитано: ${countWith(a.units.length, a.settings.unitNouns)}. Записываю таблицы…`);
  try {
    // No toast while writing: a message to the screen would make Sheets commit the queued writes half-way.
    replaceTabs(ss, docs, find);
  } catch (e) {
    return {
      ok: false,
      message: `Сводка не построена: ${failure(e)}. Предыдущая сводка осталась без изменений; попробуйте ещё раз.`,
      errors,
      warnings,
      analysis: a,
    };
  }
  return {
    ok: true,
    message: `Сводка построена: ${countWith(a.summary.unitCount, a.settings.unitNouns)}, ${countsText(a)}.`,
    errors,
    warnings,
    analysis: a,
    output: { schemaVersion: 2, summary: a.summary, note: a.note, recommendations: a.recommendations },
  };
}

/**
 * Runs `run` under the document lock, or answers `busy` when another run holds it: the one lock of every action that
 * writes, so whatever the action checks before writing (e.g. «year already rolled») is checked while it is held.
 */
function withLock<T>(busy: T, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return busy;
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

/** Saves what was read so far into the staging tab (after all of this run's reads) and says how far the run is. */
function handOver(
  ss: Spreadsheet,
  stage: Sheet,
  fresh: boolean,
  mode: RunMode,
  names: string[],
  read: Map<string, CellValue[][]>,
): RunResult {
  const rows = stagingRows(mode, names, read).map((r) => r.map(literalText));
  // A new staging tab is sized to its rows; a later run only grows it.
  if (fresh) fitNewTab(stage, rows.length, STAGING_COLUMNS);
  else if (rows.length > stage.getMaxRows()) stage.insertRowsAfter(stage.getMaxRows(), rows.length - stage.getMaxRows());
  stage.getRange(1, 1, rows.length, STAGING_COLUMNS).setValues(rows);
  const what = {
    check: 'Проверка продолжится сама — не закрывайте боковую панель.',
    build: 'Сводка продолжит строиться сама — не закрывайте боковую панель.',
    note: 'Справка будет готова, когда прочитаются остальные, — не закрывайте это окно.',
  }[mode];
  const message = `Большая таблица: прочитано вкладок ${read.size} из ${names.length}. ${what}`;
  toast(ss, message);
  return { ok: true, pending: true, message, errors: 0, warnings: 0, mode };
}

/**
 * Starts «Проверить данные», «Построить сводку» or the .docx dialog's read under a document lock: all reads, then all
 * writes, the old summary tabs replaced only at the end. A workbook too large for one run is read in chunks: each run saves
 * what it read into a hidden staging tab and the progress sidebar (or the dialog) calls continueRun until the last run
 * finishes. A note read in one run writes nothing at all: it leaves even an earlier staging tab alone.
 */
export function startRun(ss: Spreadsheet, mode: RunMode): RunResult {
  return withLock(BUSY_RUN, () => {
    const started = Date.now();
    toast(ss, 'Читаю вкладки…');
    const all = listAllTabs(ss);
    const find = lookupIn(all);
    const old = find(STAGING_TAB);
    const tabs = readableTabs(all);
    const read = readChunk(ss, tabs, tabsPerRun(), started);
    const oneRun = read.length === tabs.length;
    if (old && !(oneRun && mode === 'note')) ss.deleteSheet(old);
    if (oneRun) return finish(ss, mode, read, find);
    const stage = ss.insertSheet(STAGING_TAB, ss.getNumSheets());
    stage.hideSheet();
    return handOver(
      ss,
      stage,
      true,
      mode,
      tabs.map((t) => t.name),
      new Map(read.map((t) => [t.name, t.values])),
    );
  });
}

/**
 * The next run of a chunked check, build or note read (called by the progress sidebar, the .docx dialog, or the CLI).
 * A caller that names the `expected` mode is told when another action has started reading over its run (a new run
 * replaces the staging tab), instead of carrying on someone else's.
 */
export function continueRun(ss: Spreadsheet, expected?: RunMode): RunResult {
  return withLock(BUSY_RUN, () => {
    const started = Date.now();
    const stage = ss.getSheetByName(STAGING_TAB);
    const again = expected ? `Выберите «${captionOf(expected)}» ещё раз.` : 'Выберите «Проверить данные» или «Построить сводку».';
    if (!stage) return { ok: false, message: `Продолжать нечего: ${again[0].toLowerCase()}${again.slice(1)}`, errors: 0, warnings: 0 };
    const staged = parseStaging(valuesOf(stage));
    if (expected && staged.mode !== expected)
      return {
        ok: false,
        message: `Чтение прервано: таблицу начали читать заново для «${captionOf(staged.mode)}». ${again}`,
        errors: 0,
        warnings: 0,
      };
    const done = new Set(staged.read.map((t) => t.name));
    const remaining = staged.names.filter((n) => !done.has(n)).map((name) => ({ name, sheet: ss.getSheetByName(name) }));
    const present = remaining.filter((t): t is TabRef => t.sheet !== null);
    const read = readChunk(ss, present, tabsPerRun(), started);
    if (read.length === present.length) {
      const result = finish(ss, staged.mode, [...staged.read, ...read]);
      // A note run has nothing to retry once everything is read: its staging tab goes whatever the result.
      if (result.ok || staged.mode === 'note') ss.deleteSheet(stage);
      return result;
    }
    return handOver(ss, stage, false, staged.mode, staged.names, new Map([...staged.read, ...read].map((t) => [t.name, t.values])));
  });
}

export const checkData = (ss: Spreadsheet): RunResult => startRun(ss, 'check');
export const buildSummary = (ss: Spreadsheet): RunResult => startRun(ss, 'build');

/** «Применить защиту»: re-protects every unit tab and the settings; reports who can edit what. */
export function applyProtections(ss: Spreadsheet): ActionResult {
  const { settings, problem } = readSettings(ss);
  if (problem) return { ok: false, message: problem };
  return { ok: true, message: `Защита применена. Кто что может менять:\n${protectAll(ss, settings).join('\n')}` };
}

/**
 * The settings as the build read them, for the printable report the CLI renders in Node beside the build's output (the
 * bundle carries no report). Reads only «Настройки»: the units were read by the build itself.
 */
export function reportSettings(ss: Spreadsheet): Settings {
  const { settings, problem } = readSettings(ss);
  if (problem) throw new Error(problem);
  return settings;
}

const ROLLED_TO = 'mentorMonitor.rolledToYear';

/**
 * «Новый отчётный год»: archives the finished year's summary tabs (renamed with the year), moves each unit's current-year
 * indicator values into the previous-year column, clears the current year and «Отчёт готов», and advances the settings' years.
 * Running it again for the same year changes nothing.
 */
export function startNewYear(ss: Spreadsheet): ActionResult {
  return withLock<ActionResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    // Read under the lock: two clicks at once must not both pass the guard and roll the year twice.
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const props = PropertiesService.getDocumentProperties();
    if (props.getProperty(ROLLED_TO) === String(settings.reportYear)) {
      return { ok: true, message: `Переход на ${settings.reportYear} год уже выполнен — ничего не изменено.` };
    }
    const year = settings.reportYear;
    const next: Settings = { ...settings, reportYear: year + 1, previousYear: year };
    // All reads first.
    const tabs = settings.units.map((u) => ss.getSheetByName(u.tab)).filter((s): s is Sheet => s !== null);
    const blocks = tabs.map((sheet) => {
      const range = sheet.getRange(1, COL.c, Math.max(1, sheet.getLastRow()), 2);
      return {
        sheet,
        range,
        keys: sheet.getRange(1, COL.key, Math.max(1, sheet.getLastRow()), 1).getValues(),
        values: range.getValues(),
        formulas: range.getFormulas(),
      };
    });
    const settingsSheet = ss.getSheetByName(SETTINGS_TAB)!;
    const settingsKeys = settingsSheet.getRange(1, KEY_COL, Math.max(1, settingsSheet.getLastRow()), 1).getValues();
    // An archived summary keeps only the grid it uses: archives pile up year after year against the 10 million cells.
    const toArchive = [SUMMARY_TABS.forms, SUMMARY_TABS.indicators, SUMMARY_TABS.note, SUMMARY_TABS.recommendations]
      .map((name): { name: string; sheet: Sheet | null } => ({ name, sheet: ss.getSheetByName(name) }))
      .filter((t): t is { name: string; sheet: Sheet } => t.sheet !== null)
      .map((t) => ({ ...t, trim: trimPlan(t.sheet) }));
    // Then the writes: archive, unit tabs, settings.
    const archived: string[] = [];
    for (const { name, sheet, trim } of toArchive) {
      applyTrim(trim);
      let archive = `${name} ${year}`;
      for (let i = 2; ss.getSheetByName(archive); i++) archive = `${name} ${year} (${i})`;
      sheet.setName(archive);
      archived.push(archive);
    }
    const headers = yearHeaders(next);
    for (const b of blocks) {
      const out = b.values.map((row, i) => {
        const key = String(b.keys[i][0]);
        const keep = (v: unknown, j: number) => b.formulas[i][j] || (typeof v === 'string' ? literalText(v) : v);
        if (key === YEARS_KEY) return [headers[0], headers[1]];
        if (key === READY_KEY) return [false, keep(row[1], 1)];
        if (key.startsWith('ind:') && !b.formulas[i][0]) return [keep(row[1], 1), ''];
        return row.map(keep);
      });
      b.range.setValues(out);
    }
    const yearRow = settingsKeys.findIndex((r) => r[0] === 'year') + 1;
    const prevRow = settingsKeys.findIndex((r) => r[0] === 'prev_year') + 1;
    if (yearRow > 0) settingsSheet.getRange(yearRow, 3).setValue(next.reportYear);
    if (prevRow > 0) settingsSheet.getRange(prevRow, 3).setValue(next.previousYear);
    props.setProperty(ROLLED_TO, String(next.reportYear));
    return {
      ok: true,
      message: `Новый отчётный год — ${next.reportYear}. Значения ${year} года перенесены в столбец «${year} г.» на ${countWith(blocks.length, TABS_PREPOSITIONAL)}, столбец «${next.reportYear} г.» очищен, флажки «Отчёт готов» сняты. ${archived.length ? `Сводка ${year} года сохранена: ${archived.map((a) => `«${a}»`).join(', ')}.` : 'Сводки за прошлый год не было.'}`,
    };
  });
}

/** «Закрыть приём отчётов» (close=true) / «Открыть приём» (close=false): coordinators lose or regain the input cells of handed-in tabs. */
export function setIntake(ss: Spreadsheet, close: boolean): ActionResult {
  const { settings, problem } = readSettings(ss);
  if (problem) return { ok: false, message: problem };
  return { ok: true, message: switchIntake(ss, settings, close) };
}

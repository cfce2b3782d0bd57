// What each menu item does, in Apps Script: read everything once, compute in memory, write in batches, report in Russian.
import type { CellValue, Finding, Settings } from '../domain/model';
import type { Note, Recommendation } from '../domain/note';
import { noteDocument, type NoteDocument } from '../domain/noteDocument';
import { type LettersDocument, unitLetters } from '../domain/unitLetter';
import type { RegionHandoff } from '../domain/regionHandoff';
import type { Summary } from '../domain/summary';
import { countWith, type PluralForms } from '../domain/russian';
import { notStartedText } from '../domain/campaign';
import { openRequests } from '../domain/campaignMarks';
import { renderCampaignTab } from './campaignTab';
import { answeredText, type CampaignView, campaignView, parseCampaignTab, todayIn } from './campaignStore';
import type { CampaignRow } from '../domain/campaign';
import { analyze, type Analysis, type TabValues } from './analyze';
import { asWorkbookValues, isReadableTab, listAllTabs, lookupIn, readableTabs, type TabRef, valuesOf } from './gasWorkbook';
import { advancedSheets, readBatched, tabTitles } from './batchRead';
import { DamagedStaging, parseMode, parseStaging, type RunMode, STAGING_COLUMNS, STAGING_TAB, stagingRows } from './staging';
import { readJournal, rollBlocksReading, yearStamp } from './yearJournal';
import { replaceTabs, type TabLookup, writeDoc } from './gasWriter';
import { renderInstructions } from './instructionsTab';
import { defaultSettings } from './defaults';
import { parseSettings, renderSettings, SETTINGS_TAB } from './settingsTab';
import { literalText } from './sheetDoc';
import { renderCheckTab, renderSummaryTabs } from './summaryTabs';
import { INSTRUCTIONS_TAB, SUMMARY_TABS } from './tabNames';
import { type ProtectionOutcome, protectForStaff, refusedSentence } from './protections';
import { fitNewTab } from './gridSize';
import { handoffData } from './handoffData';
import { captionOf } from './menuItems';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** What every menu action returns: shown to the user in Sheets, printed or saved by the CLI. */
export interface ActionResult {
  ok: boolean;
  message: string;
}

/** The machine-readable result of a build (schema documented in the README). */
export interface BuildOutput {
  schemaVersion: 3;
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

/** «1 вкладка / 2 вкладки / 5 вкладок». */
export const TABS: PluralForms = ['вкладка', 'вкладки', 'вкладок'];

/** One lock guards every run that reads or rewrites the workbook, so the message names them all. */
export const BUSY_MESSAGE =
  'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.';

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

export function readSettings(ss: Spreadsheet): { settings: Settings; problem: string | null; findings: Finding[] } {
  const sheet = ss.getSheetByName(SETTINGS_TAB);
  if (!sheet)
    return {
      settings: defaultSettings(0),
      problem: `Нет вкладки «${SETTINGS_TAB}». Выберите «Наставничество → Подготовить таблицу».`,
      findings: [],
    };
  const read = parseSettings(valuesOf(sheet));
  return { settings: read.settings, problem: read.fatal.length ? read.fatal.join(' ') : null, findings: read.findings };
}

function countsText(a: Analysis): string {
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  // An empty tab is not «0 ошибок» of a finished check: it is named.
  const empty = notStartedText(a.summary);
  return `ошибок ${errors}, предупреждений ${a.findings.length - errors}${empty ? `; ${empty}` : ''}`;
}

/** How many tabs one run reads before handing over to the next (each tab ≈ 0,2 s in Apps Script; a run stops at 6 min). */
const DEFAULT_TABS_PER_RUN = 1000;
const TABS_PER_RUN_PROPERTY = 'mentorMonitor.tabsPerRun';
/** Real time after which a run stops (reading, or making tabs) and hands over: well inside Apps Script's 6 minutes. */
export const RUN_BUDGET_MS = 240_000;
/**
 * A run that has used more than this before it would write the summary leaves the writing to a fresh run: the summary
 * of 2 000 units is hundreds of thousands of cells, which the cost model's volume term prices at up to 0,1 ms a cell
 * (Google's 10 000-cell example), on top of its calls — minutes under the slowest constants.
 */
const WRITE_START_LIMIT_MS = 120_000;

export function tabsPerRun(): number {
  const v = Number(PropertiesService.getDocumentProperties().getProperty(TABS_PER_RUN_PROPERTY));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_TABS_PER_RUN;
}

/**
 * Reads tabs in order until the count or the time budget of this run is used up, but always at least one: when merely
 * listing the tabs has used the budget (thousands of tabs, slow metadata calls), a run that read nothing would hand
 * over to a next run that does the same, and the progress sidebar would go round for ever.
 */
function readChunk(ss: Spreadsheet, tabs: TabRef[], limit: number, started: number): TabValues[] {
  const out: TabValues[] = [];
  for (const t of tabs) {
    if (out.length && (out.length >= limit || Date.now() - started > RUN_BUDGET_MS)) break;
    out.push({ name: t.name, values: valuesOf(t.sheet) });
    if (out.length % 200 === 0) toast(ss, `Прочитано вкладок: ${out.length}…`);
  }
  return out;
}

/**
 * The staged names not read yet, each looked up by name only when its turn comes (a lookup is a metadata call: looking
 * up every remaining name first could fill a run on its own). Tabs deleted since the reading began are passed over.
 */
function readRemaining(ss: Spreadsheet, names: string[], limit: number, started: number): { read: TabValues[]; passed: number } {
  const read: TabValues[] = [];
  let passed = 0;
  for (const name of names) {
    if (read.length && (read.length >= limit || Date.now() - started > RUN_BUDGET_MS)) break;
    passed++;
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    read.push({ name, values: valuesOf(sheet) });
    if (read.length % 200 === 0) toast(ss, `Прочитано вкладок: ${read.length}…`);
  }
  return { read, passed };
}

function failure(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}

/**
 * What a run of «Проверить данные», «Построить сводку» or of the .docx dialog gives; `analysis` is there when the run
 * finished, `document` when a note run finished (plain data: google.script.run carries it to the dialog).
 */
export type RunResult = BuildResult & {
  analysis?: Analysis;
  mode?: RunMode;
  document?: NoteDocument;
  letters?: LettersDocument;
  handoff?: RegionHandoff;
  campaign?: CampaignRow[];
};
const BUSY_RUN: RunResult = { ok: false, message: BUSY_MESSAGE, errors: 0, warnings: 0 };
export type { RunMode };

/**
 * «Проверить данные» writes only «Проверка»; «Построить сводку» replaces all the summary tabs; the .docx dialog's run
 * writes nothing and gives the note's plain data. `find` looks tabs up in the listing the run made before reading, when it
 * has one.
 */
function finish(ss: Spreadsheet, mode: RunMode, read: TabValues[], find?: TabLookup, ids?: ReadonlyMap<string, number>): RunResult {
  const values = asWorkbookValues(read);
  const a = analyze(values.settings, values.tabs);
  // The staff's marks on «Ход сбора» are read back before the tab is rewritten; their warnings go to «Проверка».
  // The letters carry each unit's open requests; the note's run has no use for the marks.
  const campaign = mode === 'note' || mode === 'handoff' || a.fatal.length ? null : readCampaign(ss, a, find);
  if (campaign) a.findings.push(...campaign.findings);
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.length - errors;
  if (mode === 'letters') return lettersOf(a, errors, warnings, campaign?.rows ?? []);
  if (mode === 'handoff') return handoffOf(a, errors, warnings);
  if (mode === 'note') {
    if (a.fatal.length) return { ok: false, message: `Справка не составлена: ${a.fatal.join(' ')}`, errors, warnings, analysis: a, mode };
    // Through JSON: only what google.script.run can carry (no dates, no undefined fields) goes to the dialog.
    const document: NoteDocument = JSON.parse(JSON.stringify(noteDocument(a.settings, a.summary, a.note, a.recommendations)));
    const message = `Справка составлена: ${countWith(a.summary.unitCount, a.settings.unitNouns)}, ${countsText(a)}.`;
    return { ok: true, message, errors, warnings, analysis: a, mode, document };
  }
  // Every tab a run writes is protected to the staff before it replaces the old one; a refusal is named in the message.
  const protections: ProtectionOutcome[] = [];
  const protect = (sheet: Sheet, name: string) => protections.push(protectForStaff(sheet, name, a.settings.staffEmails));
  // A new run writes new tabs and protects them again: the item itself is the retry.
  const refusals = () => [refusedSentence(protections, captionOf(mode)), ...protections.filter((p) => p.refused).map((p) => p.line)];
  const withRefusals = (message: string) => [message, ...refusals()].filter(Boolean).join('\n');
  if (mode === 'check') {
    // «Ход сбора» follows every check; without settings there are no units to list.
    const tabs = [renderCheckTab(a.findings, a.fatal), ...(campaign ? [renderCampaignTab(campaign.rows, campaign.orphans)] : [])];
    replaceTabs(ss, tabs, find, protect, ids);
    const message = campaign
      ? `Проверка: ${countsText(a)}. Подробности — на вкладке «${SUMMARY_TABS.check}».${answeredText(campaign)}`
      : a.fatal.join(' ');
    return { ok: a.fatal.length === 0, message: withRefusals(message), errors, warnings, analysis: a, mode, campaign: campaign?.rows };
  }
  if (a.fatal.length) return { ok: false, message: `Сводка не построена: ${a.fatal.join(' ')}`, errors, warnings, analysis: a };
  const docs = [...renderSummaryTabs(a), renderCampaignTab(campaign!.rows, campaign!.orphans)];
  toast(ss, `Прочитано: ${countWith(a.units.length, a.settings.unitNouns)}. Записываю таблицы…`);
  try {
    // No toast while writing: a message to the screen would make Sheets commit the queued writes half-way.
    replaceTabs(ss, docs, find, protect, ids);
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
    message: withRefusals(
      `Сводка построена: ${countWith(a.summary.unitCount, a.settings.unitNouns)}, ${countsText(a)}.${answeredText(campaign!)}`,
    ),
    errors,
    warnings,
    analysis: a,
    campaign: campaign!.rows,
    output: { schemaVersion: 3, summary: a.summary, note: a.note, recommendations: a.recommendations },
  };
}

/**
 * The letters to the units as plain data (through JSON, as the note's), written to no tab; each carries its unit's open
 * requests as «Ход сбора» holds them after this run's reading of the tabs (a value changed since is no longer asked).
 */
function lettersOf(a: Analysis, errors: number, warnings: number, rows: CampaignRow[]): RunResult {
  if (a.fatal.length)
    return { ok: false, message: `Письма не составлены: ${a.fatal.join(' ')}`, errors, warnings, analysis: a, mode: 'letters' };
  const open = new Map(rows.map((r) => [r.unit, openRequests(r.record)]));
  const letters: LettersDocument = JSON.parse(JSON.stringify(unitLetters(a.settings, a.summary, open)));
  const message = `Письма составлены: ${countWith(letters.letters.length, ['письмо', 'письма', 'писем'])}, ${countsText(a)}.`;
  return { ok: true, message, errors, warnings, analysis: a, mode: 'letters', letters };
}

/** The file «Передать в регион» hands in, as plain data written to no tab, or why there is none. */
function handoffOf(a: Analysis, errors: number, warnings: number): RunResult {
  const r = handoffData(a);
  const result = { errors, warnings, analysis: a, mode: 'handoff' as const };
  return 'refused' in r ? { ok: false, message: r.refused, ...result } : { ok: true, message: r.lines[0], handoff: r, ...result };
}

/** Runs that only read: the note's, the letters' and the region file's data, written to no tab. */
const readsOnly = (mode: RunMode): boolean => mode === 'note' || mode === 'letters' || mode === 'handoff';

/** «Ход сбора» as the staff left it, reconciled with the tabs just read (one read, before the run's writes). */
function readCampaign(ss: Spreadsheet, a: Analysis, find?: TabLookup): CampaignView {
  const sheet = (find ?? ((name: string) => ss.getSheetByName(name)))(SUMMARY_TABS.campaign);
  return campaignView(a, parseCampaignTab(sheet ? valuesOf(sheet) : []), todayIn(ss));
}

/**
 * Runs `run` under the document lock, or answers `busy` when another run holds it: the one lock of every action that
 * writes, so whatever the action checks before writing (e.g. «year already rolled») is checked while it is held.
 */
export function withLock<T>(busy: T, run: () => T): T {
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
  stamp: string,
): RunResult {
  const rows = stagingRows(mode, names, read, stamp).map((r) => r.map(literalText));
  // A new staging tab is sized to its rows; a later run only grows it.
  if (fresh) fitNewTab(stage, rows.length, STAGING_COLUMNS);
  else if (rows.length > stage.getMaxRows()) stage.insertRowsAfter(stage.getMaxRows(), rows.length - stage.getMaxRows());
  stage.getRange(1, 1, rows.length, STAGING_COLUMNS).setValues(rows);
  const what = {
    check: 'Проверка продолжится сама — не закрывайте боковую панель.',
    build: 'Сводка продолжит строиться сама — не закрывайте боковую панель.',
    note: 'Справка будет готова, когда прочитаются остальные, — не закрывайте это окно.',
    letters: 'Письма будут готовы, когда прочитаются остальные, — не закрывайте это окно.',
    handoff: 'Файл для региона будет готов, когда прочитаются остальные, — не закрывайте это окно.',
  }[mode];
  const message = `Большая таблица: прочитано вкладок ${read.size} из ${names.length}. ${what}`;
  toast(ss, message);
  return { ok: true, pending: true, message, errors: 0, warnings: 0, mode };
}

/** What the first run of a read lists and reads: the names of the readable tabs, the tabs read, the old staging tab. */
interface FirstRead {
  names: string[];
  read: TabValues[];
  /** A lookup in the listing, when the run listed the tabs through SpreadsheetApp. */
  find?: TabLookup;
  /** Every tab's id, when the run listed the tabs through the Sheets advanced service. */
  ids?: Map<string, number>;
  old: Sheet | null;
}

/**
 * The «large region» deployment reads through the Sheets advanced service: the titles in one call, the tabs in a few
 * batchGet calls, only the time budget splitting runs (tabsPerRun bounds one-call-a-tab reading). Otherwise each tab is
 * named and read through SpreadsheetApp.
 */
function firstRead(ss: Spreadsheet, started: number): FirstRead {
  const api = advancedSheets();
  if (api) {
    const id = ss.getId();
    const { titles, ids } = tabTitles(api, id);
    const names = titles.filter(isReadableTab);
    const read = readBatched(api, id, names, (chunkMs) => Date.now() - started + chunkMs <= RUN_BUDGET_MS);
    return { names, read, ids, old: titles.includes(STAGING_TAB) ? ss.getSheetByName(STAGING_TAB) : null };
  }
  const all = listAllTabs(ss);
  const find = lookupIn(all);
  const tabs = readableTabs(all);
  return { names: tabs.map((t) => t.name), read: readChunk(ss, tabs, tabsPerRun(), started), find, old: find(STAGING_TAB) };
}

/** A later run's reading of the staged names not read yet; through the advanced service, tabs deleted since are passed over. */
function nextRead(ss: Spreadsheet, remaining: string[], started: number): { read: TabValues[]; passed: number; ids?: Map<string, number> } {
  const api = advancedSheets();
  if (!api) return readRemaining(ss, remaining, tabsPerRun(), started);
  const id = ss.getId();
  const { titles, ids } = tabTitles(api, id);
  const present = new Set(titles);
  const names = remaining.filter((n) => present.has(n));
  const read = readBatched(api, id, names, (chunkMs) => Date.now() - started + chunkMs <= RUN_BUDGET_MS);
  const passed = read.length === names.length ? remaining.length : remaining.indexOf(names[read.length]);
  return { read, passed, ids };
}

/** The first run of a check, build or note read, under the lock already taken (see startRun). */
function beginRun(ss: Spreadsheet, mode: RunMode, started: number): RunResult {
  const props = PropertiesService.getDocumentProperties();
  const roll = readJournal(props);
  if (roll) return { ok: false, message: rollBlocksReading(roll), errors: 0, warnings: 0 };
  toast(ss, 'Читаю вкладки…');
  const { names, read, find, ids, old } = firstRead(ss, started);
  // All read in this run, and time left to write (or nothing to write): done in one run.
  const oneRun = read.length === names.length && (readsOnly(mode) || Date.now() - started <= WRITE_START_LIMIT_MS);
  if (old && !(oneRun && readsOnly(mode))) ss.deleteSheet(old);
  if (oneRun) return finish(ss, mode, read, find, ids);
  const stage = ss.insertSheet(STAGING_TAB, ss.getNumSheets());
  stage.hideSheet();
  // Hidden is not locked: a coordinator who edits the staged values would change another unit's figures.
  const guard = protectForStaff(stage, STAGING_TAB, staffEmailsOf(read));
  const result = handOver(ss, stage, true, mode, names, new Map(read.map((t) => [t.name, t.values])), yearStamp(props));
  return guard.refused ? { ...result, message: `${result.message}\n${guard.line}` } : result;
}

/** The staff e-mails of «Настройки» among the tabs a run has read ([] while the settings are not read). */
function staffEmailsOf(read: TabValues[]): string[] {
  const settings = asWorkbookValues(read).settings;
  return settings ? parseSettings(settings).settings.staffEmails : [];
}

/**
 * Starts «Проверить данные», «Построить сводку» or the .docx dialog's read under a document lock: all reads, then all
 * writes, the old summary tabs replaced only at the end. A workbook too large for one run is read in chunks: each run saves
 * what it read into a hidden staging tab and the progress sidebar (or the dialog) calls continueRun until the last run
 * finishes. A note read in one run writes nothing at all: it leaves even an earlier staging tab alone. Nothing is read
 * while «Новый отчётный год» is under way: its tabs show two different pairs of years until it ends.
 */
export function startRun(ss: Spreadsheet, mode: RunMode): RunResult {
  return withLock(BUSY_RUN, () => beginRun(ss, mode, Date.now()));
}

/** The staging tab as saved, or why it has to be read again from the start (a year roll since, or damaged pieces). */
function stagedOrStale(stage: Sheet, props: Properties): { staged: ReturnType<typeof parseStaging> } | { stale: string } {
  let staged: ReturnType<typeof parseStaging>;
  try {
    staged = parseStaging(valuesOf(stage));
  } catch (e) {
    if (!(e instanceof DamagedStaging)) throw e;
    return {
      stale: `Промежуточные данные чтения на скрытой вкладке «${STAGING_TAB}» повреждены (${e.message}) — чтение начато заново.`,
    };
  }
  if (staged.stamp === yearStamp(props)) return { staged };
  return {
    stale: readJournal(props)
      ? 'Чтение прервано: пока таблица читалась по частям, начался переход на новый отчётный год.'
      : 'Пока таблица читалась по частям, сменился отчётный год — чтение начато заново.',
  };
}

/**
 * The next run of a chunked check, build or note read (called by the progress sidebar, the .docx dialog, or the CLI).
 * A caller that names the `expected` mode is told when another action has started reading over its run (a new run
 * replaces the staging tab), instead of carrying on someone else's. A staging tab from before a year roll, or damaged,
 * is dropped and the reading starts again from the first tab.
 */
export function continueRun(ss: Spreadsheet, expected?: RunMode): RunResult {
  return withLock(BUSY_RUN, () => {
    const started = Date.now();
    const stage = ss.getSheetByName(STAGING_TAB);
    const again = expected ? `Выберите «${captionOf(expected)}» ещё раз.` : 'Выберите «Проверить данные» или «Построить сводку».';
    if (!stage) return { ok: false, message: `Продолжать нечего: ${again[0].toLowerCase()}${again.slice(1)}`, errors: 0, warnings: 0 };
    const checked = stagedOrStale(stage, PropertiesService.getDocumentProperties());
    if ('stale' in checked) {
      const mode = expected ?? parseMode(valuesOf(stage));
      ss.deleteSheet(stage);
      const restarted = beginRun(ss, mode, started);
      return { ...restarted, message: `${checked.stale} ${restarted.message}` };
    }
    const { staged } = checked;
    if (expected && staged.mode !== expected)
      return {
        ok: false,
        message: `Чтение прервано: таблицу начали читать заново для «${captionOf(staged.mode)}». ${again}`,
        errors: 0,
        warnings: 0,
      };
    const done = new Set(staged.read.map((t) => t.name));
    const remaining = staged.names.filter((n) => !done.has(n));
    const { read, passed, ids } = nextRead(ss, remaining, started);
    // Everything read, but this run read for long: the next run starts fresh and only writes (it reads nothing more).
    const writeNow = remaining.length === 0 || readsOnly(staged.mode) || Date.now() - started <= WRITE_START_LIMIT_MS;
    if (passed === remaining.length && writeNow) {
      const result = finish(ss, staged.mode, [...staged.read, ...read], undefined, ids);
      // A note or letters run has nothing to retry once everything is read: its staging tab goes whatever the result.
      if (result.ok || readsOnly(staged.mode)) ss.deleteSheet(stage);
      return result;
    }
    return handOver(
      ss,
      stage,
      false,
      staged.mode,
      staged.names,
      new Map([...staged.read, ...read].map((t) => [t.name, t.values])),
      staged.stamp,
    );
  });
}

export const checkData = (ss: Spreadsheet): RunResult => startRun(ss, 'check');
export const buildSummary = (ss: Spreadsheet): RunResult => startRun(ss, 'build');

/**
 * The settings as the build read them, for the printable report the CLI renders in Node beside the build's output (the
 * bundle carries no report). Reads only «Настройки»: the units were read by the build itself.
 */
export function reportSettings(ss: Spreadsheet): Settings {
  const { settings, problem } = readSettings(ss);
  if (problem) throw new Error(problem);
  return settings;
}

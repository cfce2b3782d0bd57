// «Новый отчётный год» as a journal resumed across runs: each unit tab rolled once in one write, the settings' year advanced last.
import type { CellValue, Settings, UnitDef } from '../domain/model';
import { cellText } from '../domain/cellValue';
import { countWith, type PluralForms } from '../domain/russian';
import { type ActionResult, BUSY_MESSAGE, readSettings, RUN_BUDGET_MS, tabsPerRun, withLock } from './actions';
import { valuesOf } from './gasWorkbook';
import { applyTrim, trimPlan } from './gridSize';
import { KEY_COL, SETTINGS_TAB } from './settingsTab';
import { literalText } from './sheetDoc';
import { isProductTab, SUMMARY_TABS } from './tabNames';
import { COL, declaredUnitOf, READY_KEY, yearHeaders, YEARS_KEY } from './unitTab';
import { fingerprint, readJournal, ROLLED_TO, rollProgress, writeJournal, YEAR_ROLL, type YearJournal } from './yearJournal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const TABS_PREPOSITIONAL: PluralForms = ['вкладке', 'вкладках', 'вкладках'];
const AGAIN = 'Выберите «Новый отчётный год» ещё раз — переход продолжится с того места, где остановился.';

export type YearResult = ActionResult & { pending?: boolean };

/** A unit tab as read for the roll: whether it already shows the new years, and the one write that rolls it. */
interface TabRoll {
  unit: UnitDef;
  sheet: Sheet;
  /** null when the tab already shows the new years (rolled by an earlier run) or has no year row to mark it. */
  write: { range: Range; values: unknown[][] } | null;
  noYearRow: boolean;
}

/**
 * The new C:D of a unit tab: the report year's indicator values move to the previous-year column, the report year is
 * cleared, «Отчёт готов» unticked, and the year row shows the new years — all in the same write, so a tab whose year row
 * shows the new years is rolled, whatever run did it. Formulas are kept as formulas, texts stay texts.
 */
function rolledColumns(grid: CellValue[][], formulas: string[][], headers: string[]): unknown[][] {
  return formulas.map((f, i) => {
    const row = [grid[i]?.[COL.c - 1] ?? '', grid[i]?.[COL.d - 1] ?? ''];
    const key = cellText(grid[i]?.[COL.key - 1]);
    const keep = (j: number) => f[j] || (typeof row[j] === 'string' ? literalText(row[j] as string) : row[j]);
    if (key === YEARS_KEY) return [headers[0], headers[1]];
    if (key === READY_KEY) return [false, keep(1)];
    if (key.startsWith('ind:') && !f[0]) return [keep(1), ''];
    return [keep(0), keep(1)];
  });
}

/** Reads one unit tab (its values once, the formulas of C:D once) and plans its roll. */
function readTab(unit: UnitDef, sheet: Sheet, grid: CellValue[][], headers: string[]): TabRoll {
  const yearRow = grid.find((r) => cellText(r[COL.key - 1]) === YEARS_KEY);
  if (!yearRow) return { unit, sheet, write: null, noYearRow: true };
  if (cellText(yearRow[COL.c - 1]) === headers[0] && cellText(yearRow[COL.d - 1]) === headers[1])
    return { unit, sheet, write: null, noYearRow: false };
  const range = sheet.getRange(1, COL.c, grid.length, 2);
  return { unit, sheet, write: { range, values: rolledColumns(grid, range.getFormulas(), headers) }, noYearRow: false };
}

/**
 * Finds units' tabs: by the tab name of the settings, else by the unit named inside a renamed tab (as the check does).
 * The tabs under other names are read only when some unit has no tab under its own name.
 */
function tabFinder(ss: Spreadsheet, units: UnitDef[]): (unit: UnitDef) => { sheet: Sheet; grid: CellValue[][] } | null {
  let renamed: Map<string, { sheet: Sheet; grid: CellValue[][] }> | null = null;
  return (unit) => {
    const sheet = ss.getSheetByName(unit.tab);
    if (sheet) return { sheet, grid: valuesOf(sheet) };
    if (!renamed) {
      const own = new Set(units.map((u) => u.tab));
      renamed = new Map();
      for (const s of ss.getSheets()) {
        const name = s.getName();
        if (own.has(name) || isProductTab(name)) continue;
        const grid = valuesOf(s);
        const declared = declaredUnitOf(grid);
        if (declared && !renamed.has(declared)) renamed.set(declared, { sheet: s, grid });
      }
    }
    return renamed.get(unit.name) ?? null;
  };
}

/** Archives the finished year's summary tabs (renamed with the year, trimmed to the grid they use); idempotent. */
function archiveSummaries(ss: Spreadsheet, year: number): void {
  for (const name of [SUMMARY_TABS.forms, SUMMARY_TABS.indicators, SUMMARY_TABS.note, SUMMARY_TABS.recommendations]) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    // An archived summary keeps only the grid it uses: archives pile up year after year against the 10 million cells.
    applyTrim(trimPlan(sheet));
    let archive = `${name} ${year}`;
    for (let i = 2; ss.getSheetByName(archive); i++) archive = `${name} ${year} (${i})`;
    sheet.setName(archive);
  }
}

/**
 * The archives of a year's summaries, made by this roll in this run or an earlier one: archiving takes the first free
 * name («Справка 2021», then «Справка 2021 (2)» …), so the last of them that exists is this roll's.
 */
function archivesOf(ss: Spreadsheet, year: number): string[] {
  return [SUMMARY_TABS.forms, SUMMARY_TABS.indicators, SUMMARY_TABS.note, SUMMARY_TABS.recommendations].flatMap((t) => {
    let last: string | null = null;
    for (let i = 1; ; i++) {
      const name = i === 1 ? `${t} ${year}` : `${t} ${year} (${i})`;
      if (!ss.getSheetByName(name)) return last ? [last] : [];
      last = name;
    }
  });
}

/** The status a staff member sees on the settings' year cell while a roll is under way (cleared when it ends). */
function showStatus(ss: Spreadsheet, settingsKeys: unknown[][], text: string): void {
  const row = settingsKeys.findIndex((r) => r[0] === 'year') + 1;
  if (row > 0) ss.getSheetByName(SETTINGS_TAB)!.getRange(row, 3).setNote(text);
}

/** Advances the settings' years: the last step, after every tab is rolled. */
function advanceSettings(ss: Spreadsheet, settingsKeys: unknown[][], next: Settings): void {
  const sheet = ss.getSheetByName(SETTINGS_TAB)!;
  const yearRow = settingsKeys.findIndex((r) => r[0] === 'year') + 1;
  const prevRow = settingsKeys.findIndex((r) => r[0] === 'prev_year') + 1;
  if (yearRow > 0) sheet.getRange(yearRow, 3).setNote(null);
  if (yearRow > 0 && prevRow === yearRow + 1) sheet.getRange(yearRow, 3, 2, 1).setValues([[next.reportYear], [next.previousYear]]);
  else {
    if (yearRow > 0) sheet.getRange(yearRow, 3).setValue(next.reportYear);
    if (prevRow > 0) sheet.getRange(prevRow, 3).setValue(next.previousYear);
  }
}

function namesText(names: string[], total: number): string {
  return total > names.length ? `${names.join(', ')} и ещё ${total - names.length}` : names.join(', ');
}

/**
 * Rolls the tabs of the units from `j.done` on, as many as this run's time and tab budget allow: all reads, then one
 * write per tab, then a flush, and only then the journal moves on. A run stopped anywhere before that leaves the journal
 * where it was; the next run reads those tabs again and skips the ones whose year row shows the new years.
 */
function rollTabs(ss: Spreadsheet, units: UnitDef[], j: YearJournal, headers: string[], started: number): void {
  const find = tabFinder(ss, units);
  const limit = tabsPerRun();
  const plans: TabRoll[] = [];
  let next = j.done;
  for (; next < units.length && plans.length < limit && Date.now() - started < RUN_BUDGET_MS; next++) {
    const unit = units[next];
    const found = find(unit);
    if (!found) j.noTab.push(unit.name);
    else plans.push(readTab(unit, found.sheet, found.grid, headers));
  }
  for (const p of plans) if (p.write) p.write.range.setValues(p.write.values);
  // The journal must not run ahead of the tabs: the queued writes reach the sheet before it moves on.
  SpreadsheetApp.flush();
  for (const p of plans) if (p.noYearRow) j.noYearRow.push(p.sheet.getName());
  j.done = next;
  j.prefix = fingerprint(units.slice(0, next).map((u) => u.name));
  writeJournal(PropertiesService.getDocumentProperties(), j);
}

/** The journal of this roll: the one under way, or a new one; null when the roll to the settings' next year is done. */
function journalFor(settings: Settings): YearJournal | null {
  const props = PropertiesService.getDocumentProperties();
  const j = readJournal(props);
  if (j) {
    // A unit list edited between runs: look again from the start (rolled tabs are recognised, never rolled twice).
    if (fingerprint(settings.units.slice(0, j.done).map((u) => u.name)) !== j.prefix) return { ...j, done: 0, noTab: [], noYearRow: [] };
    return { ...j, total: settings.units.length };
  }
  if (props.getProperty(ROLLED_TO) === String(settings.reportYear)) return null;
  const fresh: YearJournal = {
    to: settings.reportYear + 1,
    done: 0,
    prefix: fingerprint([]),
    total: settings.units.length,
    noTab: [],
    noYearRow: [],
  };
  writeJournal(props, fresh);
  return fresh;
}

/**
 * «Новый отчётный год»: archives the finished year's summary tabs (renamed with the year), moves each unit's current-year
 * indicator values into the previous-year column, clears the current year and «Отчёт готов», and at the end advances the
 * settings' years. A large workbook takes several runs (`pending`); a run stopped by a fault or the time limit is resumed
 * by choosing the item again. Choosing it after the roll is done changes nothing.
 */
export function startNewYear(ss: Spreadsheet): YearResult {
  return withLock<YearResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const started = Date.now();
    // Read under the lock: two clicks at once must not both pass the guard and roll the year twice.
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const j = journalFor(settings);
    if (!j) return { ok: true, message: `Переход на ${settings.reportYear} год уже выполнен — ничего не изменено.` };
    const from = j.to - 1;
    // The settings show the new year only when a run stopped after writing them: then only closing the journal is left.
    if (settings.reportYear !== from && settings.reportYear !== j.to)
      return {
        ok: false,
        message: `${rollProgress(j)} Но на вкладке «${SETTINGS_TAB}» отчётный год — ${settings.reportYear}. Верните ${from} и выберите «Новый отчётный год» ещё раз.`,
      };
    const old: Settings = settings.reportYear === from ? settings : { ...settings, reportYear: from, previousYear: from - 1 };
    const next: Settings = { ...old, reportYear: j.to, previousYear: from };
    const settingsSheet = ss.getSheetByName(SETTINGS_TAB)!;
    const settingsKeys = settingsSheet.getRange(1, KEY_COL, Math.max(1, settingsSheet.getLastRow()), 1).getValues();
    archiveSummaries(ss, from);
    if (j.done < settings.units.length) rollTabs(ss, settings.units, j, yearHeaders(next), started);
    if (j.done < settings.units.length) {
      const status = `${rollProgress(j)} ${AGAIN}`;
      showStatus(ss, settingsKeys, status);
      return { ok: true, pending: true, message: `Время одного запуска на исходе. ${status}` };
    }
    advanceSettings(ss, settingsKeys, next);
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(ROLLED_TO, String(j.to));
    props.deleteProperty(YEAR_ROLL);
    const archived = archivesOf(ss, from);
    const moved = settings.units.length - j.noTab.length - j.noYearRow.length;
    const parts = [
      `Новый отчётный год — ${j.to}. Значения ${from} года перенесены в столбец «${from} г.» на ${countWith(moved, TABS_PREPOSITIONAL)}, столбец «${j.to} г.» очищен, флажки «Отчёт готов» сняты.`,
      archived.length ? `Сводка ${from} года сохранена: ${archived.map((a) => `«${a}»`).join(', ')}.` : 'Сводки за прошлый год не было.',
      j.noTab.length ? `Нет вкладки (переносить нечего): ${namesText(j.noTab, j.noTab.length)}.` : '',
      j.noYearRow.length
        ? `Не перенесены — на вкладке нет строки «Показатели эффективности» с годами, перенесите значения вручную: ${namesText(j.noYearRow, j.noYearRow.length)}.`
        : '',
    ];
    return { ok: true, message: parts.filter(Boolean).join(' ') };
  });
}

// Reads the workbook: each tab with one call, all reads before any write; large workbooks in chunks across runs.
import { isDate } from '../domain/cellValue';
import type { CellValue } from '../domain/model';
import type { TabValues } from './analyze';
import { isProductTab } from './tabNames';
import { SETTINGS_TAB } from './settingsTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabRef {
  sheet: Sheet;
  name: string;
}

export interface WorkbookValues {
  settings: CellValue[][] | null;
  tabs: TabValues[];
}

/**
 * All values of a tab in one call (getSheetValues with -1 reads up to the last row and column with data). An empty tab
 * has no last row to read up to and answers []; any other failure (a Sheets service error) is not taken for an empty tab.
 * Each Date is turned into a calendar date (see calendarDates).
 */
export function valuesOf(sheet: Sheet): CellValue[][] {
  let values: CellValue[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
  } catch (e) {
    if (sheet.getLastRow() === 0) return [];
    throw e;
  }
  return calendarDates(values, () => sheet.getParent().getSpreadsheetTimeZone());
}

/**
 * The domain's dates are calendar readings kept in a Date's UTC fields (01.09.2025 is Date.UTC(2025, 8, 1)), so no
 * machine's or script's time zone can move them. Sheets hands a date cell over as the instant of that wall-clock time in
 * the SPREADSHEET's zone (Google, Apps Script reference, Range.getValues: «Date» values; the spreadsheet's zone is
 * Spreadsheet.getSpreadsheetTimeZone), while the script's Date methods read it in the script's zone (appsscript.json
 * timeZone): a spreadsheet east of the script reads 01.09 as 31.08. Utilities.formatDate(date, zone, pattern) gives the
 * wall clock in a named zone (Google, Apps Script reference «Class Utilities»; Google Ads scripts guide «Working with
 * dates and times»: «use Utilities.formatDate(date, timeZone, format)»). The zone is asked only when a tab holds a date.
 */
export function calendarDates(values: CellValue[][], spreadsheetZone: () => string): CellValue[][] {
  let zone: string | null = null;
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (!isDate(v) || Number.isNaN(v.getTime())) continue;
      zone ??= spreadsheetZone();
      const [y, m, d, hh, mm, ss] = Utilities.formatDate(v, zone, 'yyyy MM dd HH mm ss').split(' ').map(Number);
      row[c] = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
    }
  }
  return values;
}

/** Every tab of the workbook with its name, each name asked once. */
export function listAllTabs(ss: Spreadsheet): TabRef[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** Whether a check or a build reads a tab: the settings and every tab that may be a unit's report (not the product's own). */
export function isReadableTab(name: string): boolean {
  return name === SETTINGS_TAB || !isProductTab(name);
}

/** The tabs a check or a build reads (isReadableTab). */
export function readableTabs(all: TabRef[]): TabRef[] {
  return all.filter((t) => isReadableTab(t.name));
}

/** A lookup by name over tabs already listed, so writers need not ask Sheets again. */
export function lookupIn(all: TabRef[]): (name: string) => Sheet | null {
  const byName = new Map(all.map((t) => [t.name, t.sheet]));
  return (name) => byName.get(name) ?? null;
}

/** Splits read tabs into the settings and the rest. */
export function asWorkbookValues(read: TabValues[]): WorkbookValues {
  const settings = read.find((t) => t.name === SETTINGS_TAB);
  return { settings: settings ? settings.values : null, tabs: read.filter((t) => t.name !== SETTINGS_TAB) };
}

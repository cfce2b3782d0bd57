// How big each tab's grid is: Sheets counts every cell of every tab's grid toward its 10 million, used or not.
import { columnLetter } from '../domain/columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A tab made by Spreadsheet.insertSheet() has 1000 rows and 26 columns; a spreadsheet holds at most 10 million cells,
 * counted over every tab's whole grid (Google, «Files you can store in Google Drive», Spreadsheets:
 * https://support.google.com/drive/answer/37603).
 */
export const NEW_TAB_ROWS = 1000;
export const NEW_TAB_COLUMNS = 26;
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** Room left under a tab that people fill, for the rows and columns coordinators insert (Sheets grows it past that). */
export const ROW_MARGIN = 20;
export const COLUMN_MARGIN = 2;
/** Columns a chart placed beside a table covers (the summary's charts), and rows below a table's end it may reach. */
export const CHART_COLUMNS = 8;
const CHART_ROWS = 20;

/**
 * Sizes a tab just made by insertSheet (NEW_TAB_ROWS × NEW_TAB_COLUMNS) to `rows` × `cols`: at most one structural
 * call per dimension, and none when a dimension already fits. No read: the new tab's size is known.
 */
export function fitNewTab(sheet: Sheet, rows: number, cols: number): void {
  const r = Math.max(1, rows);
  const c = Math.max(1, cols);
  if (r > NEW_TAB_ROWS) sheet.insertRowsAfter(NEW_TAB_ROWS, r - NEW_TAB_ROWS);
  else if (r < NEW_TAB_ROWS) sheet.deleteRows(r + 1, NEW_TAB_ROWS - r);
  if (c > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, c - NEW_TAB_COLUMNS);
  else if (c < NEW_TAB_COLUMNS) sheet.deleteColumns(c + 1, NEW_TAB_COLUMNS - c);
}

/**
 * How to trim a tab to what it holds plus room for its charts (an archived summary tab): sizes are read here, the
 * deletions made later by applyTrim, so reads and writes do not interleave.
 */
export function trimPlan(sheet: Sheet): { sheet: Sheet; rows: number; cols: number; maxRows: number; maxCols: number } {
  return {
    sheet,
    rows: Math.max(1, sheet.getLastRow()) + CHART_ROWS,
    cols: Math.max(1, sheet.getLastColumn()) + CHART_COLUMNS,
    maxRows: sheet.getMaxRows(),
    maxCols: sheet.getMaxColumns(),
  };
}
export function applyTrim(p: ReturnType<typeof trimPlan>): void {
  if (p.maxRows > p.rows) p.sheet.deleteRows(p.rows + 1, p.maxRows - p.rows);
  if (p.maxCols > p.cols) p.sheet.deleteColumns(p.cols + 1, p.maxCols - p.cols);
}

/** The settings tab's whole columns as a formula range, e.g. 'Настройки'!A:P: what PLAN() and STATUS() take. */
export function wholeColumnsA1(tab: string, columns: number): string {
  return `'${tab.replace(/'/g, "''")}'!A:${columnLetter(Math.max(1, columns))}`;
}

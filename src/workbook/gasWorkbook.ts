// Reads the workbook in one pass (one getValues per tab) before anything is written.
import { CellValue } from '../domain/model';
import { isProductTab, TabValues } from './analyze';
import { SETTINGS_TAB } from './settingsTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WorkbookValues {
  settings: CellValue[][] | null;
  tabs: TabValues[];
  sheets: Sheet[];
}

export function valuesOf(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

/** Reads the settings and every tab that may be a unit's report; the product's own output tabs are skipped. */
export function readWorkbook(ss: Spreadsheet, onProgress: (read: number, total: number) => void = () => undefined): WorkbookValues {
  const sheets = ss.getSheets();
  let settings: CellValue[][] | null = null;
  const tabs: TabValues[] = [];
  const candidates = sheets.filter((s) => s.getName() === SETTINGS_TAB || !isProductTab(s.getName()));
  candidates.forEach((sheet, i) => {
    const name = sheet.getName();
    const values = valuesOf(sheet);
    if (name === SETTINGS_TAB) settings = values;
    else tabs.push({ name, values });
    if ((i + 1) % 50 === 0) onProgress(i + 1, candidates.length);
  });
  return { settings, tabs, sheets };
}

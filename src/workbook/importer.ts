// Writes known report values into unit tabs by key (used by the CLI's `template --data` to fill the sample workbook).
import type { CellValue, Settings } from '../domain/model';
import type { ReportValues } from '../domain/reportValues';
import { valuesOf } from './gasWorkbook';
import { SCHOOL_DIRECTIONS_KEY, schoolDocumentKey, schoolFormKey } from './schoolRows';
import { COL, formKey, indicatorKey, READY_KEY } from './unitTab';
import { literalText } from './sheetDoc';
import { KEY_COL, parseSettings, SETTINGS_TAB } from './settingsTab';

export type { ReportValues };

/** Puts one unit's values into its tab's values by key; returns the value columns C:E, formulas kept. Pure. */
export function fillGrid(grid: CellValue[][], formulas: string[][], settings: Settings, r: ReportValues): unknown[][] {
  const rowOf = new Map(grid.map((row, i) => [String(row[KEY_COL - 1]), i]));
  const block: CellValue[][] = grid.map((row) => [row[COL.c - 1], row[COL.d - 1], row[COL.e - 1]]);
  const put = (key: string, col: number, v: CellValue) => {
    const i = rowOf.get(key);
    if (i !== undefined && v !== undefined) block[i][col - COL.c] = v;
  };
  put('orgs', COL.c, r.orgs?.general);
  put('orgs', COL.d, r.orgs?.additional);
  for (const [key, f] of Object.entries(r.forms ?? {})) {
    put(formKey(key), COL.c, f.general);
    put(formKey(key), COL.d, f.additional);
    put(formKey(key), COL.e, f.examples);
    // A school's tab keeps a form's examples beside its «да/нет».
    put(schoolFormKey(key, 'runs'), COL.e, f.examples);
  }
  for (const [key, f] of Object.entries(r.school?.forms ?? {}))
    for (const part of ['runs', 'mentors', 'mentees', 'pairs'] as const) put(schoolFormKey(key, part), COL.c, f[part]);
  for (const [name, has] of Object.entries(r.school?.documents ?? {})) put(schoolDocumentKey(name), COL.c, has);
  put(SCHOOL_DIRECTIONS_KEY, COL.c, r.school?.directions);
  for (const [id, v] of Object.entries(r.indicators ?? {})) {
    const ind = settings.indicators.find((i) => i.id === id);
    if (!ind) continue;
    if (ind.kind === 'share') {
      put(indicatorKey(id, 'percent'), COL.c, v.prev);
      put(indicatorKey(id, 'percent'), COL.d, v.cur);
      put(indicatorKey(id, 'involved'), COL.c, v.involvedPrev);
      put(indicatorKey(id, 'total'), COL.c, v.totalPrev);
      put(indicatorKey(id, 'involved'), COL.d, v.involvedCur);
      put(indicatorKey(id, 'total'), COL.d, v.totalCur);
      put(indicatorKey(id, 'title'), COL.e, v.comment);
    } else {
      put(indicatorKey(id, 'value'), COL.c, v.prev);
      put(indicatorKey(id, 'value'), COL.d, v.cur);
      put(indicatorKey(id, 'value'), COL.e, v.comment);
    }
  }
  for (const [k, v] of Object.entries(r.contacts ?? {})) put(`contact:${k}`, COL.c, v);
  if (r.ready !== undefined) put(READY_KEY, COL.c, r.ready);
  // Text is written as typed ("+" stays the text "+"); the computed-share formulas are written back as formulas.
  return block.map((row, i) => row.map((v, j) => formulas[i]?.[j] || (typeof v === 'string' ? literalText(v) : (v ?? ''))));
}

/** Fills the tabs of the named units: one read and one write of the value columns per tab. Returns units not found. */
function fillReports(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, reports: Record<string, ReportValues>): string[] {
  const missing: string[] = [];
  for (const [unitName, r] of Object.entries(reports)) {
    const unit = settings.units.find((u) => u.name === unitName);
    const sheet = unit ? ss.getSheetByName(unit.tab) : null;
    if (!unit || !sheet) {
      missing.push(unitName);
      continue;
    }
    const grid = valuesOf(sheet);
    const range = sheet.getRange(1, COL.c, grid.length, 3);
    range.setValues(fillGrid(grid, range.getFormulas(), settings, r));
  }
  return missing;
}

/** Fills the tabs using the settings of the workbook itself. */
export function fillReportsByKey(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, reports: Record<string, ReportValues>): string[] {
  const sheet = ss.getSheetByName(SETTINGS_TAB);
  if (!sheet) return Object.keys(reports);
  return fillReports(ss, parseSettings(valuesOf(sheet)).settings, reports);
}

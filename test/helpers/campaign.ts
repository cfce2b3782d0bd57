// The desktop campaign's files as a test handles them: workbooks made through the bundle, unit files opened and typed into with ExcelJS.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Settings } from '../../src/domain/model';
import { saveXlsx } from '../../src/local/runtime';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookSession } from './bundle';

/** Saves a workbook set up from `settings`, its tabs made and filled with `reports` (none: a campaign's start). */
export async function saveWorkbook(path: string, settings: Settings, reports: Record<string, ReportValues> = {}): Promise<void> {
  const s = workbookSession(settings, reports);
  await saveXlsx(s.ss, path);
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Addresses of the cells a coordinator can type into: those the sheet protection leaves unlocked. */
export function unlockedCells(ws: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) cells.push(cell.address);
    }),
  );
  return cells;
}

/** A cell's value as a coordinator sees it (what a formula shows, the text of a link). */
export function shown(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v && typeof v === 'object' && 'hyperlink' in v) return (v as ExcelJS.CellHyperlinkValue).text;
  return v;
}

/** The bytes' fingerprint of each file: to show collect never writes a returned file. */
export function fingerprints(paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, createHash('sha256').update(readFileSync(p)).digest('hex')]));
}

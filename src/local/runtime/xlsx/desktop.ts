// What the writer adds for Excel, LibreOffice, Р7-Офис and МойОфис (sizes, top alignment, print setup, links, да/нет),
// and how the reader takes it out again so a round trip gives back the spreadsheet as Sheets had it.
import type ExcelJS from 'exceljs';
import { parseA1, quoteSheetName, rectA1 } from '../a1';
import type { Cell } from '../cell';
import type { LocalSheet } from '../sheet';
import { withField } from '../style';
import type { DisplayContext } from '../values';
import { excelWidthToPx, pxToExcelWidth, rectsOf } from './convert';
import type { Placement } from './layout';
import { planDesktopLayout } from './layout';
import { applyPrintSetup } from './print';

/** Kept per sheet in the runtime JSON: only what the writer itself chose, so edits made in a desktop suite win. */
export interface DesktopJson {
  /** [column, pixels written, the sheet's own width or null]. */
  widths: Array<[number, number, number | null]>;
  /** [row, points written] for rows the sheet left at their default height. */
  heights: Array<[number, number]>;
  /** Cells given vertical alignment top (A1 rectangles). */
  topAligned: string[];
  /** [cell, internal link target written, the sheet's HYPERLINK formula]. */
  links: Array<[string, string, string]>;
  /** Checkbox cells written as «да»/«нет» (A1 rectangles). */
  checkboxes: string[];
}

export const CHECKBOX_TEXT = { true: 'да', false: 'нет' } as const;

/** A HYPERLINK formula to a cell of a tab by its gid (the form Sheets needs) → the tab's sheetId, cell and label. */
const GID_LINK = /^=HYPERLINK\("#gid=(\d+)&range=([A-Z]{1,3}\d{1,7})"\s*,\s*"((?:[^"]|"")*)"\)$/;

/** An internal link `'Tab'!D15` and its label for a Sheets gid link, or null when the formula is not one. */
export function internalLink(formula: string, xlsxNameOfSheetId: (id: number) => string | null): { target: string; text: string } | null {
  const m = GID_LINK.exec(formula);
  const tab = m ? xlsxNameOfSheetId(Number(m[1])) : null;
  if (!m || tab === null) return null;
  // ExcelJS writes a `location` (a link inside the file) only for targets of the form Sheet!A1, with no leading #.
  return { target: `${quoteSheetName(tab)}!${m[2]}`, text: m[3].replace(/""/g, '"') };
}

/** True for a cell showing a checkbox (a CHECKBOX rule without custom values) that holds a boolean. */
export function isPlainCheckbox(cell: Cell): boolean {
  return typeof cell.v === 'boolean' && cell.dv !== null && cell.dv.criteria === 'CHECKBOX' && cell.dv.getCriteriaValues().length === 0;
}

/** Sizes, top alignment and print setup for `ws`, written after its cells; returns what was chosen. */
export function applyDesktopLayout(ws: ExcelJS.Worksheet, sheet: LocalSheet, ctx: DisplayContext, images: Placement[], json: DesktopJson): void {
  const plan = planDesktopLayout(sheet, ctx, images);
  for (const [c, px] of plan.widths) {
    if (sheet.hiddenCols.has(c)) continue;
    const own = sheet.columnWidths.get(c) ?? null;
    ws.getColumn(c).width = pxToExcelWidth(px);
    if (own !== px) json.widths.push([c, px, own]);
  }
  for (const [r, pt] of plan.heights) {
    ws.getRow(r).height = pt;
    json.heights.push([r, pt]);
  }
  for (const [r, c] of plan.topCells) {
    const xc = ws.getCell(r, c);
    // A new style object: ExcelJS shares one between the cells written with the same format.
    xc.style = { ...xc.style, alignment: { ...(xc.style.alignment ?? {}), vertical: 'top' } };
  }
  json.topAligned = rectsOf(plan.topCells).map(rectA1);
  if (!sheet.hidden) {
    applyPrintSetup(ws, { orientation: plan.orientation, lastRow: plan.lastRow, lastCol: plan.lastCol, titleRows: sheet.frozenRows, breaks: plan.breaks });
  }
}

export function emptyDesktopJson(): DesktopJson {
  return { widths: [], heights: [], topAligned: [], links: [], checkboxes: [] };
}

function eachCell(a1s: string[], sheet: LocalSheet, visit: (r: number, c: number) => void): void {
  for (const a1 of a1s) {
    const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (!rect) continue;
    for (let i = 0; i < rect.numRows; i++) for (let j = 0; j < rect.numCols; j++) visit(rect.row + i, rect.col + j);
  }
}

/**
 * Undoes what the writer added where the file still holds it unchanged: sizes, top alignment, links, да/нет.
 * `links` maps each hyperlink cell the reader met to its target.
 */
export function restoreFromDesktop(sheet: LocalSheet, json: DesktopJson | undefined, links: Map<string, string>): void {
  if (!json) return;
  for (const [c, px, own] of json.widths) {
    if (sheet.columnWidths.get(c) !== excelWidthToPx(pxToExcelWidth(px))) continue;
    if (own === null) sheet.columnWidths.delete(c);
    else sheet.columnWidths.set(c, own);
  }
  for (const [r, pt] of json.heights) {
    if (sheet.rowHeights.get(r) === Math.round(pt / 0.75)) sheet.rowHeights.delete(r);
  }
  eachCell(json.topAligned, sheet, (r, c) => {
    const cell = sheet.cellAt(r, c);
    if (cell?.s?.verticalAlignment === 'top') cell.s = withField(cell.s, 'verticalAlignment', undefined);
  });
  for (const [a1, target, formula] of json.links) {
    const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (rect && links.get(a1) === target) sheet.ensureCell(rect.row, rect.col).f = formula;
  }
  eachCell(json.checkboxes, sheet, (r, c) => {
    const cell = sheet.cellAt(r, c);
    if (cell && cell.v === CHECKBOX_TEXT.true) cell.v = true;
    else if (cell && cell.v === CHECKBOX_TEXT.false) cell.v = false;
  });
}



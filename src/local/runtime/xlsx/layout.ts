// Plans the sizes a desktop suite needs from the file: a width for every used column, row heights for wrapped text.
import type { Rect } from '../a1';
import { DEFAULT_COLUMN_WIDTH } from '../sheet';
import type { LocalSheet } from '../sheet';
import { displayValue } from '../values';
import type { DisplayContext } from '../values';
import type { Orientation } from './print';
import { fitColumnsToPage, pageBreaks } from './print';
import { CELL_PADDING_PX, DEFAULT_FONT_SIZE, heightForLinesPt, longestWordPx, textWidthPx, wrappedLines } from './textFit';

/** Widest a column grows to show a value that cannot run into its neighbour (wider text is cut, as in Sheets). */
const MAX_FIT_WIDTH_PX = 360;
/** The row height Excel and LibreOffice give a row of 10-point text, in points. */
const DEFAULT_ROW_HEIGHT_PT = 15;

export interface DesktopLayout {
  /** Width in pixels of every used column (its own width, widened where a value or a word would not fit). */
  widths: Map<number, number>;
  /** Height in points of rows whose text needs more than the default row and whose height the sheet does not set. */
  heights: Map<number, number>;
  /** Non-empty cells of those rows without a vertical alignment of their own: they go to the top of the row. */
  topCells: Array<[number, number]>;
  orientation: Orientation;
  /** Last row and column that print: cells and images, not the data blocks charts read from aside. */
  lastRow: number;
  lastCol: number;
  /** Rows after which a printed page breaks, keeping blocks together. */
  breaks: number[];
}

/** A picture over the grid: its top-left cell, offset and size in pixels. */
export interface Placement {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  widthPx: number;
  heightPx: number;
}

/** Columns wider than this whose cells wrap text are the text a page may narrow. */
const TEXT_COLUMN_PX = 300;
/** Pixels per point at 96 dpi. */
const PX_PER_PT = 96 / 72;

interface TextCell {
  r: number;
  c: number;
  text: string;
  size: number;
  bold: boolean;
  wrap: boolean;
  number: boolean;
}

function textCells(sheet: LocalSheet, ctx: DisplayContext): TextCell[] {
  const out: TextCell[] = [];
  sheet.grid.forEach((row, ri) => {
    row?.forEach((cell, ci) => {
      if (!cell || cell.v === '') return;
      const s = cell.s;
      out.push({
        r: ri + 1,
        c: ci + 1,
        text: displayValue(cell.v, s?.numberFormat, ctx),
        size: s?.fontSize ?? DEFAULT_FONT_SIZE,
        bold: s?.fontWeight === 'bold',
        wrap: s?.wrapStrategy === 'WRAP',
        number: typeof cell.v !== 'string',
      });
    });
  });
  return out;
}

/** Top-left cell of each merge → the merge; other cells of a merge → null (they show nothing). */
function mergeIndex(merges: Rect[]): Map<string, Rect | null> {
  const index = new Map<string, Rect | null>();
  for (const m of merges) {
    for (let i = 0; i < m.numRows; i++) {
      for (let j = 0; j < m.numCols; j++) index.set(`${m.row + i}:${m.col + j}`, i === 0 && j === 0 ? m : null);
    }
  }
  return index;
}

/** What the sheet needs to read well in a desktop suite; computed from values and formats, never written back to it. */
export function planDesktopLayout(sheet: LocalSheet, ctx: DisplayContext, images: Placement[] = []): DesktopLayout {
  const cells = textCells(sheet, ctx);
  const chartData = sheet.charts.flatMap((ch) => ch.state.ranges.filter((r) => r.sheet === sheet).map((r) => r.rect));
  const inChartData = (r: number, c: number): boolean =>
    chartData.some((d) => r >= d.row && r < d.row + d.numRows && c >= d.col && c < d.col + d.numCols);
  const merges = mergeIndex(sheet.merges);
  const widths = fittedWidths(sheet, cells, merges);

  // Wide columns of wrapped text may narrow to fit a page, down to their longest word.
  const textCols = new Map<number, number>();
  for (const t of cells) {
    if (!t.wrap || !/\s/.test(t.text.trim()) || merges.has(`${t.r}:${t.c}`) || (widths.get(t.c) ?? 0) < TEXT_COLUMN_PX) continue;
    textCols.set(
      t.c,
      Math.max(textCols.get(t.c) ?? 0, Math.ceil(Math.min(longestWordPx(t.text, t.size, t.bold), MAX_FIT_WIDTH_PX) + CELL_PADDING_PX)),
    );
  }
  let lastRow = 0;
  let printCol = 0;
  for (const t of cells) {
    if (inChartData(t.r, t.c)) continue;
    lastRow = Math.max(lastRow, t.r);
    printCol = Math.max(printCol, t.c);
  }
  const orientation = fitColumnsToPage(widths, printCol, textCols);

  const { heights, multiLine } = fittedHeights(sheet, cells, merges, widths);

  const topCells: Array<[number, number]> = [];
  for (const r of multiLine) {
    sheet.grid[r - 1]?.forEach((cell, ci) => {
      if (cell && !cell.isEmpty() && !cell.s?.verticalAlignment) topCells.push([r, ci + 1]);
    });
  }
  // Images extend the print area to the cell under their bottom-right corner; the rows they cover are not blank.
  const rowPx = (r: number): number => sheet.rowHeights.get(r) ?? Math.round((heights.get(r) ?? DEFAULT_ROW_HEIGHT_PT) * PX_PER_PT);
  const pictureRows = new Set<number>();
  for (const p of images) {
    let c = p.col;
    for (let x = widths.get(c) ?? DEFAULT_COLUMN_WIDTH; x < p.offsetX + p.widthPx; x += widths.get(c) ?? DEFAULT_COLUMN_WIDTH) c++;
    let r = p.row;
    for (let y = rowPx(r); y < p.offsetY + p.heightPx; y += rowPx(r)) r++;
    for (let k = p.row; k <= r; k++) pictureRows.add(k);
    printCol = Math.max(printCol, c);
    lastRow = Math.max(lastRow, r);
  }
  const printRows = new Set(cells.filter((t) => !inChartData(t.r, t.c)).map((t) => t.r));
  let widthPx = 0;
  for (let c = 1; c <= printCol; c++) widthPx += widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  const blank = (r: number): boolean => !printRows.has(r) && !pictureRows.has(r);
  const tableRows = new Set(cells.filter((t) => t.c > 1 && !inChartData(t.r, t.c)).map((t) => t.r));
  const prose = (r: number): boolean => !tableRows.has(r) && !pictureRows.has(r);
  const breaks = pageBreaks(lastRow, rowPx, blank, orientation, widthPx, sheet.frozenRows, prose);
  return { widths, heights, topCells, orientation, lastRow, lastCol: printCol, breaks };
}

/** Column widths as a desktop shows them: a column widens to its numbers, to text stopped by a neighbour, to its longest wrapped word. */
function fittedWidths(sheet: LocalSheet, cells: TextCell[], merges: Map<string, Rect | null>): Map<number, number> {
  const filled = new Set(cells.map((t) => `${t.r}:${t.c}`));
  const lastCol = cells.reduce((m, t) => Math.max(m, t.c), 0);
  const widths = new Map<number, number>();
  for (let c = 1; c <= lastCol; c++) widths.set(c, sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  for (const t of cells) {
    const merge = merges.get(`${t.r}:${t.c}`);
    if (merge === null || (merge && merge.numCols > 1) || sheet.hiddenCols.has(t.c)) continue;
    let need: number;
    if (t.wrap) need = Math.min(longestWordPx(t.text, t.size, t.bold), MAX_FIT_WIDTH_PX);
    else if (t.number || filled.has(`${t.r}:${t.c + 1}`)) need = Math.min(textWidthPx(t.text, t.size, t.bold), MAX_FIT_WIDTH_PX);
    else continue; // text with an empty neighbour runs on into it, as in Sheets
    const px = Math.ceil(need + CELL_PADDING_PX);
    if (px > (widths.get(t.c) ?? 0)) widths.set(t.c, px);
  }
  return widths;
}

/** Row heights for the lines wrapped text takes at the fitted widths, and the rows holding more than one line. */
function fittedHeights(
  sheet: LocalSheet,
  cells: TextCell[],
  merges: Map<string, Rect | null>,
  widths: Map<number, number>,
): { heights: Map<number, number>; multiLine: Set<number> } {
  const widthOf = (c: number, n: number): number => {
    let w = 0;
    for (let i = 0; i < n; i++) w += widths.get(c + i) ?? sheet.columnWidths.get(c + i) ?? DEFAULT_COLUMN_WIDTH;
    return w;
  };
  const heights = new Map<number, number>();
  const multiLine = new Set<number>();
  for (const t of cells) {
    if (sheet.rowHeights.has(t.r) || sheet.hiddenRows.has(t.r)) continue;
    const merge = merges.get(`${t.r}:${t.c}`);
    if (merge === null || (merge && merge.numRows > 1)) continue;
    const lines = t.wrap ? wrappedLines(t.text, widthOf(t.c, merge?.numCols ?? 1), t.size, t.bold) : 1;
    const pt = heightForLinesPt(lines, t.size);
    if (lines > 1) multiLine.add(t.r);
    if (pt > Math.max(DEFAULT_ROW_HEIGHT_PT, heights.get(t.r) ?? 0)) heights.set(t.r, pt);
  }
  return { heights, multiLine };
}

// Print setup of a written tab: A4, orientation by width, fit to page width, header rows repeated, print area, page footer.
import type ExcelJS from 'exceljs';
import { cellA1 } from '../a1';

/** Page margins in inches (narrow, so a table keeps a readable scale). */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
const A4_INCHES = { short: 8.27, long: 11.69 };
const PX_PER_INCH = 96;
/** Printable width of an A4 page in pixels at 100 %. */
const PAGE_WIDTH_PX = {
  portrait: Math.floor((A4_INCHES.short - MARGINS.left - MARGINS.right) * PX_PER_INCH),
  landscape: Math.floor((A4_INCHES.long - MARGINS.left - MARGINS.right) * PX_PER_INCH),
};
/** Share of the printable width text columns are fitted to: suites measure columns a little wider than this estimate. */
const FIT_SHARE = 0.9;
/** Share of the printable height a page is filled to when keeping blocks together, for the same reason. */
const HEIGHT_SHARE = 0.9;
/** A text column is not made narrower than this to fit a page: shorter lines read worse than a smaller page. */
const MIN_TEXT_COLUMN_PX = 240;
const EXCEL_PAPER_A4 = 9;

export type Orientation = 'portrait' | 'landscape';

/**
 * Chooses the orientation for columns 1..lastCol and narrows wide wrapped-text columns (`textCols`, never below their
 * minimum) so the tab fits a portrait page, or else a landscape one, at full size. Wider tabs print scaled to width.
 */
export function fitColumnsToPage(widths: Map<number, number>, lastCol: number, textCols: Map<number, number>): Orientation {
  const total = (): number => {
    let sum = 0;
    for (let c = 1; c <= lastCol; c++) sum += widths.get(c) ?? 0;
    return sum;
  };
  const all = total();
  if (all <= PAGE_WIDTH_PX.portrait * FIT_SHARE) return 'portrait';
  const shrinkable = [...textCols.keys()].filter((c) => c <= lastCol);
  const textWidth = shrinkable.reduce((s, c) => s + (widths.get(c) ?? 0), 0);
  const fixed = all - textWidth;
  for (const orientation of ['portrait', 'landscape'] as const) {
    const room = Math.floor(PAGE_WIDTH_PX[orientation] * FIT_SHARE) - fixed;
    if (!shrinkable.length || room < MIN_TEXT_COLUMN_PX * shrinkable.length) continue;
    if (room >= textWidth) return orientation;
    const fits = shrinkable.every((c) => Math.floor(((widths.get(c) ?? 0) * room) / textWidth) >= (textCols.get(c) ?? 0));
    if (!fits) continue;
    for (const c of shrinkable) widths.set(c, Math.floor(((widths.get(c) ?? 0) * room) / textWidth));
    return orientation;
  }
  return 'landscape';
}

/** Printable height of an A4 page in pixels at 100 %. */
const PAGE_HEIGHT_PX = {
  portrait: Math.floor((A4_INCHES.long - MARGINS.top - MARGINS.bottom) * PX_PER_INCH),
  landscape: Math.floor((A4_INCHES.short - MARGINS.top - MARGINS.bottom) * PX_PER_INCH),
};

/**
 * Rows after which a page should break so that no block (rows between blank rows, a picture with the rows it covers)
 * is cut in two when it fits on one page; blocks of `prose` rows (text in the first column only) flow instead. The scale is the one fitting `widthPx` to the page width.
 */
export function pageBreaks(
  lastRow: number,
  rowPx: (r: number) => number,
  blank: (r: number) => boolean,
  orientation: Orientation,
  widthPx: number,
  titleRows: number,
  prose: (r: number) => boolean = () => false,
): number[] {
  const scale = Math.min(1, PAGE_WIDTH_PX[orientation] / Math.max(1, widthPx));
  const page = (PAGE_HEIGHT_PX[orientation] / scale) * HEIGHT_SHARE;
  let titles = 0;
  for (let r = 1; r <= titleRows; r++) titles += rowPx(r);
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= lastRow; ) {
    if (blank(r)) {
      used += rowPx(r);
      r++;
      continue;
    }
    let end = r;
    let h = rowPx(r);
    let text = prose(r);
    while (end < lastRow && !blank(end + 1)) {
      h += rowPx(++end);
      text = text && prose(end);
    }
    // Paragraphs of a text (one column) flow from page to page like a document; tables and pictures move whole.
    if (!text && used + h > page && h <= page - titles && r > 1) {
      breaks.push(r - 1);
      used = titles + h;
    } else {
      used = (used + h) % page;
    }
    r = end + 1;
  }
  return breaks;
}

export interface PrintPlan {
  orientation: Orientation;
  /** Last row and column that print (cells, images), the chart data kept aside left out. */
  lastRow: number;
  lastCol: number;
  /** Header rows repeated on every page: the frozen rows. */
  titleRows: number;
  /** Rows after which a new page starts. */
  breaks: number[];
}

/** Applies the plan to the ExcelJS worksheet. */
export function applyPrintSetup(ws: ExcelJS.Worksheet, plan: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: EXCEL_PAPER_A4,
    orientation: plan.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { ...MARGINS },
    // ExcelJS puts a $ before each end it is given: "A$1" comes out as $A$1, the absolute form suites expect.
    printArea: plan.lastRow && plan.lastCol ? `A$1:${cellA1(plan.lastRow, plan.lastCol).replace(/(\d+)$/, '$$$1')}` : undefined,
    printTitlesRow: plan.titleRows ? `1:${plan.titleRows}` : undefined,
  } as ExcelJS.PageSetup;
  for (const r of plan.breaks) ws.getRow(r).addPageBreak();
  // The tab name on the left, «стр. N из M» on the right of every page's footer.
  ws.headerFooter = { oddFooter: '&L&8&A&R&8стр. &P из &N' } as ExcelJS.HeaderFooter;
}

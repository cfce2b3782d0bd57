// Saves a LocalSpreadsheet as .xlsx with ExcelJS; what xlsx cannot hold goes to the hidden runtime sheet.
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './excel';
import { cellA1, rectA1 } from '../a1';
import type { SheetRect } from '../conditional';
import { DEFAULT_COLUMN_WIDTH, type LocalSheet } from '../sheet';
import type { LocalSpreadsheet } from '../spreadsheet';
import type { CellStyle } from '../style';
import type { LocalDataValidation } from '../validation';
import { isDate } from '../values';
import { FORMAT_TAG, JSON_CHUNK, RUNTIME_SHEET_NAME, type RuntimeJson, type SheetJson, jsonValue } from './model';
import { argb, excelNames, pxToExcelWidth, rectsOf, renameRefs, toExcelDate } from './convert';
import { dvKeyOf, validationFromXlsx, validationSig, validationToXlsx } from './validation';
import { type XConditionalBlock, cfFormatFromStyle, cfFromXlsx, cfSig, cfToXlsx } from './conditional';
import { BASE_FONT_STYLE, styleToXlsx } from './styles';
import { CHECKBOX_TEXT, applyDesktopLayout, emptyDesktopJson, internalLink, isPlainCheckbox } from './desktop';
import { useDesktopDefaultFont } from './defaultFont';
import { addChartImages, chartPlacements } from './images';
import { dropXmlForbidden } from '../../../domain/xmlText';

/** A cell's text as XML can hold it: ExcelJS writes control characters raw, and such a file no longer opens. */
const xmlSafe = <T>(v: T): T => (typeof v === 'string' ? (dropXmlForbidden(v) as T) : v);
// ---------------------------------------------------------------------------------------------------------------
// Save

export interface SaveOptions {
  /** Skip the hidden runtime sheet (a plain xlsx for people; what it carries is lost). */
  withoutRuntimeSheet?: boolean;
  /**
   * The caller is done with the spreadsheet: each sheet's cells are let go once the Excel model holds them (unless a
   * chart draws from them), so the two are never both whole in memory (at 2 000 units each is about 200 MB).
   */
  releaseCells?: boolean;
}

/** Writes the spreadsheet to an .xlsx file at `path` (any path; the caller decides whether to overwrite). */
export async function saveXlsx(ss: LocalSpreadsheet, path: string, options: SaveOptions = {}): Promise<void> {
  const wb = await buildWorkbook(ss, options);
  await wb.xlsx.writeFile(path);
}

/** The same as saveXlsx but into a Buffer. */
export async function xlsxBuffer(ss: LocalSpreadsheet, options: SaveOptions = {}): Promise<Buffer> {
  const wb = await buildWorkbook(ss, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function buildWorkbook(ss: LocalSpreadsheet, options: SaveOptions): Promise<ExcelJS.Workbook> {
  useDesktopDefaultFont();
  const wb = newExcelWorkbook();
  wb.creator = 'Mentor Monitor';
  wb.calcProperties.fullCalcOnLoad = true;
  const sheets = ss.sheetsInternal();
  const xNames = excelNames(sheets.map((s) => s.nameInternal()));
  const renamed = new Map<string, string>();
  sheets.forEach((s, i) => {
    if (xNames[i] !== s.nameInternal()) renamed.set(s.nameInternal(), xNames[i]);
  });
  const w: WriteContext = {
    ss,
    tz: ss.timeZone,
    renamed,
    styleCache: new Map(),
    xlsxNameOfSheetId: (id: number): string | null => {
      const i = sheets.findIndex((s) => s.sheetId === id);
      return i < 0 ? null : xNames[i];
    },
  };
  const chartSources = new Set(sheets.flatMap((s) => s.charts.flatMap((ch) => ch.state.ranges.map((r) => r.sheet))));
  const sheetJson = sheets.map((sheet, si) => {
    const json = writeSheet(wb, sheet, xNames[si], w);
    if (options.releaseCells && !chartSources.has(sheet)) sheet.grid = [];
    return json;
  });
  const activeIndex = ss.activeSheetInternal ? sheets.indexOf(ss.activeSheetInternal) : 0;
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, activeIndex),
      visibility: 'visible',
    },
  ];
  if (!options.withoutRuntimeSheet) writeRuntimeSheet(wb, ss, sheetJson);
  return wb;
}

/** What every sheet's writer shares: the spreadsheet, its time zone, the Excel names of renamed sheets, the style cache. */
interface WriteContext {
  ss: LocalSpreadsheet;
  tz: string;
  renamed: Map<string, string>;
  styleCache: Map<CellStyle, Partial<ExcelJS.Style>>;
  xlsxNameOfSheetId: (id: number) => string | null;
}

/** One sheet as an Excel worksheet; returns what only the runtime reads back (protections, charts, exact rules). */
function writeSheet(wb: ExcelJS.Workbook, sheet: LocalSheet, xName: string, w: WriteContext): SheetJson {
  const ws = wb.addWorksheet(xName, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views:
      sheet.frozenRows || sheet.frozenCols
        ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
        : [{ state: 'normal' }],
  } as Partial<ExcelJS.AddWorksheetOptions>);
  const json: SheetJson = {
    xlsxName: xName,
    name: sheet.nameInternal(),
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    protections: [],
    charts: [],
    exactValidations: [],
    exactConditional: [],
    clipRanges: [],
    desktop: emptyDesktopJson(),
  };
  writeSizes(ws, sheet);
  const dvCells = writeCells(ws, sheet, json, w);
  writeValidations(ws, sheet, json, dvCells, w);
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  writeConditionalFormats(ws, sheet, json, w);
  // For desktop suites: sizes, print setup and the charts as pictures (Sheets charts have no .xlsx form here).
  const placements = sheet.hidden ? [] : chartPlacements(sheet);
  applyDesktopLayout(
    ws,
    sheet,
    { locale: w.ss.locale, timeZone: w.tz },
    placements.map((p) => p.placement),
    json.desktop!,
  );
  addChartImages(wb, ws, placements);
  // Protections and charts: JSON only
  json.protections = sheet.protections.map((p) => p.toRecord());
  json.charts = chartsJson(sheet);
  return json;
}

/** Column widths, hidden columns, row heights and hidden rows. */
function writeSizes(ws: ExcelJS.Worksheet, sheet: LocalSheet): void {
  const colIdx = new Set<number>([...sheet.columnWidths.keys(), ...sheet.hiddenCols]);
  for (const c of [...colIdx].sort((a, b) => a - b)) {
    const col = ws.getColumn(c);
    const w = sheet.columnWidths.get(c);
    if (w !== undefined) col.width = pxToExcelWidth(w);
    else if (sheet.hiddenCols.has(c)) col.width = pxToExcelWidth(DEFAULT_COLUMN_WIDTH);
    if (sheet.hiddenCols.has(c)) col.hidden = true;
  }
  for (const [r, h] of sheet.rowHeights) ws.getRow(r).height = h * 0.75;
  for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
}

/** Values, formulas, styles and notes of every non-empty cell; returns the cells of each validation rule. */
function writeCells(
  ws: ExcelJS.Worksheet,
  sheet: LocalSheet,
  json: SheetJson,
  { tz, renamed, styleCache, xlsxNameOfSheetId }: WriteContext,
): Map<LocalDataValidation, Array<[number, number]>> {
  const desktop = json.desktop!;
  const checkboxCells: Array<[number, number]> = [];
  const dvCells = new Map<LocalDataValidation, Array<[number, number]>>();
  const dvByKey = new Map<string, LocalDataValidation>();
  const clipCells: Array<[number, number]> = [];
  sheet.grid.forEach((rowArr, ri) => {
    if (!rowArr) return;
    rowArr.forEach((cell, ci) => {
      if (!cell || cell.isEmpty()) return;
      const r = ri + 1;
      const c = ci + 1;
      const xc = ws.getCell(r, c);
      const link = cell.f ? internalLink(cell.f, xlsxNameOfSheetId) : null;
      if (link) {
        // A link inside the file: desktop suites cannot follow Sheets' #gid= links.
        xc.value = { text: xmlSafe(link.text), hyperlink: link.target };
        desktop.links.push([cellA1(r, c), link.target, cell.f]);
      } else if (isPlainCheckbox(cell)) {
        xc.value = cell.v ? CHECKBOX_TEXT.true : CHECKBOX_TEXT.false;
        checkboxCells.push([r, c]);
      } else if (cell.f) {
        const result = cell.v === '' ? undefined : isDate(cell.v) ? toExcelDate(cell.v, tz) : cell.v;
        xc.value = {
          formula: xmlSafe(renameRefs(cell.f.slice(1), renamed)),
          ...(result !== undefined ? { result: xmlSafe(result) } : {}),
        } as ExcelJS.CellFormulaValue;
      } else if (cell.v !== '') {
        xc.value = isDate(cell.v) ? toExcelDate(cell.v, tz) : xmlSafe(cell.v);
      }
      if (cell.s) {
        let st = styleCache.get(cell.s);
        if (!st) {
          st = styleToXlsx(cell.s);
          styleCache.set(cell.s, st);
        }
        xc.style = st;
        if (cell.s.wrapStrategy === 'CLIP') clipCells.push([r, c]);
      } else {
        xc.style = BASE_FONT_STYLE;
      }
      if (cell.note) xc.note = xmlSafe(cell.note);
      if (cell.dv) {
        // Structurally equal rules (one built per cell, say) share one entry so their cells form rectangles.
        const key = dvKeyOf(cell.dv);
        let canonical = dvByKey.get(key);
        if (!canonical) {
          canonical = cell.dv;
          dvByKey.set(key, canonical);
        }
        const list = dvCells.get(canonical) ?? [];
        list.push([r, c]);
        dvCells.set(canonical, list);
      }
    });
  });
  json.clipRanges = rectsOf(clipCells).map(rectA1);
  desktop.checkboxes = rectsOf(checkboxCells).map(rectA1);
  return dvCells;
}

/** Data validations: one ExcelJS model per rectangle, formulas relative to its top-left cell. */
function writeValidations(
  ws: ExcelJS.Worksheet,
  sheet: LocalSheet,
  json: SheetJson,
  dvCells: Map<LocalDataValidation, Array<[number, number]>>,
  { ss, tz, renamed }: WriteContext,
): void {
  for (const [dv, cells] of dvCells) {
    for (const rect of rectsOf(cells)) {
      const tl = cellA1(rect.row, rect.col);
      const model = validationToXlsx(dv, tl, tz, renamed);
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numCols; j++) ws.getCell(rect.row + i, rect.col + j).dataValidation = model;
      }
      const back = validationFromXlsx(model, ss.env, ss, tz, sheet);
      if (!back?.sameAs(dv)) {
        json.exactValidations.push({
          range: rectA1(rect),
          sig: validationSig(model),
          rule: {
            criteria: dv.criteria,
            values: dv.getCriteriaValues().map(jsonValue),
            allowInvalid: dv.allowInvalid,
            helpText: dv.helpText,
          },
        });
      }
    }
  }
}

/** Conditional formatting, with the runtime's exact rule kept where Excel's form does not read back the same. */
function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: LocalSheet, json: SheetJson, { tz, renamed }: WriteContext): void {
  let priority = 1;
  for (const rule of sheet.cfRules) {
    const rects = rule.ranges.filter((r) => r.sheet === sheet).map((r) => r.rect);
    if (!rects.length) continue;
    const ref = rects.map(rectA1).join(' ');
    const x = cfToXlsx(rule, cellA1(rects[0].row, rects[0].col), tz, renamed, priority++);
    ws.addConditionalFormatting({ ref, rules: [x as unknown as ExcelJS.ConditionalFormattingRule] });
    const back = cfFromXlsx(x, new Map([...renamed].map(([a, b]) => [b, a])));
    const exact =
      back &&
      back.criteria === rule.criteria &&
      JSON.stringify(back.values.map(jsonValue)) === JSON.stringify(rule.values.map(jsonValue)) &&
      JSON.stringify(cfFormatFromStyle(x.style)) === JSON.stringify(rule.format);
    if (!exact) {
      json.exactConditional.push({
        sig: cfSig(ref, x),
        rule: {
          criteria: rule.criteria,
          values: rule.values.map(jsonValue),
          format: { ...rule.format },
          ranges: rects.map(rectA1),
        },
      });
    }
  }
  for (const raw of sheet.foreignConditionalFormats) {
    const block = raw as XConditionalBlock;
    ws.addConditionalFormatting({
      ref: block.ref,
      rules: block.rules.map((r) => ({ ...r, priority: priority++ }) as unknown as ExcelJS.ConditionalFormattingRule),
    });
  }
}

function chartsJson(sheet: LocalSheet): SheetJson['charts'] {
  return sheet.charts.map((ch) => ({
    chartId: ch.chartId ?? 0,
    type: ch.state.type,
    ranges: ch.state.ranges.map((r: SheetRect) => ({ sheet: r.sheet.nameInternal(), a1: rectA1(r.rect) })),
    position: { ...ch.state.position },
    options: Object.fromEntries(Object.entries(ch.state.options).map(([k, v]) => [k, jsonValue(v)])),
    numHeaders: ch.state.numHeaders,
    transpose: ch.state.transpose,
    hiddenDimensionStrategy: ch.state.hiddenDimensionStrategy,
    mergeStrategy: ch.state.mergeStrategy,
  }));
}

/** The runtime's own data (document properties, protections, charts, exact rules) as JSON in a very hidden sheet. */
function writeRuntimeSheet(wb: ExcelJS.Workbook, ss: LocalSpreadsheet, sheetJson: SheetJson[]): void {
  const data: RuntimeJson = {
    format: FORMAT_TAG,
    version: 1,
    spreadsheet: {
      name: ss.name,
      id: ss.id,
      locale: ss.locale,
      timeZone: ss.timeZone,
      ownerEmail: ss.ownerEmail,
      editors: [...ss.editors],
      viewers: [...ss.viewers],
      documentProperties: Object.fromEntries(ss.documentProperties),
      activeSheet: ss.activeSheetInternal ? ss.activeSheetInternal.nameInternal() : null,
    },
    sheets: sheetJson,
  };
  // JSON.stringify escapes controls and lone surrogates; U+FFFE and U+FFFF, which XML forbids, are escaped here.
  const text = JSON.stringify(data).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const ws = wb.addWorksheet(RUNTIME_SHEET_NAME, { state: 'veryHidden' });
  for (let i = 0, row = 1; i < text.length || row === 1; i += JSON_CHUNK, row++) {
    ws.getCell(row, 1).value = text.slice(i, i + JSON_CHUNK);
  }
}

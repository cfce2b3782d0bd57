// Loads a LocalSpreadsheet from .xlsx with ExcelJS, restoring what the hidden runtime sheet carries.
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './excel';
import { basename, extname } from 'node:path';
import type { Rect } from '../a1';
import { cellA1, parseA1 } from '../a1';
import { LocalEmbeddedChart } from '../charts';
import type { SheetRect } from '../conditional';
import { LocalConditionalFormatRule } from '../conditional';
import { LocalProtection } from '../protection';
import type { LocalSheet } from '../sheet';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_COLUMNS, DEFAULT_ROWS } from '../sheet';
import { LocalSpreadsheet } from '../spreadsheet';
import { intern } from '../style';
import { LocalDataValidation } from '../validation';
import type { CellValue } from '../values';
import { isDate } from '../values';
import {
  type ConditionalJson,
  FORMAT_TAG,
  RUNTIME_SHEET_NAME,
  type RuntimeJson,
  type SheetJson,
  VT_BOOLEAN,
  VT_DATE,
  VT_ERROR,
  VT_FORMULA,
  VT_HYPERLINK,
  VT_MERGE,
  VT_NUMBER,
  VT_RICH_TEXT,
  VT_SHARED_STRING,
  VT_STRING,
  fromJsonValue,
} from './model';
import { type XColor, colorOf, excelWidthToPx, fromExcelDate, renameRefs } from './convert';
import { type XValidation, validationFromXlsx, validationSig } from './validation';
import { type XConditionalBlock, type XRule, cfFormatFromStyle, cfFromXlsx, cfSig } from './conditional';
import { styleFromXlsx } from './styles';
import { restoreFromDesktop } from './desktop';
// ---------------------------------------------------------------------------------------------------------------
// Load

export interface LoadOptions {
  /** Spreadsheet name when the file has no runtime sheet; default the file name without extension. */
  name?: string;
  ownerEmail?: string;
  autoGrow?: boolean;
}

function readRuntimeJson(ws: ExcelJS.Worksheet | undefined): RuntimeJson | null {
  if (!ws) return null;
  let text = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') text += v;
    else if (v && typeof v === 'object' && 'richText' in v) text += (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  }
  try {
    const data = JSON.parse(text) as RuntimeJson;
    return data && data.format === FORMAT_TAG ? data : null;
  } catch {
    return null;
  }
}

function cellValueFromXlsx(xc: ExcelJS.Cell, tz: string): { v: CellValue; f: string } {
  const value = xc.value as unknown;
  switch (xc.type as number) {
    case VT_NUMBER:
      return { v: value as number, f: '' };
    case VT_STRING:
    case VT_SHARED_STRING:
      return { v: String(value), f: '' };
    case VT_BOOLEAN:
      return { v: Boolean(value), f: '' };
    case VT_DATE:
      return { v: fromExcelDate(value as Date, tz), f: '' };
    case VT_HYPERLINK: {
      const h = value as { text?: unknown };
      return { v: typeof h.text === 'string' ? h.text : String(h.text ?? ''), f: '' };
    }
    case VT_RICH_TEXT:
      return { v: (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join(''), f: '' };
    case VT_ERROR:
      return { v: String((value as ExcelJS.CellErrorValue).error), f: '' };
    case VT_FORMULA: {
      const formula = xc.formula ? `=${xc.formula}` : '';
      const res = xc.result as unknown;
      let v: CellValue = '';
      if (typeof res === 'number' || typeof res === 'boolean') v = res;
      else if (typeof res === 'string') v = res;
      else if (isDate(res)) v = fromExcelDate(res, tz);
      else if (res && typeof res === 'object' && 'error' in res) v = String((res as ExcelJS.CellErrorValue).error);
      return { v, f: formula };
    }
    default:
      return { v: '', f: '' };
  }
}

/** Reads an .xlsx file into a LocalSpreadsheet (its own env until a runtime attaches one). */
export async function loadXlsx(path: string, options: LoadOptions = {}): Promise<LocalSpreadsheet> {
  const wb = newExcelWorkbook();
  await wb.xlsx.readFile(path);
  return fromWorkbook(wb, options.name ?? basename(path, extname(path)), options);
}

/** Reads .xlsx bytes into a LocalSpreadsheet. */
export async function loadXlsxBuffer(data: Buffer, options: LoadOptions = {}): Promise<LocalSpreadsheet> {
  const wb = newExcelWorkbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return fromWorkbook(wb, options.name ?? 'Книга', options);
}

function fromWorkbook(wb: ExcelJS.Workbook, defaultName: string, options: LoadOptions): LocalSpreadsheet {
  const runtimeWs = wb.worksheets.find((w) => w.name === RUNTIME_SHEET_NAME);
  const meta = readRuntimeJson(runtimeWs);
  const sm = meta?.spreadsheet;
  const ss = new LocalSpreadsheet({
    name: sm?.name ?? defaultName,
    id: sm?.id,
    locale: sm?.locale,
    timeZone: sm?.timeZone,
    ownerEmail: sm?.ownerEmail ?? options.ownerEmail,
    autoGrow: options.autoGrow,
    sheetNames: [],
  });
  if (sm) {
    ss.editors = [...sm.editors];
    ss.viewers = [...(sm.viewers ?? [])];
    for (const [k, v] of Object.entries(sm.documentProperties ?? {})) ss.documentProperties.set(k, v);
  }
  const sheetMeta = new Map<string, SheetJson>((meta?.sheets ?? []).map((s) => [s.xlsxName, s]));
  const xlsxToReal = new Map<string, string>();
  for (const s of meta?.sheets ?? []) if (s.xlsxName !== s.name) xlsxToReal.set(s.xlsxName, s.name);

  const worksheets = wb.worksheets.filter((w) => w !== runtimeWs);
  // Pass 1: sheets, cells, styles, notes, sizes, merges
  const pending = worksheets.map((ws) => {
    const json = sheetMeta.get(ws.name);
    return { sheet: readSheet(ss, ws, json, xlsxToReal), ws, json };
  });
  // Pass 2: things that may reference other sheets (validations, conditional formats, charts) and runtime data
  for (const { sheet, ws, json } of pending) {
    readValidations(ss, sheet, ws, json, xlsxToReal);
    sheet.cfRules = readConditionalFormats(ss, sheet, ws, json, xlsxToReal);
    if (!json) continue;
    readProtections(sheet, json);
    readCharts(ss, sheet, json);
  }
  setActiveSheet(ss, wb, sm?.activeSheet ?? null);
  return ss;
}

/** A worksheet's cells, styles, notes, sizes, merges and frozen panes, as a new sheet of `ss`. */
function readSheet(ss: LocalSpreadsheet, ws: ExcelJS.Worksheet, json: SheetJson | undefined, xlsxToReal: Map<string, string>): LocalSheet {
  const tz = ss.timeZone;
  const realName = json?.name ?? ws.name;
  const sheet = ss.createSheetInternal(realName, ss.sheetsInternal().length, DEFAULT_ROWS, DEFAULT_COLUMNS, json?.sheetId);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = (ws.properties as { tabColor?: XColor }).tabColor;
  sheet.tabColor = colorOf(tab);
  const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view && view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  let maxRow = 0;
  let maxCol = 0;
  const links = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r);
    if (typeof row.height === 'number' && row.height > 0) sheet.rowHeights.set(r, Math.round(row.height / 0.75));
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      const isMerge = (xc.type as number) === VT_MERGE;
      const { v, f } = isMerge ? { v: '' as CellValue, f: '' } : cellValueFromXlsx(xc, tz);
      const s = styleFromXlsx(xc);
      const noteRaw = xc.note as unknown;
      const note =
        typeof noteRaw === 'string'
          ? noteRaw
          : noteRaw && typeof noteRaw === 'object' && Array.isArray((noteRaw as { texts?: unknown }).texts)
            ? (noteRaw as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join('')
            : '';
      if ((xc.type as number) === VT_HYPERLINK) links.set(cellA1(r, c), String((xc.value as { hyperlink?: unknown }).hyperlink ?? ''));
      if (v === '' && f === '' && s === undefined && note === '') return;
      const cell = sheet.ensureCell(r, c);
      cell.v = v;
      cell.f = f ? renameRefs(f, xlsxToReal) : '';
      cell.s = s;
      cell.note = note;
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });
  (ws.columns ?? []).forEach((col, i) => {
    const c = i + 1;
    if (col.hidden) sheet.hiddenCols.add(c);
    if (typeof col.width === 'number' && col.width > 0 && !(col.hidden && excelWidthToPx(col.width) === DEFAULT_COLUMN_WIDTH)) {
      sheet.columnWidths.set(c, excelWidthToPx(col.width));
    }
    if (col.hidden || col.width !== undefined) maxCol = Math.max(maxCol, c);
  });
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const rect = parseA1(m, 1048576, 16384);
    if (rect) {
      sheet.merges.push(rect);
      maxRow = Math.max(maxRow, rect.row + rect.numRows - 1);
      maxCol = Math.max(maxCol, rect.col + rect.numCols - 1);
    }
  }
  sheet.maxRows = Math.max(json?.maxRows ?? DEFAULT_ROWS, maxRow, ws.rowCount, sheet.frozenRows);
  sheet.maxCols = Math.max(json?.maxCols ?? DEFAULT_COLUMNS, maxCol, sheet.frozenCols);
  if (json) {
    for (const a1 of json.clipRanges ?? []) {
      const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
      if (!rect) continue;
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numCols; j++) {
          const cell = sheet.ensureCell(rect.row + i, rect.col + j);
          cell.s = intern({ ...(cell.s ?? {}), wrapStrategy: 'CLIP' });
        }
      }
    }
  }
  restoreFromDesktop(sheet, json?.desktop, links);
  sheet.contentChanged();
  return sheet;
}

/** Data validation of each cell: the runtime's exact rule where its signature still matches, else Excel's rule translated. */
function readValidations(
  ss: LocalSpreadsheet,
  sheet: LocalSheet,
  ws: ExcelJS.Worksheet,
  json: SheetJson | undefined,
  xlsxToReal: Map<string, string>,
): void {
  const tz = ss.timeZone;
  const dvModels = (ws as unknown as { dataValidations: { model: Record<string, XValidation | undefined> } }).dataValidations.model ?? {};
  const dvCache = new Map<XValidation, LocalDataValidation | null>();
  const exactByCell = new Map<string, { sig: string; rule: LocalDataValidation }>();
  for (const e of json?.exactValidations ?? []) {
    const rect = parseA1(e.range, sheet.maxRows, sheet.maxCols);
    if (!rect) continue;
    const rule = new LocalDataValidation(
      e.rule.criteria,
      e.rule.values.map((v) => fromJsonValue(v, ss)),
      e.rule.allowInvalid,
      e.rule.helpText,
      ss.env,
    );
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) exactByCell.set(cellA1(rect.row + i, rect.col + j), { sig: e.sig, rule });
    }
  }
  for (const [address, model] of Object.entries(dvModels)) {
    if (!model) continue;
    const rect = parseA1(address, 1048576, 16384);
    if (rect?.numRows !== 1 || rect.numCols !== 1) continue;
    const exact = exactByCell.get(address);
    let rule: LocalDataValidation | null;
    if (exact && exact.sig === validationSig(model)) {
      rule = exact.rule;
    } else {
      if (!dvCache.has(model)) {
        const xm =
          model.formulae && xlsxToReal.size
            ? {
                ...model,
                formulae: model.formulae.map((f: unknown) => (typeof f === 'string' ? renameRefs(f, xlsxToReal) : f)),
              }
            : model;
        dvCache.set(model, validationFromXlsx(xm, ss.env, ss, tz, sheet));
      }
      rule = dvCache.get(model) ?? null;
    }
    if (rule) sheet.ensureCell(rect.row, rect.col).dv = rule;
  }
}

/** Conditional formats in priority order; rules the runtime cannot represent are kept aside to be written back. */
function readConditionalFormats(
  ss: LocalSpreadsheet,
  sheet: LocalSheet,
  ws: ExcelJS.Worksheet,
  json: SheetJson | undefined,
  xlsxToReal: Map<string, string>,
): LocalConditionalFormatRule[] {
  const exactCf = new Map<string, ConditionalJson>((json?.exactConditional ?? []).map((e) => [e.sig, e.rule]));
  const rules: Array<{ priority: number; rule: LocalConditionalFormatRule }> = [];
  for (const block of (ws as unknown as { conditionalFormattings?: XConditionalBlock[] }).conditionalFormattings ?? []) {
    const ref = block.ref;
    const rects = ref
      .split(/\s+/)
      .map((a) => parseA1(a, sheet.maxRows, sheet.maxCols))
      .filter((r): r is Rect => r !== null);
    const foreign: XRule[] = [];
    for (const raw of block.rules as XRule[]) {
      const exact = exactCf.get(cfSig(ref, raw));
      if (exact) {
        const rr = exact.ranges.map((a) => parseA1(a, sheet.maxRows, sheet.maxCols)).filter((r): r is Rect => r !== null);
        rules.push({
          priority: raw.priority ?? 0,
          rule: new LocalConditionalFormatRule(
            exact.criteria,
            exact.values.map((v) => fromJsonValue(v, ss)),
            { ...exact.format },
            rr.map((rect) => ({ sheet, rect })),
            ss.env,
          ),
        });
        continue;
      }
      const crit = cfFromXlsx(raw, xlsxToReal);
      if (!crit) {
        foreign.push(raw);
        continue;
      }
      rules.push({
        priority: raw.priority ?? 0,
        rule: new LocalConditionalFormatRule(
          crit.criteria,
          crit.values,
          cfFormatFromStyle(raw.style),
          rects.map((rect) => ({ sheet, rect })),
          ss.env,
        ),
      });
    }
    if (foreign.length) {
      sheet.foreignConditionalFormats.push({
        ref,
        rules: foreign.map((r) => {
          const copy: Record<string, unknown> = { ...r };
          delete copy.dxfId;
          return copy;
        }),
      });
    }
  }
  rules.sort((a, b) => a.priority - b.priority);
  return rules.map((r) => r.rule);
}

function readProtections(sheet: LocalSheet, json: SheetJson): void {
  for (const p of json.protections ?? []) {
    const rect = p.range ? parseA1(p.range, sheet.maxRows, sheet.maxCols) : null;
    if (p.type === 'RANGE' && !rect) continue;
    const prot = new LocalProtection(sheet, p.type, p.type === 'RANGE' ? rect : null);
    prot.description = p.description;
    prot.warningOnly = p.warningOnly;
    prot.domainEdit = p.domainEdit;
    prot.rangeName = p.rangeName;
    for (const e of p.editors) prot.addEditorInternal(e);
    prot.unprotected = p.unprotectedRanges.map((a) => parseA1(a, sheet.maxRows, sheet.maxCols)).filter((r): r is Rect => r !== null);
    sheet.protections.push(prot);
  }
}

function readCharts(ss: LocalSpreadsheet, sheet: LocalSheet, json: SheetJson): void {
  for (const c of json.charts ?? []) {
    const ranges: SheetRect[] = [];
    for (const r of c.ranges) {
      const sh = ss.findSheetInternal(r.sheet);
      const rect = sh ? parseA1(r.a1, sh.maxRows, sh.maxCols) : null;
      if (sh && rect) ranges.push({ sheet: sh, rect });
    }
    const chart = new LocalEmbeddedChart(sheet, c.chartId, {
      type: c.type,
      ranges,
      position: { ...c.position },
      options: Object.fromEntries(Object.entries(c.options).map(([k, v]) => [k, fromJsonValue(v, ss)])),
      numHeaders: c.numHeaders,
      transpose: c.transpose,
      hiddenDimensionStrategy: c.hiddenDimensionStrategy,
      mergeStrategy: c.mergeStrategy,
    });
    sheet.charts.push(chart);
    while (ss.nextChartId() < c.chartId) {
      /* advance the id counter past loaded charts */
    }
  }
}

/** The active sheet: the one the runtime saved, else Excel's active tab, else the first (a workbook has at least one sheet). */
function setActiveSheet(ss: LocalSpreadsheet, wb: ExcelJS.Workbook, activeName: string | null): void {
  const byName = activeName ? ss.findSheetInternal(activeName) : null;
  const views = wb.views as Array<{ activeTab?: number }> | undefined;
  const tabIndex = views?.[0] && typeof views[0].activeTab === 'number' ? views[0].activeTab : 0;
  ss.activeSheetInternal = byName ?? ss.sheetsInternal()[tabIndex] ?? ss.sheetsInternal()[0] ?? null;
  if (ss.sheetsInternal().length === 0) ss.createSheetInternal(/^ru/i.test(ss.locale) ? 'Лист1' : 'Sheet1', 0);
  if (!ss.activeSheetInternal) ss.activeSheetInternal = ss.sheetsInternal()[0];
}

// Loads a LocalSpreadsheet from .xlsx and saves it back with ExcelJS; what xlsx cannot hold goes to a hidden JSON sheet.
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Rect } from './a1';
import { cellA1, parseA1, quoteSheetName, rectA1, splitSheetRef } from './a1';
import type { ChartTypeName } from './charts';
import { LocalEmbeddedChart } from './charts';
import type { BooleanCriteriaName, ConditionalFormat, SheetRect } from './conditional';
import { LocalConditionalFormatRule } from './conditional';
import type { RuntimeEnv } from './env';
import type { DeveloperMetadataRecord } from './metadata';
import { LocalDeveloperMetadata } from './metadata';
import type { ProtectionRecord } from './protection';
import { LocalProtection } from './protection';
import type { LocalSheet } from './sheet';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheet';
import { LocalSpreadsheet } from './spreadsheet';
import type { BorderEdge, BorderStyleName, CellStyle, WrapStrategyName } from './style';
import { intern } from './style';
import type { DataValidationCriteriaName } from './validation';
import { LocalDataValidation, criteriaValuesKey } from './validation';
import type { CellValue } from './values';
import { instantFromWallClock, isDate, wallClock } from './values';

/** Name of the hidden worksheet that carries what xlsx cannot hold. */
export const RUNTIME_SHEET_NAME = '__mentor_monitor_runtime__';
const JSON_CHUNK = 30000;
const FORMAT_TAG = 'mentor-monitor-runtime';

// ExcelJS ValueType numbers (a declared enum in its typings).
const VT_MERGE = 1;
const VT_NUMBER = 2;
const VT_STRING = 3;
const VT_DATE = 4;
const VT_HYPERLINK = 5;
const VT_FORMULA = 6;
const VT_SHARED_STRING = 7;
const VT_RICH_TEXT = 8;
const VT_BOOLEAN = 9;
const VT_ERROR = 10;

// ---------------------------------------------------------------------------------------------------------------
// JSON kept in the runtime sheet

type JsonValue = string | number | boolean | null | { $date: number } | { $range: string } | JsonValue[];

/** Protections are kept as their plain record (the same one tests read). */
type ProtectionJson = ProtectionRecord;

interface ChartJson {
  chartId: number;
  type: ChartTypeName;
  ranges: Array<{ sheet: string; a1: string }>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, JsonValue>;
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

interface ValidationJson {
  criteria: DataValidationCriteriaName;
  values: JsonValue[];
  allowInvalid: boolean;
  helpText: string | null;
}

interface ConditionalJson {
  criteria: BooleanCriteriaName;
  values: JsonValue[];
  format: ConditionalFormat;
  ranges: string[];
}

interface SheetJson {
  xlsxName: string;
  name: string;
  sheetId: number;
  maxRows: number;
  maxCols: number;
  protections: ProtectionJson[];
  charts: ChartJson[];
  developerMetadata: DeveloperMetadataRecord[];
  /** Validations xlsx would change, with the signature of what was written so edits made in Excel win. */
  exactValidations: Array<{ range: string; sig: string; rule: ValidationJson }>;
  /** Conditional rules xlsx would change, likewise. */
  exactConditional: Array<{ sig: string; rule: ConditionalJson }>;
  /** Cells whose wrap strategy is CLIP (xlsx has no such setting). */
  clipRanges: string[];
}

interface RuntimeJson {
  format: typeof FORMAT_TAG;
  version: 1;
  spreadsheet: {
    name: string;
    id: string;
    locale: string;
    timeZone: string;
    ownerEmail: string;
    editors: string[];
    viewers: string[];
    documentProperties: Record<string, string>;
    developerMetadata: DeveloperMetadataRecord[];
    activeSheet: string | null;
  };
  sheets: SheetJson[];
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** A Date whose UTC reading equals the wall clock in `tz` (ExcelJS turns Dates into serials via UTC). */
function toExcelDate(d: Date, tz: string): Date {
  const w = wallClock(d, tz);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
}

/** The instant whose wall clock in `tz` is the UTC reading of an ExcelJS Date. */
function fromExcelDate(d: Date, tz: string): Date {
  return instantFromWallClock(
    tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

const THEME_COLORS = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const INDEXED_COLORS = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '000000', 'FFFFFF', 'FF0000',
  '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '800000', '008000', '000080', '808000', '800080', '008080',
  'C0C0C0', '808080', '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF', '000080',
  'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF', '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99',
  '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99', '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699',
  '969696', '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333', '000000', 'FFFFFF',
];

function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = ch.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return out.map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0')).join('').toUpperCase();
}

interface XColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** '#rrggbb' of an ExcelJS colour (argb, theme with tint, or legacy palette index); null when absent. */
function colorOf(c: XColor | undefined): string | null {
  if (!c) return null;
  let hex: string | undefined;
  if (typeof c.argb === 'string' && c.argb.length >= 6) hex = c.argb.slice(-6);
  else if (typeof c.theme === 'number') hex = THEME_COLORS[c.theme];
  else if (typeof c.indexed === 'number') hex = INDEXED_COLORS[c.indexed];
  if (!hex) return null;
  if (typeof c.tint === 'number') hex = applyTint(hex, c.tint);
  return '#' + hex.toLowerCase();
}

const BORDER_TO_XLSX: Record<BorderStyleName, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted', DASHED: 'dashed', SOLID: 'thin', SOLID_MEDIUM: 'medium', SOLID_THICK: 'thick', DOUBLE: 'double',
};

function borderFromXlsx(style: string | undefined): BorderStyleName | null {
  switch (style) {
    case undefined:
      return null;
    case 'dotted':
    case 'hair':
      return 'DOTTED';
    case 'dashed':
    case 'dashDot':
    case 'dashDotDot':
    case 'slantDashDot':
      return 'DASHED';
    case 'medium':
    case 'mediumDashed':
    case 'mediumDashDot':
    case 'mediumDashDotDot':
      return 'SOLID_MEDIUM';
    case 'thick':
      return 'SOLID_THICK';
    case 'double':
      return 'DOUBLE';
    default:
      return 'SOLID';
  }
}

function pxToExcelWidth(px: number): number {
  return (px - 5) / 7;
}
function excelWidthToPx(w: number): number {
  return Math.max(0, Math.round(w * 7 + 5));
}

/** Splits cells into rectangles: vertical runs per column, then runs joined across equal neighbouring columns. */
function rectsOf(cells: Array<[number, number]>): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const list = byCol.get(c) ?? [];
    list.push(r);
    byCol.set(c, list);
  }
  const runsByCol = new Map<number, Array<[number, number]>>();
  for (const [c, rows] of byCol) {
    rows.sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    runsByCol.set(c, runs);
  }
  const cols = [...runsByCol.keys()].sort((a, b) => a - b);
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  let prevCol = -1;
  for (const c of cols) {
    const runs = runsByCol.get(c) ?? [];
    const next = new Map<string, Rect>();
    for (const [a, b] of runs) {
      const key = a + ':' + b;
      const prev = prevCol === c - 1 ? open.get(key) : undefined;
      if (prev) {
        prev.numCols++;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { row: a, col: c, numRows: b - a + 1, numCols: 1 });
      }
    }
    for (const r of open.values()) out.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
    prevCol = c;
  }
  for (const r of open.values()) out.push(r);
  return out;
}

/** Makes Apps Script sheet names valid and unique as Excel names (no : \ / ? * [ ], ≤ 31 characters). */
function excelNames(names: string[]): string[] {
  const used = new Set<string>([RUNTIME_SHEET_NAME.toLowerCase()]);
  const valid = (n: string): boolean =>
    n.length > 0 && n.length <= 31 && !/[:\\/?*[\]]/.test(n) && !/^'|'$/.test(n) && n !== 'History';
  const out: string[] = new Array(names.length);
  names.forEach((n, i) => {
    if (valid(n) && !used.has(n.toLowerCase())) {
      out[i] = n;
      used.add(n.toLowerCase());
    }
  });
  names.forEach((n, i) => {
    if (out[i] !== undefined) return;
    let base = n.replace(/[:\\/?*[\]]/g, '_').replace(/^'|'$/g, '_').trim();
    if (!base || base === 'History') base = 'Sheet' + (i + 1);
    base = base.slice(0, 31);
    let candidate = base;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) {
      const suffix = '~' + k;
      candidate = base.slice(0, 31 - suffix.length) + suffix;
    }
    out[i] = candidate;
    used.add(candidate.toLowerCase());
  });
  return out;
}

/** Replaces sheet references in a formula according to a name map (real → Excel name or back). */
function renameRefs(formula: string, map: Map<string, string>): string {
  if (map.size === 0) return formula;
  let f = formula;
  for (const [from, to] of map) {
    const q = "'" + from.replace(/'/g, "''") + "'!";
    const target = quoteSheetName(to) + '!';
    if (f.includes(q)) f = f.split(q).join(target);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(from)) f = f.replace(new RegExp(`(^|[^A-Za-z0-9_'.])${from}!`, 'g'), `$1${target}`);
  }
  return f;
}

function jsonValue(v: unknown): JsonValue {
  if (isDate(v)) return { $date: v.getTime() };
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v && typeof v === 'object' && typeof (v as { refKey?: unknown }).refKey === 'function') {
    const r = v as { sheet: LocalSheet; a1(): string };
    return { $range: quoteSheetName(r.sheet.nameInternal()) + '!' + r.a1() };
  }
  if (v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return String(v);
}

function fromJsonValue(v: JsonValue, ss: LocalSpreadsheet): unknown {
  if (Array.isArray(v)) return v.map((x) => fromJsonValue(x, ss));
  if (v && typeof v === 'object') {
    if ('$date' in v) return new Date(v.$date);
    if ('$range' in v) {
      const { sheet, a1 } = splitSheetRef(v.$range);
      const sh = sheet === null ? null : ss.findSheetInternal(sheet);
      const rect = sh ? parseA1(a1, sh.maxRows, sh.maxCols) : null;
      return sh && rect ? sh.rangeAt(rect) : null;
    }
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Data validation ↔ ExcelJS

type XValidation = ExcelJS.DataValidation;

function excelListLiteral(values: string[]): string {
  return '"' + values.map((v) => v.replace(/"/g, '""')).join(',') + '"';
}

const NUMBER_OPS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
const DATE_OPS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  DATE_BETWEEN: 'between', DATE_NOT_BETWEEN: 'notBetween', DATE_EQUAL_TO: 'equal', DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual', DATE_BEFORE: 'lessThan', DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

function strip(f: unknown): string {
  const s = String(f);
  return s.startsWith('=') ? s.slice(1) : s;
}

function quoteText(s: unknown): string {
  return '"' + String(s).replace(/"/g, '""') + '"';
}

/** ExcelJS model of a rule applied to a block whose top-left cell is `tl`. */
function validationToXlsx(dv: LocalDataValidation, tl: string, tz: string, names: Map<string, string>): XValidation {
  const values = dv.getCriteriaValues();
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.allowInvalid ? 'warning' : 'stop',
    ...(dv.helpText !== null ? { showInputMessage: true, prompt: dv.helpText } : {}),
  };
  const c = dv.criteria;
  const numOp = NUMBER_OPS[c];
  if (numOp) return { ...base, type: 'decimal', operator: numOp, formulae: values.map((v) => (typeof v === 'number' ? v : strip(v))) };
  const dateOp = DATE_OPS[c];
  if (dateOp) return { ...base, type: 'date', operator: dateOp, formulae: values.map((v) => (isDate(v) ? toExcelDate(v, tz) : v)) };
  switch (c) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [excelListLiteral((values[0] as unknown[] ?? []).map(String))] };
    case 'VALUE_IN_RANGE': {
      const r = values[0] as { sheet: LocalSheet; rect(): Rect } | null;
      const ref = r ? quoteSheetName(names.get(r.sheet.nameInternal()) ?? r.sheet.nameInternal()) + '!' + rectA1Abs(r.rect()) : '#REF!';
      return { ...base, type: 'list', formulae: [ref] };
    }
    case 'CUSTOM_FORMULA':
      return { ...base, type: 'custom', formulae: [renameRefs(strip(values[0]), names)] };
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: [values.length ? excelListLiteral(values.map(String)) : '"TRUE,FALSE"'] };
    case 'TEXT_IS_VALID_EMAIL':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(MATCH("*@*.?*",${tl},0))`] };
    case 'TEXT_IS_VALID_URL':
      return { ...base, type: 'custom', formulae: [`OR(LEFT(${tl},7)="http://",LEFT(${tl},8)="https://")`] };
    case 'TEXT_CONTAINS':
      return { ...base, type: 'custom', formulae: [`ISNUMBER(SEARCH(${quoteText(values[0])},${tl}))`] };
    case 'TEXT_DOES_NOT_CONTAIN':
      return { ...base, type: 'custom', formulae: [`ISERROR(SEARCH(${quoteText(values[0])},${tl}))`] };
    case 'TEXT_EQUAL_TO':
      return { ...base, type: 'custom', formulae: [`EXACT(${tl},${quoteText(values[0])})`] };
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1899, 11, 31))] };
    default:
      return { ...base, type: 'custom', formulae: ['TRUE'] };
  }
}

const dvKeys = new WeakMap<LocalDataValidation, string>();
function dvKeyOf(dv: LocalDataValidation): string {
  let k = dvKeys.get(dv);
  if (k === undefined) {
    k = JSON.stringify([dv.criteria, criteriaValuesKey(dv.getCriteriaValues()), dv.allowInvalid, dv.helpText]);
    dvKeys.set(dv, k);
  }
  return k;
}

function rectA1Abs(r: Rect): string {
  const a = rectA1(r);
  return a.split(':').map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
}

function parseListLiteral(f: string): string[] | null {
  const t = f.trim();
  if (!t.startsWith('"') || !t.endsWith('"')) return null;
  const body = t.slice(1, -1).replace(/""/g, '"');
  return body === '' ? [] : body.split(',');
}

/** Apps Script rule for an ExcelJS model, or null when it has no Apps Script form. */
function validationFromXlsx(m: XValidation, env: RuntimeEnv, ss: LocalSpreadsheet, tz: string, here: LocalSheet | null): LocalDataValidation | null {
  const allowInvalid = !m.showErrorMessage || m.errorStyle === 'warning' || m.errorStyle === 'information';
  const help = m.showInputMessage && m.prompt ? String(m.prompt) : null;
  const f = m.formulae ?? [];
  const make = (c: DataValidationCriteriaName, v: unknown[]): LocalDataValidation => new LocalDataValidation(c, v, allowInvalid, help, env);
  const num = (x: unknown): unknown => (typeof x === 'number' ? x : Number.isFinite(Number(x)) && String(x).trim() !== '' ? Number(x) : '=' + String(x));
  if (m.type === 'decimal' || m.type === 'whole') {
    const op = m.operator ?? 'between';
    const entry = Object.entries(NUMBER_OPS).find(([, o]) => o === op);
    return entry ? make(entry[0] as DataValidationCriteriaName, f.map(num)) : null;
  }
  if (m.type === 'date') {
    const op = m.operator ?? 'between';
    const entry = Object.entries(DATE_OPS).find(([, o]) => o === op);
    return entry ? make(entry[0] as DataValidationCriteriaName, f.map((x) => (isDate(x) ? fromExcelDate(x, tz) : x))) : null;
  }
  if (m.type === 'list') {
    const first = String(f[0] ?? '');
    const list = parseListLiteral(first);
    if (list) return make('VALUE_IN_LIST', [list, true]);
    const { sheet, a1 } = splitSheetRef(first.replace(/^=/, ''));
    const sh = sheet === null ? here : ss.findSheetInternal(sheet);
    const rect = sh ? parseA1(a1.replace(/\$/g, ''), sh.maxRows, sh.maxCols) : null;
    if (sh && rect) return make('VALUE_IN_RANGE', [sh.rangeAt(rect), true]);
    return null;
  }
  if (m.type === 'custom') return make('CUSTOM_FORMULA', ['=' + String(f[0] ?? '')]);
  return null;
}

function validationSig(m: XValidation): string {
  return JSON.stringify([
    m.type, m.type === 'list' || m.type === 'custom' ? null : m.operator ?? 'between',
    (m.formulae ?? []).map((x: unknown) => (isDate(x) ? 'd' + x.getTime() : String(x))),
    Boolean(m.showErrorMessage), m.errorStyle ?? null, m.showInputMessage ? m.prompt ?? null : null,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Conditional formatting ↔ ExcelJS

/** An ExcelJS conditional-format rule as read or written (its typings cover only some operators). */
interface XRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: Partial<ExcelJS.Style>;
  priority?: number;
  dxfId?: number;
}

interface XConditionalBlock {
  ref: string;
  rules: XRule[];
}

const CELL_IS_OPS: Partial<Record<BooleanCriteriaName, string>> = {
  NUMBER_LESS_THAN: 'lessThan', NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual', NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween',
};

function cfStyle(f: ConditionalFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (f.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (f.bold !== null) font.bold = f.bold;
  if (f.italic !== null) font.italic = f.italic;
  if (f.strikethrough !== null) font.strike = f.strikethrough;
  if (f.underline !== null) font.underline = f.underline;
  if (Object.keys(font).length) style.font = font;
  return style;
}

function cfFormatFromStyle(style: Partial<ExcelJS.Style> | undefined): ConditionalFormat {
  const fill = style?.fill as { type?: string; bgColor?: XColor; fgColor?: XColor } | undefined;
  const font = style?.font as Partial<ExcelJS.Font> | undefined;
  const bool = (v: unknown): boolean | null => (v === undefined || v === null ? null : Boolean(v));
  return {
    background: fill && fill.type === 'pattern' ? colorOf(fill.bgColor) ?? colorOf(fill.fgColor) : null,
    fontColor: colorOf(font?.color as XColor | undefined),
    bold: bool(font?.bold),
    italic: bool(font?.italic),
    strikethrough: bool(font?.strike),
    underline: font?.underline === undefined ? null : font.underline !== false && font.underline !== 'none',
  };
}

function numOrFormula(v: unknown): string | number {
  if (typeof v === 'number') return v;
  const s = String(v);
  return s.startsWith('=') ? s.slice(1) : quoteText(s);
}

/** ExcelJS rule for an Apps Script rule over ranges whose first top-left cell is `tl`. */
function cfToXlsx(rule: LocalConditionalFormatRule, tl: string, tz: string, names: Map<string, string>, priority: number): XRule {
  const style = cfStyle(rule.format);
  const v = rule.values;
  const op = CELL_IS_OPS[rule.criteria];
  if (op) {
    return { type: 'cellIs', operator: op, formulae: v.map((x) => (typeof x === 'number' ? x : renameRefs(String(numOrFormula(x)), names))), style, priority } as XRule;
  }
  const q = quoteText(v[0] ?? '');
  const expr = (formula: string): XRule => ({ type: 'expression', formulae: [formula], style, priority } as XRule);
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return expr(renameRefs(strip(v[0] ?? ''), names));
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', text: String(v[0] ?? ''), formulae: [`NOT(ISERROR(SEARCH(${q},${tl})))`], style, priority } as XRule;
    case 'TEXT_DOES_NOT_CONTAIN':
      return expr(`ISERROR(SEARCH(${q},${tl}))`);
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [q], style, priority } as XRule;
    case 'TEXT_NOT_EQUAL_TO':
      return { type: 'cellIs', operator: 'notEqual', formulae: [q], style, priority } as unknown as XRule;
    case 'TEXT_STARTS_WITH':
      return expr(`LEFT(${tl},LEN(${q}))=${q}`);
    case 'TEXT_ENDS_WITH':
      return expr(`RIGHT(${tl},LEN(${q}))=${q}`);
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', formulae: [`LEN(TRIM(${tl}))=0`], style, priority } as XRule;
    case 'CELL_NOT_EMPTY':
      return { type: 'containsText', operator: 'notContainsBlanks', formulae: [`LEN(TRIM(${tl}))>0`], style, priority } as XRule;
    default: {
      const d = v[0];
      const lit = isDate(d) ? (() => { const w = wallClock(d, tz); return `DATE(${w.year},${w.month},${w.day})`; })() : 'TODAY()';
      const cmp = rule.criteria.startsWith('DATE_AFTER') ? '>' : rule.criteria.startsWith('DATE_BEFORE') ? '<' : rule.criteria === 'DATE_NOT_EQUAL_TO' ? '<>' : '=';
      return expr(`INT(${tl})${cmp}${lit}`);
    }
  }
}

function unquoteText(f: string): string | null {
  const t = f.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return null;
}

/** Apps Script criteria of an ExcelJS rule, or null when Apps Script rules cannot express it. */
function cfFromXlsx(r: XRule, names: Map<string, string>): { criteria: BooleanCriteriaName; values: unknown[] } | null {
  const f = (r.formulae ?? []).map((x) => String(x));
  if (r.type === 'cellIs') {
    const entry = Object.entries(CELL_IS_OPS).find(([, o]) => o === r.operator);
    if (!entry) return null;
    const texts = f.map(unquoteText);
    if ((r.operator === 'equal' || r.operator === 'notEqual') && texts[0] !== null) {
      return { criteria: r.operator === 'equal' ? 'TEXT_EQUAL_TO' : 'TEXT_NOT_EQUAL_TO', values: [texts[0]] };
    }
    const values = f.map((x) => (x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : '=' + renameRefs(x, names)));
    return { criteria: entry[0] as BooleanCriteriaName, values };
  }
  if (r.type === 'expression') return { criteria: 'CUSTOM_FORMULA', values: ['=' + renameRefs(f[0] ?? '', names)] };
  if (r.type === 'containsText') {
    if (r.operator === 'containsBlanks') return { criteria: 'CELL_EMPTY', values: [] };
    if (r.operator === 'notContainsBlanks') return { criteria: 'CELL_NOT_EMPTY', values: [] };
    if (r.operator === 'containsText') {
      const m = /SEARCH\("((?:[^"]|"")*)"/.exec(f[0] ?? '');
      const text = r.text ?? (m ? m[1].replace(/""/g, '"') : '');
      return { criteria: 'TEXT_CONTAINS', values: [text] };
    }
  }
  return null;
}

function cfSig(ref: string, r: XRule): string {
  const f = cfFormatFromStyle(r.style);
  return JSON.stringify([ref, r.type, r.operator ?? null, (r.formulae ?? []).map(String), f]);
}

// ---------------------------------------------------------------------------------------------------------------
// Cell styles ↔ ExcelJS

/** Each xlsx border side and the style field that holds it. */
const BORDER_SIDES = [['top', 'borderTop'], ['left', 'borderLeft'], ['bottom', 'borderBottom'], ['right', 'borderRight']] as const;

function styleToXlsx(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.numberFormat !== undefined) out.numFmt = s.numberFormat;
  if (s.background) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontWeight === 'bold') font.bold = true;
  if (s.fontStyle === 'italic') font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontFamily) font.name = s.fontFamily;
  if (s.fontLine === 'underline') font.underline = true;
  if (s.fontLine === 'line-through') font.strike = true;
  if (Object.keys(font).length) out.font = font;
  const al: Partial<ExcelJS.Alignment> = {};
  if (s.horizontalAlignment === 'left' || s.horizontalAlignment === 'center' || s.horizontalAlignment === 'right') al.horizontal = s.horizontalAlignment;
  if (s.verticalAlignment === 'top' || s.verticalAlignment === 'middle') al.vertical = s.verticalAlignment;
  if (s.wrapStrategy === 'WRAP') al.wrapText = true;
  if (Object.keys(al).length) out.alignment = al;
  const edge = (e: BorderEdge | undefined): Partial<ExcelJS.Border> | undefined =>
    e ? { style: BORDER_TO_XLSX[e.style], color: { argb: argb(e.color) } } : undefined;
  const b: Partial<ExcelJS.Borders> = {};
  for (const [side, key] of BORDER_SIDES) {
    const e = edge(s[key]);
    if (e) b[side] = e;
  }
  if (Object.keys(b).length) out.border = b;
  return out;
}

function styleFromXlsx(cell: ExcelJS.Cell): CellStyle | undefined {
  const s: Record<string, unknown> = {};
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== 'General') s.numberFormat = numFmt;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: XColor; bgColor?: XColor } | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern && fill.pattern !== 'none') {
    const c = colorOf(fill.fgColor) ?? colorOf(fill.bgColor);
    if (c) s.background = c;
  }
  const font = cell.font as (Partial<ExcelJS.Font> & { color?: XColor }) | undefined;
  if (font) {
    if (font.bold) s.fontWeight = 'bold';
    if (font.italic) s.fontStyle = 'italic';
    const isDefaultColor = !font.color || font.color.theme === 1 || font.color.argb === 'FF000000';
    if (!isDefaultColor) {
      const c = colorOf(font.color);
      if (c && c !== '#000000') s.fontColor = c;
    }
    const defaultFace = font.name === undefined || font.name === 'Calibri';
    if (typeof font.size === 'number' && !(defaultFace && font.size === 11) && font.size !== 10) s.fontSize = font.size;
    if (font.name && font.name !== 'Calibri' && font.name !== 'Arial') s.fontFamily = font.name;
    if (font.underline && font.underline !== 'none') s.fontLine = 'underline';
    else if (font.strike) s.fontLine = 'line-through';
  }
  const al = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (al) {
    const h = al.horizontal;
    if (h === 'left' || h === 'center' || h === 'right') s.horizontalAlignment = h;
    else if (h === 'centerContinuous') s.horizontalAlignment = 'center';
    else if (h === 'justify' || h === 'distributed' || h === 'fill') s.horizontalAlignment = 'left';
    const v = al.vertical;
    if (v === 'top' || v === 'middle') s.verticalAlignment = v;
    else if (v === 'distributed' || v === 'justify') s.verticalAlignment = 'middle';
    if (al.wrapText) s.wrapStrategy = 'WRAP' as WrapStrategyName;
  }
  const border = cell.border as Partial<Record<'top' | 'left' | 'bottom' | 'right', { style?: string; color?: XColor }>> | undefined;
  if (border) {
    const edge = (e: { style?: string; color?: XColor } | undefined): BorderEdge | undefined => {
      const st = borderFromXlsx(e?.style);
      return st ? { style: st, color: colorOf(e?.color) ?? '#000000' } : undefined;
    };
    for (const [side, key] of BORDER_SIDES) {
      const e = edge(border[side]);
      if (e) s[key] = e;
    }
  }
  return intern(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Save

export interface SaveOptions {
  /** Skip the hidden runtime sheet (a plain xlsx for people; what it carries is lost). */
  withoutRuntimeSheet?: boolean;
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

async function buildWorkbook(ss: LocalSpreadsheet, options: SaveOptions): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Mentor Monitor';
  wb.calcProperties.fullCalcOnLoad = true;
  const sheets = ss.sheetsInternal();
  const xNames = excelNames(sheets.map((s) => s.nameInternal()));
  const renamed = new Map<string, string>();
  sheets.forEach((s, i) => {
    if (xNames[i] !== s.nameInternal()) renamed.set(s.nameInternal(), xNames[i]);
  });
  const tz = ss.timeZone;
  const sheetJson: SheetJson[] = [];
  const styleCache = new Map<CellStyle, Partial<ExcelJS.Style>>();

  sheets.forEach((sheet, si) => {
    const xName = xNames[si];
    const ws = wb.addWorksheet(xName, {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: sheet.frozenRows || sheet.frozenCols
        ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
        : [{ state: 'normal' }],
    } as Partial<ExcelJS.AddWorksheetOptions>);
    const json: SheetJson = {
      xlsxName: xName, name: sheet.nameInternal(), sheetId: sheet.sheetId, maxRows: sheet.maxRows, maxCols: sheet.maxCols,
      protections: [], charts: [], developerMetadata: sheet.developerMetadata.map((m) => m.toRecord()),
      exactValidations: [], exactConditional: [], clipRanges: [],
    };

    // Columns and rows
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

    // Cells
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
        if (cell.f) {
          const result = cell.v === '' ? undefined : isDate(cell.v) ? toExcelDate(cell.v, tz) : cell.v;
          xc.value = { formula: renameRefs(cell.f.slice(1), renamed), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
        } else if (cell.v !== '') {
          xc.value = isDate(cell.v) ? toExcelDate(cell.v, tz) : cell.v;
        }
        if (cell.s) {
          let st = styleCache.get(cell.s);
          if (!st) {
            st = styleToXlsx(cell.s);
            styleCache.set(cell.s, st);
          }
          if (Object.keys(st).length) xc.style = st;
          if (cell.s.wrapStrategy === 'CLIP') clipCells.push([r, c]);
        }
        if (cell.note) xc.note = cell.note;
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

    // Data validations: one ExcelJS model per rectangle, formulas relative to its top-left cell
    for (const [dv, cells] of dvCells) {
      for (const rect of rectsOf(cells)) {
        const tl = cellA1(rect.row, rect.col);
        const model = validationToXlsx(dv, tl, tz, renamed);
        for (let i = 0; i < rect.numRows; i++) {
          for (let j = 0; j < rect.numCols; j++) ws.getCell(rect.row + i, rect.col + j).dataValidation = model;
        }
        const back = validationFromXlsx(model, ss.env, ss, tz, sheet);
        if (!back || !back.sameAs(dv)) {
          json.exactValidations.push({
            range: rectA1(rect), sig: validationSig(model),
            rule: { criteria: dv.criteria, values: dv.getCriteriaValues().map(jsonValue), allowInvalid: dv.allowInvalid, helpText: dv.helpText },
          });
        }
      }
    }

    // Merges
    for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);

    // Conditional formatting
    let priority = 1;
    for (const rule of sheet.cfRules) {
      const rects = rule.ranges.filter((r) => r.sheet === sheet).map((r) => r.rect);
      if (!rects.length) continue;
      const ref = rects.map(rectA1).join(' ');
      const x = cfToXlsx(rule, cellA1(rects[0].row, rects[0].col), tz, renamed, priority++);
      ws.addConditionalFormatting({ ref, rules: [x as unknown as ExcelJS.ConditionalFormattingRule] });
      const back = cfFromXlsx(x, new Map([...renamed].map(([a, b]) => [b, a])));
      const exact = back && back.criteria === rule.criteria && JSON.stringify(back.values.map(jsonValue)) === JSON.stringify(rule.values.map(jsonValue)) &&
        JSON.stringify(cfFormatFromStyle(x.style)) === JSON.stringify(rule.format);
      if (!exact) {
        json.exactConditional.push({
          sig: cfSig(ref, x),
          rule: { criteria: rule.criteria, values: rule.values.map(jsonValue), format: { ...rule.format }, ranges: rects.map(rectA1) },
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

    // Protections and charts: JSON only
    json.protections = sheet.protections.map((p) => p.toRecord());
    json.charts = sheet.charts.map((ch) => ({
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
    sheetJson.push(json);
  });

  const activeIndex = ss.activeSheetInternal ? sheets.indexOf(ss.activeSheetInternal) : 0;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, activeIndex), visibility: 'visible' }];

  if (!options.withoutRuntimeSheet) {
    const data: RuntimeJson = {
      format: FORMAT_TAG,
      version: 1,
      spreadsheet: {
        name: ss.name, id: ss.id, locale: ss.locale, timeZone: ss.timeZone, ownerEmail: ss.ownerEmail,
        editors: [...ss.editors], viewers: [...ss.viewers], documentProperties: Object.fromEntries(ss.documentProperties),
        developerMetadata: ss.developerMetadata.map((m) => m.toRecord()),
        activeSheet: ss.activeSheetInternal ? ss.activeSheetInternal.nameInternal() : null,
      },
      sheets: sheetJson,
    };
    const text = JSON.stringify(data);
    const ws = wb.addWorksheet(RUNTIME_SHEET_NAME, { state: 'veryHidden' });
    for (let i = 0, row = 1; i < text.length || row === 1; i += JSON_CHUNK, row++) {
      ws.getCell(row, 1).value = text.slice(i, i + JSON_CHUNK);
    }
  }
  return wb;
}

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
      const formula = xc.formula ? '=' + xc.formula : '';
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
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return fromWorkbook(wb, options.name ?? basename(path, extname(path)), options);
}

/** Reads .xlsx bytes into a LocalSpreadsheet. */
export async function loadXlsxBuffer(data: Buffer, options: LoadOptions = {}): Promise<LocalSpreadsheet> {
  const wb = new ExcelJS.Workbook();
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
    ss.developerMetadata = (sm.developerMetadata ?? []).map((m) => new LocalDeveloperMetadata(ss, m.id, m.key, m.value, m.visibility, null));
  }
  const tz = ss.timeZone;
  const sheetMeta = new Map<string, SheetJson>((meta?.sheets ?? []).map((s) => [s.xlsxName, s]));
  const xlsxToReal = new Map<string, string>();
  for (const s of meta?.sheets ?? []) if (s.xlsxName !== s.name) xlsxToReal.set(s.xlsxName, s.name);

  const worksheets = wb.worksheets.filter((w) => w !== runtimeWs);
  const pending: Array<{ sheet: LocalSheet; ws: ExcelJS.Worksheet; json: SheetJson | undefined }> = [];

  // Pass 1: sheets, cells, styles, notes, sizes, merges
  for (const ws of worksheets) {
    const json = sheetMeta.get(ws.name);
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
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r);
      if (typeof row.height === 'number' && row.height > 0) sheet.rowHeights.set(r, Math.round(row.height / 0.75));
      row.eachCell({ includeEmpty: true }, (xc, c) => {
        const isMerge = (xc.type as number) === VT_MERGE;
        const { v, f } = isMerge ? { v: '' as CellValue, f: '' } : cellValueFromXlsx(xc, tz);
        const s = styleFromXlsx(xc);
        const noteRaw = xc.note as unknown;
        const note = typeof noteRaw === 'string' ? noteRaw
          : noteRaw && typeof noteRaw === 'object' && Array.isArray((noteRaw as { texts?: unknown }).texts)
            ? (noteRaw as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join('') : '';
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
    sheet.contentChanged();
    pending.push({ sheet, ws, json });
  }

  // Pass 2: things that may reference other sheets (validations, conditional formats, charts) and runtime data
  for (const { sheet, ws, json } of pending) {
    const dvModels = (ws as unknown as { dataValidations: { model: Record<string, XValidation | undefined> } }).dataValidations.model ?? {};
    const dvCache = new Map<XValidation, LocalDataValidation | null>();
    const exactByCell = new Map<string, { sig: string; rule: LocalDataValidation }>();
    for (const e of json?.exactValidations ?? []) {
      const rect = parseA1(e.range, sheet.maxRows, sheet.maxCols);
      if (!rect) continue;
      const rule = new LocalDataValidation(e.rule.criteria, e.rule.values.map((v) => fromJsonValue(v, ss)), e.rule.allowInvalid, e.rule.helpText, ss.env);
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numCols; j++) exactByCell.set(cellA1(rect.row + i, rect.col + j), { sig: e.sig, rule });
      }
    }
    for (const [address, model] of Object.entries(dvModels)) {
      if (!model) continue;
      const rect = parseA1(address, 1048576, 16384);
      if (!rect || rect.numRows !== 1 || rect.numCols !== 1) continue;
      const exact = exactByCell.get(address);
      let rule: LocalDataValidation | null;
      if (exact && exact.sig === validationSig(model)) {
        rule = exact.rule;
      } else {
        if (!dvCache.has(model)) {
          const xm = model.formulae && xlsxToReal.size
            ? { ...model, formulae: model.formulae.map((f: unknown) => (typeof f === 'string' ? renameRefs(f, xlsxToReal) : f)) }
            : model;
          dvCache.set(model, validationFromXlsx(xm, ss.env, ss, tz, sheet));
        }
        rule = dvCache.get(model) ?? null;
      }
      if (rule) sheet.ensureCell(rect.row, rect.col).dv = rule;
    }

    // Conditional formats, in priority order
    const exactCf = new Map<string, ConditionalJson>((json?.exactConditional ?? []).map((e) => [e.sig, e.rule]));
    const rules: Array<{ priority: number; rule: LocalConditionalFormatRule }> = [];
    for (const block of (ws as unknown as { conditionalFormattings?: XConditionalBlock[] }).conditionalFormattings ?? []) {
      const ref = block.ref;
      const rects = ref.split(/\s+/).map((a) => parseA1(a, sheet.maxRows, sheet.maxCols)).filter((r): r is Rect => r !== null);
      const foreign: XRule[] = [];
      for (const raw of block.rules as XRule[]) {
        const exact = exactCf.get(cfSig(ref, raw));
        if (exact) {
          const rr = exact.ranges.map((a) => parseA1(a, sheet.maxRows, sheet.maxCols)).filter((r): r is Rect => r !== null);
          rules.push({
            priority: raw.priority ?? 0,
            rule: new LocalConditionalFormatRule(exact.criteria, exact.values.map((v) => fromJsonValue(v, ss)), { ...exact.format }, rr.map((rect) => ({ sheet, rect })), ss.env),
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
          rule: new LocalConditionalFormatRule(crit.criteria, crit.values, cfFormatFromStyle(raw.style), rects.map((rect) => ({ sheet, rect })), ss.env),
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
    sheet.cfRules = rules.map((r) => r.rule);

    if (!json) continue;
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
    for (const c of json.charts ?? []) {
      const ranges: SheetRect[] = [];
      for (const r of c.ranges) {
        const sh = ss.findSheetInternal(r.sheet);
        const rect = sh ? parseA1(r.a1, sh.maxRows, sh.maxCols) : null;
        if (sh && rect) ranges.push({ sheet: sh, rect });
      }
      const chart = new LocalEmbeddedChart(sheet, c.chartId, {
        type: c.type, ranges, position: { ...c.position },
        options: Object.fromEntries(Object.entries(c.options).map(([k, v]) => [k, fromJsonValue(v, ss)])),
        numHeaders: c.numHeaders, transpose: c.transpose, hiddenDimensionStrategy: c.hiddenDimensionStrategy,
        mergeStrategy: c.mergeStrategy,
      });
      sheet.charts.push(chart);
      while (ss.nextChartId() < c.chartId) { /* advance the id counter past loaded charts */ }
    }
    sheet.developerMetadata = (json.developerMetadata ?? []).map((m) => new LocalDeveloperMetadata(ss, m.id, m.key, m.value, m.visibility, sheet));
  }

  // Keep metadata ids unique after loading.
  const maxMeta = Math.max(0, ...ss.developerMetadata.map((m) => m.id), ...ss.sheetsInternal().flatMap((s) => s.developerMetadata.map((m) => m.id)));
  while (ss.nextMetadataId() < maxMeta) { /* advance */ }

  // Active sheet
  const activeName = sm?.activeSheet ?? null;
  const byName = activeName ? ss.findSheetInternal(activeName) : null;
  const views = wb.views as Array<{ activeTab?: number }> | undefined;
  const tabIndex = views && views[0] && typeof views[0].activeTab === 'number' ? views[0].activeTab : 0;
  ss.activeSheetInternal = byName ?? ss.sheetsInternal()[tabIndex] ?? ss.sheetsInternal()[0] ?? null;
  if (ss.sheetsInternal().length === 0) ss.createSheetInternal(/^ru/i.test(ss.locale) ? 'Лист1' : 'Sheet1', 0);
  if (!ss.activeSheetInternal) ss.activeSheetInternal = ss.sheetsInternal()[0];
  return ss;
}

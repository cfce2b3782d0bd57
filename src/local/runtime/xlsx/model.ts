// The JSON the hidden runtime sheet carries (what xlsx cannot hold) and the ExcelJS value-type numbers.
import { parseA1, quoteSheetName, splitSheetRef } from '../a1';
import type { ChartTypeName } from '../charts';
import type { BooleanCriteriaName, ConditionalFormat } from '../conditional';
import type { ProtectionRecord } from '../protection';
import type { LocalSheet } from '../sheet';
import type { LocalSpreadsheet } from '../spreadsheet';
import type { DataValidationCriteriaName } from '../validation';
import { isDate } from '../values';
import type { DesktopJson } from './desktop';
/** Name of the hidden worksheet that carries what xlsx cannot hold. */
export const RUNTIME_SHEET_NAME = '__mentor_monitor_runtime__';
export const JSON_CHUNK = 30000;
export const FORMAT_TAG = 'mentor-monitor-runtime';

// ExcelJS ValueType numbers (a declared enum in its typings).
export const VT_MERGE = 1;
export const VT_NUMBER = 2;
export const VT_STRING = 3;
export const VT_DATE = 4;
export const VT_HYPERLINK = 5;
export const VT_FORMULA = 6;
export const VT_SHARED_STRING = 7;
export const VT_RICH_TEXT = 8;
export const VT_BOOLEAN = 9;
export const VT_ERROR = 10;

// ---------------------------------------------------------------------------------------------------------------
// JSON kept in the runtime sheet

export type JsonValue = string | number | boolean | null | { $date: number } | { $range: string } | JsonValue[];

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

export interface ConditionalJson {
  criteria: BooleanCriteriaName;
  values: JsonValue[];
  format: ConditionalFormat;
  ranges: string[];
}

export interface SheetJson {
  xlsxName: string;
  name: string;
  sheetId: number;
  maxRows: number;
  maxCols: number;
  protections: ProtectionJson[];
  charts: ChartJson[];
  /** Validations xlsx would change, with the signature of what was written so edits made in Excel win. */
  exactValidations: Array<{ range: string; sig: string; rule: ValidationJson }>;
  /** Conditional rules xlsx would change, likewise. */
  exactConditional: Array<{ sig: string; rule: ConditionalJson }>;
  /** Cells whose wrap strategy is CLIP (xlsx has no such setting). */
  clipRanges: string[];
  /** What the writer added for desktop suites (absent in files written before it did). */
  desktop?: DesktopJson;
}

export interface RuntimeJson {
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
    activeSheet: string | null;
  };
  sheets: SheetJson[];
}

export function jsonValue(v: unknown): JsonValue {
  if (isDate(v)) return { $date: v.getTime() };
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v && typeof v === 'object' && typeof (v as { refKey?: unknown }).refKey === 'function') {
    const r = v as { sheet: LocalSheet; a1(): string };
    return { $range: `${quoteSheetName(r.sheet.nameInternal())}!${r.a1()}` };
  }
  if (v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return String(v);
}

export function fromJsonValue(v: JsonValue, ss: LocalSpreadsheet): unknown {
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

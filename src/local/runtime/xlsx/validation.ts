// Data validation rules ↔ ExcelJS models.
import type ExcelJS from 'exceljs';
import type { Rect } from '../a1';
import { parseA1, quoteSheetName, rectA1, splitSheetRef } from '../a1';
import type { RuntimeEnv } from '../env';
import type { LocalSheet } from '../sheet';
import type { LocalSpreadsheet } from '../spreadsheet';
import type { DataValidationCriteriaName } from '../validation';
import { LocalDataValidation, criteriaValuesKey } from '../validation';
import { isDate } from '../values';
import { fromExcelDate, quoteText, renameRefs, strip, toExcelDate } from './convert';
import { CHECKBOX_TEXT } from './desktop';
// ---------------------------------------------------------------------------------------------------------------
// Data validation ↔ ExcelJS

export type XValidation = ExcelJS.DataValidation;

function excelListLiteral(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

const NUMBER_OPS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
const DATE_OPS: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

/** ExcelJS model of a rule applied to a block whose top-left cell is `tl`. */
export function validationToXlsx(dv: LocalDataValidation, tl: string, tz: string, names: Map<string, string>): XValidation {
  const values = dv.getCriteriaValues();
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.allowInvalid ? 'warning' : 'stop',
    ...(dv.helpText !== null ? { showInputMessage: true, prompt: dv.helpText } : {}),
  };
  const c = dv.criteria;
  const numOp = NUMBER_OPS[c];
  if (numOp)
    return {
      ...base,
      type: 'decimal',
      operator: numOp,
      formulae: values.map((v) => (typeof v === 'number' ? v : strip(v))),
    };
  const dateOp = DATE_OPS[c];
  if (dateOp)
    return {
      ...base,
      type: 'date',
      operator: dateOp,
      formulae: values.map((v) => (isDate(v) ? toExcelDate(v, tz) : v)),
    };
  switch (c) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [excelListLiteral(((values[0] as unknown[]) ?? []).map(String))] };
    case 'VALUE_IN_RANGE': {
      const r = values[0] as { sheet: LocalSheet; rect(): Rect } | null;
      const ref = r ? `${quoteSheetName(names.get(r.sheet.nameInternal()) ?? r.sheet.nameInternal())}!${rectA1Abs(r.rect())}` : '#REF!';
      return { ...base, type: 'list', formulae: [ref] };
    }
    case 'CUSTOM_FORMULA':
      return { ...base, type: 'custom', formulae: [renameRefs(strip(values[0]), names)] };
    case 'CHECKBOX':
      // A plain checkbox is written as the text «да»/«нет» (desktop.ts): its list offers the same two words.
      return {
        ...base,
        type: 'list',
        formulae: [excelListLiteral(values.length ? values.map(String) : [CHECKBOX_TEXT.true, CHECKBOX_TEXT.false])],
      };
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
export function dvKeyOf(dv: LocalDataValidation): string {
  let k = dvKeys.get(dv);
  if (k === undefined) {
    k = JSON.stringify([dv.criteria, criteriaValuesKey(dv.getCriteriaValues()), dv.allowInvalid, dv.helpText]);
    dvKeys.set(dv, k);
  }
  return k;
}

function rectA1Abs(r: Rect): string {
  const a = rectA1(r);
  return a
    .split(':')
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

function parseListLiteral(f: string): string[] | null {
  const t = f.trim();
  if (!t.startsWith('"') || !t.endsWith('"')) return null;
  const body = t.slice(1, -1).replace(/""/g, '"');
  return body === '' ? [] : body.split(',');
}

/** Apps Script rule for an ExcelJS model, or null when it has no Apps Script form. */
export function validationFromXlsx(
  m: XValidation,
  env: RuntimeEnv,
  ss: LocalSpreadsheet,
  tz: string,
  here: LocalSheet | null,
): LocalDataValidation | null {
  const allowInvalid = !m.showErrorMessage || m.errorStyle === 'warning' || m.errorStyle === 'information';
  const help = m.showInputMessage && m.prompt ? String(m.prompt) : null;
  const f = m.formulae ?? [];
  const make = (c: DataValidationCriteriaName, v: unknown[]): LocalDataValidation => new LocalDataValidation(c, v, allowInvalid, help, env);
  const num = (x: unknown): unknown =>
    typeof x === 'number' ? x : Number.isFinite(Number(x)) && String(x).trim() !== '' ? Number(x) : `=${String(x)}`;
  if (m.type === 'decimal' || m.type === 'whole') {
    const op = m.operator ?? 'between';
    const entry = Object.entries(NUMBER_OPS).find(([, o]) => o === op);
    return entry ? make(entry[0] as DataValidationCriteriaName, f.map(num)) : null;
  }
  if (m.type === 'date') {
    const op = m.operator ?? 'between';
    const entry = Object.entries(DATE_OPS).find(([, o]) => o === op);
    return entry
      ? make(
          entry[0] as DataValidationCriteriaName,
          f.map((x) => (isDate(x) ? fromExcelDate(x, tz) : x)),
        )
      : null;
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
  if (m.type === 'custom') return make('CUSTOM_FORMULA', [`=${String(f[0] ?? '')}`]);
  return null;
}

export function validationSig(m: XValidation): string {
  return JSON.stringify([
    m.type,
    m.type === 'list' || m.type === 'custom' ? null : (m.operator ?? 'between'),
    (m.formulae ?? []).map((x: unknown) => (isDate(x) ? `d${x.getTime()}` : String(x))),
    Boolean(m.showErrorMessage),
    m.errorStyle ?? null,
    m.showInputMessage ? (m.prompt ?? null) : null,
  ]);
}

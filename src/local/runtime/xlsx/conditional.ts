// Conditional-format rules ↔ ExcelJS rules.
import type ExcelJS from 'exceljs';
import type { BooleanCriteriaName, ConditionalFormat } from '../conditional';
import type { LocalConditionalFormatRule } from '../conditional';
import { isDate, wallClock } from '../values';
import { type XColor, argb, colorOf, quoteText, renameRefs, strip } from './convert';
// ---------------------------------------------------------------------------------------------------------------
// Conditional formatting ↔ ExcelJS

/** An ExcelJS conditional-format rule as read or written (its typings cover only some operators). */
export interface XRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: Partial<ExcelJS.Style>;
  priority?: number;
  dxfId?: number;
}

export interface XConditionalBlock {
  ref: string;
  rules: XRule[];
}

const CELL_IS_OPS: Partial<Record<BooleanCriteriaName, string>> = {
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
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

export function cfFormatFromStyle(style: Partial<ExcelJS.Style> | undefined): ConditionalFormat {
  const fill = style?.fill as { type?: string; bgColor?: XColor; fgColor?: XColor } | undefined;
  const font = style?.font as Partial<ExcelJS.Font> | undefined;
  const bool = (v: unknown): boolean | null => (v === undefined || v === null ? null : Boolean(v));
  return {
    background: fill && fill.type === 'pattern' ? (colorOf(fill.bgColor) ?? colorOf(fill.fgColor)) : null,
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
export function cfToXlsx(rule: LocalConditionalFormatRule, tl: string, tz: string, names: Map<string, string>, priority: number): XRule {
  const style = cfStyle(rule.format);
  const v = rule.values;
  const op = CELL_IS_OPS[rule.criteria];
  if (op) {
    return {
      type: 'cellIs',
      operator: op,
      formulae: v.map((x) => (typeof x === 'number' ? x : renameRefs(String(numOrFormula(x)), names))),
      style,
      priority,
    } as XRule;
  }
  const q = quoteText(v[0] ?? '');
  const expr = (formula: string): XRule => ({ type: 'expression', formulae: [formula], style, priority }) as XRule;
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return expr(renameRefs(strip(v[0] ?? ''), names));
    case 'TEXT_CONTAINS':
      return {
        type: 'containsText',
        operator: 'containsText',
        text: String(v[0] ?? ''),
        formulae: [`NOT(ISERROR(SEARCH(${q},${tl})))`],
        style,
        priority,
      } as XRule;
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
      return {
        type: 'containsText',
        operator: 'containsBlanks',
        formulae: [`LEN(TRIM(${tl}))=0`],
        style,
        priority,
      } as XRule;
    case 'CELL_NOT_EMPTY':
      return {
        type: 'containsText',
        operator: 'notContainsBlanks',
        formulae: [`LEN(TRIM(${tl}))>0`],
        style,
        priority,
      } as XRule;
    default: {
      const d = v[0];
      const lit = isDate(d)
        ? (() => {
            const w = wallClock(d, tz);
            return `DATE(${w.year},${w.month},${w.day})`;
          })()
        : 'TODAY()';
      const cmp = rule.criteria.startsWith('DATE_AFTER')
        ? '>'
        : rule.criteria.startsWith('DATE_BEFORE')
          ? '<'
          : rule.criteria === 'DATE_NOT_EQUAL_TO'
            ? '<>'
            : '=';
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
export function cfFromXlsx(r: XRule, names: Map<string, string>): { criteria: BooleanCriteriaName; values: unknown[] } | null {
  const f = (r.formulae ?? []).map((x) => String(x));
  if (r.type === 'cellIs') {
    const entry = Object.entries(CELL_IS_OPS).find(([, o]) => o === r.operator);
    if (!entry) return null;
    const texts = f.map(unquoteText);
    if ((r.operator === 'equal' || r.operator === 'notEqual') && texts[0] !== null) {
      return { criteria: r.operator === 'equal' ? 'TEXT_EQUAL_TO' : 'TEXT_NOT_EQUAL_TO', values: [texts[0]] };
    }
    const values = f.map((x) => (x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : `=${renameRefs(x, names)}`));
    return { criteria: entry[0] as BooleanCriteriaName, values };
  }
  if (r.type === 'expression') return { criteria: 'CUSTOM_FORMULA', values: [`=${renameRefs(f[0] ?? '', names)}`] };
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

export function cfSig(ref: string, r: XRule): string {
  const f = cfFormatFromStyle(r.style);
  return JSON.stringify([ref, r.type, r.operator ?? null, (r.formulae ?? []).map(String), f]);
}

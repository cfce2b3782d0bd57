// One cell of the in-memory grid and the rules Sheets applies when a value is typed or written into it.
import { columnToLetters, lettersToColumn } from './a1';
import type { RuntimeEnv } from './env';
import type { CellStyle } from './style';
import { withField } from './style';
import type { LocalDataValidation } from './validation';
import type { CellValue } from './values';
import { instantFromWallClock, isDate, wallClock } from './values';

export class Cell {
  /** The value ('' when empty); for a formula cell the last computed result ('' when never computed). */
  v: CellValue = '';
  /** The formula including the leading '=', or ''. */
  f = '';
  s: CellStyle | undefined = undefined;
  note = '';
  dv: LocalDataValidation | null = null;

  hasContent(): boolean {
    return this.v !== '' || this.f !== '';
  }

  isEmpty(): boolean {
    return this.v === '' && this.f === '' && this.s === undefined && this.note === '' && this.dv === null;
  }

  clone(): Cell {
    const c = new Cell();
    c.v = isDate(this.v) ? new Date(this.v.getTime()) : this.v;
    c.f = this.f;
    c.s = this.s;
    c.note = this.note;
    c.dv = this.dv;
    return c;
  }
}

/**
 * A cell holds at most 50 000 characters (Google Drive Help, «Files you can store in Google Drive»,
 * support.google.com/drive/answer/37603); a longer text is refused whole with Sheets' text (quoted verbatim by public
 * code and error logs that met it through the API). Modelled apart from the product's own src/domain/cellLimit.ts.
 */
const CELL_TEXT_LIMIT = 50_000;
const CELL_TEXT_MESSAGE = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** Refuses the whole write when any text in it is longer than a cell holds (checked before any cell changes). */
export function checkCellTexts(env: RuntimeEnv, rows: readonly (readonly unknown[])[]): void {
  for (const row of rows) {
    for (const v of row) if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) env.fail(CELL_TEXT_MESSAGE);
  }
}

export interface InputContext {
  locale: string;
  timeZone: string;
}

function isRu(locale: string): boolean {
  return /^ru/i.test(locale);
}

/** What typed text becomes: a value and, for dates and percentages, the number format Sheets gives the cell. */
interface TypedInput {
  v: CellValue;
  format?: string;
}

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const EN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Parses text the way Sheets parses typed input, which is what Range.setValue(s) does with a string (Apps Script
 * converts types on write: gas-fakes' parity tests note «fails on gas if the fields are dates or numbers because gas
 * automatically detects and converts types», brucemcpherson/gas-fakes#15): whole and decimal numbers with the
 * locale's decimal separator, percentages («12,5%» is 0.125), dates in the locale's order (dd.mm.yyyy for ru,
 * m/d/yyyy for en) and TRUE/FALSE (ИСТИНА/ЛОЖЬ in ru) become values; everything else stays text.
 */
function parseTypedText(s: string, ctx: InputContext): TypedInput {
  const ru = isRu(ctx.locale);
  const num = ru ? /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (num.test(s)) {
    const n = Number(s.replace(',', '.'));
    if (Number.isFinite(n)) return { v: n };
  }
  if (s.endsWith('%') && num.test(s.slice(0, -1))) {
    const body = s.slice(0, -1);
    const n = Number(body.replace(',', '.'));
    if (Number.isFinite(n)) return { v: n / 100, format: /[.,]/.test(body) ? '0.00%' : '0%' };
  }
  const d = (ru ? RU_DATE : EN_DATE).exec(s);
  if (d) {
    const [day, month] = ru ? [Number(d[1]), Number(d[2])] : [Number(d[2]), Number(d[1])];
    const year = Number(d[3]);
    const date = instantFromWallClock(ctx.timeZone, year, month, day);
    const w = wallClock(date, ctx.timeZone);
    if (w.year === year && w.month === month && w.day === day) return { v: date, format: autoDateFormat(date, ctx) };
  }
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || (ru && upper === 'ИСТИНА')) return { v: true };
  if (upper === 'FALSE' || (ru && upper === 'ЛОЖЬ')) return { v: false };
  return { v: s };
}

/** The date format Sheets puts on a cell that receives a Date and has no number format yet. */
function autoDateFormat(d: Date, ctx: InputContext): string {
  const w = wallClock(d, ctx.timeZone);
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
  if (isRu(ctx.locale)) return midnight ? 'dd.MM.yyyy' : 'dd.MM.yyyy H:mm:ss';
  return midnight ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss';
}

/**
 * Writes a value as Range.setValue/setValues do: '=…' becomes a formula (not evaluated), a leading apostrophe
 * forces text and is dropped, text in a plain-text ('@') cell stays text, other text is parsed as typed input,
 * numbers/booleans/Dates are stored as they are, null/undefined/'' clear the content.
 */
export function writeInput(cell: Cell, raw: unknown, ctx: InputContext): void {
  cell.f = '';
  if (raw === null || raw === undefined || raw === '') {
    cell.v = '';
    return;
  }
  if (typeof raw === 'string') {
    const plainText = cell.s?.numberFormat === '@';
    if (raw[0] === "'") {
      cell.v = raw.slice(1);
    } else if (plainText) {
      cell.v = raw;
    } else if (raw.length > 1 && raw[0] === '=') {
      cell.f = raw;
      cell.v = '';
    } else {
      const typed = parseTypedText(raw, ctx);
      cell.v = typed.v;
      if (typed.format !== undefined && cell.s?.numberFormat === undefined) cell.s = withField(cell.s, 'numberFormat', typed.format);
    }
    return;
  }
  if (typeof raw === 'number') {
    cell.v = Number.isFinite(raw) ? raw : String(raw);
    return;
  }
  if (typeof raw === 'boolean') {
    cell.v = raw;
    return;
  }
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) {
      cell.v = '';
      return;
    }
    const d = new Date(raw.getTime());
    cell.v = d;
    // The cell keeps a number format it already had (a Date under '0.00' reads back as its serial number).
    if (cell.s?.numberFormat === undefined) cell.s = withField(cell.s, 'numberFormat', autoDateFormat(d, ctx));
    return;
  }
  if (Array.isArray(raw)) {
    cell.v = raw.map((x) => String(x)).join(',');
    return;
  }
  cell.v = String(raw);
}

/** Writes a formula as Range.setFormula does; a text without '=' is written as a value. */
export function writeFormula(cell: Cell, formula: unknown, ctx: InputContext): void {
  const f = formula === null || formula === undefined ? '' : String(formula);
  if (f === '') {
    cell.f = '';
    cell.v = '';
    return;
  }
  if (f[0] !== '=') {
    writeInput(cell, f, ctx);
    return;
  }
  cell.f = f;
  cell.v = '';
}

/**
 * Moves the relative A1 references of a formula by (dRow, dCol), as Sheets does when a formula is copied.
 * Absolute parts ($A$1) stay; string literals are left alone.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1] : '';
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const after = formula[i + m[0].length] ?? '';
      if (!/[A-Za-z0-9_(]/.test(after)) {
        let col = lettersToColumn(m[2]);
        let row = Number(m[4]);
        if (!m[1]) col += dCol;
        if (!m[3]) row += dRow;
        if (col < 1 || row < 1) {
          out += '#REF!';
        } else {
          out += m[1] + columnToLetters(col) + m[3] + row;
        }
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

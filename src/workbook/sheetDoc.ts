// A tab described as plain data (values, styles, merges, rules, charts) so one writer can apply it in batched calls.
import { isDate } from '../domain/cellValue';
import { columnLetter } from '../domain/columns';
import { CellValue } from '../domain/model';

/** Colours shared by every tab the product lays out: headers, and the yellow cells people type into. */
export const HEADER_COLOUR = '#d9e2f3';
export const INPUT_COLOUR = '#fff9db';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  background?: string;
  fontColor?: string;
  numberFormat?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  fontSize?: number;
}

/** A cell of a document: a value with an optional style. Strings are always written as literal text. */
export interface DocCell {
  v: CellValue;
  style?: CellStyle;
  /** A formula written as a formula (only the product's own formulas, never user text). */
  formula?: string;
  note?: string;
  /** A link to a cell of another tab (Sheets: a HYPERLINK to the tab's gid); the cell shows `v`. */
  link?: { tab: string; cell: string };
}

export type CellInput = DocCell | CellValue;

/** A rectangle of the document, 1-based. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type RuleCondition =
  | { kind: 'lessThan'; value: number }
  | { kind: 'greaterThan'; value: number }
  | { kind: 'textEquals'; value: string }
  | { kind: 'formula'; formula: string };

export interface ConditionalRule {
  box: Box;
  condition: RuleCondition;
  background: string;
  fontColor?: string;
}

export interface ChartSpec {
  title: string;
  /** Data columns: first column categories, next ones series (with a header row). */
  data: Box;
  anchorRow: number;
  anchorCol: number;
  type: 'column' | 'combo';
  /** Series index drawn as a line (the plan) in a combo chart. */
  lineSeries?: number;
  vAxisTitle?: string;
}

export type ValidationSpec =
  | { kind: 'wholeNonNegative'; help: string; maxFormulaRef?: string }
  | { kind: 'percent'; help: string }
  | { kind: 'checkbox' }
  | { kind: 'email'; help: string }
  | { kind: 'list'; values: string[]; help: string };

export interface ValidationBlock {
  box: Box;
  spec: ValidationSpec;
}

export interface SheetDoc {
  name: string;
  cells: DocCell[][];
  merges: Box[];
  /** Pixel width per column; null keeps Sheets' default (and costs no call). */
  columnWidths: Array<number | null>;
  frozenRows: number;
  hiddenColumns: number[];
  rules: ConditionalRule[];
  charts: ChartSpec[];
  validations: ValidationBlock[];
  tabColor?: string;
}

function toCell(input: CellInput): DocCell {
  if (input !== null && typeof input === 'object' && !isDate(input) && 'v' in input) return input as DocCell;
  return { v: input as CellValue };
}

/** Builds a SheetDoc row by row. */
export class DocBuilder {
  readonly doc: SheetDoc;

  constructor(name: string) {
    this.doc = { name, cells: [], merges: [], columnWidths: [], frozenRows: 0, hiddenColumns: [], rules: [], charts: [], validations: [] };
  }

  /** Number of the next row to be added (1-based). */
  get nextRow(): number {
    return this.doc.cells.length + 1;
  }

  /** Adds a row and returns its 1-based number. */
  row(cells: CellInput[], style?: CellStyle): number {
    this.doc.cells.push(cells.map((c) => {
      const cell = toCell(c);
      return style ? { ...cell, style: { ...style, ...cell.style } } : cell;
    }));
    return this.doc.cells.length;
  }

  blank(): number {
    return this.row([]);
  }

  /** A title row merged across `width` columns; width 1 leaves it unmerged (Sheets lets it run over empty cells, no extra call). */
  title(text: string, width = 1, style: CellStyle = { bold: true }): number {
    const r = this.row([{ v: text, style }]);
    if (width > 1) this.doc.merges.push({ row: r, col: 1, rows: 1, cols: width });
    return r;
  }

  /** A wrapped paragraph merged across `width` columns. */
  paragraph(text: string, width: number, style: CellStyle = {}): number {
    const r = this.row([{ v: text, style: { wrap: true, ...style } }]);
    if (width > 1) this.doc.merges.push({ row: r, col: 1, rows: 1, cols: width });
    return r;
  }

  widths(widths: Array<number | null>): this {
    this.doc.columnWidths = widths;
    return this;
  }
}

/** Width of the widest row. */
export function docWidth(doc: SheetDoc): number {
  return Math.max(1, ...doc.cells.map((r) => r.length), doc.columnWidths.length);
}


export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function boxA1(b: Box): string {
  return b.rows === 1 && b.cols === 1 ? a1(b.row, b.col) : `${a1(b.row, b.col)}:${a1(b.row + b.rows - 1, b.col + b.cols - 1)}`;
}

/** Text that Sheets must keep as typed: a leading apostrophe stops formulas (=, +, -, @) and number/date guessing. */
export function literalText(s: string): string {
  const guessed = /^[\d\s.,:/%-]+$/.test(s) || /^[\d.,]+e[+-]?\d+$/i.test(s) || /^(true|false|истина|ложь)$/i.test(s.trim());
  return /^[=+\-@']/.test(s) || guessed ? `'${s}` : s;
}

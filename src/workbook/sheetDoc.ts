// A tab described as plain data (values, styles, merges, rules, charts) so one writer can apply it in batched calls.
import { CELL_TEXT_LIMIT, fitCell } from '../domain/cellLimit';
import { isDate } from '../domain/cellValue';
import { columnLetter } from '../domain/columns';
import type { CellValue } from '../domain/model';
import { PALETTE } from '../domain/palette';

/** Colours shared by every tab the product lays out: headers, and the yellow cells people type into. */
export const HEADER_COLOUR = PALETTE.header;
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

type RuleCondition =
  | { kind: 'lessThan'; value: number }
  | { kind: 'greaterThan'; value: number }
  | { kind: 'textEquals'; value: string }
  | { kind: 'formula'; formula: string };

interface ConditionalRule {
  box: Box;
  condition: RuleCondition;
  background: string;
  fontColor?: string;
}

interface ChartSpec {
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

interface ValidationBlock {
  box: Box;
  spec: ValidationSpec;
}

/** What a cell stands for, as name → value (table: '1', form: 'student_student', field: 'share'); the report turns it into data-* hooks. */
export type Meaning = Record<string, string>;

/** A body row of a table; `span` is a row of one cell that runs across the table (a sub-heading). */
interface TableRow {
  row: number;
  meaning?: Meaning;
  span?: boolean;
}

/**
 * A part of a tab, recorded when the tab is built: a title, a line of text, a legend, or a table with its caption,
 * header rows, body rows and the meaning of its cells. Renderers walk these parts; none guesses them from styles or text.
 */
export type DocPart =
  | { kind: 'title'; row: number; text: string; section: string }
  | { kind: 'text'; row: number; section: string }
  | { kind: 'legend'; row: number; label: string; items: Array<{ colour: string; text: string }>; section: string }
  | DocTable;

export interface DocTable {
  kind: 'table';
  section: string;
  /** The caption above the table (the sheet shows it as a bold row), null when the table has none. */
  caption: string | null;
  captionRow: number | null;
  headerRows: number[];
  body: TableRow[];
  /** Columns of the table (further cells of its rows, such as a chart's data block, are not part of it). */
  width: number;
  /** Meaning of every cell of the table, of each column (0-based) and, in `body`, of each row: merged for a cell. */
  meaning: Meaning;
  columns: Array<Meaning | null>;
}

export interface SheetDoc {
  name: string;
  /** The tab's structure, in order; a tab built without it (settings, unit tabs) has none. */
  parts: DocPart[];
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

/** A cell of the document; a text longer than a Sheets cell holds is cut, so no output tab ever stops a build. */
function toCell(input: CellInput): DocCell {
  const cell =
    input !== null && typeof input === 'object' && !isDate(input) && 'v' in input ? (input as DocCell) : { v: input as CellValue };
  return typeof cell.v === 'string' && cell.v.length > CELL_TEXT_LIMIT ? { ...cell, v: fitCell(cell.v) } : cell;
}

/** How a table's header cells look, on every tab. */
export const HEADER_STYLE: CellStyle = { bold: true, background: HEADER_COLOUR, wrap: true };

/** Builds a SheetDoc row by row, recording its parts (titles, text, legends, tables) as they are added. */
export class DocBuilder {
  readonly doc: SheetDoc;
  private open: DocTable | null = null;
  private section = '';

  constructor(name: string) {
    this.doc = {
      name,
      parts: [],
      cells: [],
      merges: [],
      columnWidths: [],
      frozenRows: 0,
      hiddenColumns: [],
      rules: [],
      charts: [],
      validations: [],
    };
  }

  /** Names the section the next parts belong to (the report groups parts by it). */
  startSection(id: string): this {
    this.end();
    this.section = id;
    return this;
  }

  /** Starts a table: its caption row (when given) and then header and body rows until `end`, a blank row or another part. */
  table(
    caption: string | null,
    meaning: Meaning = {},
    columns: Array<Meaning | null> = [],
    captionStyle: CellStyle = { bold: true },
  ): this {
    this.end();
    const captionRow = caption === null ? null : this.row([{ v: caption, style: captionStyle }]);
    this.open = {
      kind: 'table',
      section: this.section,
      caption,
      captionRow,
      headerRows: [],
      body: [],
      width: 0,
      meaning,
      columns,
    };
    this.doc.parts.push(this.open);
    return this;
  }

  /** A header row of the open table, in the header style. */
  header(cells: CellInput[], style: CellStyle = HEADER_STYLE): number {
    const r = this.row(cells, style);
    this.current().headerRows.push(r);
    return r;
  }

  /** A body row of the open table, with what the row stands for (unit: name, total: ''). */
  body(cells: CellInput[], meaning?: Meaning, style?: CellStyle): number {
    const r = this.row(cells, style);
    this.current().body.push(meaning ? { row: r, meaning } : { row: r });
    return r;
  }

  /** A one-cell row that runs across the open table (a sub-heading inside it). */
  spanRow(cell: CellInput): number {
    const r = this.row([cell]);
    this.current().body.push({ row: r, span: true });
    return r;
  }

  /** Closes the open table, if any. */
  end(): this {
    this.open = null;
    return this;
  }

  /** A line of text outside any table (a note under a table, a footnote). */
  text(cell: CellInput): number {
    this.end();
    const r = this.row([cell]);
    this.doc.parts.push({ kind: 'text', row: r, section: this.section });
    return r;
  }

  /** A legend row: a bold label, then one cell per colour with what it means. */
  legend(label: string, items: Array<[string, string]>): number {
    this.end();
    const r = this.row([
      { v: label, style: { bold: true } },
      ...items.map(([colour, text]) => ({ v: text, style: { background: colour, wrap: true } })),
    ]);
    this.doc.parts.push({
      kind: 'legend',
      row: r,
      label,
      items: items.map(([colour, text]) => ({ colour, text })),
      section: this.section,
    });
    return r;
  }

  private current(): DocTable {
    if (!this.open) throw new Error('DocBuilder: no table is open');
    return this.open;
  }

  /** Number of the next row to be added (1-based). */
  get nextRow(): number {
    return this.doc.cells.length + 1;
  }

  /** Adds a row and returns its 1-based number (a row of the open table widens it; structure-less tabs use only this). */
  row(cells: CellInput[], style?: CellStyle): number {
    this.doc.cells.push(
      cells.map((c) => {
        const cell = toCell(c);
        return style ? { ...cell, style: { ...style, ...cell.style } } : cell;
      }),
    );
    if (this.open) this.open.width = Math.max(this.open.width, cells.length);
    return this.doc.cells.length;
  }

  /** An empty row; it closes the open table. */
  blank(): number {
    this.end();
    return this.row([]);
  }

  /** A title row merged across `width` columns; width 1 leaves it unmerged (Sheets lets it run over empty cells, no extra call). */
  title(text: string, width = 1, style: CellStyle = { bold: true }): number {
    this.end();
    const r = this.row([{ v: text, style }]);
    if (width > 1) this.doc.merges.push({ row: r, col: 1, rows: 1, cols: width });
    this.doc.parts.push({ kind: 'title', row: r, text, section: this.section });
    return r;
  }

  /** A wrapped paragraph merged across `width` columns. */
  paragraph(text: string, width: number, style: CellStyle = {}): number {
    this.end();
    const r = this.row([{ v: text, style: { wrap: true, ...style } }]);
    if (width > 1) this.doc.merges.push({ row: r, col: 1, rows: 1, cols: width });
    this.doc.parts.push({ kind: 'text', row: r, section: this.section });
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

/** Text that Sheets must keep as typed: a leading apostrophe stops formulas (=, +, -, @) and number/date guessing. */
export function literalText(s: string): string {
  const guessed = /^[\d\s.,:/%-]+$/.test(s) || /^[\d.,]+e[+-]?\d+$/i.test(s) || /^(true|false|истина|ложь)$/i.test(s.trim());
  return /^[=+\-@']/.test(s) || guessed ? `'${s}` : s;
}

// Range, first part: coordinates, cell access shared by every setter, geometry, values, formulas and clearing.
import type { Rect } from './a1';
import { rectA1 } from './a1';
import { Cell, checkCellTexts, shiftFormula, writeFormula, writeInput } from './cell';
import type { InputContext } from './cell';
import type { SheetRect } from './conditional';
import type { RuntimeEnv } from './env';
import type { LocalSheet } from './sheet';
import type { CellStyle, StyleField } from './style';
import { withField } from './style';
import type { CellValue } from './values';
import { dateToSerial, gasTypeName, isDate, isDateFormat, serialToDate } from './values';
import type { LocalRange } from './range';

/**
 * What getValues gives for a cell. Sheets stores a date as a serial day number with a date format (Sheets API,
 * DateTimeRenderOption: dates are serial numbers «formatted as dates»), and Range.getValues returns a Number, Boolean,
 * Date or String «depending on the value of the cell» (reference/spreadsheet/range): a number under a date or time
 * format reads back as a Date, a date under a number format as its serial number.
 */
export function outValue(c: Cell, tz: string): CellValue {
  const v = c.v;
  const fmt = c.s?.numberFormat;
  if (fmt === undefined || fmt === '@' || fmt === 'General') return isDate(v) ? new Date(v.getTime()) : v;
  if (typeof v === 'number' && isDateFormat(fmt)) return serialToDate(v, tz);
  if (isDate(v)) return isDateFormat(fmt) ? new Date(v.getTime()) : dateToSerial(v, tz);
  return v;
}

/** Options of Range.clear(options) and Sheet.clear(options). */
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

/** A rectangular block of cells on one sheet; coordinates are fixed when the range is made, as in Apps Script. */
export class RangeCore {
  constructor(
    readonly sheet: LocalSheet,
    protected readonly r0: number,
    protected readonly c0: number,
    protected readonly nr: number,
    protected readonly nc: number,
  ) {}

  // ---- internal, untracked --------------------------------------------------------------------------------

  protected t(method: string): void {
    this.sheet.track('Range', method, this.nr * this.nc);
  }

  protected get env(): RuntimeEnv {
    return this.sheet.getParentInternal().env;
  }

  protected ctx(): InputContext {
    const ss = this.sheet.getParentInternal();
    return { locale: ss.locale, timeZone: ss.timeZone };
  }

  /** A1 notation without tracking. */
  a1(): string {
    return rectA1(this.rect());
  }

  rect(): Rect {
    return { row: this.r0, col: this.c0, numRows: this.nr, numCols: this.nc };
  }

  sheetRect(): SheetRect {
    return { sheet: this.sheet, rect: this.rect() };
  }

  /** Sheet-qualified key used to compare criteria values. */
  refKey(): string {
    return `${this.sheet.nameInternal()}!${this.a1()}`;
  }

  protected fail(message: string): never {
    return this.env.fail(message);
  }

  protected checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
      this.fail(`The parameters (${gasTypeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.nr) {
      this.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.nr}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this.nc) {
        this.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.nc}.`,
        );
      }
    }
    return rows;
  }

  protected read<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = new Array(this.nr);
    const grid = this.sheet.grid;
    for (let i = 0; i < this.nr; i++) {
      const rowArr = grid[this.r0 - 1 + i];
      const line: T[] = new Array(this.nc);
      for (let j = 0; j < this.nc; j++) line[j] = fn(rowArr ? rowArr[this.c0 - 1 + j] : undefined);
      out[i] = line;
    }
    return out;
  }

  protected first(): Cell | undefined {
    return this.sheet.cellAt(this.r0, this.c0);
  }

  /** Calls fn on every cell of the range, creating cells as needed. */
  protected each(fn: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.nr; i++) {
      const rowArr = this.sheet.rowArray(this.r0 + i);
      for (let j = 0; j < this.nc; j++) {
        const idx = this.c0 - 1 + j;
        let cell = rowArr[idx];
        if (!cell) {
          cell = new Cell();
          rowArr[idx] = cell;
        }
        fn(cell, i, j);
      }
    }
  }

  /** Calls fn on the cells of the range that exist. */
  protected eachExisting(fn: (cell: Cell, i: number, j: number) => void): void {
    const grid = this.sheet.grid;
    const rEnd = Math.min(this.r0 - 1 + this.nr, grid.length);
    for (let r = this.r0 - 1; r < rEnd; r++) {
      const rowArr = grid[r];
      if (!rowArr) continue;
      const cEnd = Math.min(this.c0 - 1 + this.nc, rowArr.length);
      for (let c = this.c0 - 1; c < cEnd; c++) {
        const cell = rowArr[c];
        if (cell) fn(cell, r - (this.r0 - 1), c - (this.c0 - 1));
      }
    }
  }

  protected setStyle<F extends StyleField>(field: F, value: CellStyle[F] | undefined): this {
    if (value === undefined)
      this.eachExisting((c) => {
        c.s = withField(c.s, field, undefined);
      });
    else
      this.each((c) => {
        c.s = withField(c.s, field, value);
      });
    return this;
  }

  protected setStyles<F extends StyleField>(method: string, field: F, data: unknown, conv: (v: unknown) => CellStyle[F] | undefined): this {
    const rows = this.checkShape(method, data);
    const conv2 = rows.map((row) => row.map(conv));
    this.each((c, i, j) => {
      c.s = withField(c.s, field, conv2[i][j]);
    });
    return this;
  }

  protected styleOf<F extends StyleField>(cell: Cell | undefined, field: F): CellStyle[F] | undefined {
    return cell?.s?.[field];
  }

  // ---- geometry (meta) -----------------------------------------------------------------------------------

  getA1Notation(): string {
    this.t('getA1Notation');
    return this.a1();
  }
  getRow(): number {
    this.t('getRow');
    return this.r0;
  }
  getColumn(): number {
    this.t('getColumn');
    return this.c0;
  }
  getNumRows(): number {
    this.t('getNumRows');
    return this.nr;
  }
  getNumColumns(): number {
    this.t('getNumColumns');
    return this.nc;
  }
  getLastRow(): number {
    this.t('getLastRow');
    return this.r0 + this.nr - 1;
  }
  getLastColumn(): number {
    this.t('getLastColumn');
    return this.c0 + this.nc - 1;
  }
  getSheet(): LocalSheet {
    this.t('getSheet');
    return this.sheet;
  }
  getCell(row: number, column: number): LocalRange {
    this.t('getCell');
    if (row < 1 || row > this.nr || column < 1 || column > this.nc) {
      this.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.rangeAt({ row: this.r0 + row - 1, col: this.c0 + column - 1, numRows: 1, numCols: 1 });
  }
  activate(): this {
    this.t('activate');
    this.sheet.activateInternal(this.rect());
    return this;
  }

  // ---- values (read / write) -------------------------------------------------------------------------------

  getValues(): CellValue[][] {
    this.t('getValues');
    return this.valuesInternal();
  }
  /** The values without counting a call (for Sheet.getSheetValues, which counts its own). */
  valuesInternal(): CellValue[][] {
    const tz = this.sheet.getParentInternal().timeZone;
    return this.read((c) => (c ? outValue(c, tz) : ''));
  }
  getValue(): CellValue {
    this.t('getValue');
    const c = this.first();
    return c ? outValue(c, this.sheet.getParentInternal().timeZone) : '';
  }
  getFormulas(): string[][] {
    this.t('getFormulas');
    return this.read((c) => (c ? c.f : ''));
  }
  getFormula(): string {
    this.t('getFormula');
    return this.first()?.f ?? '';
  }
  isBlank(): boolean {
    this.t('isBlank');
    let blank = true;
    this.eachExisting((c) => {
      if (c.hasContent()) blank = false;
    });
    return blank;
  }

  setValues(values: unknown[][]): this {
    this.t('setValues');
    const rows = this.checkShape('setValues', values);
    checkCellTexts(this.env, rows);
    const ctx = this.ctx();
    this.each((c, i, j) => writeInput(c, rows[i][j], ctx));
    this.sheet.contentChanged();
    return this;
  }
  setValue(value: unknown): this {
    this.t('setValue');
    checkCellTexts(this.env, [[value]]);
    const ctx = this.ctx();
    this.each((c) => writeInput(c, value, ctx));
    this.sheet.contentChanged();
    return this;
  }
  setFormulas(formulas: unknown[][]): this {
    this.t('setFormulas');
    const rows = this.checkShape('setFormulas', formulas);
    checkCellTexts(this.env, rows);
    const ctx = this.ctx();
    this.each((c, i, j) => writeFormula(c, rows[i][j], ctx));
    this.sheet.contentChanged();
    return this;
  }
  setFormula(formula: string): this {
    this.t('setFormula');
    const ctx = this.ctx();
    // Like Sheets, a formula set on a block is adjusted relative to each cell.
    this.each((c, i, j) => writeFormula(c, i === 0 && j === 0 ? formula : shiftFormula(String(formula ?? ''), i, j), ctx));
    this.sheet.contentChanged();
    return this;
  }
  clearContent(): this {
    this.t('clearContent');
    this.eachExisting((c) => {
      c.v = '';
      c.f = '';
    });
    this.sheet.contentChanged();
    return this;
  }
  clear(options?: ClearOptions): this {
    this.t('clear');
    this.clearInternal(options);
    return this;
  }
  /** Shared by Range.clear and Sheet.clear. */
  clearInternal(options?: ClearOptions): void {
    // Google, reference/spreadsheet/range, clear(): «Clears the range of contents and formats» — notes and data
    // validation stay; clear(options) clears only what the options name (commentsOnly: the notes).
    const o = options ?? {};
    const any = Boolean(o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly);
    const contents = !any || Boolean(o.contentsOnly);
    const formats = !any || Boolean(o.formatOnly);
    const validations = Boolean(o.validationsOnly);
    const notes = Boolean(o.commentsOnly);
    this.eachExisting((c) => {
      if (contents) {
        c.v = '';
        c.f = '';
      }
      if (formats) c.s = undefined;
      if (validations) c.dv = null;
      if (notes) c.note = '';
    });
    if (contents) this.sheet.contentChanged();
  }
  clearFormat(): this {
    this.t('clearFormat');
    this.eachExisting((c) => {
      c.s = undefined;
    });
    return this;
  }
}

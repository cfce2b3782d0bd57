// Sheet, first part: the sparse grid of cells, sizes, internal accessors, names, ranges and clearing.
import type { Rect } from './a1';
import { parseA1, splitSheetRef } from './a1';
import { Cell } from './cell';
import type { LocalEmbeddedChart } from './charts';
import type { LocalConditionalFormatRule } from './conditional';
import type { RuntimeEnv } from './env';
import { LocalProtection } from './protection';
import type { ClearOptions } from './range';
import { LocalRange } from './range';
import type { LocalSpreadsheet } from './spreadsheet';
import { gasTypeName } from './values';
import type { CellValue } from './values';
import type { LocalSheet } from './sheet';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
/** A sheet's grid and its internal accessors, names and ranges; LocalSheet adds the rest of Apps Script's Sheet. */
export class SheetCore {
  /** Rows of cells, 0-based; holes are empty rows/cells. */
  grid: (Cell | undefined)[][] = [];
  maxRows: number;
  maxCols: number;
  hidden = false;
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenCols = 0;
  merges: Rect[] = [];
  cfRules: LocalConditionalFormatRule[] = [];
  /** Conditional formats loaded from xlsx that Apps Script rules cannot express; written back unchanged. */
  foreignConditionalFormats: unknown[] = [];
  protections: LocalProtection[] = [];
  charts: LocalEmbeddedChart[] = [];
  tabColor: string | null = null;
  activeRange: Rect | null = null;
  protected lastRowCache = -1;
  protected lastColCache = -1;

  constructor(
    protected readonly ss: LocalSpreadsheet,
    protected name: string,
    readonly sheetId: number,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLUMNS,
  ) {
    this.maxRows = rows;
    this.maxCols = cols;
  }

  /** This sheet as the full class (every SheetCore is a LocalSheet). */
  protected get self(): LocalSheet {
    return this as unknown as LocalSheet;
  }

  // ---- internal, untracked --------------------------------------------------------------------------------

  /** Records a call of an object on this sheet; `cells`: how many cells the call covers (a range's size), for the volume cost. */
  track(target: string, method: string, cells = 0): void {
    this.ss.env.recorder.record(target, method, this.name, cells);
  }

  protected t(method: string): void {
    this.ss.env.recorder.record('Sheet', method, this.name);
  }

  get env(): RuntimeEnv {
    return this.ss.env;
  }

  getParentInternal(): LocalSpreadsheet {
    return this.ss;
  }

  nameInternal(): string {
    return this.name;
  }

  renameInternal(name: string): void {
    this.name = name;
  }

  cellAt(row: number, col: number): Cell | undefined {
    const r = this.grid[row - 1];
    return r ? r[col - 1] : undefined;
  }

  rowArray(row: number): (Cell | undefined)[] {
    let r = this.grid[row - 1];
    if (!r) {
      r = [];
      this.grid[row - 1] = r;
    }
    return r;
  }

  /** Cell at (row, col), created if absent (no bounds check). */
  ensureCell(row: number, col: number): Cell {
    const r = this.rowArray(row);
    let c = r[col - 1];
    if (!c) {
      c = new Cell();
      r[col - 1] = c;
    }
    return c;
  }

  contentChanged(): void {
    this.lastRowCache = -1;
    this.lastColCache = -1;
  }

  /** Grows the sheet so (rows × cols) fits, when the spreadsheet allows growth on write; otherwise fails. */
  ensureSize(rows: number, cols: number, env: RuntimeEnv): void {
    if (rows <= this.maxRows && cols <= this.maxCols) return;
    if (!this.ss.autoGrow) env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    this.ss.checkGrowthInternal(Math.max(this.maxRows, rows) * Math.max(this.maxCols, cols) - this.maxRows * this.maxCols);
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxCols = Math.max(this.maxCols, cols);
  }

  fullRect(): Rect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }

  /** An untracked range (rectangle trusted). */
  rangeAt(rect: Rect): LocalRange {
    return new LocalRange(this.self, rect.row, rect.col, rect.numRows, rect.numCols);
  }

  /** A range after the same checks and messages as Sheet.getRange(row, column, numRows, numColumns). */
  rangeChecked(row: number, col: number, numRows: number, numCols: number): LocalRange {
    const env = this.ss.env;
    if (row < 1) env.fail('The starting row of the range is too small.');
    if (col < 1) env.fail('The starting column of the range is too small.');
    if (numRows < 1) env.fail('The number of rows in the range must be at least 1.');
    if (numCols < 1) env.fail('The number of columns in the range must be at least 1.');
    this.ensureSize(row + numRows - 1, col + numCols - 1, env);
    return new LocalRange(this.self, row, col, numRows, numCols);
  }

  lastRowInternal(): number {
    if (this.lastRowCache >= 0) return this.lastRowCache;
    let last = 0;
    for (let r = this.grid.length - 1; r >= 0 && last === 0; r--) {
      const row = this.grid[r];
      if (!row) continue;
      for (const c of row) {
        if (c?.hasContent()) {
          last = r + 1;
          break;
        }
      }
    }
    this.lastRowCache = last;
    return last;
  }

  lastColumnInternal(): number {
    if (this.lastColCache >= 0) return this.lastColCache;
    let last = 0;
    for (const row of this.grid) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        const cell = row[c];
        if (cell?.hasContent()) {
          last = c + 1;
          break;
        }
      }
    }
    this.lastColCache = last;
    return last;
  }

  activateInternal(rect: Rect | null): void {
    this.ss.activeSheetInternal = this.self;
    if (rect) this.activeRange = rect;
  }

  addRangeProtectionInternal(rect: Rect): LocalProtection {
    const p = new LocalProtection(this.self, 'RANGE', { ...rect });
    this.seedEditors(p);
    this.protections.push(p);
    return p;
  }

  /**
   * Google, reference/spreadsheet/range, protect(): «Until the script actually changes the list of editors … the
   * permissions mirror those of the spreadsheet itself»: the owner, the spreadsheet's editors and the user running it.
   */
  protected seedEditors(p: LocalProtection): void {
    p.addEditorInternal(this.ss.ownerEmail);
    for (const e of this.ss.editors) p.addEditorInternal(e);
    p.addEditorInternal(this.ss.env.effectiveUserEmail);
  }

  removeProtectionInternal(p: LocalProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
    p.removed = true;
  }

  protected checkInt(method: string, ...args: unknown[]): void {
    for (const a of args) {
      if (typeof a !== 'number' || Number.isNaN(a)) {
        this.ss.env.fail(
          `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
        );
      }
    }
  }

  // ---- names, identity, activation (meta/structure) ------------------------------------------------------

  getName(): string {
    this.t('getName');
    return this.name;
  }
  setName(name: string): this {
    this.t('setName');
    const n = String(name);
    if (n === this.name) return this;
    if (n.trim() === '') this.ss.env.fail('Invalid argument: name');
    if (this.ss.findSheetInternal(n, this.self)) {
      this.ss.env.fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.name = n;
    return this;
  }
  getIndex(): number {
    this.t('getIndex');
    return this.ss.sheetsInternal().indexOf(this.self) + 1;
  }
  getSheetId(): number {
    this.t('getSheetId');
    return this.sheetId;
  }
  getParent(): LocalSpreadsheet {
    this.t('getParent');
    return this.ss;
  }
  activate(): this {
    this.t('activate');
    this.activateInternal(null);
    return this;
  }
  getActiveRange(): LocalRange {
    this.t('getActiveRange');
    return this.rangeAt(this.activeRange ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
  }

  // ---- ranges (meta) ---------------------------------------------------------------------------------------

  protected rangeFromA1(a1: string): LocalRange {
    const { sheet, a1: local } = splitSheetRef(a1);
    const target = sheet === null ? this : this.ss.findSheetInternal(sheet);
    if (!target) this.ss.env.fail('Range not found');
    const rect = parseA1(local, target.maxRows, target.maxCols);
    if (!rect) this.ss.env.fail('Range not found');
    return target.rangeChecked(rect.row, rect.col, rect.numRows, rect.numCols);
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.t('getRange');
    if (typeof a1OrRow === 'string' && column === undefined) return this.rangeFromA1(a1OrRow);
    const args = [a1OrRow, column, numRows, numColumns].filter((x) => x !== undefined);
    if (column === undefined) {
      this.ss.env.fail(
        `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    this.checkInt('getRange', ...args);
    return this.rangeChecked(
      Math.trunc(a1OrRow as number),
      Math.trunc(column as number),
      numRows === undefined ? 1 : Math.trunc(numRows),
      numColumns === undefined ? 1 : Math.trunc(numColumns),
    );
  }
  getDataRange(): LocalRange {
    this.t('getDataRange');
    return new LocalRange(this.self, 1, 1, Math.max(1, this.lastRowInternal()), Math.max(1, this.lastColumnInternal()));
  }
  /** A block of values in one call; -1 rows or columns means up to the last row or column with data (as Apps Script). */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    this.t('getSheetValues');
    this.checkInt('getSheetValues', startRow, startColumn, numRows, numColumns);
    const rows = numRows === -1 ? this.lastRowInternal() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.lastColumnInternal() - startColumn + 1 : numColumns;
    if (rows < 1) this.ss.env.fail('The number of rows in the range must be at least 1.');
    if (cols < 1) this.ss.env.fail('The number of columns in the range must be at least 1.');
    return this.rangeAt({ row: startRow, col: startColumn, numRows: rows, numCols: cols }).valuesInternal();
  }
  getLastRow(): number {
    this.t('getLastRow');
    return this.lastRowInternal();
  }
  getLastColumn(): number {
    this.t('getLastColumn');
    return this.lastColumnInternal();
  }
  getMaxRows(): number {
    this.t('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.t('getMaxColumns');
    return this.maxCols;
  }

  // ---- clearing ----------------------------------------------------------------------------------------------

  clear(options?: ClearOptions): this {
    this.t('clear');
    this.rangeAt(this.fullRect()).clearInternal(options);
    return this;
  }
}

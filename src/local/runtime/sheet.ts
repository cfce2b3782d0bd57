// Apps Script Sheet: a sparse grid of cells plus sheet-level state (sizes, hiding, freezing, merges, rules, protections, charts).
import type { Axis, Rect } from './a1';
import { parseA1, shiftIndex, shiftRectDelete, shiftRectInsert, splitSheetRef } from './a1';
import { Cell, checkCellTexts, writeInput } from './cell';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './charts';
import type { LocalConditionalFormatRule } from './conditional';
import { LocalDeveloperMetadata } from './metadata';
import type { RuntimeEnv } from './env';
import { LocalProtection } from './protection';
import type { ProtectionTypeName } from './protection';
import type { ClearOptions } from './range';
import { LocalRange } from './range';
import type { LocalSpreadsheet } from './spreadsheet';
import { gasTypeName, normalizeColor } from './values';
import type { CellValue } from './values';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class LocalSheet {
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
  developerMetadata: LocalDeveloperMetadata[] = [];
  tabColor: string | null = null;
  activeRange: Rect | null = null;
  private lastRowCache = -1;
  private lastColCache = -1;

  constructor(
    private readonly ss: LocalSpreadsheet,
    private name: string,
    readonly sheetId: number,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLUMNS,
  ) {
    this.maxRows = rows;
    this.maxCols = cols;
  }

  // ---- internal, untracked --------------------------------------------------------------------------------

  track(target: string, method: string): void {
    this.ss.env.recorder.record(target, method, this.name);
  }

  private t(method: string): void {
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
    return new LocalRange(this, rect.row, rect.col, rect.numRows, rect.numCols);
  }

  /** A range after the same checks and messages as Sheet.getRange(row, column, numRows, numColumns). */
  rangeChecked(row: number, col: number, numRows: number, numCols: number): LocalRange {
    const env = this.ss.env;
    if (row < 1) env.fail('The starting row of the range is too small.');
    if (col < 1) env.fail('The starting column of the range is too small.');
    if (numRows < 1) env.fail('The number of rows in the range must be at least 1.');
    if (numCols < 1) env.fail('The number of columns in the range must be at least 1.');
    this.ensureSize(row + numRows - 1, col + numCols - 1, env);
    return new LocalRange(this, row, col, numRows, numCols);
  }

  lastRowInternal(): number {
    if (this.lastRowCache >= 0) return this.lastRowCache;
    let last = 0;
    for (let r = this.grid.length - 1; r >= 0 && last === 0; r--) {
      const row = this.grid[r];
      if (!row) continue;
      for (const c of row) {
        if (c && c.hasContent()) {
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
        if (cell && cell.hasContent()) {
          last = c + 1;
          break;
        }
      }
    }
    this.lastColCache = last;
    return last;
  }

  activateInternal(rect: Rect | null): void {
    this.ss.activeSheetInternal = this;
    if (rect) this.activeRange = rect;
  }

  addRangeProtectionInternal(rect: Rect): LocalProtection {
    const p = new LocalProtection(this, 'RANGE', { ...rect });
    this.seedEditors(p);
    this.protections.push(p);
    return p;
  }

  /**
   * Google, reference/spreadsheet/range, protect(): «Until the script actually changes the list of editors … the
   * permissions mirror those of the spreadsheet itself»: the owner, the spreadsheet's editors and the user running it.
   */
  private seedEditors(p: LocalProtection): void {
    p.addEditorInternal(this.ss.ownerEmail);
    for (const e of this.ss.editors) p.addEditorInternal(e);
    p.addEditorInternal(this.ss.env.effectiveUserEmail);
  }

  removeProtectionInternal(p: LocalProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
    p.removed = true;
  }

  private checkInt(method: string, ...args: unknown[]): void {
    for (const a of args) {
      if (typeof a !== 'number' || Number.isNaN(a)) {
        this.ss.env.fail(`The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
      }
    }
  }

  // ---- names, identity, activation (meta/structure) ------------------------------------------------------

  getName(): string {
    this.t('getName');
    return this.name;
  }
  getSheetName(): string {
    this.t('getSheetName');
    return this.name;
  }
  setName(name: string): this {
    this.t('setName');
    const n = String(name);
    if (n === this.name) return this;
    if (n.trim() === '') this.ss.env.fail('Invalid argument: name');
    if (this.ss.findSheetInternal(n, this)) {
      this.ss.env.fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.name = n;
    return this;
  }
  getIndex(): number {
    this.t('getIndex');
    return this.ss.sheetsInternal().indexOf(this) + 1;
  }
  getSheetId(): number {
    this.t('getSheetId');
    return this.sheetId;
  }
  getParent(): LocalSpreadsheet {
    this.t('getParent');
    return this.ss;
  }
  getType(): string {
    this.t('getType');
    return 'GRID';
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
  getActiveCell(): LocalRange {
    this.t('getActiveCell');
    const r = this.activeRange ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return this.rangeAt({ row: r.row, col: r.col, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: LocalRange): LocalRange {
    this.t('setActiveRange');
    this.activateInternal(range.rect());
    return range;
  }
  setActiveSelection(rangeOrA1: LocalRange | string): LocalRange {
    this.t('setActiveSelection');
    const r = typeof rangeOrA1 === 'string' ? this.rangeFromA1(rangeOrA1) : rangeOrA1;
    this.activateInternal(r.rect());
    return r;
  }

  // ---- ranges (meta) ---------------------------------------------------------------------------------------

  private rangeFromA1(a1: string): LocalRange {
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
      this.ss.env.fail(`The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    this.checkInt('getRange', ...args);
    return this.rangeChecked(
      Math.trunc(a1OrRow as number), Math.trunc(column as number),
      numRows === undefined ? 1 : Math.trunc(numRows), numColumns === undefined ? 1 : Math.trunc(numColumns),
    );
  }
  getDataRange(): LocalRange {
    this.t('getDataRange');
    return new LocalRange(this, 1, 1, Math.max(1, this.lastRowInternal()), Math.max(1, this.lastColumnInternal()));
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
  clearContents(): this {
    this.t('clearContents');
    this.rangeAt(this.fullRect()).clearInternal({ contentsOnly: true });
    return this;
  }
  clearFormats(): this {
    this.t('clearFormats');
    this.rangeAt(this.fullRect()).clearInternal({ formatOnly: true });
    return this;
  }
  clearNotes(): this {
    this.t('clearNotes');
    this.rangeAt(this.fullRect()).clearInternal({ commentsOnly: true });
    return this;
  }

  // ---- hiding, sizes, freezing -----------------------------------------------------------------------------

  private checkCols(from: number, count: number): void {
    if (from < 1 || count < 1 || from + count - 1 > this.maxCols) this.ss.env.fail('Those columns are out of bounds.');
  }
  private checkRows(from: number, count: number): void {
    if (from < 1 || count < 1 || from + count - 1 > this.maxRows) this.ss.env.fail('Those rows are out of bounds.');
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.t('hideColumns');
    this.checkCols(columnIndex, numColumns);
    for (let i = 0; i < numColumns; i++) this.hiddenCols.add(columnIndex + i);
  }
  hideColumn(column: LocalRange): void {
    this.t('hideColumn');
    const r = column.rect();
    for (let i = 0; i < r.numCols; i++) this.hiddenCols.add(r.col + i);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.t('showColumns');
    this.checkCols(columnIndex, numColumns);
    for (let i = 0; i < numColumns; i++) this.hiddenCols.delete(columnIndex + i);
  }
  unhideColumn(column: LocalRange): void {
    this.t('unhideColumn');
    const r = column.rect();
    for (let i = 0; i < r.numCols; i++) this.hiddenCols.delete(r.col + i);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.t('isColumnHiddenByUser');
    return this.hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this.t('hideRows');
    this.checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++) this.hiddenRows.add(rowIndex + i);
  }
  hideRow(row: LocalRange): void {
    this.t('hideRow');
    const r = row.rect();
    for (let i = 0; i < r.numRows; i++) this.hiddenRows.add(r.row + i);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.t('showRows');
    this.checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++) this.hiddenRows.delete(rowIndex + i);
  }
  unhideRow(row: LocalRange): void {
    this.t('unhideRow');
    const r = row.rect();
    for (let i = 0; i < r.numRows; i++) this.hiddenRows.delete(r.row + i);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.t('isRowHiddenByUser');
    return this.hiddenRows.has(rowPosition);
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.t('setColumnWidth');
    this.checkCols(columnPosition, 1);
    this.columnWidths.set(columnPosition, Math.round(width));
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.t('setColumnWidths');
    this.checkCols(startColumn, numColumns);
    for (let i = 0; i < numColumns; i++) this.columnWidths.set(startColumn + i, Math.round(width));
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.t('getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(columnPosition: number): this {
    this.t('autoResizeColumn');
    this.checkCols(columnPosition, 1);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.t('autoResizeColumns');
    this.checkCols(startColumn, numColumns);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.t('setRowHeight');
    this.checkRows(rowPosition, 1);
    this.rowHeights.set(rowPosition, Math.round(height));
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.t('setRowHeights');
    this.checkRows(startRow, numRows);
    for (let i = 0; i < numRows; i++) this.rowHeights.set(startRow + i, Math.round(height));
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    this.t('setRowHeightsForced');
    this.checkRows(startRow, numRows);
    for (let i = 0; i < numRows; i++) this.rowHeights.set(startRow + i, Math.round(height));
    return this;
  }
  getRowHeight(rowPosition: number): number {
    this.t('getRowHeight');
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setFrozenRows(rows: number): void {
    this.t('setFrozenRows');
    if (rows < 0 || rows > this.maxRows) this.ss.env.fail('Those rows are out of bounds.');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.t('setFrozenColumns');
    if (columns < 0 || columns > this.maxCols) this.ss.env.fail('Those columns are out of bounds.');
    this.frozenCols = columns;
  }
  getFrozenRows(): number {
    this.t('getFrozenRows');
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    this.t('getFrozenColumns');
    return this.frozenCols;
  }

  // ---- sheet visibility and tab ------------------------------------------------------------------------------

  hideSheet(): this {
    this.t('hideSheet');
    const visible = this.ss.sheetsInternal().filter((s) => !s.hidden && s !== this);
    if (visible.length === 0) this.ss.env.fail("You can't hide all the sheets in a document.");
    this.hidden = true;
    if (this.ss.activeSheetInternal === this) this.ss.activeSheetInternal = visible[0];
    return this;
  }
  showSheet(): this {
    this.t('showSheet');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.t('isSheetHidden');
    return this.hidden;
  }
  setTabColor(color: string | null): this {
    this.t('setTabColor');
    this.tabColor = normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    this.t('getTabColor');
    return this.tabColor;
  }

  // ---- rows and columns: insert, delete, append --------------------------------------------------------------

  /** Moves everything keyed by row/column after an insertion or deletion. */
  private shift(axis: Axis, at: number, count: number, insert: boolean): void {
    const moveRect = (r: Rect): Rect | null =>
      insert ? shiftRectInsert(r, axis, at, count) : shiftRectDelete(r, axis, at, count);
    // Cells
    if (axis === 'row') {
      if (at - 1 < this.grid.length) {
        if (insert) this.grid.splice(at - 1, 0, ...new Array<(Cell | undefined)[]>(count));
        else this.grid.splice(at - 1, count);
      }
    } else {
      for (const row of this.grid) {
        if (!row || at - 1 >= row.length) continue;
        if (insert) row.splice(at - 1, 0, ...new Array<Cell | undefined>(count));
        else row.splice(at - 1, count);
      }
    }
    // Merges
    this.merges = this.merges.map(moveRect).filter((r): r is Rect => r !== null);
    // Conditional format rules
    this.cfRules = this.cfRules
      .map((rule) => {
        const ranges = rule.ranges
          .map((sr) => (sr.sheet === this ? { sheet: sr.sheet, rect: moveRect(sr.rect) } : sr))
          .filter((sr): sr is { sheet: LocalSheet; rect: Rect } => sr.rect !== null);
        return ranges.length ? rule.withRanges(ranges) : null;
      })
      .filter((r): r is LocalConditionalFormatRule => r !== null);
    // Protections
    for (const p of [...this.protections]) {
      if (p.rect) {
        const nr = moveRect(p.rect);
        if (nr) p.rect = nr;
        else this.removeProtectionInternal(p);
      }
      p.unprotected = p.unprotected.map(moveRect).filter((r): r is Rect => r !== null);
    }
    // Charts anywhere that read from this sheet; anchors of charts on this sheet
    for (const s of this.ss.sheetsInternal()) {
      for (const ch of s.charts) {
        ch.state.ranges = ch.state.ranges
          .map((sr) => (sr.sheet === this ? { sheet: sr.sheet, rect: moveRect(sr.rect) } : sr))
          .filter((sr): sr is { sheet: LocalSheet; rect: Rect } => sr.rect !== null);
        if (s === this) {
          const pos = ch.state.position;
          const cur = axis === 'row' ? pos.anchorRow : pos.anchorColumn;
          const moved = shiftIndex(cur, at, count, insert) ?? at;
          if (axis === 'row') pos.anchorRow = Math.max(1, moved);
          else pos.anchorColumn = Math.max(1, moved);
        }
      }
    }
    // Hidden flags and sizes
    const moveSet = (set: Set<number>): Set<number> => {
      const out = new Set<number>();
      for (const i of set) {
        const n = shiftIndex(i, at, count, insert);
        if (n !== null) out.add(n);
      }
      return out;
    };
    const moveMap = (map: Map<number, number>): Map<number, number> => {
      const out = new Map<number, number>();
      for (const [i, v] of map) {
        const n = shiftIndex(i, at, count, insert);
        if (n !== null) out.set(n, v);
      }
      return out;
    };
    if (axis === 'row') {
      this.hiddenRows = moveSet(this.hiddenRows);
      this.rowHeights = moveMap(this.rowHeights);
      if (!insert && at <= this.frozenRows) this.frozenRows = Math.max(at - 1, this.frozenRows - count);
      else if (insert && at <= this.frozenRows) this.frozenRows += count;
      this.maxRows += insert ? count : -count;
    } else {
      this.hiddenCols = moveSet(this.hiddenCols);
      this.columnWidths = moveMap(this.columnWidths);
      if (!insert && at <= this.frozenCols) this.frozenCols = Math.max(at - 1, this.frozenCols - count);
      else if (insert && at <= this.frozenCols) this.frozenCols += count;
      this.maxCols += insert ? count : -count;
    }
    if (this.activeRange) this.activeRange = moveRect(this.activeRange);
    this.contentChanged();
  }

  private insertRowsAt(method: string, at: number, count: number, limit: number): this {
    this.t(method);
    this.checkInt(method, at, count);
    if (at < 1 || at > limit || count < 1) this.ss.env.fail('Those rows are out of bounds.');
    this.ss.checkGrowthInternal(count * this.maxCols);
    this.shift('row', at, count, true);
    return this;
  }
  private insertColumnsAt(method: string, at: number, count: number, limit: number): this {
    this.t(method);
    this.checkInt(method, at, count);
    if (at < 1 || at > limit || count < 1) this.ss.env.fail('Those columns are out of bounds.');
    this.ss.checkGrowthInternal(count * this.maxRows);
    this.shift('col', at, count, true);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAt('insertRowAfter', afterPosition + 1, 1, this.maxRows + 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAt('insertRowBefore', beforePosition, 1, this.maxRows);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany, this.maxRows + 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsBefore', beforePosition, howMany, this.maxRows);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt('insertRows', rowIndex, numRows, this.maxRows);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAt('insertColumnAfter', afterPosition + 1, 1, this.maxCols + 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsAt('insertColumnBefore', beforePosition, 1, this.maxCols);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt('insertColumnsAfter', afterPosition + 1, howMany, this.maxCols + 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt('insertColumnsBefore', beforePosition, howMany, this.maxCols);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsAt('insertColumns', columnIndex, numColumns, this.maxCols);
  }

  private deleteRowsAt(method: string, start: number, count: number): void {
    this.t(method);
    this.checkInt(method, start, count);
    this.checkRows(start, count);
    if (this.maxRows - count <= this.frozenRows) {
      this.ss.env.fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.shift('row', start, count, false);
  }
  private deleteColumnsAt(method: string, start: number, count: number): void {
    this.t(method);
    this.checkInt(method, start, count);
    this.checkCols(start, count);
    if (this.maxCols - count <= this.frozenCols) {
      this.ss.env.fail('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.shift('col', start, count, false);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRowsAt('deleteRow', rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsAt('deleteRows', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumnsAt('deleteColumn', columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteColumnsAt('deleteColumns', columnPosition, howMany);
  }

  /** Writes a row after the last row with content, adding a row (and columns) when the sheet is full. */
  appendRow(rowContents: unknown[]): this {
    this.t('appendRow');
    if (!Array.isArray(rowContents)) {
      this.ss.env.fail(`The parameters (${gasTypeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    }
    checkCellTexts(this.ss.env, [rowContents]);
    const row = this.lastRowInternal() + 1;
    const rows = Math.max(this.maxRows, row);
    const cols = Math.max(this.maxCols, rowContents.length);
    this.ss.checkGrowthInternal(rows * cols - this.maxRows * this.maxCols);
    this.maxRows = rows;
    this.maxCols = cols;
    const ss = this.ss;
    const ctx = { locale: ss.locale, timeZone: ss.timeZone };
    for (let j = 0; j < rowContents.length; j++) writeInput(this.ensureCell(row, j + 1), rowContents[j], ctx);
    this.contentChanged();
    return this;
  }

  // ---- conditional formatting --------------------------------------------------------------------------------

  setConditionalFormatRules(rules: LocalConditionalFormatRule[]): void {
    this.t('setConditionalFormatRules');
    if (!Array.isArray(rules)) {
      this.ss.env.fail(`The parameters (${gasTypeName(rules)}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`);
    }
    this.cfRules = [...rules];
    this.foreignConditionalFormats = [];
  }
  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    this.t('getConditionalFormatRules');
    return [...this.cfRules];
  }
  clearConditionalFormatRules(): void {
    this.t('clearConditionalFormatRules');
    this.cfRules = [];
    this.foreignConditionalFormats = [];
  }

  // ---- protections -------------------------------------------------------------------------------------------

  /** Protects the sheet; when it is already protected, returns the existing protection. */
  protect(): LocalProtection {
    this.t('protect');
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const p = new LocalProtection(this, 'SHEET', null);
    this.seedEditors(p);
    this.protections.push(p);
    return p;
  }
  getProtections(type: ProtectionTypeName): LocalProtection[] {
    this.t('getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  // ---- charts ------------------------------------------------------------------------------------------------

  newChart(): LocalEmbeddedChartBuilder {
    this.t('newChart');
    return new LocalEmbeddedChartBuilder(this, this.ss.env);
  }
  insertChart(chart: LocalEmbeddedChart): void {
    this.t('insertChart');
    if (!(chart instanceof LocalEmbeddedChart)) {
      this.ss.env.fail(`The parameters (${gasTypeName(chart)}) don't match the method signature for SpreadsheetApp.Sheet.insertChart.`);
    }
    const stored = new LocalEmbeddedChart(this, this.ss.nextChartId(), chart.state);
    this.charts.push(stored);
  }
  updateChart(chart: LocalEmbeddedChart): void {
    this.t('updateChart');
    const i = this.charts.findIndex((c) => c.chartId !== null && c.chartId === chart.chartId);
    if (i < 0) this.ss.env.fail('Chart not found.');
    this.charts[i] = new LocalEmbeddedChart(this, chart.chartId, chart.state);
  }
  removeChart(chart: LocalEmbeddedChart): void {
    this.t('removeChart');
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }
  getCharts(): LocalEmbeddedChart[] {
    this.t('getCharts');
    return [...this.charts];
  }

  // ---- developer metadata ------------------------------------------------------------------------------------

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): this {
    this.t('addDeveloperMetadata');
    this.developerMetadata.push(
      new LocalDeveloperMetadata(this.ss, this.ss.nextMetadataId(), String(key), value ?? null, visibility ?? 'DOCUMENT', this),
    );
    return this;
  }
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.t('getDeveloperMetadata');
    return [...this.developerMetadata];
  }

  // ---- copying -----------------------------------------------------------------------------------------------

  /** Sheet.copyTo(spreadsheet): a copy named "Копия …" (ru) / "Copy of …" at the end of the target. */
  copyTo(spreadsheet: LocalSpreadsheet): LocalSheet {
    this.t('copyTo');
    spreadsheet.checkGrowthInternal(this.maxRows * this.maxCols);
    return this.cloneInternal(spreadsheet, null, spreadsheet.sheetsInternal().length);
  }

  /** Untracked copy of this sheet into a spreadsheet at a 0-based position; default name "Копия …". */
  cloneInternal(spreadsheet: LocalSpreadsheet, newName: string | null, index: number): LocalSheet {
    const prefix = /^ru/i.test(spreadsheet.locale) ? 'Копия ' : 'Copy of ';
    let name = newName ?? prefix + this.name;
    if (newName === null) for (let i = 2; spreadsheet.findSheetInternal(name); i++) name = `${prefix}${this.name} ${i}`;
    const copy = spreadsheet.createSheetInternal(name, index, this.maxRows, this.maxCols);
    copy.grid = this.grid.map((row) => (row ? row.map((c) => c?.clone()) : row));
    copy.hiddenRows = new Set(this.hiddenRows);
    copy.hiddenCols = new Set(this.hiddenCols);
    copy.columnWidths = new Map(this.columnWidths);
    copy.rowHeights = new Map(this.rowHeights);
    copy.frozenRows = this.frozenRows;
    copy.frozenCols = this.frozenCols;
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.cfRules = this.cfRules.map((r) =>
      r.withRanges(r.ranges.map((sr) => (sr.sheet === this ? { sheet: copy, rect: { ...sr.rect } } : sr))),
    );
    copy.tabColor = this.tabColor;
    copy.contentChanged();
    return copy;
  }

  toString(): string {
    return 'Sheet';
  }
}

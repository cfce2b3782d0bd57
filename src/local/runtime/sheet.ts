// Apps Script Sheet: a sparse grid of cells plus sheet-level state (sizes, hiding, freezing, merges, rules, protections, charts).
import type { Axis, Rect } from './a1';
import { shiftIndex, shiftRectDelete, shiftRectInsert } from './a1';
import { type Cell, checkCellTexts, writeInput } from './cell';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './charts';
import type { LocalConditionalFormatRule } from './conditional';
import { LocalProtection } from './protection';
import { LocalRangeList } from './rangeList';
import type { ProtectionTypeName } from './protection';
import type { LocalSpreadsheet } from './spreadsheet';
import { gasTypeName, normalizeColor } from './values';
import { restrictToProduct } from './usedApi';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SheetCore } from './sheetCore';
export { DEFAULT_COLUMN_WIDTH, DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheetCore';

/** Apps Script Sheet: hiding, sizes, freezing, rows and columns, rules, protections, charts, copying (sheetCore: the rest). */
export class LocalSheet extends SheetCore {
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
  showColumns(columnIndex: number, numColumns = 1): void {
    this.t('showColumns');
    this.checkCols(columnIndex, numColumns);
    for (let i = 0; i < numColumns; i++) this.hiddenCols.delete(columnIndex + i);
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
  setRowHeight(rowPosition: number, height: number): this {
    this.t('setRowHeight');
    this.checkRows(rowPosition, 1);
    this.rowHeights.set(rowPosition, Math.round(height));
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
  /** Shows the sheet; a sheet already visible stays so (Google, reference/spreadsheet/sheet#showSheet). */
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
    const moveRect = (r: Rect): Rect | null => (insert ? shiftRectInsert(r, axis, at, count) : shiftRectDelete(r, axis, at, count));
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

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany, this.maxRows + 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsBefore', beforePosition, howMany, this.maxRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt('insertColumnsAfter', afterPosition + 1, howMany, this.maxCols + 1);
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
      this.ss.env.fail(
        `The parameters (${gasTypeName(rules)}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`,
      );
    }
    this.cfRules = [...rules];
    this.foreignConditionalFormats = [];
  }
  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    this.t('getConditionalFormatRules');
    return [...this.cfRules];
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

  // ---- range lists -----------------------------------------------------------------------------------------

  /**
   * The ranges of this sheet named by a non-empty list of A1 notations, in one call (reference/spreadsheet/
   * sheet#getRangeList). Each notation is checked as getRange checks one; an empty list is refused (Google's text for
   * it is not published: the runtime says what the reference requires).
   */
  getRangeList(a1Notations: string[]): LocalRangeList {
    this.t('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) this.ss.env.fail('A range list needs a non-empty list of A1 notations.');
    return new LocalRangeList(
      this,
      a1Notations.map((a) => this.rangeFromA1(String(a))),
    );
  }

  // ---- copying -----------------------------------------------------------------------------------------------

  /**
   * Sheet.copyTo(spreadsheet): «Copies the sheet to a given spreadsheet, which can be the same spreadsheet as the
   * source. The copied sheet is named "Copy of [original name]"» (Google, reference/spreadsheet/sheet#copyTo); in a
   * Russian spreadsheet «Копия …». What it carries is copyOfInternal's.
   */
  copyTo(spreadsheet: LocalSpreadsheet): LocalSheet {
    this.t('copyTo');
    spreadsheet.checkGrowthInternal(this.maxRows * this.maxCols);
    return this.copyOfInternal(spreadsheet, null, spreadsheet.sheetsInternal().length);
  }

  /**
   * An untracked copy of this sheet at a 0-based position (insertSheet with `{template}` and copyTo); default name
   * «Копия …». Google says only «All data from the template sheet object is copied to the new sheet» (reference/
   * spreadsheet/spreadsheet, insertSheet(sheetName, sheetIndex, options)). Read through the Sheets data model, a sheet's
   * data is its GridData — every cell's value, formula, format, note and data validation (CellData) and each row's and
   * column's size and hidden-by-user flag (DimensionProperties) — so those are copied, with the grid that holds them.
   * Of the rest Google says nothing: frozen rows and columns, merges, conditional formats, protections, charts and the
   * tab colour are not copied here, and the copy is hidden when the template is. For each property left unstated the
   * runtime takes the outcome a product must not rely on, so the product sets on the copy whatever it needs of them.
   */
  copyOfInternal(spreadsheet: LocalSpreadsheet, newName: string | null, index: number): LocalSheet {
    const prefix = /^ru/i.test(spreadsheet.locale) ? 'Копия ' : 'Copy of ';
    let name = newName ?? prefix + this.name;
    if (newName === null) for (let i = 2; spreadsheet.findSheetInternal(name); i++) name = `${prefix}${this.name} ${i}`;
    const copy = spreadsheet.createSheetInternal(name, index, this.maxRows, this.maxCols);
    copy.grid = this.grid.map((row) => (row ? row.map((c) => c?.clone()) : row));
    copy.hiddenRows = new Set(this.hiddenRows);
    copy.hiddenCols = new Set(this.hiddenCols);
    copy.columnWidths = new Map(this.columnWidths);
    copy.rowHeights = new Map(this.rowHeights);
    copy.hidden = this.hidden;
    copy.contentChanged();
    return copy;
  }

  /**
   * A whole copy for the local runtime's own file operations (`split` writes a unit's tab into its own file): what
   * copyOfInternal carries, and the frozen panes, merges, conditional formats and tab colour. Not a Sheets call.
   */
  fileCopyInternal(spreadsheet: LocalSpreadsheet, newName: string | null, index: number): LocalSheet {
    const copy = this.copyOfInternal(spreadsheet, newName, index);
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

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalSheet.prototype, 'Sheet');

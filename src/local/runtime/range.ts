// Apps Script Range over the in-memory grid: values, formulas, formats, notes, validations, merges, protection.
import type { Rect } from './a1';
import { columnToLetters, rectA1, rectInside, rectsIntersect } from './a1';
import { Cell, checkCellTexts, shiftFormula, writeFormula, writeInput } from './cell';
import type { InputContext } from './cell';
import type { SheetRect } from './conditional';
import type { RuntimeEnv } from './env';
import type { LocalProtection } from './protection';
import type { LocalSheet } from './sheet';
import type { BorderEdge, BorderStyleName, CellStyle, StyleField, WrapStrategyName } from './style';
import { STYLE_DEFAULTS, withField } from './style';
import { LocalDataValidation, LocalDataValidationBuilder } from './validation';
import type { CellValue } from './values';
import { dateToSerial, displayValue, gasTypeName, isDate, isDateFormat, normalizeColor, serialToDate } from './values';

const MERGE_ERROR = 'You must select all cells in a merged range to merge or unmerge them.';
const BORDER_STYLES: readonly BorderStyleName[] = ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'];
const WRAP_STRATEGIES: readonly WrapStrategyName[] = ['WRAP', 'OVERFLOW', 'CLIP'];

/**
 * What getValues gives for a cell. Sheets stores a date as a serial day number with a date format (Sheets API,
 * DateTimeRenderOption: dates are serial numbers «formatted as dates»), and Range.getValues returns a Number, Boolean,
 * Date or String «depending on the value of the cell» (reference/spreadsheet/range): a number under a date or time
 * format reads back as a Date, a date under a number format as its serial number.
 */
function outValue(c: Cell, tz: string): CellValue {
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
export class LocalRange {
  constructor(
    readonly sheet: LocalSheet,
    private readonly r0: number,
    private readonly c0: number,
    private readonly nr: number,
    private readonly nc: number,
  ) {}

  // ---- internal, untracked --------------------------------------------------------------------------------

  private t(method: string): void {
    this.sheet.track('Range', method);
  }

  private get env(): RuntimeEnv {
    return this.sheet.getParentInternal().env;
  }

  private ctx(): InputContext {
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
    return this.sheet.nameInternal() + '!' + this.a1();
  }

  private fail(message: string): never {
    return this.env.fail(message);
  }

  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
      this.fail(`The parameters (${gasTypeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.nr) {
      this.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.nr}.`);
    }
    for (const row of rows) {
      if (row.length !== this.nc) {
        this.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.nc}.`);
      }
    }
    return rows;
  }

  private read<T>(fn: (cell: Cell | undefined) => T): T[][] {
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

  private first(): Cell | undefined {
    return this.sheet.cellAt(this.r0, this.c0);
  }

  /** Calls fn on every cell of the range, creating cells as needed. */
  private each(fn: (cell: Cell, i: number, j: number) => void): void {
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
  private eachExisting(fn: (cell: Cell, i: number, j: number) => void): void {
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

  private setStyle<F extends StyleField>(field: F, value: CellStyle[F] | undefined): this {
    if (value === undefined) this.eachExisting((c) => { c.s = withField(c.s, field, undefined); });
    else this.each((c) => { c.s = withField(c.s, field, value); });
    return this;
  }

  private setStyles<F extends StyleField>(
    method: string, field: F, data: unknown, conv: (v: unknown) => CellStyle[F] | undefined,
  ): this {
    const rows = this.checkShape(method, data);
    const conv2 = rows.map((row) => row.map(conv));
    this.each((c, i, j) => { c.s = withField(c.s, field, conv2[i][j]); });
    return this;
  }

  private styleOf<F extends StyleField>(cell: Cell | undefined, field: F): CellStyle[F] | undefined {
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
  getRowIndex(): number {
    this.t('getRowIndex');
    return this.r0;
  }
  getColumn(): number {
    this.t('getColumn');
    return this.c0;
  }
  getColumnIndex(): number {
    this.t('getColumnIndex');
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
  getHeight(): number {
    this.t('getHeight');
    return this.nr;
  }
  getWidth(): number {
    this.t('getWidth');
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
  getGridId(): number {
    this.t('getGridId');
    return this.sheet.sheetId;
  }
  getCell(row: number, column: number): LocalRange {
    this.t('getCell');
    if (row < 1 || row > this.nr || column < 1 || column > this.nc) {
      this.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new LocalRange(this.sheet, this.r0 + row - 1, this.c0 + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    this.t('offset');
    return this.sheet.rangeChecked(
      this.r0 + rowOffset, this.c0 + columnOffset, numRows ?? this.nr, numColumns ?? this.nc,
    );
  }
  activate(): this {
    this.t('activate');
    this.sheet.activateInternal(this.rect());
    return this;
  }
  activateAsCurrentCell(): this {
    this.t('activateAsCurrentCell');
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
  getDisplayValues(): string[][] {
    this.t('getDisplayValues');
    const ss = this.sheet.getParentInternal();
    const dctx = { locale: ss.locale, timeZone: ss.timeZone };
    return this.read((c) => (c ? displayValue(c.v, c.s?.numberFormat, dctx) : ''));
  }
  getDisplayValue(): string {
    this.t('getDisplayValue');
    const ss = this.sheet.getParentInternal();
    const c = this.first();
    return c ? displayValue(c.v, c.s?.numberFormat, { locale: ss.locale, timeZone: ss.timeZone }) : '';
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
    this.eachExisting((c) => { if (c.hasContent()) blank = false; });
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
    this.eachExisting((c) => { c.v = ''; c.f = ''; });
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
      if (contents) { c.v = ''; c.f = ''; }
      if (formats) c.s = undefined;
      if (validations) c.dv = null;
      if (notes) c.note = '';
    });
    if (contents) this.sheet.contentChanged();
  }
  clearFormat(): this {
    this.t('clearFormat');
    this.eachExisting((c) => { c.s = undefined; });
    return this;
  }

  // ---- number formats ------------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    this.t('getNumberFormats');
    return this.read((c) => this.styleOf(c, 'numberFormat') ?? STYLE_DEFAULTS.numberFormat);
  }
  getNumberFormat(): string {
    this.t('getNumberFormat');
    return this.styleOf(this.first(), 'numberFormat') ?? STYLE_DEFAULTS.numberFormat;
  }
  setNumberFormat(numberFormat: string): this {
    this.t('setNumberFormat');
    return this.setStyle('numberFormat', numberFormat === null || numberFormat === undefined ? undefined : String(numberFormat));
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    this.t('setNumberFormats');
    return this.setStyles('setNumberFormats', 'numberFormat', numberFormats, (v) => (v === null || v === undefined ? undefined : String(v)));
  }

  // ---- backgrounds and fonts -------------------------------------------------------------------------------

  getBackgrounds(): string[][] {
    this.t('getBackgrounds');
    return this.read((c) => this.styleOf(c, 'background') ?? STYLE_DEFAULTS.background);
  }
  getBackground(): string {
    this.t('getBackground');
    return this.styleOf(this.first(), 'background') ?? STYLE_DEFAULTS.background;
  }
  setBackground(color: string | null): this {
    this.t('setBackground');
    return this.setStyle('background', normalizeColor(color) ?? undefined);
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    this.t('setBackgroundRGB');
    const hex = '#' + [red, green, blue].map((x) => Math.max(0, Math.min(255, Math.round(x))).toString(16).padStart(2, '0')).join('');
    return this.setStyle('background', hex);
  }
  setBackgrounds(colors: unknown[][]): this {
    this.t('setBackgrounds');
    return this.setStyles('setBackgrounds', 'background', colors, (v) => normalizeColor(v as string | null) ?? undefined);
  }

  private weight(v: unknown): 'bold' | 'normal' | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s !== 'bold' && s !== 'normal') this.fail(`Invalid argument: fontWeight`);
    return s === 'bold' ? 'bold' : undefined;
  }
  getFontWeights(): string[][] {
    this.t('getFontWeights');
    return this.read((c) => this.styleOf(c, 'fontWeight') ?? STYLE_DEFAULTS.fontWeight);
  }
  getFontWeight(): string {
    this.t('getFontWeight');
    return this.styleOf(this.first(), 'fontWeight') ?? STYLE_DEFAULTS.fontWeight;
  }
  setFontWeight(fontWeight: string | null): this {
    this.t('setFontWeight');
    return this.setStyle('fontWeight', this.weight(fontWeight));
  }
  setFontWeights(fontWeights: unknown[][]): this {
    this.t('setFontWeights');
    return this.setStyles('setFontWeights', 'fontWeight', fontWeights, (v) => this.weight(v));
  }

  getFontColors(): string[][] {
    this.t('getFontColors');
    return this.read((c) => this.styleOf(c, 'fontColor') ?? STYLE_DEFAULTS.fontColor);
  }
  getFontColor(): string {
    this.t('getFontColor');
    return this.styleOf(this.first(), 'fontColor') ?? STYLE_DEFAULTS.fontColor;
  }
  setFontColor(color: string | null): this {
    this.t('setFontColor');
    return this.setStyle('fontColor', normalizeColor(color) ?? undefined);
  }
  setFontColors(colors: unknown[][]): this {
    this.t('setFontColors');
    return this.setStyles('setFontColors', 'fontColor', colors, (v) => normalizeColor(v as string | null) ?? undefined);
  }

  private fontStyleOf(v: unknown): 'italic' | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s !== 'italic' && s !== 'normal') this.fail('Invalid argument: fontStyle');
    return s === 'italic' ? 'italic' : undefined;
  }
  getFontStyles(): string[][] {
    this.t('getFontStyles');
    return this.read((c) => this.styleOf(c, 'fontStyle') ?? STYLE_DEFAULTS.fontStyle);
  }
  getFontStyle(): string {
    this.t('getFontStyle');
    return this.styleOf(this.first(), 'fontStyle') ?? STYLE_DEFAULTS.fontStyle;
  }
  setFontStyle(fontStyle: string | null): this {
    this.t('setFontStyle');
    return this.setStyle('fontStyle', this.fontStyleOf(fontStyle));
  }
  setFontStyles(fontStyles: unknown[][]): this {
    this.t('setFontStyles');
    return this.setStyles('setFontStyles', 'fontStyle', fontStyles, (v) => this.fontStyleOf(v));
  }

  getFontSizes(): number[][] {
    this.t('getFontSizes');
    return this.read((c) => this.styleOf(c, 'fontSize') ?? STYLE_DEFAULTS.fontSize);
  }
  getFontSize(): number {
    this.t('getFontSize');
    return this.styleOf(this.first(), 'fontSize') ?? STYLE_DEFAULTS.fontSize;
  }
  setFontSize(size: number | null): this {
    this.t('setFontSize');
    return this.setStyle('fontSize', size === null || size === undefined || size === STYLE_DEFAULTS.fontSize ? undefined : Number(size));
  }
  setFontSizes(sizes: unknown[][]): this {
    this.t('setFontSizes');
    return this.setStyles('setFontSizes', 'fontSize', sizes, (v) => (v === null || v === undefined || v === STYLE_DEFAULTS.fontSize ? undefined : Number(v)));
  }

  getFontFamilies(): string[][] {
    this.t('getFontFamilies');
    return this.read((c) => this.styleOf(c, 'fontFamily') ?? STYLE_DEFAULTS.fontFamily);
  }
  getFontFamily(): string {
    this.t('getFontFamily');
    return this.styleOf(this.first(), 'fontFamily') ?? STYLE_DEFAULTS.fontFamily;
  }
  setFontFamily(fontFamily: string | null): this {
    this.t('setFontFamily');
    return this.setStyle('fontFamily', fontFamily ? String(fontFamily) : undefined);
  }
  setFontFamilies(families: unknown[][]): this {
    this.t('setFontFamilies');
    return this.setStyles('setFontFamilies', 'fontFamily', families, (v) => (v ? String(v) : undefined));
  }

  private lineOf(v: unknown): 'underline' | 'line-through' | undefined {
    if (v === null || v === undefined || v === '' || v === 'none') return undefined;
    const s = String(v).toLowerCase();
    if (s !== 'underline' && s !== 'line-through') this.fail('Invalid argument: fontLine');
    return s;
  }
  getFontLines(): string[][] {
    this.t('getFontLines');
    return this.read((c) => this.styleOf(c, 'fontLine') ?? STYLE_DEFAULTS.fontLine);
  }
  getFontLine(): string {
    this.t('getFontLine');
    return this.styleOf(this.first(), 'fontLine') ?? STYLE_DEFAULTS.fontLine;
  }
  setFontLine(fontLine: string | null): this {
    this.t('setFontLine');
    return this.setStyle('fontLine', this.lineOf(fontLine));
  }
  setFontLines(fontLines: unknown[][]): this {
    this.t('setFontLines');
    return this.setStyles('setFontLines', 'fontLine', fontLines, (v) => this.lineOf(v));
  }

  // ---- alignment and wrapping ------------------------------------------------------------------------------

  private hAlign(v: unknown): string | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s === 'normal' || s === 'general') return undefined;
    if (s !== 'left' && s !== 'center' && s !== 'right') this.fail('Invalid argument: alignment');
    return s;
  }
  private vAlign(v: unknown): string | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s === 'bottom') return undefined;
    if (s !== 'top' && s !== 'middle') this.fail('Invalid argument: alignment');
    return s;
  }
  getHorizontalAlignments(): string[][] {
    this.t('getHorizontalAlignments');
    return this.read((c) => this.styleOf(c, 'horizontalAlignment') ?? STYLE_DEFAULTS.horizontalAlignment);
  }
  getHorizontalAlignment(): string {
    this.t('getHorizontalAlignment');
    return this.styleOf(this.first(), 'horizontalAlignment') ?? STYLE_DEFAULTS.horizontalAlignment;
  }
  setHorizontalAlignment(alignment: string | null): this {
    this.t('setHorizontalAlignment');
    return this.setStyle('horizontalAlignment', this.hAlign(alignment));
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    this.t('setHorizontalAlignments');
    return this.setStyles('setHorizontalAlignments', 'horizontalAlignment', alignments, (v) => this.hAlign(v));
  }
  getVerticalAlignments(): string[][] {
    this.t('getVerticalAlignments');
    return this.read((c) => this.styleOf(c, 'verticalAlignment') ?? STYLE_DEFAULTS.verticalAlignment);
  }
  getVerticalAlignment(): string {
    this.t('getVerticalAlignment');
    return this.styleOf(this.first(), 'verticalAlignment') ?? STYLE_DEFAULTS.verticalAlignment;
  }
  setVerticalAlignment(alignment: string | null): this {
    this.t('setVerticalAlignment');
    return this.setStyle('verticalAlignment', this.vAlign(alignment));
  }
  setVerticalAlignments(alignments: unknown[][]): this {
    this.t('setVerticalAlignments');
    return this.setStyles('setVerticalAlignments', 'verticalAlignment', alignments, (v) => this.vAlign(v));
  }

  private wrapOf(v: unknown): WrapStrategyName | undefined {
    if (v === null || v === undefined) return undefined;
    const s = String(v) as WrapStrategyName;
    if (!WRAP_STRATEGIES.includes(s)) this.fail('Invalid argument: strategy');
    return s === 'OVERFLOW' ? undefined : s;
  }
  getWraps(): boolean[][] {
    this.t('getWraps');
    return this.read((c) => this.styleOf(c, 'wrapStrategy') === 'WRAP');
  }
  getWrap(): boolean {
    this.t('getWrap');
    return this.styleOf(this.first(), 'wrapStrategy') === 'WRAP';
  }
  setWrap(isWrapEnabled: boolean): this {
    this.t('setWrap');
    return this.setStyle('wrapStrategy', isWrapEnabled ? 'WRAP' : undefined);
  }
  setWraps(isWrapEnabled: unknown[][]): this {
    this.t('setWraps');
    return this.setStyles('setWraps', 'wrapStrategy', isWrapEnabled, (v) => (v ? 'WRAP' : undefined));
  }
  getWrapStrategies(): string[][] {
    this.t('getWrapStrategies');
    return this.read((c) => this.styleOf(c, 'wrapStrategy') ?? STYLE_DEFAULTS.wrapStrategy);
  }
  getWrapStrategy(): string {
    this.t('getWrapStrategy');
    return this.styleOf(this.first(), 'wrapStrategy') ?? STYLE_DEFAULTS.wrapStrategy;
  }
  setWrapStrategy(strategy: string): this {
    this.t('setWrapStrategy');
    return this.setStyle('wrapStrategy', this.wrapOf(strategy));
  }
  setWrapStrategies(strategies: unknown[][]): this {
    this.t('setWrapStrategies');
    return this.setStyles('setWrapStrategies', 'wrapStrategy', strategies, (v) => this.wrapOf(v));
  }

  // ---- borders (recorded per cell edge) --------------------------------------------------------------------

  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color?: string | null, style?: string | null,
  ): this {
    this.t('setBorder');
    const st = (style === null || style === undefined ? 'SOLID' : String(style)) as BorderStyleName;
    if (!BORDER_STYLES.includes(st)) this.fail('Invalid argument: style');
    const edge: BorderEdge = { color: normalizeColor(color ?? null) ?? '#000000', style: st };
    const apply = (s: CellStyle | undefined, field: 'borderTop' | 'borderLeft' | 'borderBottom' | 'borderRight', flag: boolean | null | undefined): CellStyle | undefined => {
      if (flag === null || flag === undefined) return s;
      return withField(s, field, flag ? edge : undefined);
    };
    this.each((c, i, j) => {
      let s = c.s;
      s = apply(s, 'borderTop', i === 0 ? top : horizontal);
      s = apply(s, 'borderBottom', i === this.nr - 1 ? bottom : horizontal);
      s = apply(s, 'borderLeft', j === 0 ? left : vertical);
      s = apply(s, 'borderRight', j === this.nc - 1 ? right : vertical);
      c.s = s;
    });
    return this;
  }

  // ---- notes -----------------------------------------------------------------------------------------------

  getNotes(): string[][] {
    this.t('getNotes');
    return this.read((c) => c?.note ?? '');
  }
  getNote(): string {
    this.t('getNote');
    return this.first()?.note ?? '';
  }
  setNote(note: string | null): this {
    this.t('setNote');
    const text = note === null || note === undefined ? '' : String(note);
    if (text === '') this.eachExisting((c) => { c.note = ''; });
    else this.each((c) => { c.note = text; });
    return this;
  }
  setNotes(notes: unknown[][]): this {
    this.t('setNotes');
    const rows = this.checkShape('setNotes', notes);
    this.each((c, i, j) => {
      const v = rows[i][j];
      c.note = v === null || v === undefined ? '' : String(v);
    });
    return this;
  }
  clearNote(): this {
    this.t('clearNote');
    this.eachExisting((c) => { c.note = ''; });
    return this;
  }

  // ---- data validation -------------------------------------------------------------------------------------

  private ruleOf(method: string, rule: unknown): LocalDataValidation | null {
    if (rule === null || rule === undefined) return null;
    if (rule instanceof LocalDataValidation) return rule;
    const type = rule instanceof LocalDataValidationBuilder ? 'SpreadsheetApp.DataValidationBuilder' : gasTypeName(rule);
    this.fail(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  getDataValidations(): (LocalDataValidation | null)[][] {
    this.t('getDataValidations');
    return this.read((c) => c?.dv ?? null);
  }
  getDataValidation(): LocalDataValidation | null {
    this.t('getDataValidation');
    return this.first()?.dv ?? null;
  }
  setDataValidation(rule: LocalDataValidation | null): this {
    this.t('setDataValidation');
    const r = this.ruleOf('setDataValidation', rule);
    if (r === null) this.eachExisting((c) => { c.dv = null; });
    else this.each((c) => { c.dv = r; });
    return this;
  }
  setDataValidations(rules: unknown[][]): this {
    this.t('setDataValidations');
    const rows = this.checkShape('setDataValidations', rules);
    const conv = rows.map((row) => row.map((v) => this.ruleOf('setDataValidations', v)));
    this.each((c, i, j) => { c.dv = conv[i][j]; });
    return this;
  }
  clearDataValidations(): this {
    this.t('clearDataValidations');
    this.eachExisting((c) => { c.dv = null; });
    return this;
  }

  // ---- checkboxes ------------------------------------------------------------------------------------------

  private checkboxValues(dv: LocalDataValidation | null): [unknown, unknown] | null {
    if (!dv || dv.criteria !== 'CHECKBOX') return null;
    const v = dv.getCriteriaValues();
    return [v.length > 0 ? v[0] : true, v.length > 1 ? v[1] : false];
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.t('insertCheckboxes');
    const b = new LocalDataValidationBuilder(this.env).requireCheckbox(checkedValue, uncheckedValue);
    const rule = b.build();
    const unchecked = uncheckedValue !== undefined ? uncheckedValue : checkedValue !== undefined ? '' : false;
    const ctx = this.ctx();
    this.each((c) => {
      c.dv = rule;
      writeInput(c, unchecked, ctx);
    });
    this.sheet.contentChanged();
    return this;
  }
  removeCheckboxes(): this {
    this.t('removeCheckboxes');
    this.eachExisting((c) => {
      const vals = this.checkboxValues(c.dv);
      if (!vals) return;
      if (c.v === vals[0] || c.v === vals[1]) c.v = '';
      c.dv = null;
    });
    this.sheet.contentChanged();
    return this;
  }
  isChecked(): boolean | null {
    this.t('isChecked');
    let checked = 0;
    let unchecked = 0;
    let other = 0;
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++) {
        const c = this.sheet.cellAt(this.r0 + i, this.c0 + j);
        const vals = this.checkboxValues(c?.dv ?? null);
        if (!c || !vals) other++;
        else if (c.v === vals[0]) checked++;
        else unchecked++;
      }
    }
    if (other > 0 || (checked > 0 && unchecked > 0)) return null;
    return checked > 0;
  }
  private setChecked(method: string, on: boolean): this {
    this.t(method);
    this.eachExisting((c) => {
      const vals = this.checkboxValues(c.dv);
      if (vals) {
        c.v = (on ? vals[0] : vals[1]) as CellValue;
        c.f = '';
      }
    });
    this.sheet.contentChanged();
    return this;
  }
  check(): this {
    return this.setChecked('check', true);
  }
  uncheck(): this {
    return this.setChecked('uncheck', false);
  }

  // ---- merges ----------------------------------------------------------------------------------------------

  private addMerges(rects: Rect[]): void {
    const merges = this.sheet.merges;
    const mine = this.rect();
    for (const m of merges) {
      if (rectsIntersect(m, mine) && !rectInside(m, mine)) this.fail(MERGE_ERROR);
    }
    this.sheet.merges = merges.filter((m) => !rectInside(m, mine));
    for (const r of rects) {
      if (r.numRows === 1 && r.numCols === 1) continue;
      // Sheets keeps only the top-left value of a merged block.
      for (let i = 0; i < r.numRows; i++) {
        for (let j = 0; j < r.numCols; j++) {
          if (i === 0 && j === 0) continue;
          const c = this.sheet.cellAt(r.row + i, r.col + j);
          if (c) { c.v = ''; c.f = ''; }
        }
      }
      this.sheet.merges.push({ ...r });
    }
    this.sheet.contentChanged();
  }
  merge(): this {
    this.t('merge');
    this.addMerges([this.rect()]);
    return this;
  }
  mergeAcross(): this {
    this.t('mergeAcross');
    const rects: Rect[] = [];
    for (let i = 0; i < this.nr; i++) rects.push({ row: this.r0 + i, col: this.c0, numRows: 1, numCols: this.nc });
    this.addMerges(rects);
    return this;
  }
  mergeVertically(): this {
    this.t('mergeVertically');
    const rects: Rect[] = [];
    for (let j = 0; j < this.nc; j++) rects.push({ row: this.r0, col: this.c0 + j, numRows: this.nr, numCols: 1 });
    this.addMerges(rects);
    return this;
  }
  breakApart(): this {
    this.t('breakApart');
    const mine = this.rect();
    for (const m of this.sheet.merges) {
      if (rectsIntersect(m, mine) && !rectInside(m, mine)) this.fail(MERGE_ERROR);
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !rectInside(m, mine));
    return this;
  }
  getMergedRanges(): LocalRange[] {
    this.t('getMergedRanges');
    const mine = this.rect();
    return this.sheet.merges.filter((m) => rectsIntersect(m, mine)).map((m) => this.sheet.rangeAt(m));
  }
  isPartOfMerge(): boolean {
    this.t('isPartOfMerge');
    const mine = this.rect();
    return this.sheet.merges.some((m) => rectsIntersect(m, mine));
  }

  // ---- copy ------------------------------------------------------------------------------------------------

  /**
   * Range.copyTo(destination[, options | copyPasteType[, transposed]]): copies values, formulas (references moved
   * like Sheets does), formats, notes, validations and merges into a block the size of this range at the
   * destination's top-left cell.
   */
  copyTo(destination: LocalRange, optionsOrType?: unknown, transposed?: boolean): void {
    this.t('copyTo');
    if (transposed) this.fail('Локальная среда не поддерживает copyTo с транспонированием.');
    let contents = true;
    let formats = true;
    let validations = true;
    let merges = true;
    if (typeof optionsOrType === 'string') {
      contents = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_VALUES', 'PASTE_FORMULA'].includes(optionsOrType);
      formats = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT'].includes(optionsOrType);
      validations = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_DATA_VALIDATION'].includes(optionsOrType);
      merges = formats;
    } else if (optionsOrType && typeof optionsOrType === 'object') {
      const o = optionsOrType as { contentsOnly?: boolean; formatOnly?: boolean };
      if (o.contentsOnly) { formats = false; validations = false; merges = false; }
      if (o.formatOnly) { contents = false; validations = false; }
    }
    const valuesOnly = optionsOrType === 'PASTE_VALUES';
    const dest = destination.rect();
    const dSheet = destination.sheet;
    dSheet.ensureSize(dest.row + this.nr - 1, dest.col + this.nc - 1, this.env);
    const snapshot: (Cell | undefined)[][] = this.read((c) => c?.clone());
    const dRow = dest.row - this.r0;
    const dCol = dest.col - this.c0;
    for (let i = 0; i < this.nr; i++) {
      const rowArr = dSheet.rowArray(dest.row + i);
      for (let j = 0; j < this.nc; j++) {
        const src = snapshot[i][j];
        const idx = dest.col - 1 + j;
        let cell = rowArr[idx];
        if (!cell) {
          if (!src) continue;
          cell = new Cell();
          rowArr[idx] = cell;
        }
        if (contents) {
          if (src && src.f && !valuesOnly) {
            cell.f = shiftFormula(src.f, dRow, dCol);
            cell.v = src.v;
          } else {
            cell.f = '';
            cell.v = src ? src.v : '';
          }
        }
        if (formats) {
          cell.s = src?.s;
          cell.note = src?.note ?? '';
        }
        if (validations) cell.dv = src?.dv ?? null;
      }
    }
    if (merges) {
      const target: Rect = { row: dest.row, col: dest.col, numRows: this.nr, numCols: this.nc };
      const inside = this.sheet.merges.filter((m) => rectInside(m, this.rect()));
      dSheet.merges = dSheet.merges.filter((m) => !rectsIntersect(m, target));
      for (const m of inside) dSheet.merges.push({ ...m, row: m.row + dRow, col: m.col + dCol });
    }
    dSheet.contentChanged();
  }

  // ---- protection ------------------------------------------------------------------------------------------

  protect(): LocalProtection {
    this.t('protect');
    return this.sheet.addRangeProtectionInternal(this.rect());
  }

  toString(): string {
    return 'Range';
  }

  /** Column letters of this range's first column (helper for tests). */
  columnLetters(): string {
    return columnToLetters(this.c0);
  }
}

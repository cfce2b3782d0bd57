// Apps Script Spreadsheet: the ordered sheets, the active sheet, owner/editors, document properties and toasts.
import { parseA1, splitSheetRef } from './a1';
import { RuntimeEnv, DEFAULT_USER_EMAIL } from './env';
import { LocalUser, emailOf } from './protection';
import type { LocalProtection, ProtectionTypeName } from './protection';
import type { LocalRange } from './range';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, LocalSheet } from './sheet';
import { restrictToProduct } from './usedApi';

export interface SpreadsheetOptions {
  name?: string;
  id?: string;
  /** Sheets locale code, e.g. 'ru_RU' (default) or 'en_US'. */
  locale?: string;
  /** IANA zone; default 'Asia/Tomsk'. */
  timeZone?: string;
  ownerEmail?: string;
  /** Names of the sheets to start with; default one sheet named "Лист1" (ru) / "Sheet1". Pass [] for none. */
  sheetNames?: string[];
  /** When true, writing or getting a range past the sheet's size grows the sheet instead of failing. */
  autoGrow?: boolean;
  env?: RuntimeEnv;
}

/**
 * Sheets holds at most 10 million cells per spreadsheet, every tab's full grid counted (Google Drive Help, «Files you
 * can store in Google Drive»: spreadsheets up to 10 million cells). Past it Sheets refuses with this text (quoted
 * verbatim by public code that handles the error from Apps Script and the Sheets API).
 */
export const CELL_LIMIT = 10_000_000;
const CELL_LIMIT_MESSAGE = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

function randomId(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let s = '1';
  for (let i = 0; i < 43; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

export class LocalSpreadsheet {
  env: RuntimeEnv;
  name: string;
  id: string;
  locale: string;
  timeZone: string;
  ownerEmail: string;
  editors: string[] = [];
  viewers: string[] = [];
  autoGrow: boolean;
  /** Sheets' ceiling (CELL_LIMIT); a test may lift it to build a workbook the product cannot yet size to fit. */
  cellLimit = CELL_LIMIT;
  readonly documentProperties = new Map<string, string>();
  activeSheetInternal: LocalSheet | null = null;
  private sheets: LocalSheet[] = [];
  private sheetIdCounter = 0;
  private chartIdCounter = 0;

  /** `new LocalSpreadsheet('Name')` or `new LocalSpreadsheet({ name, locale, sheetNames, … })`. */
  constructor(nameOrOptions: string | SpreadsheetOptions = {}) {
    const options: SpreadsheetOptions = typeof nameOrOptions === 'string' ? { name: nameOrOptions } : nameOrOptions;
    this.env = options.env ?? new RuntimeEnv();
    this.name = options.name ?? 'Мониторинг наставничества';
    this.id = options.id ?? randomId();
    this.locale = options.locale ?? 'ru_RU';
    this.timeZone = options.timeZone ?? 'Asia/Tomsk';
    this.ownerEmail = options.ownerEmail ?? DEFAULT_USER_EMAIL;
    this.autoGrow = options.autoGrow ?? false;
    const names = options.sheetNames ?? [this.defaultSheetName(1)];
    for (const n of names) this.createSheetInternal(n, this.sheets.length);
    this.activeSheetInternal = this.sheets[0] ?? null;
  }

  // ---- internal, untracked --------------------------------------------------------------------------------

  private t(method: string, sheet: string | null = null): void {
    this.env.recorder.record('Spreadsheet', method, sheet);
  }

  private defaultSheetName(n: number): string {
    return (/^ru/i.test(this.locale) ? 'Лист' : 'Sheet') + n;
  }

  sheetsInternal(): readonly LocalSheet[] {
    return this.sheets;
  }

  /** Finds a sheet by name as Sheets does (exact first, then ignoring case); `except` is skipped. */
  findSheetInternal(name: string, except?: LocalSheet): LocalSheet | null {
    const exact = this.sheets.find((s) => s !== except && s.nameInternal() === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s !== except && s.nameInternal().toLowerCase() === lower) ?? null;
  }

  /** Adds a sheet without tracking or name checks (used by the loader and by insertSheet). */
  createSheetInternal(name: string, index: number, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS, sheetId?: number): LocalSheet {
    const id = sheetId ?? (this.sheets.length === 0 && this.sheetIdCounter === 0 ? 0 : this.nextSheetId());
    if (sheetId !== undefined) this.sheetIdCounter = Math.max(this.sheetIdCounter, sheetId);
    const sheet = new LocalSheet(this, name, id, rows, cols);
    const i = Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(i, 0, sheet);
    if (!this.activeSheetInternal) this.activeSheetInternal = sheet;
    return sheet;
  }

  /** Rows × columns of every tab's full grid. */
  gridCellsInternal(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxCols;
    return n;
  }

  /** Refuses, with Sheets' text, a change that would take the grid past 10 million cells. */
  checkGrowthInternal(extraCells: number): void {
    if (extraCells > 0 && this.gridCellsInternal() + extraCells > this.cellLimit) this.env.fail(CELL_LIMIT_MESSAGE);
  }

  private nextSheetId(): number {
    // Sheets gives new tabs large pseudo-random gids; a deterministic sequence keeps tests stable.
    this.sheetIdCounter += 1;
    return (this.sheetIdCounter * 100003) % 2147483647;
  }

  nextChartId(): number {
    this.chartIdCounter += 1;
    return this.chartIdCounter;
  }

  /** Moves a sheet to a 0-based position (used by the loader). */
  moveSheetInternal(sheet: LocalSheet, index: number): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
  }

  // ---- identity ---------------------------------------------------------------------------------------------

  getName(): string {
    this.t('getName');
    return this.name;
  }
  getId(): string {
    this.t('getId');
    return this.id;
  }
  getSpreadsheetLocale(): string {
    this.t('getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.t('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getEditors(): LocalUser[] {
    this.t('getEditors');
    const all = [this.ownerEmail, ...this.editors.filter((e) => e !== this.ownerEmail)];
    return all.map((e) => new LocalUser(e));
  }
  addEditor(emailOrUser: unknown): this {
    this.t('addEditor');
    const e = emailOf(emailOrUser);
    if (e !== this.ownerEmail && !this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  addEditors(emails: unknown[]): this {
    this.t('addEditors');
    for (const x of Array.isArray(emails) ? emails : []) {
      const e = emailOf(x);
      if (e !== this.ownerEmail && !this.editors.includes(e)) this.editors.push(e);
    }
    return this;
  }

  // ---- sheets -------------------------------------------------------------------------------------------------

  getSheets(): LocalSheet[] {
    this.t('getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.t('getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): LocalSheet | null {
    this.t('getSheetByName', String(name));
    return this.findSheetInternal(String(name));
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index), insertSheet(name, index, options),
   * insertSheet(options), insertSheet(index, options), insertSheet(name, options). The index is 0-based; without
   * one the sheet goes right after the active sheet. The new sheet becomes active.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): LocalSheet {
    let name: string | null = null;
    let index: number | null = null;
    let options: { template?: LocalSheet } | null = null;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: LocalSheet };
    }
    this.t('insertSheet', name);
    if (name !== null && name.trim() !== '' && this.findSheetInternal(name)) {
      this.env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === null || name.trim() === '') {
      let n = this.sheets.length + 1;
      while (this.findSheetInternal(this.defaultSheetName(n))) n++;
      name = this.defaultSheetName(n);
    }
    if (index !== null && (index < 0 || index > this.sheets.length)) {
      this.env.fail(`Sheet index out of range: ${index}`);
    }
    const active = this.activeSheetInternal;
    const pos = index ?? (active ? this.sheets.indexOf(active) + 1 : this.sheets.length);
    const template = options?.template instanceof LocalSheet ? options.template : null;
    // Google, insertSheet's advanced parameter `template`: «The sheet template must be one of the sheets of the
    // Spreadsheet object». The error Sheets gives is not published; the runtime refuses with the documentation's words.
    if (template && !this.sheets.includes(template))
      this.env.fail('The sheet template must be one of the sheets of the Spreadsheet object.');
    this.checkGrowthInternal(template ? template.maxRows * template.maxCols : DEFAULT_ROWS * DEFAULT_COLUMNS);
    const sheet = template ? template.copyOfInternal(this, name, pos) : this.createSheetInternal(name, pos);
    this.activeSheetInternal = sheet;
    return sheet;
  }
  deleteSheet(sheet: LocalSheet): void {
    this.t('deleteSheet', sheet?.nameInternal?.() ?? null);
    const i = this.sheets.indexOf(sheet);
    if (i < 0) this.env.fail('Sheet not found.');
    if (this.sheets.length === 1) this.env.fail("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.activeSheetInternal === sheet) {
      this.activeSheetInternal = this.sheets[Math.min(i, this.sheets.length - 1)];
    }
  }
  getActiveSheet(): LocalSheet {
    this.t('getActiveSheet');
    return this.activeSheetOrFirst();
  }
  activeSheetOrFirst(): LocalSheet {
    if (!this.activeSheetInternal) this.env.fail('The spreadsheet has no sheets.');
    return this.activeSheetInternal;
  }
  setActiveSheet(sheet: LocalSheet, _restoreSelection?: boolean): LocalSheet {
    this.t('setActiveSheet', sheet?.nameInternal?.() ?? null);
    if (!this.sheets.includes(sheet)) this.env.fail('Sheet not found.');
    this.activeSheetInternal = sheet;
    return sheet;
  }
  getActiveRange(): LocalRange {
    this.t('getActiveRange');
    return this.activeSheetOrFirst().rangeAt(this.activeSheetOrFirst().activeRange ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  /** getRange("A1:B2") on the active sheet or getRange("'Sheet name'!A1:B2"). */
  getRange(a1: string): LocalRange {
    this.t('getRange');
    const { sheet, a1: local } = splitSheetRef(String(a1));
    const target = sheet === null ? this.activeSheetOrFirst() : this.findSheetInternal(sheet);
    if (!target) this.env.fail('Range not found');
    const rect = parseA1(local, target.maxRows, target.maxCols);
    if (!rect) this.env.fail('Range not found');
    return target.rangeChecked(rect.row, rect.col, rect.numRows, rect.numCols);
  }
  getProtections(type: ProtectionTypeName): LocalProtection[] {
    this.t('getProtections');
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === String(type)));
  }

  // ---- ui --------------------------------------------------------------------------------------------------

  /** Shows a toast (recorded in the runtime's `toasts`). */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.t('toast');
    const record = {
      message: String(msg),
      title: title === undefined || title === null ? null : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? null : Number(timeoutSeconds),
    };
    this.env.toasts.push(record);
    if (this.env.onToast) this.env.onToast(record.message, record.title);
  }

  toString(): string {
    return 'Spreadsheet';
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalSpreadsheet.prototype, 'Spreadsheet');

// The Sheets advanced service (Sheets API v4 through Apps Script) as far as the product calls it: the tab titles and batchGet.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnToLetters, parseA1, quoteSheetName, type Rect, splitSheetRef } from './a1';
import type { RuntimeEnv } from './env';
import { outValue } from './rangeCore';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import { type CellValue, dateToSerial, displayValue, isDate } from './values';

/**
 * An advanced service the manifest enables (Google, «Manifest structure», dependencies.enabledAdvancedServices:
 * serviceId as in the API's discovery document, userSymbol the name the code calls it by, version).
 * https://developers.google.com/apps-script/manifest/dependencies
 */
export interface EnabledAdvancedService {
  serviceId: string;
  userSymbol: string;
  version: string;
}

/** The advanced services the project's appsscript.json enables ([] without a manifest or without any). */
export function advancedServicesOf(distDir: string): EnabledAdvancedService[] {
  const file = join(distDir, 'appsscript.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: { enabledAdvancedServices?: unknown } };
  const services = manifest.dependencies?.enabledAdvancedServices;
  return Array.isArray(services) ? (services as EnabledAdvancedService[]) : [];
}

/**
 * The scopes either method accepts (Sheets API reference, spreadsheets.values.batchGet and spreadsheets.get,
 * «Authorization scopes»): spreadsheets.currentonly is not among them, so the default manifest cannot call them.
 */
const SHEETS_API_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
];

/**
 * The one field mask of spreadsheets.get the product asks for: each tab's title and id, in their order. The API's
 * SheetProperties.sheetId is the id Sheet.getSheetId() gives (Apps Script reference: «the ID of the sheet … the same
 * as the gid in the URL»; Sheets API SheetProperties: «sheetId: the ID of the sheet»).
 */
const TITLES_FIELDS = 'sheets.properties(title,sheetId)';

type RenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
type DateTimeOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

interface BatchGetArgs {
  ranges?: string[] | string;
  valueRenderOption?: RenderOption;
  dateTimeRenderOption?: DateTimeOption;
  majorDimension?: 'ROWS' | 'COLUMNS';
}

/**
 * An error as Apps Script throws it from an advanced service: a GoogleJsonResponseException whose message is «API call to
 * <method> failed with error: <the API's message>» (the text public code quotes, e.g. «API call to
 * sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Master Sheet fail»; gas-fakes' advanced
 * Sheets: «API call to sheets.spreadsheets.get failed with error: Requested entity was not found.»).
 */
function apiFailure(env: RuntimeEnv, method: string, message: string): never {
  const err = new env.errorCtor(`API call to ${method} failed with error: ${message}`);
  err.name = 'GoogleJsonResponseException';
  throw err;
}

/** The checks every call makes before it reads: the scope the manifest grants, then the spreadsheet's id. */
function admit(env: RuntimeEnv, ss: LocalSpreadsheet, method: string, spreadsheetId: unknown): void {
  // Google, concepts/scopes, «Setting explicit scopes»: a manifest that lists its scopes gets only those; the API then
  // answers 403 with its standard text.
  if (env.manifestScopes && !env.manifestScopes.some((s) => SHEETS_API_SCOPES.includes(s))) {
    apiFailure(env, method, 'Request had insufficient authentication scopes.');
  }
  if (spreadsheetId !== ss.id) apiFailure(env, method, 'Requested entity was not found.');
}

/** A range of the request: a sheet's name alone (all its cells) or `'Sheet'!A1:B2`, resolved to the sheet and a rectangle. */
function resolveRange(ss: LocalSpreadsheet, range: string): { sheet: LocalSheet; rect: Rect | null } | null {
  const { sheet: named, a1 } = splitSheetRef(range);
  const whole = named === null;
  const name = whole ? a1.replace(/^'(.*)'$/s, (_, n: string) => n.replace(/''/g, "'")) : named;
  const sheet = ss.sheetsInternal().find((s) => s.nameInternal() === name);
  if (!sheet) return null;
  if (whole) return { sheet, rect: null };
  const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
  return rect ? { sheet, rect } : null;
}

/** One cell as the API renders it (ValueRenderOption, DateTimeRenderOption), from what getValues would give for it. */
function rendered(ss: LocalSpreadsheet, sheet: LocalSheet, row: number, col: number, args: BatchGetArgs): CellValue {
  const cell = sheet.cellAt(row, col);
  if (!cell) return '';
  const value = outValue(cell, ss.timeZone);
  const render = args.valueRenderOption ?? 'FORMATTED_VALUE';
  const shown = () => displayValue(value, cell.s?.numberFormat, { locale: ss.locale, timeZone: ss.timeZone });
  if (render === 'FORMATTED_VALUE') return shown();
  if (render === 'FORMULA') throw new Error('Sheets.Spreadsheets.Values.batchGet: FORMULA is not imitated by the local runtime');
  if (!isDate(value)) return value;
  // DateTimeRenderOption: SERIAL_NUMBER (the default) gives days since 30 December 1899; FORMATTED_STRING the text
  // of the cell's number format.
  return (args.dateTimeRenderOption ?? 'SERIAL_NUMBER') === 'SERIAL_NUMBER' ? dateToSerial(value, ss.timeZone) : shown();
}

/**
 * One ValueRange: `range` names the whole requested range, `values` leaves out trailing empty rows and cells, and is
 * absent when nothing is left (Sheets API reference, ValueRange: «For output, empty trailing rows and columns will not
 * be included»).
 */
function valueRange(ss: LocalSpreadsheet, sheet: LocalSheet, asked: Rect | null, args: BatchGetArgs) {
  const rect = asked ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
  const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.lastRowInternal());
  const lastCol = Math.min(rect.col + rect.numCols - 1, sheet.lastColumnInternal());
  let rows: CellValue[][] = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const row: CellValue[] = [];
    for (let c = rect.col; c <= lastCol; c++) row.push(rendered(ss, sheet, r, c, args));
    while (row.length && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const majorDimension = args.majorDimension ?? 'ROWS';
  if (majorDimension === 'COLUMNS') rows = transposed(rows);
  const end = `${columnToLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
  const range = `${quoteSheetName(sheet.nameInternal())}!${columnToLetters(rect.col)}${rect.row}:${end}`;
  return rows.length ? { range, majorDimension, values: rows } : { range, majorDimension };
}

function transposed(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out = Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? ''));
  for (const col of out) while (col.length && col[col.length - 1] === '') col.pop();
  return out;
}

/**
 * spreadsheets.values.batchGet: «Returns one or more ranges of values from a spreadsheet»; the ValueRanges come «in the
 * same order as the requested ranges». A range that names no sheet fails the whole call with «Unable to parse range».
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 */
function batchGet(env: RuntimeEnv, ss: LocalSpreadsheet, spreadsheetId: unknown, args: BatchGetArgs = {}) {
  env.recorder.record('Sheets.Spreadsheets.Values', 'batchGet', null);
  const method = 'sheets.spreadsheets.values.batchGet';
  admit(env, ss, method, spreadsheetId);
  const ranges = typeof args.ranges === 'string' ? [args.ranges] : (args.ranges ?? []);
  const resolved = ranges.map((range) => resolveRange(ss, String(range)) ?? apiFailure(env, method, `Unable to parse range: ${range}`));
  return { spreadsheetId: ss.id, valueRanges: resolved.map(({ sheet, rect }) => valueRange(ss, sheet, rect, args)) };
}

/** spreadsheets.get with the one field mask the product uses: the tabs' titles in their order, in one call. */
function getSpreadsheet(env: RuntimeEnv, ss: LocalSpreadsheet, spreadsheetId: unknown, args: { fields?: string } = {}) {
  env.recorder.record('Sheets.Spreadsheets', 'get', null);
  admit(env, ss, 'sheets.spreadsheets.get', spreadsheetId);
  if (args.fields !== TITLES_FIELDS) {
    throw new Error(`Sheets.Spreadsheets.get: only fields «${TITLES_FIELDS}» is imitated by the local runtime`);
  }
  return { sheets: ss.sheetsInternal().map((s) => ({ properties: { title: s.nameInternal(), sheetId: s.sheetId } })) };
}

/** The `Sheets` global of a project that enables the service: Sheets.Spreadsheets.get and Sheets.Spreadsheets.Values.batchGet. */
export function createAdvancedSheets(env: RuntimeEnv, ss: () => LocalSpreadsheet): Record<string, unknown> {
  return {
    Spreadsheets: {
      get: (spreadsheetId: unknown, args?: { fields?: string }) => getSpreadsheet(env, ss(), spreadsheetId, args),
      Values: {
        batchGet: (spreadsheetId: unknown, args?: BatchGetArgs) => batchGet(env, ss(), spreadsheetId, args),
      },
    },
  };
}

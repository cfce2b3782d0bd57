// «Large region» reading: every tab's values through the Sheets advanced service in a few batchGet calls, as getValues gives them.
import type { CellValue } from '../domain/model';
import type { TabValues } from './analyze';

type SheetsApi = GoogleAppsScript.Sheets;

/**
 * The Sheets advanced service when this deployment enables it (appsscript.large.json), else null: without it nothing of
 * the ordinary reading changes. Google, «Advanced Sheets Service»: it «must be enabled before use», and it «uses the same
 * objects, methods, and parameters as the public API» (developers.google.com/apps-script/advanced/sheets).
 */
export function advancedSheets(): SheetsApi | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

/**
 * The titles of all tabs in their order with each tab's id, in one call (spreadsheets.get with a field mask, instead of
 * a getName and a getSheetId call per tab: at 2 000 tabs those alone could fill a run). The ids serve the links the
 * written tabs make to unit tabs.
 */
export function tabTitles(api: SheetsApi, spreadsheetId: string): { titles: string[]; ids: Map<string, number> } {
  const answer = api.Spreadsheets!.get(spreadsheetId, { fields: 'sheets.properties(title,sheetId)' });
  const tabs = (answer.sheets ?? []).map((s) => ({ title: String(s.properties?.title ?? ''), id: Number(s.properties?.sheetId) }));
  return { titles: tabs.map((t) => t.title), ids: new Map(tabs.map((t) => [t.title, t.id])) };
}

/**
 * How much of a request's URL the ranges may take. batchGet is an HTTP GET whose ranges are query parameters (Sheets API
 * reference, spreadsheets.values.batchGet: `GET …/values:batchGet`, «ranges[]» in the query). Google publishes no URL
 * limit for it (its limits page says there is «no hard size limit» and recommends «a 2 MB maximum payload»,
 * developers.google.com/workspace/sheets/api/limits); a public report met a refusal at about 20 000 characters of
 * ranges and split them (github.com/dust-tt/dust/pull/4042). An ESTIMATE kept well below that: 12 000 characters, about
 * 230 tabs named «Район 0001» or 85 named like «Александровский район» per call. The same limits page allows 60 read
 * requests a minute per user: 2 000 tabs take 17 calls, about 50 with long names.
 */
export const URL_RANGES_BUDGET = 12_000;

/** The A1 range of a whole tab: its name in single quotes, a quote inside doubled (Sheets API guide, «A1 notation»). */
export function wholeTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Splits names into consecutive chunks whose encoded ranges fit URL_RANGES_BUDGET (at least one name a chunk). */
export function rangeChunks(names: string[], budget = URL_RANGES_BUDGET): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let used = 0;
  for (const name of names) {
    const cost = '&ranges='.length + encodeURIComponent(wholeTab(name)).length;
    if (chunk.length && used + cost > budget) {
      chunks.push(chunk);
      chunk = [];
      used = 0;
    }
    chunk.push(name);
    used += cost;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** 30 December 1899, day 0 of Sheets' serial dates (Sheets API, DateTimeRenderOption SERIAL_NUMBER). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A serial date as the domain's calendar date: the wall-clock reading in a Date's UTC fields, to the second — exactly what
 * calendarDates makes of getValues' Date (Utilities.formatDate to the second). A serial number is already the wall clock
 * of the spreadsheet, so no time zone enters.
 */
export function dateFromSerial(serial: number): Date {
  const ms = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  return new Date(Math.floor(ms / 1000) * 1000);
}

/**
 * One tab's grid as getValues gives it, from the same tab read twice with UNFORMATTED_VALUE: with SERIAL_NUMBER (dates
 * as numbers) and with FORMATTED_STRING (dates, times and durations as text, every other value unchanged). A number in
 * the first that is text in the second is a date cell. The API leaves out trailing empty rows and cells (ValueRange,
 * «values»); rows are padded with '' to the widest, as getValues' rectangle. Numbers, booleans and text pass unchanged.
 */
function gridFromApi(serial: unknown[][] = [], formatted: unknown[][] = []): CellValue[][] {
  const width = serial.reduce((w, row) => Math.max(w, row.length), 0);
  return serial.map((row, r) =>
    Array.from({ length: width }, (_, c): CellValue => {
      const v = row[c];
      if (v === undefined || v === null) return '';
      if (typeof v === 'number' && typeof formatted[r]?.[c] === 'string') return dateFromSerial(v);
      return v as CellValue;
    }),
  );
}

/** One chunk of tabs in two batchGet calls (the ValueRanges come «in the same order as the requested ranges»). */
function readChunk(api: SheetsApi, spreadsheetId: string, names: string[]): TabValues[] {
  const ask = (dateTimeRenderOption: 'SERIAL_NUMBER' | 'FORMATTED_STRING') =>
    api.Spreadsheets!.Values!.batchGet(spreadsheetId, {
      ranges: names.map(wholeTab),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption,
      majorDimension: 'ROWS',
    }).valueRanges ?? [];
  const serial = ask('SERIAL_NUMBER');
  const formatted = ask('FORMATTED_STRING');
  return names.map((name, i) => ({ name, values: gridFromApi(serial[i]?.values, formatted[i]?.values) }));
}

/**
 * Reads the named tabs chunk by chunk while `fits(ms)` says another chunk taking as long as the last one still fits the
 * run — but always one chunk, so a run always gets further. The tabs read are a prefix of `names`, in its order.
 */
export function readBatched(api: SheetsApi, spreadsheetId: string, names: string[], fits: (chunkMs: number) => boolean): TabValues[] {
  const read: TabValues[] = [];
  let lastMs = 0;
  for (const chunk of rangeChunks(names)) {
    if (read.length && !fits(lastMs)) break;
    const started = Date.now();
    read.push(...readChunk(api, spreadsheetId, chunk));
    lastMs = Date.now() - started;
  }
  return read;
}

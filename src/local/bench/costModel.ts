// The per-call cost model that turns counted Apps Script service calls into a modelled run time, with its sources.
import { CALL_KINDS, CallKind } from '../runtime';

/**
 * Assumed cost of one call of each kind in real Apps Script, in milliseconds. These are assumptions, not measurements of
 * this product: they sit in the 100–300 ms range published for a Sheets round trip (getValues/setValues) and tens of ms
 * for cheap metadata calls; docs/benchmark.md explains each figure and its source.
 */
export const COST_MS: Record<CallKind, number> = {
  read: 150,
  write: 200,
  format: 150,
  structure: 250,
  meta: 30,
  flush: 500,
  ui: 50,
};

/** Where the figures come from (printed with the report and written to the JSON). */
export const COST_SOURCES: string[] = [
  'Google, Apps Script «Best practices»: calls to other services (Sheets…) are far slower than JavaScript; batch reads and writes, do not alternate them — https://developers.google.com/apps-script/guides/support/best-practices',
  'Google Apps Script blog, «Optimizing Spreadsheet Operations» (2010): look-ahead read cache and write cache; every read first commits pending writes — http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
  'Google, «Custom Functions in Google Sheets», Optimization: each custom-function cell is a separate call to the Apps Script server; pass ranges — https://developers.google.com/apps-script/guides/sheets/functions',
  'Google, «Quotas for Google Services»: script runtime 6 min per execution (consumer accounts), custom functions 30 s — https://developers.google.com/apps-script/guides/services/quotas',
  'Stack Overflow answer «What is faster: ScriptDb or SpreadsheetApp?» (mirror): one setValues of 4 000 cells <50 ms, with flush() 610 ms; cell by cell two orders of magnitude slower — https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
  'L. Peralta, «Google Apps Script APIs performance» (100 runs): PropertiesService get ≈30 ms, set ≈62 ms — the floor of a service round trip — https://ziritione.org/post/apps_script_performance',
];

/** Apps Script stops a run at 6 minutes; past 5 modelled minutes a run needs a continuation (chunks or one batch read). */
export const RUN_LIMIT_MS = 6 * 60_000;
export const CONTINUATION_THRESHOLD_MS = 5 * 60_000;

/** Modelled milliseconds of a set of counts by kind. */
export function modelledMs(byKind: Partial<Record<CallKind, number>>): number {
  return CALL_KINDS.reduce((sum, k) => sum + (byKind[k] ?? 0) * COST_MS[k], 0);
}

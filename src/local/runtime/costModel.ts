// The per-call cost model that turns the ordered log of Apps Script service calls into a modelled run time, with its sources.
import type { CallKind } from './calls';

/** Which end of each constant's range the model uses: the cheapest published figure, the central one, the slowest. */
export type CostCase = 'low' | 'base' | 'high';
export const COST_CASES: readonly CostCase[] = ['low', 'base', 'high'];

/** One set of constants: milliseconds per call by kind, for sending the queued writes once, and per cell written. */
export interface CostConstants {
  callMs: Record<CallKind, number>;
  commitMs: number;
  /** The volume term: milliseconds per cell a write or format call covers, on top of the call itself. */
  cellMs: number;
}

/**
 * Each constant with its source, or the plain statement that none exists and the bound chosen instead (low / base / high).
 * - read 100 / 150 / 300: the brief's 100–300 ms round trip; the one published per-call figure for a metadata read
 *   (getLastRow) is about 160 ms, inside it.
 * - write, format 7 / 50 / 100 (queued): Google's best-practices page bounds a queued call at ≤ 7 ms (10 000
 *   setBackgroundColor calls with 100 flushes ≈ 70 s); a Stack Overflow measurement gives < 50 ms for one 4 000-cell
 *   setValues. No source for the high figure: it is twice the measured one.
 * - commit 600 / 600 / 700: the same two sources give 0,6–0,7 s per flush (610 ms measured, ≤ 0,7 s from 70 s / 100).
 * - flush 150 / 150 / 500: a flush with nothing queued is a round trip; 500 is the no-cache round trip of this model.
 * - structure 100 / 250 / 500: NO published figure (insertSheet, deleteSheet, protect…); bounded around a round trip.
 * - meta 30 / 30 / 150: Peralta measured ≈ 30 ms for the cheapest service call (PropertiesService get); issue 24 puts a
 *   metadata call on a large workbook at 120–150 ms. No Google figure.
 * - ui 50 / 50 / 200: NO published figure (toasts, alerts, menus); bounded.
 * - api 500 / 1 000 / 3 000: one call of the Sheets advanced service (Sheets API v4: batchGet of a chunk of tabs, or
 *   spreadsheets.get of the tab titles). NO published latency: an ESTIMATE, bounded from below by the read round trip
 *   above and from above by a whole-payload transfer (each call carries at most what Google's limits page recommends as
 *   a request's maximum, 2 MB — developers.google.com/workspace/sheets/api/limits). Every figure quoted for the «large
 *   region» mode is given under the high bound.
 * - Volume, per cell a write or format call covers, 0 / 0,0125 / 0,1 ms: Google's example bounds it from above — one
 *   setBackgrounds of 10 000 cells took about 1 s in all, call and flush included, so at most 0,1 ms a cell (high); the
 *   Stack Overflow measurement, one setValues of 4 000 cells in < 50 ms, gives at most 0,0125 ms a cell (base); the low
 *   case takes none beyond the call. Reads are not charged by volume: no source gives a per-cell read cost.
 */
export const COST_CONSTANTS: Record<CostCase, CostConstants> = {
  low: {
    callMs: { read: 100, write: 7, format: 7, structure: 100, meta: 30, flush: 150, ui: 50, api: 500 },
    commitMs: 600,
    cellMs: 0,
  },
  base: {
    callMs: { read: 150, write: 50, format: 50, structure: 250, meta: 30, flush: 150, ui: 50, api: 1000 },
    commitMs: 600,
    cellMs: 0.0125,
  },
  high: {
    callMs: { read: 300, write: 100, format: 100, structure: 500, meta: 150, flush: 500, ui: 200, api: 3000 },
    commitMs: 700,
    cellMs: 0.1,
  },
};

/** The volume term of one call: its cells at the case's cost per cell, for the kinds that write (queued) only. */
export function volumeMs(kind: CallKind, cells: number, costs: CostConstants): number {
  return QUEUED_KINDS.has(kind) ? cells * costs.cellMs : 0;
}

/**
 * Central model: Sheets' write-back cache. Writes and formatting are queued at a small cost each; the queue is sent
 * (committed) once, when something needs the sheet as it is — a read, a flush, a structural change, a message to the
 * screen — or when the run ends. Everything else is one round trip per call. docs/benchmark.md explains each figure.
 */
export const CALL_MS: Record<CallKind, number> = COST_CONSTANTS.base.callMs;

/** Sending the queued writes to the sheet: one round trip that carries them all. */
export const COMMIT_MS = COST_CONSTANTS.base.commitMs;

/** Kinds that wait in the write-back cache. */
export const QUEUED_KINDS: ReadonlySet<CallKind> = new Set<CallKind>(['write', 'format']);

/** Kinds that need the queued writes committed before they run (for structure and ui an assumption, the costly side). */
export const COMMITS_FIRST: ReadonlySet<CallKind> = new Set<CallKind>(['read', 'flush', 'structure', 'ui']);

/** Without the cache: every call a full round trip of its own and nothing queued (the first version of this model). */
export const ROUND_TRIP_MS: Record<CallKind, number> = {
  read: 150,
  write: 200,
  format: 150,
  structure: 250,
  meta: 30,
  flush: 500,
  ui: 50,
  api: 1000,
};

/** Where the figures come from (printed with the report and written to the JSON). */
export const COST_SOURCES: string[] = [
  'Google, Apps Script «Best practices»: batch reads and writes, do not alternate them; 10 000 setBackgroundColor calls with a flush after each row of 100 take about 70 s, one setBackgrounds of the same 10 000 cells about 1 s (≤ 7 ms a queued call, ≤ 0,7 s a flush) — https://developers.google.com/apps-script/guides/support/best-practices',
  'Google Apps Script blog, «Optimizing Spreadsheet Operations» (2010): look-ahead read cache and write cache; every read first commits pending writes — http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
  'Stack Overflow answer «What is faster: ScriptDb or SpreadsheetApp?» (mirror): one setValues of 4 000 cells <50 ms, with flush() 610 ms; cell by cell two orders of magnitude slower — https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
  'L. Peralta, «Google Apps Script APIs performance» (100 runs): PropertiesService get ≈30 ms, set ≈62 ms — the floor of a service round trip — https://ziritione.org/post/apps_script_performance',
  'Google, «Custom Functions in Google Sheets», Optimization: each custom-function cell is a separate call to the Apps Script server; pass ranges — https://developers.google.com/apps-script/guides/sheets/functions',
  'Google, «Quotas for Google Services»: script runtime 6 min per execution (consumer accounts), custom functions 30 s — https://developers.google.com/apps-script/guides/services/quotas',
  'Google, Sheets API «Usage limits»: no hard size limit for a request, a 2 MB maximum payload recommended, 60 read requests per minute per user per project; no latency figure (the «api» cost is an estimate) — https://developers.google.com/workspace/sheets/api/limits',
];

/** Apps Script stops a run at 6 minutes; past 5 modelled minutes a run needs a continuation (chunks or one batch read). */
export const CONTINUATION_THRESHOLD_MS = 5 * 60_000;

export interface ModelledTime {
  /** Central model, write-back cache included. */
  ms: number;
  /** How many times the queued writes were sent (each COMMIT_MS). */
  commits: number;
  /** Every call a full round trip (ROUND_TRIP_MS), nothing queued: the model without the write-back cache. */
  noCacheMs: number;
}

/** Models one Apps Script execution from its calls in the order they were made. */
export function modelRun(
  events: ReadonlyArray<{ kind: CallKind; cells?: number }>,
  costs: CostConstants = COST_CONSTANTS.base,
): ModelledTime {
  let ms = 0;
  let commits = 0;
  let noCacheMs = 0;
  let queued = false;
  for (const { kind, cells = 0 } of events) {
    if (queued && COMMITS_FIRST.has(kind)) {
      ms += costs.commitMs;
      commits++;
      queued = false;
    }
    ms += costs.callMs[kind] + volumeMs(kind, cells, costs);
    noCacheMs += ROUND_TRIP_MS[kind];
    if (QUEUED_KINDS.has(kind)) queued = true;
  }
  if (queued) {
    ms += costs.commitMs;
    commits++;
  }
  return { ms, commits, noCacheMs };
}

/** The figures as one JSON-ready object. */
export function costModelDescription() {
  return {
    cases: COST_CONSTANTS,
    msPerCall: CALL_MS,
    commitMs: COMMIT_MS,
    queuedKinds: [...QUEUED_KINDS],
    commitsFirst: [...COMMITS_FIRST],
    noCacheMsPerCall: ROUND_TRIP_MS,
    continuationThresholdMs: CONTINUATION_THRESHOLD_MS,
    sources: COST_SOURCES,
  };
}

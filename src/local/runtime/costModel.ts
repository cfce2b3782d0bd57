// The per-call cost model that turns the ordered log of Apps Script service calls into a modelled run time, with its sources.
import type { CallKind } from './calls';

/**
 * Central model: Sheets' write-back cache. Writes and formatting are queued at a small cost each; the queue is sent
 * (committed) once, when something needs the sheet as it is — a read, a flush, a structural change, a message to the
 * screen — or when the run ends. Everything else is one round trip per call. docs/benchmark.md explains each figure.
 */
export const CALL_MS: Record<CallKind, number> = {
  read: 150,
  write: 50,
  format: 50,
  structure: 250,
  meta: 30,
  flush: 150,
  ui: 50,
};

/** Sending the queued writes to the sheet: one round trip that carries them all. */
export const COMMIT_MS = 600;

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
};

/** Where the figures come from (printed with the report and written to the JSON). */
export const COST_SOURCES: string[] = [
  'Google, Apps Script «Best practices»: batch reads and writes, do not alternate them; 10 000 setBackgroundColor calls with a flush after each row of 100 take about 70 s, one setBackgrounds of the same 10 000 cells about 1 s (≤ 7 ms a queued call, ≤ 0,7 s a flush) — https://developers.google.com/apps-script/guides/support/best-practices',
  'Google Apps Script blog, «Optimizing Spreadsheet Operations» (2010): look-ahead read cache and write cache; every read first commits pending writes — http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
  'Stack Overflow answer «What is faster: ScriptDb or SpreadsheetApp?» (mirror): one setValues of 4 000 cells <50 ms, with flush() 610 ms; cell by cell two orders of magnitude slower — https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
  'L. Peralta, «Google Apps Script APIs performance» (100 runs): PropertiesService get ≈30 ms, set ≈62 ms — the floor of a service round trip — https://ziritione.org/post/apps_script_performance',
  'Google, «Custom Functions in Google Sheets», Optimization: each custom-function cell is a separate call to the Apps Script server; pass ranges — https://developers.google.com/apps-script/guides/sheets/functions',
  'Google, «Quotas for Google Services»: script runtime 6 min per execution (consumer accounts), custom functions 30 s — https://developers.google.com/apps-script/guides/services/quotas',
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
export function modelRun(events: ReadonlyArray<{ kind: CallKind }>): ModelledTime {
  let ms = 0;
  let commits = 0;
  let noCacheMs = 0;
  let queued = false;
  for (const { kind } of events) {
    if (queued && COMMITS_FIRST.has(kind)) {
      ms += COMMIT_MS;
      commits++;
      queued = false;
    }
    ms += CALL_MS[kind];
    noCacheMs += ROUND_TRIP_MS[kind];
    if (QUEUED_KINDS.has(kind)) queued = true;
  }
  if (queued) {
    ms += COMMIT_MS;
    commits++;
  }
  return { ms, commits, noCacheMs };
}

/** The figures as one JSON-ready object. */
export function costModelDescription() {
  return {
    msPerCall: CALL_MS,
    commitMs: COMMIT_MS,
    queuedKinds: [...QUEUED_KINDS],
    commitsFirst: [...COMMITS_FIRST],
    noCacheMsPerCall: ROUND_TRIP_MS,
    continuationThresholdMs: CONTINUATION_THRESHOLD_MS,
    sources: COST_SOURCES,
  };
}

// Runs the bundle's menu actions on a generated workbook and measures calls by kind, call order, modelled and local time, memory.
import { performance } from 'node:perf_hooks';
import type { Settings } from '../../domain/model';
import type { ReportValues } from '../../workbook/importer';
import { SETTINGS_TAB } from '../../workbook/settingsTab';
import { unitRows } from '../../workbook/unitTab';
import { asGasSpreadsheet, CALL_KINDS, type CallEvent, type CallKind, LocalSpreadsheet } from '../runtime';
import { openSession, type Session } from '../session';
import { COST_CASES, COST_CONSTANTS, type CostCase, modelRun } from '../runtime/costModel';

type KindCounts = Record<CallKind, number> & { total: number };

/** Memory seen while a run was going on, sampled every few hundred service calls. */
class MemorySampler {
  peakRss = 0;
  peakHeapUsed = 0;
  private n = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
  }
  /** Called on every recorded call; samples one call in 256. */
  tick(): void {
    if ((++this.n & 255) === 0) this.sample();
  }
  reset(): void {
    this.peakRss = 0;
    this.peakHeapUsed = 0;
    this.sample();
  }
}

export interface BenchSession extends Session {
  ss: LocalSpreadsheet;
  memory: MemorySampler;
  /** Wall time of setup, tab creation and filling (not part of the measured runs). */
  setupMs: number;
}

/** A workbook set up and filled through the bundle's globals exactly as test/helpers/bundle.ts workbookSession does. */
export function benchSession(settings: Settings, reports: Record<string, ReportValues>): BenchSession {
  const memory = new MemorySampler();
  const ss = new LocalSpreadsheet('Бенчмарк');
  const started = performance.now();
  const session = openSession(ss, () => memory.sample());
  const recorder = session.runtime.env.recorder;
  const record = recorder.record.bind(recorder);
  recorder.record = (target: string, method: string, sheet: string | null) => {
    record(target, method, sheet);
    memory.tick();
  };
  session.globals.setupWorkbookWith_(settings);
  // «Создать вкладки» stops before Apps Script's 6 minutes on a large list; clicking again carries on.
  while (session.globals.createTabs().pending);
  // Typing in the coordinators' figures stands for weeks of their work, not one run: the 6-minute stop is lifted for it.
  session.runtime.timeLimits = false;
  session.globals.fillReports_(reports);
  session.runtime.timeLimits = true;
  session.runtime.resetCalls();
  return { ...session, ss, memory, setupMs: performance.now() - started };
}

const MUTATING: ReadonlySet<CallKind> = new Set<CallKind>(['write', 'format', 'structure']);

function emptyCounts(): KindCounts {
  return { read: 0, write: 0, format: 0, structure: 0, meta: 0, flush: 0, ui: 0, api: 0, total: 0 };
}

function countKinds(events: readonly CallEvent[]): KindCounts {
  const c = emptyCounts();
  for (const e of events) {
    c[e.kind]++;
    c.total++;
  }
  return c;
}

const describeEvent = (e: CallEvent) => `#${e.seq} ${e.target}.${e.method}${e.sheet ? ` («${e.sheet}»)` : ''}`;

/** One Apps Script execution: a menu click, or one continuation run of a chunked build. */
interface RunMeasure {
  /** The global that ran, e.g. buildSummary or continueRun. */
  global: string;
  ok: boolean;
  /** The run handed over to a next run (a large workbook read in chunks). */
  pending: boolean;
  /** The exception the global threw, if any (the run is then counted up to the failure). */
  error: string | null;
  message: string;
  calls: KindCounts;
  /** Calls by `Target.method`, largest first. */
  byMethod: Record<string, number>;
  /** getValues/getSheetValues/getValue/getFormulas… — every kind-`read` call. */
  reads: number;
  /** Calls on tabs named after a unit, and on every other tab or service. */
  unitTabCalls: KindCounts;
  otherCalls: KindCounts;
  /** The reading stage: every call before the first write/format/structure call. */
  beforeFirstChange: KindCounts;
  readsAfterFirstWrite: number;
  flushesAfterFirstWrite: number;
  /** Stricter: after the first write, format or structure call. */
  readsAfterFirstChange: number;
  flushesAfterFirstChange: number;
  /** The first few offending calls (reads or flushes after the first change), for the report. */
  offenders: string[];
  /** Central model (write-back cache), see costModel.ts. */
  modelledMs: number;
  /** Times the queued writes were sent to the sheet. */
  commits: number;
  /** The same calls charged at the low, base and high constants (costModel.ts). */
  modelledByCase: Record<CostCase, number>;
  /** Every call a full round trip, nothing queued (the model without the write-back cache). */
  noCacheMs: number;
  modelledReadStageMs: number;
  wallMs: number;
  peakRssMB: number;
  peakHeapUsedMB: number;
}

/** A menu action with every continuation run it needed; the totals add the runs up (peaks take the largest). */
export interface ActionMeasure extends Omit<RunMeasure, 'global' | 'pending' | 'error'> {
  action: string;
  runs: RunMeasure[];
  /** False when the last run still said `pending` and no continuation global was found (or the run limit was hit). */
  complete: boolean;
}

const MB = 1024 * 1024;

/** The globals the benchmark runs, each with no arguments as a menu click or the progress sidebar calls it. */
type MeasuredGlobal = 'checkData' | 'buildSummary' | 'continueRun';

/** Globals that continue a chunked action, first found wins (the progress sidebar calls them in Sheets). */
const CONTINUATIONS: Partial<Record<MeasuredGlobal, MeasuredGlobal[]>> = {
  buildSummary: ['continueRun'],
  checkData: ['continueRun'],
};
const MAX_RUNS = 50;

/** Modelled time of a call log under each set of constants. */
function byCase(events: readonly CallEvent[]): Record<CostCase, number> {
  return Object.fromEntries(COST_CASES.map((c) => [c, modelRun(events, COST_CONSTANTS[c]).ms])) as Record<CostCase, number>;
}

/** Runs one global of the bundle from zeroed counters and measures that one execution. */
function measureRun(s: BenchSession, global: MeasuredGlobal, unitTabs: ReadonlySet<string>): RunMeasure {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  s.runtime.resetCalls();
  s.memory.reset();
  const started = performance.now();
  let result: { ok?: boolean; pending?: boolean; message?: string } | undefined;
  let error: string | null = null;
  try {
    result = s.globals[global]();
  } catch (e) {
    error = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  }
  const wallMs = performance.now() - started;
  s.memory.sample();

  const events = s.runtime.events;
  const counts = s.runtime.calls;
  const calls: KindCounts = { ...counts.byKind, total: counts.total };
  const firstWrite = events.findIndex((e) => e.kind === 'write');
  const firstChange = events.findIndex((e) => MUTATING.has(e.kind));
  const after = (i: number, kind: CallKind) => (i < 0 ? [] : events.slice(i + 1).filter((e) => e.kind === kind));
  const readStage = countKinds(firstChange < 0 ? events : events.slice(0, firstChange));
  const offenders =
    firstChange < 0
      ? []
      : events
          .slice(firstChange + 1)
          .filter((e) => e.kind === 'read' || e.kind === 'flush')
          .slice(0, 5)
          .map(describeEvent);
  const byMethod = Object.fromEntries(Object.entries(counts.byTargetMethod).sort((a, b) => b[1] - a[1]));
  const modelled = modelRun(events);
  return {
    global,
    ok: error === null && (result?.ok ?? true),
    pending: error === null && result?.pending === true,
    message: error === null ? (result?.message ?? '') : `Сбой: ${error}`,
    error,
    calls,
    byMethod,
    reads: calls.read,
    unitTabCalls: countKinds(events.filter((e) => e.sheet !== null && unitTabs.has(e.sheet))),
    otherCalls: countKinds(events.filter((e) => e.sheet === null || !unitTabs.has(e.sheet))),
    beforeFirstChange: readStage,
    readsAfterFirstWrite: s.runtime.eventsAfterFirst('write', 'read').length,
    flushesAfterFirstWrite: after(firstWrite, 'flush').length,
    readsAfterFirstChange: after(firstChange, 'read').length,
    flushesAfterFirstChange: after(firstChange, 'flush').length,
    offenders,
    modelledMs: modelled.ms,
    commits: modelled.commits,
    modelledByCase: byCase(events),
    noCacheMs: modelled.noCacheMs,
    modelledReadStageMs: modelRun(firstChange < 0 ? events : events.slice(0, firstChange)).ms,
    wallMs,
    peakRssMB: s.memory.peakRss / MB,
    peakHeapUsedMB: s.memory.peakHeapUsed / MB,
  };
}

function addCounts(a: KindCounts, b: KindCounts): KindCounts {
  const out = { ...a };
  for (const k of [...CALL_KINDS, 'total'] as const) out[k] += b[k];
  return out;
}

/** Runs a menu action and, while it answers `pending`, its continuation global, as the progress sidebar would. */
export function measureAction(s: BenchSession, action: MeasuredGlobal, unitTabs: ReadonlySet<string>): ActionMeasure {
  const runs = [measureRun(s, action, unitTabs)];
  const next = (CONTINUATIONS[action] ?? []).find((g) => typeof s.globals[g] === 'function');
  while (runs[runs.length - 1].pending && next && runs.length < MAX_RUNS) runs.push(measureRun(s, next, unitTabs));
  const last = runs[runs.length - 1];
  const byMethod: Record<string, number> = {};
  for (const r of runs) for (const [m, n] of Object.entries(r.byMethod)) byMethod[m] = (byMethod[m] ?? 0) + n;
  const sum = (f: (r: RunMeasure) => number) => runs.reduce((t, r) => t + f(r), 0);
  const sumCounts = (f: (r: RunMeasure) => KindCounts) => runs.map(f).reduce(addCounts);
  return {
    action,
    runs,
    complete: !last.pending,
    ok: last.ok,
    message: last.message,
    calls: sumCounts((r) => r.calls),
    byMethod: Object.fromEntries(Object.entries(byMethod).sort((a, b) => b[1] - a[1])),
    reads: sum((r) => r.reads),
    unitTabCalls: sumCounts((r) => r.unitTabCalls),
    otherCalls: sumCounts((r) => r.otherCalls),
    beforeFirstChange: sumCounts((r) => r.beforeFirstChange),
    readsAfterFirstWrite: sum((r) => r.readsAfterFirstWrite),
    flushesAfterFirstWrite: sum((r) => r.flushesAfterFirstWrite),
    readsAfterFirstChange: sum((r) => r.readsAfterFirstChange),
    flushesAfterFirstChange: sum((r) => r.flushesAfterFirstChange),
    offenders: runs.flatMap((r) => r.offenders.map((o) => (runs.length > 1 ? `${r.global}: ${o}` : o))).slice(0, 5),
    modelledMs: sum((r) => r.modelledMs),
    commits: sum((r) => r.commits),
    modelledByCase: Object.fromEntries(COST_CASES.map((c) => [c, sum((r) => r.modelledByCase[c])])) as Record<CostCase, number>,
    noCacheMs: sum((r) => r.noCacheMs),
    modelledReadStageMs: sum((r) => r.modelledReadStageMs),
    wallMs: sum((r) => r.wallMs),
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    peakHeapUsedMB: Math.max(...runs.map((r) => r.peakHeapUsedMB)),
  };
}

export interface NaiveMeasure {
  /** Input cells per unit tab that the naive reader visits one by one. */
  cellsPerUnit: number;
  calls: KindCounts;
  reads: number;
  modelledMs: number;
  wallMs: number;
}

/**
 * The baseline a hand-written script would be: the settings in one read (generous to the baseline), then every input
 * cell of every unit tab with its own getRange(row, col).getValue(). Returns the values so nothing is optimised away.
 */
function naiveRead(ss: LocalSpreadsheet, settings: Settings): unknown[] {
  const book = asGasSpreadsheet(ss);
  const cells = unitRows(settings).flatMap((r, i) => r.inputs.map((input) => [i + 1, input.col] as const));
  const out: unknown[] = [book.getSheetByName(SETTINGS_TAB)?.getDataRange().getValues()];
  for (const unit of settings.units) {
    const sheet = book.getSheetByName(unit.tab);
    if (!sheet) continue;
    for (const [row, col] of cells) out.push(sheet.getRange(row, col).getValue());
  }
  return out;
}

export function measureNaive(s: BenchSession, settings: Settings): NaiveMeasure {
  s.runtime.resetCalls();
  const started = performance.now();
  const values = naiveRead(s.ss, settings);
  const wallMs = performance.now() - started;
  const calls: KindCounts = { ...s.runtime.calls.byKind, total: s.runtime.calls.total };
  const cellsPerUnit = unitRows(settings).reduce((n, r) => n + r.inputs.length, 0);
  if (values.length === 0) throw new Error('naive reader read nothing');
  return { cellsPerUnit, calls, reads: calls.read, modelledMs: modelRun(s.runtime.events).ms, wallMs };
}

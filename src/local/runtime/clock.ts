// The simulated Apps Script clock: every service call costs what the runtime's cost model says, and a run past its limit stops.
import { COMMITS_FIRST, COST_CONSTANTS, type CostConstants, QUEUED_KINDS, volumeMs } from './costModel';
import type { CallKind } from './calls';

/**
 * Google, «Quotas for Google Services» (guides/services/quotas): script runtime 6 min / execution, custom function
 * runtime 30 s / execution.
 */
export const RUN_LIMIT_MS = 6 * 60_000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;

/**
 * What Apps Script reports when it stops a run at its limit (Google, guides/support/troubleshooting, error list; the
 * same text in users' failure e-mails and execution logs, e.g. chriskyfung/AutoFetcher-IG-Stories-to-GDrive#34).
 */
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

/**
 * Simulated time. `now()` is what `Date.now()` and `new Date()` give the bundle: the start instant plus the modelled
 * cost of every call so far (the bundle's own computation is free, as it is next to a 150 ms round trip). Writes and
 * formatting queue up and cost one commit when something needs the sheet, exactly as `modelRun` counts them.
 */
export class SimulatedClock {
  /** Modelled milliseconds spent since the clock started. */
  elapsedMs = 0;
  /** Limit of the execution under way (null: none running, or limits switched off). */
  limitMs: number | null = null;
  /** Set once the running execution passed its limit: every later call fails too, as the run is over. */
  stopped = false;
  private runStartMs = 0;
  private queued = false;
  /** The constants calls are charged at (costModel.ts: low, base or high); a test may pick the high case. */
  costs: CostConstants = COST_CONSTANTS.base;

  constructor(
    /** Epoch milliseconds the clock starts at. */
    readonly startMs: number,
    /** False: the clock does not advance and nothing is stopped (the bundle then sees real time). */
    public simulated: boolean,
  ) {}

  now(): number {
    return this.simulated ? this.startMs + this.elapsedMs : Date.now();
  }

  /** Milliseconds the running execution has used. */
  runElapsedMs(): number {
    return this.elapsedMs - this.runStartMs;
  }

  beginRun(limitMs: number | null): void {
    this.runStartMs = this.elapsedMs;
    this.queued = false;
    this.stopped = false;
    this.limitMs = this.simulated ? limitMs : null;
  }

  /** Ends the execution: the queued writes are sent as the run returns (one commit). */
  endRun(): void {
    if (this.queued) this.elapsedMs += this.costs.commitMs;
    this.queued = false;
    this.limitMs = null;
  }

  /** Charges one service call of `cells` cells; returns false when the running execution is past its limit. */
  charge(kind: CallKind, cells = 0): boolean {
    if (!this.simulated) return true;
    if (this.queued && COMMITS_FIRST.has(kind)) {
      this.elapsedMs += this.costs.commitMs;
      this.queued = false;
    }
    this.elapsedMs += this.costs.callMs[kind] + volumeMs(kind, cells, this.costs);
    if (QUEUED_KINDS.has(kind)) this.queued = true;
    return this.withinLimit();
  }

  /** Charges waiting (a lock held by another execution); returns false past the limit. */
  wait(ms: number): boolean {
    if (this.simulated) this.elapsedMs += Math.max(0, ms);
    return this.withinLimit();
  }

  private withinLimit(): boolean {
    if (this.limitMs !== null && this.runElapsedMs() > this.limitMs) this.stopped = true;
    return !this.stopped;
  }
}

/**
 * A `Date` for the bundle's context that reads the simulated clock: `Date.now()`, `new Date()` and `Date()` give
 * simulated time, everything else is the host `Date` (its instances, so `instanceof Date` holds both ways).
 */
export function clockDate(clock: SimulatedClock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args, newTarget) {
      return args.length === 0 ? Reflect.construct(target, [clock.now()], newTarget) : Reflect.construct(target, args, newTarget);
    },
    apply() {
      return new Date(clock.now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.now();
      return Reflect.get(target, prop, receiver);
    },
  });
}

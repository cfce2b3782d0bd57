// Fault injection at every call position: run a menu action with the k-th call failing, choose it again until it is
// done, and compare the workbook with a clean run's.
import { isDeepStrictEqual } from 'node:util';
import type { CallKind, LocalSpreadsheet } from '../../src/local/runtime';
import type { Session } from '../../src/local/session';

type FaultSession = Session & { ss: LocalSpreadsheet };

/** Everything a user could see or lose: each tab's name, values, formulas and visibility, protections, document properties. */
export function workbookState(s: FaultSession) {
  return {
    tabs: s.ss.sheetsInternal().map((sheet) => {
      const range = sheet.getDataRange();
      return { name: sheet.getName(), hidden: sheet.isSheetHidden(), values: range.getValues(), formulas: range.getFormulas() };
    }),
    protections: s.runtime.protectionRecords(),
    properties: Object.fromEntries([...s.ss.documentProperties].sort(([a], [b]) => a.localeCompare(b))),
  };
}

export interface FaultCase<R> {
  /** A fresh workbook in the state before the action (each position gets its own). */
  fresh: () => FaultSession;
  /** One choice of the menu item (or one step of the sidebar's continuation). */
  act: (s: FaultSession) => R;
  /** Whether the action needs to be chosen again (a pending continuation) after a run that did not fail. */
  pending: (r: R) => boolean;
  /** Parts of the state that legitimately differ between runs (dates of a run, say); default none. */
  normalise?: (state: ReturnType<typeof workbookState>) => unknown;
}

/** Runs the action to its end, choosing it again while it is pending (at most `limit` times). */
export function runToEnd<R>(c: FaultCase<R>, s: FaultSession, limit = 200): R[] {
  const results: R[] = [];
  for (let i = 0; i < limit; i++) {
    const r = s.runtime.execute(() => c.act(s));
    results.push(r);
    if (!c.pending(r)) return results;
  }
  throw new Error(`the action was still pending after ${limit} runs`);
}

/** How many calls of `kind` a clean run makes: the positions a fault can take. */
function callsOf<R>(c: FaultCase<R>, kind: CallKind | 'any'): number {
  const s = c.fresh();
  s.runtime.resetCalls();
  runToEnd(c, s);
  return kind === 'any' ? s.runtime.calls.total : s.runtime.calls.byKind[kind];
}

interface FaultOutcome<R> {
  at: number;
  /** What the run the fault fired in returned (or the error it threw), as the user saw it. */
  failed: R | Error;
  state: unknown;
}

/** The clean run's state, then for each position 1..n (or the positions given) the state after a fault there and a resume. */
export function underFaults<R>(c: FaultCase<R>, kind: CallKind | 'any', positions?: number[]) {
  const norm = c.normalise ?? ((x) => x);
  const clean = c.fresh();
  runToEnd(c, clean);
  const expected = norm(workbookState(clean));
  const all = positions ?? Array.from({ length: callsOf(c, kind) }, (_, i) => i + 1);
  const outcomes: FaultOutcome<R>[] = all.map((at) => {
    const s = c.fresh();
    s.runtime.failCall(kind, at);
    // The run the fault fired in: its answer (or what it threw) is what the user saw of the failure.
    let failed: R | Error | undefined;
    for (let run = 0; failed === undefined && run < 200; run++) {
      try {
        const r = s.runtime.execute(() => c.act(s));
        if (!s.runtime.pendingFault || !c.pending(r)) failed = r;
      } catch (e) {
        failed = e as Error;
      }
    }
    if (s.runtime.pendingFault) throw new Error(`the fault at ${kind} call ${at} never fired`);
    runToEnd(c, s);
    return { at, failed: failed as R | Error, state: norm(workbookState(s)) };
  });
  return { expected, outcomes };
}

/**
 * The workbook after a fault and a resume is the clean run's: a strict deep comparison first (jest's own equality takes
 * seconds over a hundred whole workbooks), jest's `toEqual` only when they differ, for its diff. Strictly equal states
 * are also `toEqual`, so the assertion is the same.
 */
export function expectCleanState(at: number, state: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(state, expected)) expect({ at, state }).toEqual({ at, state: expected });
}

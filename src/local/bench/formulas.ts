// Custom formulas per cell versus per range: calls the bundle's COVERAGE 200 times with cells and once with 200×1 ranges.
import { performance } from 'node:perf_hooks';
import { LocalSpreadsheet } from '../runtime';
import { openSession } from '../session';
import { Prng } from './prng';

export interface FormulaMeasure {
  rows: number;
  /** Custom-function calls Sheets makes: one per cell for =COVERAGE(B2;C2) copied down, one for =COVERAGE(B2:B201;C2:C201). */
  perCellCalls: number;
  perRangeCalls: number;
  resultsEqual: boolean;
  /** Local time of all the calls (the vm call boundary included), milliseconds: the median of several rounds. */
  perCellMs: number;
  perRangeMs: number;
}

type Cell = number | string;

/** Calls COVERAGE as Sheets would for a column of `rows` rows, both ways, on the same deterministic values. */
export function measureCoverage(rows = 200, seed = 7): FormulaMeasure {
  const { globals } = openSession(new LocalSpreadsheet('Формулы'));
  const coverage = globals.COVERAGE;
  const rng = new Prng(seed);
  const total: Cell[] = [];
  const part: Cell[] = [];
  for (let i = 0; i < rows; i++) {
    const t = rng.chance(0.03) ? 0 : rng.int(20, 5000);
    total.push(rng.chance(0.02) ? '' : t);
    part.push(rng.chance(0.02) ? 'нет данных' : rng.int(0, t));
  }
  // Each way is timed over several rounds and the median kept, so one GC pause does not decide the comparison.
  const rounds = 15;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  let perCell: unknown[] = [];
  let perRange: unknown[][] = [];
  let perCellCalls = 0;
  const cellTimes: number[] = [];
  const rangeTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    perCellCalls = 0;
    const t0 = performance.now();
    perCell = part.map((p, i) => {
      perCellCalls++;
      return coverage(p, total[i]);
    });
    const t1 = performance.now();
    perRange = coverage(
      part.map((p) => [p]),
      total.map((t) => [t]),
    ) as unknown[][];
    const t2 = performance.now();
    cellTimes.push(t1 - t0);
    rangeTimes.push(t2 - t1);
  }
  const perRangeCalls = 1;
  const resultsEqual = Array.isArray(perRange) && perRange.length === rows && perCell.every((v, i) => v === perRange[i][0]);
  return {
    rows,
    perCellCalls,
    perRangeCalls,
    resultsEqual,
    perCellMs: median(cellTimes),
    perRangeMs: median(rangeTimes),
  };
}

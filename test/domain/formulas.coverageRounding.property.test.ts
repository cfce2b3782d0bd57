// COVERAGE(p; t) against exact rational arithmetic: p/t × 100 rounded half away from zero to 2 decimals, for 0 ≤ p ≤ t ≤ 10 000.
import fc from 'fast-check';
import { coverage } from '../../src/domain/formulas';

/** The exact answer in hundredths of a percent, by integer arithmetic: round(10 000·p / t), halves away from zero (p, t ≥ 0). */
function exactHundredths(p: number, t: number): bigint {
  const num = 10_000n * BigInt(p);
  const den = BigInt(t);
  // floor((2·num + den) / (2·den)) is num/den rounded half up, which for non-negative values is half away from zero.
  return (2n * num + den) / (2n * den);
}

/** '' when COVERAGE(p; t) is exactly the double nearest to the exact hundredths; otherwise what differs (plain
 * comparisons, not expect(): the loops below make tens of thousands of them). */
function mismatch(p: number, t: number): string {
  const got = coverage(p, t);
  const want = exactHundredths(p, t);
  return got === Number(want) / 100 ? '' : `COVERAGE(${p}; ${t}) = ${String(got)}, exact ${Number(want) / 100}`;
}

// 20 000 random pairs; 2 000 inside mutation testing, where the exhaustive test of every exact half below does the heavy lifting.
const RUNS = process.env.STRYKER_MUTATOR_WORKER ? 2_000 : 20_000;

test('for any 0 ≤ p ≤ t ≤ 10 000 (t > 0) COVERAGE equals the exact rounding', () => {
  const pair = fc.integer({ min: 1, max: 10_000 }).chain((t) => fc.tuple(fc.integer({ min: 0, max: t }), fc.constant(t)));
  fc.assert(
    fc.property(pair, ([p, t]) => mismatch(p, t) === ''),
    { numRuns: RUNS, seed: 20211231 },
  );
});

test('every exact half in the range rounds away from zero (23 of 160 = 14,375 → 14,38)', () => {
  expect(coverage(23, 160)).toBe(14.38);
  expect(mismatch(23, 160)).toBe('');
  const wrong: string[] = [];
  let ties = 0;
  for (let t = 1; t <= 10_000; t++) {
    // 10 000·p / t ends in exactly ,5 hundredths when 20 000·p is an odd multiple of t; p = t·k/20 000 for odd k.
    const step = t / gcd(t, 20_000);
    for (let p = step; p <= t; p += step) {
      if (((20_000 * p) / t) % 2 !== 1) continue;
      ties++;
      const m = mismatch(p, t);
      if (m) wrong.push(m);
    }
  }
  expect(ties).toBe(16_000);
  expect(wrong.slice(0, 5)).toEqual([]);
});

test('an empty or zero total gives an empty cell, never a number', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (p) => {
      expect(coverage(p, 0)).toBe('');
      expect(coverage(p, '')).toBe('');
    }),
    { numRuns: 200 },
  );
});

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

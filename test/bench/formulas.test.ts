// Custom formulas per cell versus per range through the bundle: 200 calls versus 1, the same results (counts only).
import { measureCoverage } from '../../src/local/bench/formulas';

test('COVERAGE over a 200-row range is one call and gives what 200 per-cell calls give', () => {
  const m = measureCoverage(200);
  expect(m.perCellCalls).toBe(200);
  expect(m.perRangeCalls).toBe(1);
  expect(m.resultsEqual).toBe(true);
});

// Custom formulas per cell versus per range through the built bundle: one range call returns the column that the same
// formula copied down returns cell by cell.
//
// Why a range matters is the platform's rule, not something this test can count: Google, «Custom Functions in Google
// Sheets», section «Optimization» (developers.google.com/apps-script/guides/sheets/functions): each custom-function
// cell is a separate call to the Apps Script server, and a function that accepts a range and returns a two-dimensional
// array answers a whole column in one call. What the product must guarantee is that both ways give the same numbers.
import { measureCoverage } from '../../../src/local/bench/formulas';
import { newSession } from '../../helpers/bundle';

const { globals } = newSession();
const COVERAGE = globals.COVERAGE as (part: unknown, total: unknown) => unknown;

test('COVERAGE over a 200-row range returns, row by row, what the formula copied down 200 rows returns', () => {
  const totals = Array.from({ length: 200 }, (_, i) => (i % 37 === 0 ? 0 : i % 41 === 0 ? '' : 20 + ((i * 97) % 4980)));
  const parts = totals.map((t, i) => (i % 43 === 0 ? 'нет данных' : typeof t === 'number' ? (i * 31) % (t + 1) : 5));
  const column = COVERAGE(
    parts.map((p) => [p]),
    totals.map((t) => [t]),
  ) as unknown[][];
  expect(column).toHaveLength(200);
  expect(column.every((row) => row.length === 1)).toBe(true);
  expect(column.map((row) => row[0])).toEqual(parts.map((p, i) => COVERAGE(p, totals[i])));
  // A few rows by value: row 1 is 31 of 117; row 0 has a total of 0; row 41 an empty total; row 43 «нет данных».
  expect(column[1][0]).toBe(26.5);
  expect([column[0][0], column[41][0], column[43][0]]).toEqual(['', '', '']);
});

test('the benchmark compares the two ways on its own generated values and finds them equal', () => {
  const m = measureCoverage(50);
  expect(m.rows).toBe(50);
  expect(m.resultsEqual).toBe(true);
});

// The bench's per-tab cost of each long menu item: what README «Speed» quotes and the break point of every item under each case.
import { measureTabCosts } from '../../../src/local/bench/tabCost';

const costs = measureTabCosts();

test('every long menu item has its cost per tab and its break point under the low, base and high constants', () => {
  expect(costs.map((c) => c.item)).toEqual(['createTabs', 'applyProtections', 'closeIntake', 'openIntake', 'startNewYear']);
  for (const c of costs) {
    expect(c.callsPerTab).toBeGreaterThan(0);
    const { low, base, high } = c.byCase;
    // The slower the constants, the fewer tabs one 6-minute run holds.
    expect(low.breakUnits).toBeGreaterThan(base.breakUnits);
    expect(base.breakUnits).toBeGreaterThan(high.breakUnits);
  }
});

test('«Создать вкладки» makes a tab in 23 service calls (one template copy, its own writes, its protection), as README «Speed» says', () => {
  expect(costs[0].callsPerTab).toBe(23);
});

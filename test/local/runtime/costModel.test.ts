// The cost model behind the benchmark's modelled times: writes wait in Sheets' write-back cache until something needs them.
// Expected times are literal milliseconds worked out by hand from the figures the README and docs/benchmark.md publish
// (read 150, write 50, format 50, structure 250, meta 30, flush 150, ui 50, sending the queue 600; without the cache:
// read 150, write 200, format 150, structure 250, meta 30, flush 500, ui 50), so a changed figure fails here.
import type { CallKind } from '../../../src/local/runtime';
import { COST_CONSTANTS, modelRun } from '../../../src/local/runtime/costModel';
import type { SizeResult } from '../../../src/local/bench/run';
import { breakPoints } from '../../../src/local/bench/targets';

const run = (...kinds: CallKind[]) => modelRun(kinds.map((kind) => ({ kind })));

describe('modelRun', () => {
  test('nothing called: nothing charged', () => {
    expect(run()).toEqual({ ms: 0, commits: 0, noCacheMs: 0 });
  });

  test('reads only: one round trip each, nothing to send', () => {
    // 150 + 150 + 30
    expect(run('read', 'read', 'meta')).toEqual({ ms: 330, commits: 0, noCacheMs: 330 });
  });

  test('writes and formatting queue up and are sent once at the end of the run', () => {
    // 150 + 50 + 50 + 50 + 600; without the cache 150 + 200 + 150 + 150
    expect(run('read', 'write', 'format', 'format')).toEqual({ ms: 900, commits: 1, noCacheMs: 650 });
  });

  test('a read after a write sends the queue first: alternating reads and writes pays a commit every time', () => {
    // 50 + (600 + 150) + 50 + (600 + 150) = 1600; reads first, then writes: 150 + 150 + 50 + 50 + 600 = 1000
    expect(run('write', 'read', 'write', 'read')).toEqual({ ms: 1600, commits: 2, noCacheMs: 700 });
    expect(run('read', 'read', 'write', 'write')).toEqual({ ms: 1000, commits: 1, noCacheMs: 700 });
  });

  test('structural changes, flushes and messages on screen also send the queue; a second one finds it empty', () => {
    // 50 + 600 + 250 + 250
    expect(run('write', 'structure', 'structure')).toEqual({ ms: 1150, commits: 1, noCacheMs: 700 });
    // 50 + 600 + 50
    expect(run('format', 'ui')).toEqual({ ms: 700, commits: 1, noCacheMs: 200 });
    // 50 + 600 + 150 + 150
    expect(run('write', 'flush', 'flush')).toEqual({ ms: 950, commits: 1, noCacheMs: 1200 });
  });

  test('metadata calls do not send the queue', () => {
    // 50 + 30 + 50 + 600 (one commit at the end)
    expect(run('write', 'meta', 'write')).toEqual({ ms: 730, commits: 1, noCacheMs: 430 });
  });

  test('without the cache every call is charged a full round trip', () => {
    // 150 + 200 + 150 + 250 + 30 + 50 = 830; with the cache 150 + 50 + 50 + (600 + 250) + 30 + 50 = 1180
    expect(run('read', 'write', 'format', 'structure', 'meta', 'ui')).toEqual({ ms: 1180, commits: 1, noCacheMs: 830 });
  });
});

describe('the low, base and high constants', () => {
  const under = (c: 'low' | 'high', ...kinds: CallKind[]) =>
    modelRun(
      kinds.map((kind) => ({ kind })),
      COST_CONSTANTS[c],
    );

  test('each call log is charged at the cheap and at the slow end of every constant', () => {
    // low: 100 + 7 + 7 + 600 (commit before the structure) + 100 + 30 + 50 = 894
    expect(under('low', 'read', 'write', 'format', 'structure', 'meta', 'ui').ms).toBe(894);
    // high: 300 + 100 + 100 + 700 + 500 + 150 + 200 = 2050
    expect(under('high', 'read', 'write', 'format', 'structure', 'meta', 'ui').ms).toBe(2050);
  });

  test('the base case is the central model', () => {
    expect(modelRun([{ kind: 'read' }, { kind: 'write' }], COST_CONSTANTS.base)).toEqual(modelRun([{ kind: 'read' }, { kind: 'write' }]));
  });
});

describe('break points', () => {
  // Two sizes on a straight line: 10 s + 0,5 s a unit under the high constants; 360 s is reached past 700 units.
  const size = (units: number, ms: number) =>
    ({
      units,
      check: { modelledByCase: { low: ms / 4, base: ms / 2, high: ms } },
      build: { modelledByCase: { low: 0, base: 0, high: ms } },
    }) as unknown as SizeResult;

  test('the first unit count whose whole action no longer fits one 6-minute run', () => {
    const points = breakPoints([size(20, 20_000), size(200, 110_000)]);
    const high = points.find((p) => p.action === 'проверка' && p.costCase === 'high')!;
    expect(high.msPerUnit).toBe(500);
    expect(high.fixedMs).toBe(10_000);
    expect(high.units).toBe(701);
    // a quarter of the cost: 2,5 s + 0,125 s a unit → past 2 860 units
    expect(points.find((p) => p.action === 'проверка' && p.costCase === 'low')!.units).toBe(2861);
  });

  test('one size alone gives no break point', () => {
    expect(breakPoints([size(20, 20_000)]).every((p) => p.units === null)).toBe(true);
  });
});

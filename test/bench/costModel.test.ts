// The cost model behind the benchmark's modelled times: writes wait in Sheets' write-back cache until something needs them.
import { CallKind } from '../../src/local/runtime';
import { CALL_MS, COMMIT_MS, modelRun, ROUND_TRIP_MS } from '../../src/local/bench/costModel';

const run = (...kinds: CallKind[]) => modelRun(kinds.map((kind) => ({ kind })));

describe('modelRun', () => {
  test('reads only: one round trip each, nothing to send', () => {
    expect(run('read', 'read', 'meta')).toEqual({ ms: 2 * CALL_MS.read + CALL_MS.meta, commits: 0, noCacheMs: 2 * ROUND_TRIP_MS.read + ROUND_TRIP_MS.meta });
  });

  test('writes and formatting queue up and are sent once at the end of the run', () => {
    const m = run('read', 'write', 'format', 'format');
    expect(m.commits).toBe(1);
    expect(m.ms).toBe(CALL_MS.read + CALL_MS.write + 2 * CALL_MS.format + COMMIT_MS);
  });

  test('a read after a write sends the queue first: alternating reads and writes pays a commit every time', () => {
    expect(run('write', 'read', 'write', 'read').commits).toBe(2);
    expect(run('write', 'read', 'write', 'read').ms).toBeGreaterThan(run('read', 'read', 'write', 'write').ms + COMMIT_MS - 1);
  });

  test('structural changes, flushes and messages on screen also send the queue; a second one finds it empty', () => {
    expect(run('write', 'structure', 'structure').commits).toBe(1);
    expect(run('format', 'ui').commits).toBe(1);
    expect(run('write', 'flush', 'flush').commits).toBe(1);
  });

  test('without the cache every call is charged a full round trip, never less than the model without its commits', () => {
    const m = run('read', 'write', 'format', 'structure', 'meta', 'ui');
    expect(m.noCacheMs).toBe(ROUND_TRIP_MS.read + ROUND_TRIP_MS.write + ROUND_TRIP_MS.format + ROUND_TRIP_MS.structure + ROUND_TRIP_MS.meta + ROUND_TRIP_MS.ui);
    expect(m.noCacheMs).toBeGreaterThanOrEqual(m.ms - m.commits * COMMIT_MS);
  });
});

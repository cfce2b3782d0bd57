// The call budget of «Проверить данные» and «Построить сводку» on generated workbooks: deterministic counts, never timings.
import { generateWorkbook } from '../../../src/local/bench/generate';
import { modelRun } from '../../../src/local/runtime/costModel';
import { workbookSession } from '../../helpers/bundle';

type Result = { ok: boolean; pending?: boolean; message: string; findings?: Array<{ unit: string; severity: string }> };

interface Budget {
  result: Result;
  reads: number;
  readsAfterFirstWrite: number;
  flushesAfterFirstWrite: number;
  /** Writes and formatting outside the unit tabs (unit-named tabs may grow with the units, nothing else may). */
  writes: number;
  formats: number;
  /** How many times the writes queued by Apps Script are sent to the sheet (see costModel.ts). */
  commits: number;
  /** Sheets looked up by name (the build uses the names it listed before reading). */
  lookups: number;
}

function measure(units: number): Record<'checkData' | 'buildSummary', Budget> {
  const { settings, reports } = generateWorkbook(units);
  const s = workbookSession(settings, reports);
  const unitTabs = new Set(settings.units.map((u) => u.tab));
  const run = (action: 'checkData' | 'buildSummary'): Budget => {
    s.runtime.resetCalls();
    const result = s.globals[action]() as Result;
    const outside = s.runtime.events.filter((e) => e.sheet === null || !unitTabs.has(e.sheet));
    return {
      result,
      reads: s.runtime.calls.byKind.read,
      readsAfterFirstWrite: s.runtime.eventsAfterFirst('write', 'read').length,
      flushesAfterFirstWrite: s.runtime.eventsAfterFirst('write', 'flush').length,
      writes: outside.filter((e) => e.kind === 'write').length,
      formats: outside.filter((e) => e.kind === 'format').length,
      commits: modelRun(s.runtime.events).commits,
      lookups: s.runtime.calls.byTargetMethod['Spreadsheet.getSheetByName'] ?? 0,
    };
  };
  return { checkData: run('checkData'), buildSummary: run('buildSummary') };
}

const small = measure(20);
const larger = measure(40);

describe.each(['checkData', 'buildSummary'] as const)('%s', (action) => {
  test('finishes in one run', () => {
    expect(small[action].result.ok).toBe(true);
    expect(small[action].result.pending ?? false).toBe(false);
  });

  test('reads at most one call per unit tab plus 5', () => {
    expect(small[action].reads).toBeLessThanOrEqual(20 + 5);
    expect(larger[action].reads).toBeLessThanOrEqual(40 + 5);
  });

  test('no read and no flush after the first write', () => {
    for (const b of [small[action], larger[action]]) {
      expect(b.readsAfterFirstWrite).toBe(0);
      expect(b.flushesAfterFirstWrite).toBe(0);
    }
  });

  test('writes and formatting outside unit tabs are the same for 20 and for 40 units', () => {
    expect(small[action].writes).toBeGreaterThan(0);
    expect(larger[action].writes).toBe(small[action].writes);
    expect(larger[action].formats).toBe(small[action].formats);
  });
});

describe('buildSummary writes in one batch', () => {
  test('the queued values and formats of all five tabs are sent once: charts, deletions and renames come after them', () => {
    expect(small.buildSummary.commits).toBe(1);
    expect(larger.buildSummary.commits).toBe(1);
    expect(small.checkData.commits).toBe(1);
  });

  test('no tab is looked up by name again after the listing made before reading', () => {
    expect(small.buildSummary.lookups).toBe(0);
    expect(small.checkData.lookups).toBe(0);
  });
});

describe('the generator', () => {
  test('is deterministic: the same seed gives the same workbook, another seed another one', () => {
    expect(generateWorkbook(20)).toEqual(generateWorkbook(20));
    expect(generateWorkbook(20, { seed: 1 }).reports).not.toEqual(generateWorkbook(20).reports);
  });

  test('makes realistic units: «Район 0001», forms never above the organisations except planted errors', () => {
    const { settings, reports, errors } = generateWorkbook(200);
    expect(settings.units[0].name).toBe('Район 0001');
    expect(settings.units).toHaveLength(200);
    const planted = new Set(errors.map((e) => e.unit));
    for (const u of settings.units) {
      const r = reports[u.name];
      const total = r.orgs!.general;
      if (planted.has(u.name)) continue;
      expect(typeof total === 'number' && total >= 2 && total <= 70).toBe(true);
      for (const f of Object.values(r.forms!)) expect(Number(f.general)).toBeLessThanOrEqual(Number(total));
    }
  });

  test('plants about 1 % of errors, at least one of each kind, and the check finds each of those units', () => {
    expect(generateWorkbook(2000).errors).toHaveLength(20);
    const { errors } = generateWorkbook(20);
    expect(new Set(errors.map((e) => e.kind))).toEqual(new Set(['implementing_above_total', 'text_in_number', 'plus_mark']));
    const found = new Set((small.checkData.result.findings ?? []).map((f) => f.unit));
    for (const e of errors) expect(found).toContain(e.unit);
  });
});

// «Новый отчётный год» with a Sheets service error at every call position: choosing the item again ends as a clean run.
import { generateWorkbook } from '../../src/local/bench/generate';
import { workbookSession } from '../helpers/bundle';
import { type FaultCase, runToEnd, underFaults } from '../helpers/faults';

/** Apps Script's «Service Spreadsheets failed while accessing document with id …» (test/runtime/faults.test.ts). */
const SERVICE_ERROR = /^Service Spreadsheets failed while accessing document with id \S+\.$/;

type R = { ok: boolean; pending?: boolean; message: string };

/**
 * Four units with a built summary (archived by the roll), one tab renamed by a coordinator (found by the unit named
 * inside it), and two tabs per run, so that the roll takes two runs and a fault can fall between them.
 */
function fresh() {
  const { settings, reports } = generateWorkbook(4);
  const s = workbookSession(settings, reports);
  s.globals.buildSummary();
  s.ss.getSheetByName('Район 0003')!.setName('Район 3 (отчёт)');
  s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '2');
  s.runtime.resetCalls();
  return s;
}

/** The positions (among calls of any kind) of SpreadsheetApp.getUi in a clean run. */
function uiLookups(c: FaultCase<R>): Set<number> {
  const s = c.fresh();
  s.runtime.resetCalls();
  runToEnd(c, s);
  return new Set(s.runtime.events.flatMap((e, i) => (e.target === 'SpreadsheetApp' && e.method === 'getUi' ? [i + 1] : [])));
}

const roll: FaultCase<R> = {
  fresh,
  act: (s) => s.globals.startNewYear() as R,
  pending: (r) => r.pending === true,
};

/** A unit tab's indicator 5 row, C:D (previous year, report year). */
const indicator5 = (state: { tabs: Array<{ name: string; values: unknown[][] }> }, tab: string) =>
  state.tabs
    .find((t) => t.name === tab)!
    .values.find((r) => r[0] === 'ind:5:value')!
    .slice(2, 4);

test('the clean roll of the small workbook takes two runs and moves every value, the renamed tab too', () => {
  const s = fresh();
  const before = s.ss.getSheetByName('Район 3 (отчёт)')!.getDataRange().getValues();
  const first = s.globals.startNewYear() as R;
  expect(first).toEqual({
    ok: true,
    pending: true,
    message:
      'Время одного запуска на исходе. Идёт переход на 2022 год: перенесено вкладок 2 из 4. Выберите «Новый отчётный год» ещё раз — переход продолжится с того места, где остановился.',
  });
  const last = s.globals.startNewYear() as R;
  expect(last.ok).toBe(true);
  expect(last.message).toContain('Новый отчётный год — 2022. Значения 2021 года перенесены в столбец «2021 г.» на 4 вкладках');
  const after = s.ss.getSheetByName('Район 3 (отчёт)')!.getDataRange().getValues();
  const current = before.find((r) => r[0] === 'ind:5:value')![3];
  expect(typeof current).toBe('number');
  expect(after.find((r) => r[0] === 'ind:5:value')!.slice(2, 4)).toEqual([current, '']);
});

for (const kind of ['any', 'write', 'structure'] as const) {
  test(`a Sheets service error at every ${kind} call of the roll, then choosing the item again: exactly the clean result`, () => {
    const { expected, outcomes } = underFaults(roll, kind);
    // The roll makes about a hundred calls of any kind on four units; every position is tried.
    expect(outcomes.length).toBeGreaterThan(kind === 'any' ? 80 : 4);
    const noUi = kind === 'any' ? uiLookups(roll) : new Set<number>();
    for (const o of outcomes) {
      // The run that met the fault stopped with Google's own error, shown to the user as Sheets shows it; a failed
      // SpreadsheetApp.getUi() only costs the alert (the menu code runs on without a Ui, as it does from the editor).
      if (!noUi.has(o.at)) expect((o.failed as Error).message).toMatch(SERVICE_ERROR);
      expect({ at: o.at, state: o.state }).toEqual({ at: o.at, state: expected });
    }
    expect(indicator5(expected as never, 'Район 0001')[1]).toBe('');
  });
}

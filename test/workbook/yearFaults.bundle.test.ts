// «Новый отчётный год» with a Sheets service error at every call position: choosing the item again ends as a clean run.
import { generateWorkbook } from '../../src/local/bench/generate';
import { workbookSession } from '../helpers/bundle';
import { expectCleanState, type FaultCase, runToEnd, underFaults } from '../helpers/faults';

/** Apps Script's «Service Spreadsheets failed while accessing document with id …» (test/local/runtime/runtime.faults.test.ts). */
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

/** The call log of a clean run: the n-th event is the call a fault at position n fails. */
function cleanEvents(c: FaultCase<R>) {
  const s = c.fresh();
  s.runtime.resetCalls();
  runToEnd(c, s);
  return s.runtime.events;
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

test('a Sheets service error at every call (reads, writes, structure) of the roll, then choosing the item again: exactly the clean result', () => {
  // Every position of any kind: a fault at the k-th write or structure call is the fault at that call's position among
  // all calls (the runs are deterministic), so a test per kind only repeated a subset of these positions.
  const { expected, outcomes } = underFaults(roll, 'any');
  // The roll makes about a hundred calls of any kind on four units; every position is tried.
  expect(outcomes.length).toBeGreaterThan(80);
  const events = cleanEvents(roll);
  expect(outcomes.length).toBe(events.length);
  for (const kind of ['read', 'write', 'structure'])
    expect({ kind, tried: events.some((e) => e.kind === kind) }).toEqual({ kind, tried: true });
  for (const o of outcomes) {
    // The run that met the fault stopped with Google's own error, shown to the user as Sheets shows it; a failed
    // SpreadsheetApp.getUi() only costs the alert (the menu code runs on without a Ui, as it does from the editor).
    const e = events[o.at - 1];
    if (!(e.target === 'SpreadsheetApp' && e.method === 'getUi')) expect((o.failed as Error).message).toMatch(SERVICE_ERROR);
    expectCleanState(o.at, o.state, expected);
  }
  expect(indicator5(expected as never, 'Район 0001')[1]).toBe('');
});

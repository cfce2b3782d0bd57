// «Построить сводку» read in chunks, and «Создать вкладки», with a Sheets service error at every call position: choosing
// the item again ends with exactly the workbook of a clean run.
import { generateWorkbook } from '../../src/local/bench/generate';
import { newSession, workbookSession } from '../helpers/bundle';
import type { CallKind } from '../../src/local/runtime';
import { expectCleanState, type FaultCase, runToEnd, underFaults } from '../helpers/faults';

type R = { ok: boolean; pending?: boolean; message: string };
type FaultSession = ReturnType<FaultCase<R>['fresh']>;

/** Apps Script's «Service Spreadsheets failed while accessing document with id …» (test/local/runtime/runtime.faults.test.ts). */
const SERVICE_ERROR = /^Service Spreadsheets failed while accessing document with id \S+\.$/;

const BUILD_CAUGHT =
  /^Сводка не построена: Service Spreadsheets failed while accessing document with id \S+\. Предыдущая сводка осталась без изменений; попробуйте ещё раз\.$|\n«[^»]+»: Google Таблицы не дали изменить защиту \(Service Spreadsheets failed while accessing document with id \S+\.\)/;
const TABS_CAUGHT =
  /Google Таблицы не дали защитить 1 вкладку: Район 000\d\. Выберите «Применить защиту» ещё раз\.\n«Район 000\d»: Google Таблицы не дали изменить защиту \(Service Spreadsheets failed while accessing document with id \S+\.\)/;

/**
 * The call log of a clean run. A fault at the k-th write (structure, format) call is the fault at that call's position
 * among all calls: the runs are deterministic and the runtime counts each kind the same way. So trying every position
 * of any kind tries every write, structure and format position as well; a test of one kind alone repeated a subset.
 */
function cleanEvents(c: FaultCase<R>) {
  const s = c.fresh();
  s.runtime.resetCalls();
  runToEnd(c, s);
  return s.runtime.events;
}

/**
 * A Sheets service error at every call position, of every kind: each outcome is the clean run's workbook, and the failed
 * run showed Google's error or, where the product catches it, its own Russian message (`caught`). A failure of the
 * screen's calls (SpreadsheetApp.getUi, a progress toast) costs only the message on the screen, and the run goes on.
 */
function expectCleanEveryTime(c: FaultCase<R>, kinds: CallKind[], atLeast: number, caught: RegExp) {
  const { expected, outcomes } = underFaults(c, 'any');
  const events = cleanEvents(c);
  expect(outcomes.length).toBe(events.length);
  expect(outcomes.length).toBeGreaterThanOrEqual(atLeast);
  for (const kind of kinds) expect({ kind, tried: events.some((e) => e.kind === kind) }).toEqual({ kind, tried: true });
  const screen = (e: { kind: string; target: string; method: string }) =>
    e.kind === 'ui' || (e.target === 'SpreadsheetApp' && e.method === 'getUi');
  for (const o of outcomes) {
    const shown = (o.failed as { message: string }).message;
    if (!screen(events[o.at - 1]) && !caught.test(shown))
      expect({ at: o.at, shown }).toEqual({ at: o.at, shown: expect.stringMatching(SERVICE_ERROR) });
    expectCleanState(o.at, o.state, expected);
  }
}

/**
 * «Построить сводку» on four units read two tabs a run: the first choice and then the sidebar's continuations. After a
 * failed run (thrown, or answered not pending) the user chooses the item again, which starts from the first tab.
 */
function chunkedBuild(): FaultCase<R> {
  let continuing = false;
  return {
    fresh: () => {
      continuing = false;
      const { settings, reports } = generateWorkbook(4);
      const s = workbookSession(settings, reports);
      s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '2');
      s.runtime.resetCalls();
      return s;
    },
    act: (s: FaultSession) => {
      const next = continuing;
      continuing = false;
      const r = (next ? s.globals.continueRun(true, 'build') : s.globals.buildSummary()) as R;
      continuing = r.pending === true;
      return r;
    },
    pending: (r) => r.pending === true,
  };
}

test('the chunked build of four units takes three runs and builds the summary', () => {
  const c = chunkedBuild();
  const s = c.fresh();
  const runs = runToEnd(c, s);
  expect(runs.map((r) => r.pending === true)).toEqual([true, true, false]);
  expect(runs.at(-1)!.message).toMatch(/^Сводка построена: 4 /);
});

test('a Sheets service error at every call (reads, writes, structure) of a chunked build, then the item chosen again: the clean summary', () => {
  // A failure while writing the summary tabs is told in Russian, and the previous summary stays; a failure while
  // protecting the hidden staging tab is named under the progress line, and the reading goes on.
  expectCleanEveryTime(chunkedBuild(), ['read', 'write', 'structure'], 100, BUILD_CAUGHT);
});

/** «Построить сводку» of four units read in one run, over a summary built before: the previous summary must survive. */
const oneRunBuild: FaultCase<R> = {
  fresh: () => {
    const { settings, reports } = generateWorkbook(4);
    const s = workbookSession(settings, reports);
    s.globals.buildSummary();
    s.runtime.resetCalls();
    return s;
  },
  act: (s) => s.globals.buildSummary() as R,
  pending: (r) => r.pending === true,
};

test('a Sheets service error at every call (reads, writes, structure) of a one-run build, then the item chosen again: the clean summary', () => {
  expectCleanEveryTime(oneRunBuild, ['read', 'write', 'structure'], 50, BUILD_CAUGHT);
});

/** «Создать вкладки» for four units on a prepared workbook. */
const createTabs: FaultCase<R> = {
  fresh: () => {
    const s = newSession();
    s.globals.setupWorkbookWith_(generateWorkbook(4).settings);
    s.runtime.resetCalls();
    return s;
  },
  act: (s) => s.globals.createTabs() as R,
  pending: (r) => r.pending === true,
};

test('a Sheets service error at every call (writes, structure, format) of «Создать вкладки», then the item chosen again: the clean tabs', () => {
  // A failure while protecting a new tab is told in Russian; that tab is made again on the next choice.
  expectCleanEveryTime(createTabs, ['write', 'structure', 'format'], 4, TABS_CAUGHT);
});

/**
 * «Создать вкладки» for five units made two a run: the click, then the progress sidebar's continuations, which look up
 * only the units still ahead. After a failed run the user chooses the item again, which looks at every tab.
 */
function chunkedCreateTabs(): FaultCase<R> {
  let continuing = false;
  return {
    fresh: () => {
      continuing = false;
      const s = newSession();
      s.globals.setupWorkbookWith_(generateWorkbook(5).settings);
      s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '2');
      s.runtime.resetCalls();
      return s;
    },
    act: (s: FaultSession) => {
      const next = continuing;
      continuing = false;
      const r = (next ? s.globals.continueItem('createTabs') : s.globals.createTabs()) as R;
      continuing = r.pending === true;
      return r;
    },
    pending: (r) => r.pending === true,
  };
}

test('«Создать вкладки» for five units two a run takes three runs and leaves no record of its progress', () => {
  const c = chunkedCreateTabs();
  const s = c.fresh();
  const runs = runToEnd(c, s);
  expect(runs.map((r) => r.message)).toEqual([
    'Создано 2 вкладки: Район 0001, Район 0002. Время одного запуска на исходе, не успели создать: 3 вкладки. Выберите «Создать вкладки» ещё раз — продолжится с них.',
    'Создано 2 вкладки: Район 0003, Район 0004. Время одного запуска на исходе, не успели создать: 1 вкладка. Выберите «Создать вкладки» ещё раз — продолжится с них.',
    'Создано 1 вкладка: Район 0005.',
  ]);
  expect(s.ss.documentProperties.has('mentorMonitor.createTabsProgress')).toBe(false);
});

test('a Sheets service error at every call (structure included) of «Создать вкладки» made over three runs, then chosen again: the clean tabs', () => {
  expectCleanEveryTime(chunkedCreateTabs(), ['structure'], 5, TABS_CAUGHT);
});

// Every long menu item on 2 000 units under the high cost constants: it goes on over several runs through its
// continuation, each run under Apps Script's 6 minutes, and ends with what one unlimited run gives on a twin workbook.
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { openSession, type Session } from '../../src/local/session';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { markReady } from '../helpers/bundle';
import { scaleUnits } from '../helpers/scale';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown; document?: NoteDocument };
type S = Session & { ss: LocalSpreadsheet };
// 2 000 units in `npm run test:scale`; in `npm test` 700, past the break point of every item under the high constants
// (README «Speed»: check 633, build 605, the year 353, the rest fewer), so each still goes on over several runs.
const UNITS = scaleUnits(700);
// Apps Script stops an execution at 6 minutes: https://developers.google.com/apps-script/guides/services/quotas.
const RUN_LIMIT_MS = 6 * 60_000;

const { settings, reports } = generateWorkbook(UNITS);
/** The workbook every item runs on in chunks, on the simulated clock charged at the high constants. */
let chunked: S;
/** Its twin, where every item runs once with no time limit (real time: a few seconds). */
let unlimited: S;

function open(): S {
  const ss = new LocalSpreadsheet('Большая');
  const s = { ...openSession(ss), ss };
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  s.runtime.timeLimits = true;
  // No count limit per run: only the time a run has used can split the work.
  ss.documentProperties.set('mentorMonitor.tabsPerRun', '1000000');
  return s;
}

beforeAll(() => {
  chunked = open();
  chunked.runtime.costCase = 'high';
  unlimited = open();
  unlimited.runtime.simulatedClock = false;
});

/** A menu click, then the progress sidebar's continuation while the answer is pending; each call timed as one run. */
function runsOf(first: () => unknown, next: () => unknown, limit = 300): Array<{ result: R; ms: number }> {
  const runs: Array<{ result: R; ms: number }> = [];
  const run = (call: () => unknown) => {
    const before = chunked.runtime.simulatedElapsedMs;
    runs.push({ result: call() as R, ms: chunked.runtime.simulatedElapsedMs - before });
  };
  run(first);
  while (runs.at(-1)!.result.pending && runs.length < limit) run(next);
  return runs;
}

/** The chunked item finished: more than one run, each under 6 minutes, the last one done. */
function expectChunked(runs: Array<{ result: R; ms: number }>) {
  expect(runs.length).toBeGreaterThan(1);
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs.at(-1)!.result.pending).toBeUndefined();
  expect(runs.at(-1)!.result.ok).toBe(true);
}

/** Every tab as a user sees it; a link's tab id is replaced by the tab's name (the twin's ids are its own). */
function workbook(s: S) {
  const nameOf = new Map(s.ss.sheetsInternal().map((sheet) => [String(sheet.sheetId), sheet.nameInternal()]));
  return s.ss.sheetsInternal().map((sheet) => {
    const range = sheet.getDataRange();
    const formulas = range
      .getFormulas()
      .map((row) => row.map((f) => f.replace(/#gid=(\d+)/g, (_, id: string) => `#tab=${nameOf.get(id)}`)));
    return { name: sheet.getName(), hidden: sheet.isSheetHidden(), values: range.getValues(), formulas };
  });
}

/**
 * Two long lists equal, item by item: the lengths, then the first item that differs shown alone (a diff of 2 000 tabs
 * would take jest longer than the whole file).
 */
function expectSameList<T>(label: string, a: T[], b: T[]) {
  expect({ [label]: a.length }).toEqual({ [label]: b.length });
  const at = a.findIndex((x, i) => JSON.stringify(x) !== JSON.stringify(b[i]));
  if (at >= 0) expect({ [label]: at, item: a[at] }).toEqual({ [label]: at, item: b[at] });
}

/** The chunked workbook is its unlimited twin: every tab, every protection, every document property. */
function expectTwins() {
  expectSameList('tab', workbook(chunked), workbook(unlimited));
  expectSameList('protection', chunked.runtime.protectionRecords(), unlimited.runtime.protectionRecords());
  expectSameList('property', [...chunked.ss.documentProperties].sort(), [...unlimited.ss.documentProperties].sort());
}

test(`«Создать вкладки» for ${UNITS} units: one click that goes on, the same tabs as one unlimited run`, () => {
  const runs = runsOf(
    () => chunked.globals.createTabs(),
    () => chunked.globals.continueItem('createTabs'),
  );
  // Measured: 69 runs of ≈ 4 minutes, 29 tabs each (8,2 s a tab at the high constants, 4,0 s at the base ones).
  expectChunked(runs);
  expect(runs[0].result.message).toMatch(/^Создано \d+ вклад\S+: .* Время одного запуска на исходе, не успели создать: \d+ вклад\S+\./s);
  expect((unlimited.globals.createTabs() as R).pending).toBeUndefined();
  expectTwins();
  // The coordinators' figures stand for weeks of their work, not one run: typed in with no time limit.
  for (const s of [chunked, unlimited]) {
    s.runtime.timeLimits = false;
    s.globals.fillReports_(reports);
    s.runtime.timeLimits = true;
  }
});

test(`«Проверить данные» on ${UNITS} units goes on over several runs and finds what one unlimited run finds`, () => {
  const runs = runsOf(
    () => chunked.globals.checkData(),
    () => chunked.globals.continueRun(true, 'check'),
  );
  // Measured: 5 runs; listing 2 001 tabs alone takes the first (306 s), which still reads one.
  const single = unlimited.globals.checkData() as R;
  expectChunked(runs);
  expect(single.pending).toBeUndefined();
  expect(runs.at(-1)!.result.message).toBe(single.message);
  expectTwins();
});

test(`«Построить сводку» on ${UNITS} units goes on over several runs and builds what one unlimited run builds`, () => {
  const runs = runsOf(
    () => chunked.globals.buildSummary(),
    () => chunked.globals.continueRun(true, 'build'),
  );
  // Measured: 5 runs, as the check.
  const single = unlimited.globals.buildSummary() as R;
  expectChunked(runs);
  expect(single.pending).toBeUndefined();
  expect(runs.at(-1)!.result.message).toBe(single.message);
  expectTwins();
});

test(`the .docx note of ${UNITS} units is read over several runs and is the document one unlimited run reads`, () => {
  const runs = runsOf(
    () => chunked.globals.noteDocument(),
    () => chunked.globals.continueRun(false, 'note'),
  );
  const single = unlimited.globals.noteDocument() as R;
  expectChunked(runs);
  // One run answers with the document itself; the last of several runs carries it as `document`.
  expect(runs.at(-1)!.result.document).toEqual(single);
  expectTwins();
});

test(`«Применить защиту» on ${UNITS} units goes on over several runs and protects as one unlimited run does`, () => {
  const runs = runsOf(
    () => chunked.globals.applyProtections(),
    () => chunked.globals.continueItem('applyProtections'),
  );
  // Measured: 69 runs of 29 tabs (≈ 8 s a tab: its protection is most of a new tab's cost too).
  expectChunked(runs);
  expect((unlimited.globals.applyProtections() as R).pending).toBeUndefined();
  expectTwins();
});

test(`«Закрыть приём» and «Открыть приём» on ${UNITS} units go on over several runs, as one unlimited run each`, () => {
  // Every third unit has handed its report in (besides those the generated reports mark ready): they close, the rest
  // stay open. Measured: 31 runs to close, 26 to open.
  for (const s of [chunked, unlimited]) for (const u of settings.units.filter((_, i) => i % 3 === 0)) markReady(s.ss, u.tab);
  for (const [fn, global] of [
    ['closeIntake', () => chunked.globals.closeIntake()],
    ['openIntake', () => chunked.globals.openIntake()],
  ] as const) {
    expectChunked(runsOf(global, () => chunked.globals.continueItem(fn)));
    expect((unlimited.globals[fn]() as R).pending).toBeUndefined();
    expectTwins();
  }
});

test(`«Новый отчётный год» on ${UNITS} units goes on over several runs and rolls the year as one unlimited run`, () => {
  const runs = runsOf(
    () => chunked.globals.startNewYear(),
    () => chunked.globals.continueItem('startNewYear'),
  );
  // Measured: 8 runs of ≈ 257 tabs.
  const single = unlimited.globals.startNewYear() as R;
  expectChunked(runs);
  expect(single.pending).toBeUndefined();
  expectTwins();
});

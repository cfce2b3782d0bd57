// A chunked check, build or «Создать вкладки» always gets further: even when listing the tabs alone fills a run, each run
// reads (or makes) at least one tab, so the progress sidebar's continuation ends instead of going round for ever.
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { CALL_MS } from '../../src/local/runtime/costModel';
import { openSession } from '../../src/local/session';

type R = { ok: boolean; pending?: boolean; message: string };
const UNITS = 250;
// Apps Script stops an execution at 6 minutes (guides/services/quotas, «Script runtime: 6 min / execution»).
const RUN_LIMIT_MS = 6 * 60_000;
/**
 * A metadata call (getName, getSheetByName) far slower than the model's 30 ms: Google publishes no figure for them; the
 * one public measurement of getLastRow is ≈ 160 ms, and a loaded document can be slower. At 1 s, naming 250 tabs takes
 * longer than the run's 4-minute budget.
 */
const SLOW_META_MS = 1000;

test(`a ${UNITS}-unit build whose tab listing alone fills a run still finishes, reading at least one tab a run`, () => {
  const { settings, reports } = generateWorkbook(UNITS);
  const ss = new LocalSpreadsheet('Медленная');
  const s = openSession(ss);
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  while ((s.globals.createTabs() as R).pending);
  s.globals.fillReports_(reports);
  s.runtime.timeLimits = true;
  const normal = CALL_MS.meta;
  CALL_MS.meta = SLOW_META_MS;
  const runs: Array<{ r: R; ms: number }> = [];
  try {
    const run = (call: () => unknown) => {
      const before = s.runtime.simulatedElapsedMs;
      runs.push({ r: call() as R, ms: s.runtime.simulatedElapsedMs - before });
    };
    run(() => s.globals.buildSummary());
    while (runs.at(-1)!.r.pending && runs.length < 60) run(() => s.globals.continueRun(true, 'build'));
  } finally {
    CALL_MS.meta = normal;
  }
  const read = runs.map(({ r }) => Number(/прочитано вкладок (\d+)/.exec(r.message)?.[1] ?? NaN));
  // The first run spends its budget naming the tabs and still reads one; every later run reads more.
  expect(read[0]).toBe(1);
  for (let i = 1; i < read.length - 1; i++) expect(read[i]).toBeGreaterThan(read[i - 1]);
  for (const { ms } of runs) expect(ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs.at(-1)!.r).toMatchObject({ ok: true, message: expect.stringContaining(`Сводка построена: ${UNITS} муниципалитетов`) });
});

test('«Создать вкладки» whose look at every tab alone fills a run still makes a tab each run, and the next runs go on', () => {
  const { settings } = generateWorkbook(UNITS);
  const ss = new LocalSpreadsheet('Медленная');
  const s = openSession(ss);
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  while ((s.globals.createTabs() as R).pending);
  s.runtime.timeLimits = true;
  // Three tabs deleted by hand: the item makes them again, among 250 tabs whose names alone take 250 s to ask.
  const missing = ['Район 0010', 'Район 0100', 'Район 0200'];
  for (const tab of missing) ss.deleteSheet(ss.getSheetByName(tab)!);
  const normal = CALL_MS.meta;
  CALL_MS.meta = SLOW_META_MS;
  const runs: Array<{ r: R; ms: number }> = [];
  try {
    const run = (call: () => unknown) => {
      const before = s.runtime.simulatedElapsedMs;
      runs.push({ r: call() as R, ms: s.runtime.simulatedElapsedMs - before });
    };
    run(() => s.globals.createTabs());
    while (runs.at(-1)!.r.pending && runs.length < 10) run(() => s.globals.continueItem('createTabs'));
  } finally {
    CALL_MS.meta = normal;
  }
  // The first run names every tab (250 s) and still makes one; the next ones look up only the units still ahead.
  expect(runs[0].r.message).toMatch(
    /^Создано 1 вкладка: Район 0010\. Уже были и не изменены: 98 вкладок\. Время одного запуска на исходе, не успели создать: 2 вкладки\./,
  );
  for (const { r } of runs) expect(r.message).toMatch(/^Создано [12] вкладк/);
  for (const { ms } of runs) expect(ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs.at(-1)!.r.pending).toBeUndefined();
  const names = new Set(ss.getSheets().map((x) => x.getName()));
  for (const tab of missing) expect(names.has(tab)).toBe(true);
  expect([...names].filter((n) => n.startsWith('~'))).toEqual([]);
});

// A chunked check or build always gets further: even when listing the tabs alone fills a run, each run reads at least
// one tab, so the progress sidebar's continuation ends instead of going round for ever.
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

// The 6-minute run is real in the local runtime: a large workbook is built over several runs because the clock said so.
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { openSession } from '../../src/local/session';
import { STAGING_TAB } from '../../src/workbook/staging';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown };
const UNITS = 1700;

test(`a ${UNITS}-unit workbook is built in several runs, each under Apps Script's 6 minutes, and equals a one-run build`, () => {
  const { settings, reports } = generateWorkbook(UNITS);
  const ss = new LocalSpreadsheet('Большая');
  // The unit tabs are still made 1000 × 26 by «Создать вкладки», past Sheets' 10 million cells at this size, and making
  // them takes far longer than one run: both lifted for the setup only, so that what is tested here is the build.
  ss.cellLimit = Number.MAX_SAFE_INTEGER;
  const s = openSession(ss);
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  // «Создать вкладки» stops before its 6 minutes and carries on when chosen again.
  while ((s.globals.createTabs() as { pending?: boolean }).pending);
  s.globals.fillReports_(reports);
  s.runtime.timeLimits = true;
  // No count limit per run: only the time a run has used (Date.now() on the simulated clock) can split the build.
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties().setProperty('mentorMonitor.tabsPerRun', '1000000');

  const runs: Array<{ result: R; ms: number }> = [];
  const run = (call: () => unknown) => {
    const before = s.runtime.simulatedElapsedMs;
    runs.push({ result: call() as R, ms: s.runtime.simulatedElapsedMs - before });
  };
  run(() => s.globals.buildSummary());
  while (runs.at(-1)!.result.pending && runs.length < 10) run(() => s.globals.continueRun(true));

  expect(runs.length).toBeGreaterThan(1);
  expect(runs[0].result.message).toMatch(new RegExp(`прочитано вкладок \\d+ из ${UNITS + 1}`));
  for (const r of runs) expect(r.ms).toBeLessThan(6 * 60_000);
  const last = runs.at(-1)!.result;
  expect(last).toMatchObject({ ok: true });
  expect(last.message).toContain(`Сводка построена: ${UNITS} муниципалитетов`);
  expect(ss.getSheetByName(STAGING_TAB)).toBeNull();

  // The same workbook built again with real time (no simulated clock): one run, the same result.
  s.runtime.simulatedClock = false;
  const single = s.globals.buildSummary() as R;
  expect(single.pending).toBeUndefined();
  expect(single.output).toEqual(last.output);
});

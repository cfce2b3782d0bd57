// The 6-minute run is real in the local runtime: a large workbook is built, and its .docx note read, over several runs
// because the clock said so.
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { openSession, type Session } from '../../src/local/session';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { STAGING_TAB } from '../../src/workbook/staging';
import { snapshot } from '../helpers/bundle';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown; document?: NoteDocument };
const UNITS = 2000;
// Apps Script stops an execution at 6 minutes («Exceeded maximum execution time»):
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations («Script runtime: 6 min / execution»).
const RUN_LIMIT_MS = 6 * 60_000;

let ss: LocalSpreadsheet;
let s: Session;

beforeAll(() => {
  const { settings, reports } = generateWorkbook(UNITS);
  ss = new LocalSpreadsheet('Большая');
  // Making the tabs takes far longer than one run: the limit is lifted for the setup only, so that what is tested here
  // is the reading («Создать вкладки» itself at this size: clockChunksHigh.test.ts). The tabs fit Sheets' 10 million cells.
  s = openSession(ss);
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  // «Создать вкладки» stops before its 6 minutes and carries on when chosen again.
  while ((s.globals.createTabs() as { pending?: boolean }).pending);
  s.globals.fillReports_(reports);
  s.runtime.timeLimits = true;
  // No count limit per run: only the time a run has used (Date.now() on the simulated clock) can split the reading.
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '1000000');
});

/** Calls a global, then its continuation while the answer is pending; each call is one run, timed on the simulated clock. */
function runsOf(first: () => unknown, next: () => unknown, limit = 10): Array<{ result: R; ms: number }> {
  const runs: Array<{ result: R; ms: number }> = [];
  const run = (call: () => unknown) => {
    const before = s.runtime.simulatedElapsedMs;
    runs.push({ result: call() as R, ms: s.runtime.simulatedElapsedMs - before });
  };
  run(first);
  while (runs.at(-1)!.result.pending && runs.length < limit) run(next);
  return runs;
}

test(`the .docx note of a ${UNITS}-unit workbook, more than 6 minutes of reading, comes in several runs each under 6 minutes`, () => {
  const before = snapshot(ss, () => false);
  const runs = runsOf(
    () => s.globals.noteDocument(),
    () => s.globals.continueRun(false, 'note'),
  );
  // The reading alone needs more than one run may take (≈ 387 s here: 1 198 tabs in the first run, the rest and the
  // staging tab in the second), so a single run could not finish; the chunks add only one staging write and one read.
  expect(runs.reduce((sum, r) => sum + r.ms, 0)).toBeGreaterThan(RUN_LIMIT_MS);
  expect(runs.length).toBeGreaterThan(1);
  expect(runs[0].result.message).toMatch(new RegExp(`прочитано вкладок \\d+ из ${UNITS + 1}`));
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
  const last = runs.at(-1)!.result;
  expect(last).toMatchObject({ ok: true, message: expect.stringContaining(`Справка составлена: ${UNITS} муниципалитетов`) });
  expect(ss.getSheetByName(STAGING_TAB)).toBeNull();
  expect(snapshot(ss, () => false)).toEqual(before);

  // The same read with real time (no simulated clock): one run, the same document.
  s.runtime.simulatedClock = false;
  try {
    expect(s.globals.noteDocument()).toEqual(last.document);
  } finally {
    s.runtime.simulatedClock = true;
  }
});

test(`a ${UNITS}-unit workbook is built in several runs, each under Apps Script's 6 minutes, and equals a one-run build`, () => {
  const runs = runsOf(
    () => s.globals.buildSummary(),
    () => s.globals.continueRun(true),
  );
  expect(runs.length).toBeGreaterThan(1);
  expect(runs[0].result.message).toMatch(new RegExp(`прочитано вкладок \\d+ из ${UNITS + 1}`));
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
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

test(`«Применить защиту» on ${UNITS} units goes on over several runs, each under 6 minutes, as one unlimited run would protect`, () => {
  s.runtime.simulatedClock = true;
  const runs = runsOf(
    () => s.globals.applyProtections(),
    () => s.globals.applyProtections(),
    100,
  );
  // Measured: 28 runs (27 of ≈ 240 s with 73 tabs each, the last of 95 s with «Настройки»); a run stops between tabs.
  expect(runs.length).toBeGreaterThan(1);
  expect(runs.at(-1)!.result.pending).toBeUndefined();
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs[0].result.message).toMatch(new RegExp(`^Время одного запуска на исходе: защищено вкладок \\d+ из ${UNITS}\\.`));
  expect(runs.at(-1)!.result).toMatchObject({ ok: true });
  const chunked = s.runtime.protectionRecords();
  s.runtime.simulatedClock = false;
  try {
    expect((s.globals.applyProtections() as R).pending).toBeUndefined();
  } finally {
    s.runtime.simulatedClock = true;
  }
  expect(s.runtime.protectionRecords()).toEqual(chunked);
});

test(`«Закрыть приём отчётов» on ${UNITS} units goes on over several runs, each under 6 minutes, and never reads without progress`, () => {
  s.runtime.simulatedClock = true;
  const runs = runsOf(
    () => s.globals.closeIntake(),
    () => s.globals.closeIntake(),
    100,
  );
  // Reading every tab alone (≈ 0,2 s each) is more than one run: before, every click read from the first tab and stopped.
  expect(runs.length).toBeGreaterThan(1);
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs[0].result.message).toMatch(new RegExp(`^Время одного запуска на исходе: просмотрено вкладок \\d+ из ${UNITS}\\.`));
  expect(runs.at(-1)!.result.pending).toBeUndefined();
  expect(runs.at(-1)!.result.ok).toBe(true);
});

test(`«Новый отчётный год» on ${UNITS} units goes on over several runs, each under 6 minutes, and loses no value`, () => {
  s.runtime.simulatedClock = true;
  // Every unit tab's indicator rows (key, 2020, 2021) before the roll: after it, 2021's value stands in the first year column.
  const indicatorRows = () =>
    ss
      .getSheets()
      .filter((x) => !['Настройки', 'Инструкция'].includes(x.getName()) && !x.isSheetHidden())
      .map((x) => x.getDataRange().getValues())
      .filter((grid) => grid.some((r) => String(r[0]) === 'sec:indicators'))
      .map((grid) => grid.filter((r) => String(r[0]).startsWith('ind:')).map((r) => [r[0], r[2], r[3]]));
  const before = indicatorRows();
  expect(before).toHaveLength(UNITS);
  const filled = before.flat().filter((r) => r[2] !== '' && r[2] !== null).length;
  expect(filled).toBeGreaterThan(UNITS); // the generated reports fill the reporting year

  const runs = runsOf(
    () => s.globals.startNewYear(),
    () => s.globals.startNewYear(),
  );
  // Measured: 4 runs of ≈ 275 s (666 tabs each, the settings' year advanced in the last one).
  expect(runs.length).toBeGreaterThan(1);
  for (const r of runs) expect(r.ms).toBeLessThan(RUN_LIMIT_MS);
  expect(runs.slice(0, -1).every((r) => r.result.pending)).toBe(true);
  expect(runs.at(-1)!.result).toMatchObject({ ok: true, message: expect.stringContaining('Новый отчётный год — ') });

  const after = indicatorRows();
  // Formula rows keep their formulas; every typed value of the reporting year is now the previous year's, and the year is empty.
  const moved = before.map((rows) => rows.map(([key, , cur]) => [key, cur, '']));
  expect(after).toEqual(moved);
});

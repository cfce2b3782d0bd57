// The «large region» deployment (dist-large/: the Sheets advanced service) gives the very same summary as the default one,
// in a handful of batchGet calls and one run even at 2 000 units under the slowest constants.
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { createAdvancedSheets } from '../../src/local/runtime/advancedSheets';
import { COST_CONSTANTS } from '../../src/local/runtime/costModel';
import { openSession, type Session } from '../../src/local/session';
import { rangeChunks, wholeTab } from '../../src/workbook/batchRead';
import { isReadableTab } from '../../src/workbook/gasWorkbook';
import { STAGING_TAB } from '../../src/workbook/staging';
import { openLargeSession, sampleSession } from '../helpers/bundle';
import { FULL_SCALE, scaleUnits } from '../helpers/scale';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown; analysis?: unknown };
// Apps Script stops an execution at 6 minutes (guides/services/quotas, «Script runtime: 6 min / execution»).
const RUN_LIMIT_MS = 6 * 60_000;

/** The same workbook through the other deployment: a second runtime over the same spreadsheet. */
function other(ss: LocalSpreadsheet, large: boolean): Session {
  return large ? openLargeSession(ss) : openSession(ss);
}

test('the sample: check and build give the same findings, summary and note with and without the advanced service', () => {
  const plain = sampleSession();
  const ss = plain.ss;
  // Values getValues hands over as a date with a time, a boolean and a fraction, below a unit's report.
  const tab = ss.getSheetByName('г. Кедровый')!;
  const row = tab.getLastRow() + 2;
  tab.getRange(row, 2, 1, 3).setValues([[new Date(2025, 8, 1, 10, 15, 30), true, 0.125]]);
  tab.getRange(row, 2).setNumberFormat('dd.MM.yyyy HH:mm:ss');
  const check = plain.globals.checkData() as R;
  const build = plain.globals.buildSummary() as R;

  const large = other(ss, true);
  large.runtime.resetCalls();
  const largeCheck = large.globals.checkData() as R;
  expect(largeCheck).toEqual(check);
  large.runtime.resetCalls();
  const largeBuild = large.globals.buildSummary() as R;
  expect(largeBuild).toEqual(build);
  expect(largeBuild.message).toContain('Сводка построена: 20 муниципалитетов');
  // The titles in one call, the 21 tabs (settings and 20 units) in one chunk read twice (serial dates, formatted dates).
  const c = large.runtime.calls;
  expect(c.byTargetMethod['Sheets.Spreadsheets.get']).toBe(1);
  expect(c.byTargetMethod['Sheets.Spreadsheets.Values.batchGet']).toBe(2);
  expect(c.byKind.api).toBe(3);
  // One ordinary read only: «Ход сбора», whose staff marks the build reads back before rewriting it.
  expect(c.byMethod.getSheetValues ?? 0).toBe(1);
  expect(c.byMethod.getName ?? 0).toBe(0);
});

test('the default deployment has no Sheets global; the large one has it', () => {
  const ss = new LocalSpreadsheet('Тест');
  // The advanced service is a global of the runtime, not an export of src/main.ts: read by name.
  expect(Reflect.get(other(ss, false).globals, 'Sheets')).toBeUndefined();
  expect(Reflect.get(other(ss, true).globals, 'Sheets')).toBeDefined();
});

// 2 000 units in `npm run test:scale`; 500 in `npm test`: still more than one chunk of tabs (about 230 a chunk), so the
// same calls per chunk and the same hand-over between runs when the API is slow.
const UNITS = scaleUnits(500);

describe(`${UNITS} units`, () => {
  let ss: LocalSpreadsheet;
  let unlimited: R;

  beforeAll(() => {
    const { settings, reports } = generateWorkbook(UNITS);
    ss = new LocalSpreadsheet('Большая');
    // As in clockChunks.test.ts: the 1000 × 26 unit tabs pass Sheets' 10 million cells at this size, and making them
    // takes many runs; both lifted for the setup only.
    ss.cellLimit = Number.MAX_SAFE_INTEGER;
    const s = openSession(ss);
    s.runtime.timeLimits = false;
    s.globals.setupWorkbookWith_(settings);
    while ((s.globals.createTabs() as R).pending);
    s.globals.fillReports_(reports);
    // The default deployment's build without a clock and without a count per run: one run, the reference result.
    s.runtime.simulatedClock = false;
    (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
      .getDocumentProperties()
      .setProperty('mentorMonitor.tabsPerRun', '1000000');
    unlimited = s.globals.buildSummary() as R;
    expect(unlimited.ok).toBe(true);
  });

  test('a build in the large mode under the high constants: one run, the same result, 2 + 2 × chunks Sheets API calls', () => {
    const s = other(ss, true);
    s.runtime.costCase = 'high';
    s.runtime.resetCalls();
    const before = s.runtime.simulatedElapsedMs;
    const r = s.globals.buildSummary() as R;
    const ms = s.runtime.simulatedElapsedMs - before;
    const c = structuredClone(s.runtime.calls);
    expect(r.pending).toBeUndefined();
    expect(r).toEqual(unlimited);
    expect(ss.getSheetByName(STAGING_TAB)).toBeNull();
    expect(ms).toBeLessThan(RUN_LIMIT_MS);
    const readable = ss
      .getSheets()
      .map((x) => x.getName())
      .filter(isReadableTab);
    expect(readable).toHaveLength(UNITS + 1);
    const chunks = rangeChunks(readable).length;
    // Measured: 2 001 tabs («Район 0001»…) in 8 chunks: 1 spreadsheets.get + 16 batchGet; 501 tabs in 2.
    expect(chunks).toBe(FULL_SCALE ? 8 : 2);
    expect(c.byTargetMethod['Sheets.Spreadsheets.Values.batchGet']).toBe(2 * chunks);
    expect(c.byKind.api).toBe(1 + 2 * chunks);
    // One ordinary read only: «Ход сбора», whose staff marks the build reads back before rewriting it.
    expect(c.byMethod.getSheetValues ?? 0).toBe(1);
    // The links of the data check's findings to their units' tabs take their ids from the one spreadsheets.get call
    // (before: one getSheetByName and one getSheetId per tab with a finding, 661 calls at this size). Measured: 144.
    expect(c.byMethod.getSheetId ?? 0).toBe(0);
    expect(c.total).toBeLessThan(300);
    expect(c.byMethod.getName ?? 0).toBe(0);
  });

  test('when the API is slow the large mode carries on over several runs, each under 6 minutes, with the same result', () => {
    const s = other(ss, true);
    s.runtime.costCase = 'high';
    // Far slower than the model's bound (3 s): 60 s a call, so one run has time for one chunk (two calls) only.
    const bound = COST_CONSTANTS.high.callMs.api;
    COST_CONSTANTS.high.callMs.api = 60_000;
    const runs: Array<{ r: R; ms: number }> = [];
    try {
      const run = (call: () => unknown) => {
        const before = s.runtime.simulatedElapsedMs;
        runs.push({ r: call() as R, ms: s.runtime.simulatedElapsedMs - before });
      };
      run(() => s.globals.buildSummary());
      while (runs.at(-1)!.r.pending && runs.length < 20) run(() => s.globals.continueRun(true, 'build'));
    } finally {
      COST_CONSTANTS.high.callMs.api = bound;
    }
    expect(runs[0].r.message).toMatch(new RegExp(`^Большая таблица: прочитано вкладок \\d+ из ${UNITS + 1}\\.`));
    // 8 runs (500 units: 2) read a chunk each; the last of them read for more than WRITE_START_LIMIT_MS, so one more
    // only writes.
    expect(runs.length).toBe(FULL_SCALE ? 9 : 3);
    for (const { ms } of runs) expect(ms).toBeLessThan(RUN_LIMIT_MS);
    expect(runs.at(-1)!.r).toEqual(unlimited);
    expect(ss.getSheetByName(STAGING_TAB)).toBeNull();
  });

  test('a tab deleted between two runs of the large mode is passed over (batchGet would refuse the whole call for it)', () => {
    const s = other(ss, true);
    s.runtime.costCase = 'high';
    const bound = COST_CONSTANTS.high.callMs.api;
    COST_CONSTANTS.high.callMs.api = 60_000;
    let r: R;
    try {
      r = s.globals.buildSummary() as R;
      expect(r.pending).toBe(true);
      ss.deleteSheet(ss.getSheetByName(`Район ${String(UNITS).padStart(4, '0')}`)!);
      for (let runs = 1; r.pending && runs < 20; runs++) r = s.globals.continueRun(true, 'build') as R;
    } finally {
      COST_CONSTANTS.high.callMs.api = bound;
    }
    // The same as the default deployment reads the workbook as it now is: the unit's tab is named missing.
    const plain = other(ss, false);
    plain.runtime.simulatedClock = false;
    const reference = plain.globals.buildSummary() as R;
    expect(reference.message).toContain(FULL_SCALE ? 'ошибок 15' : 'ошибок 5');
    expect(r).toEqual(reference);
  });

  test('each batchGet answer stays under the 2 MB payload Google recommends (developers.google.com/workspace/sheets/api/limits)', () => {
    const s = other(ss, true);
    const api = createAdvancedSheets(s.runtime.env, () => ss) as {
      Spreadsheets: { Values: { batchGet(id: string, args: object): unknown } };
    };
    const names = ss
      .getSheets()
      .map((x) => x.getName())
      .filter((n) => n.startsWith('Район'));
    const largest = Math.max(
      ...rangeChunks(names).map(
        (chunk) =>
          JSON.stringify(
            api.Spreadsheets.Values.batchGet(ss.getId(), {
              ranges: chunk.map(wholeTab),
              valueRenderOption: 'UNFORMATTED_VALUE',
              dateTimeRenderOption: 'FORMATTED_STRING',
            }),
          ).length,
      ),
    );
    expect(largest).toBeLessThan(2 * 1024 * 1024);
  });
});

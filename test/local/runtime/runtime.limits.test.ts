// The runtime refuses what Apps Script refuses: the 6-minute run, 10 million cells, 50 000 characters, custom functions' context.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, LocalSpreadsheet, loadBundle } from '../../../src/local/runtime';
import type { RuntimeOptions } from '../../../src/local/runtime';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mm-limits-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function readMany(n){ var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; var t0 = Date.now();
  for (var i = 0; i < n; i++) sh.getRange(1, 1).getValues(); return Date.now() - t0; }
function swallow(n){ try { return readMany(n); } catch (e) { return 'caught: ' + e.message; } }
function lockAndStop(n){ LockService.getDocumentLock().tryLock(1000); return readMany(n); }
function lockWait(){ var l = LockService.getDocumentLock(); var t0 = Date.now(); var got = l.tryLock(5000);
  return [got, Date.now() - t0]; }
function DOUBLEUP(x){ return Array.isArray(x) ? x.map(function(r){ return r.map(function(v){ return v * 2; }); }) : x * 2; }
function WRITER(x){ SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('C1').setValue(x); return x; }
function READER(){ return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValues()[0][0]; }
function UI(){ SpreadsheetApp.getUi(); }
function TOAST(){ SpreadsheetApp.getActiveSpreadsheet().toast('x'); }
function SLOW(){ return readMany(200); }
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(options: RuntimeOptions = {}) {
  const rt = createRuntime(undefined, {
    console: { log: () => undefined },
    recordEvents: false,
    clockStartMs: Date.UTC(2026, 0, 15),
    ...options,
  });
  rt.spreadsheet
    .getSheets()[0]
    .getRange('A1:B2')
    .setValues([
      [2, 3],
      [4, 5],
    ]);
  const g = loadBundle(dir, rt) as unknown as Record<string, (...a: unknown[]) => unknown>;
  return { rt, g };
}

describe('the 6-minute run on a simulated clock', () => {
  // Cost per call from src/local/runtime/costModel.ts: a read 150 ms, a meta call (getRange) 30 ms.
  test('Date.now() in the bundle moves by the modelled cost of its calls', () => {
    const { g } = open();
    expect(g.readMany(10)).toBe(10 * (150 + 30));
  });

  test('under the high constants a read costs 300 ms and a meta call 150 ms, so the same run stops sooner', () => {
    // src/local/runtime/costModel.ts COST_CONSTANTS.high: the slow end of each constant's range.
    const { rt, g } = open();
    rt.costCase = 'high';
    expect(rt.costCase).toBe('high');
    expect(g.readMany(10)).toBe(10 * (300 + 150));
    expect(() => g.readMany(Math.ceil(360_000 / 450) + 1)).toThrow('Exceeded maximum execution time');
  });

  test("a run past 6 minutes stops with Apps Script's «Exceeded maximum execution time», even if the code catches it", () => {
    // Google, guides/services/quotas: script runtime 6 min / execution; the text: guides/support/troubleshooting.
    const { g } = open();
    const calls = Math.ceil(360_000 / 180) + 1;
    expect(() => g.readMany(calls)).toThrow('Exceeded maximum execution time');
    expect(() => g.swallow(calls)).toThrow('Exceeded maximum execution time');
    // The next run starts a fresh budget.
    expect(g.readMany(5)).toBe(5 * 180);
  });

  test('lifting the limits lets the same run finish; the clock still counts', () => {
    const { rt, g } = open();
    rt.timeLimits = false;
    expect(g.readMany(2100)).toBe(2100 * 180);
  });

  test('without the simulated clock the bundle sees real time', () => {
    const { g } = open({ simulatedClock: false });
    expect(g.readMany(3000)).toBeLessThan(60_000);
  });

  test('a lock the stopped run held is released: Google, reference/lock/lock, releaseLock() «automatically released when the script terminates»', () => {
    const { rt, g } = open();
    expect(() => g.lockAndStop(3000)).toThrow('Exceeded maximum execution time');
    expect(rt.lock.isHeldByScript('document')).toBe(false);
  });

  test("tryLock waits its timeout on the clock and returns false; waitLock throws Apps Script's text (reference/lock/lock)", () => {
    const { rt, g } = open();
    rt.lock.holdByOther('document');
    expect(g.lockWait()).toEqual([false, 5000]);
    // The product calls only tryLock; waitLock is checked from outside the bundle.
    const lock = (rt.globals.LockService as { getDocumentLock(): { waitLock(ms: number): void } }).getDocumentLock();
    expect(() => lock.waitLock(2000)).toThrow('Lock timeout: another process was holding the lock for too long.');
  });
});

describe("Sheets limits with Sheets' own texts", () => {
  // Google Drive Help, «Files you can store in Google Drive»: up to 10 million cells per spreadsheet, 50 000 characters
  // per cell. The texts are the ones Sheets answers with (quoted verbatim by public code handling them).
  const CELLS = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
  const TEXT = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  test("every tab's full grid counts: the 385th new tab of 1000 × 26 is refused", () => {
    const ss = new LocalSpreadsheet({ sheetNames: [] });
    for (let i = 0; i < 384; i++) ss.insertSheet(`Т${i}`);
    expect(ss.gridCellsInternal()).toBe(384 * 26_000);
    expect(() => ss.insertSheet('Лишняя')).toThrow(CELLS);
    expect(ss.getNumSheets()).toBe(384);
  });

  test('inserting rows or columns past the limit is refused and changes nothing', () => {
    const ss = new LocalSpreadsheet({ sheetNames: ['А'] });
    const sh = ss.getSheets()[0];
    sh.insertRowsAfter(1000, 9_000_000 / 26 - 1000);
    expect(sh.getMaxRows()).toBe(9_000_000 / 26);
    expect(() => sh.insertRowsAfter(1, 40_000)).toThrow(CELLS);
    expect(() => sh.insertColumnsAfter(26, 3)).toThrow(CELLS);
    expect(sh.getMaxRows()).toBe(9_000_000 / 26);
    expect(sh.getMaxColumns()).toBe(26);
  });

  test('a text over 50 000 characters is refused whole by setValue and setValues', () => {
    const ss = new LocalSpreadsheet();
    const sh = ss.getSheets()[0];
    sh.getRange('A1').setValue('я'.repeat(50_000));
    expect(() => sh.getRange('A2').setValue('я'.repeat(50_001))).toThrow(TEXT);
    expect(() => sh.getRange('A2:B2').setValues([['ок', 'я'.repeat(50_001)]])).toThrow(TEXT);
    expect(sh.getRange('A2:B2').getValues()).toEqual([['', '']]);
  });
});

describe('custom functions run in their restricted context', () => {
  const custom = () => {
    const s = open();
    s.rt.authMode = 'CUSTOM_FUNCTION';
    return s;
  };

  test('a range argument arrives as a 2-D array of values, a single cell as its value (guides/sheets/functions, «Arguments»)', () => {
    const { rt, g } = custom();
    const sh = rt.spreadsheet.getSheets()[0];
    expect(g.DOUBLEUP(sh.getRange('A1:B2'))).toEqual([
      [4, 6],
      [8, 10],
    ]);
    expect(g.DOUBLEUP(sh.getRange('B2'))).toBe(10);
  });

  test('reading works; set*() is refused (guides/sheets/functions, «Using Apps Script services»: Spreadsheet read only)', () => {
    const { rt, g } = custom();
    expect(g.READER()).toBe(2);
    expect(() => g.WRITER(1)).toThrow('You do not have permission to call Range.setValue');
    expect(rt.spreadsheet.getSheets()[0].getRange('C1').getValue()).toBe('');
  });

  test('no UI and no messages to the screen', () => {
    const { g } = custom();
    expect(() => g.UI()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(() => g.TOAST()).toThrow('You do not have permission to call Spreadsheet.toast');
  });

  test('a custom function has 30 seconds (guides/services/quotas: custom function runtime 30 s / execution)', () => {
    // 200 reads of 180 ms each are 36 s: past a custom function's 30 s, well within a menu run's 6 minutes.
    const { g } = custom();
    expect(() => g.SLOW()).toThrow('Exceeded maximum execution time');
    const { g: menu } = open();
    expect(menu.SLOW()).toBe(36_000);
  });
});

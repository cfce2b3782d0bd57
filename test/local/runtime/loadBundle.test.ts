// Loading a built bundle folder with gas-local and calling its top-level functions against the runtime.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, loadBundle } from '../../../src/local/runtime';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mm-bundle-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function onOpen(e){ SpreadsheetApp.getUi().createMenu('X').addItem('A','fa').addToUi(); }
function readIt(){ return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1,1,2,2).getValues(); }
function wrongShape(){
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1,1,3,1).setValues([[1],[2]]); return 'no error'; }
  catch (err) { return [err instanceof Error, err.name, err.message].join('|'); }
}
function dateKinds(){
  var v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2').getValues()[0][0];
  return [v instanceof Date, Object.prototype.toString.call(v), typeof v.getTime()].join('|');
}
function writeDate(){ SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('C1').setValue(new Date(2022, 0, 15)); }
function logIt(){ console.log('в консоль'); return 'ok'; }
function unimplemented(){ try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getBackgrounds(); }
  catch (e) { return e.message; } }
function neverImitated(){ try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').sort(1); } catch (e) { return e.message; } }
function noLogger(){ try { Logger.log('x'); } catch (e) { return e.message; } }
var NOT_A_FUNCTION = 1;
`,
  );
  writeFileSync(join(dir, 'notes.txt'), 'not javascript');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadBundle', () => {
  it('runs onOpen and reads the sheet through the bundle', () => {
    const logs: unknown[][] = [];
    const rt = createRuntime(undefined, { console: { log: (...a: unknown[]) => logs.push(a) } });
    rt.spreadsheet
      .getSheets()[0]
      .getRange('A1:B2')
      .setValues([
        ['Школа', 5],
        ['Гимназия', new Date(2021, 0, 1)],
      ]);
    const ctx = loadBundle(dir, rt);

    ctx.onOpen({ authMode: 'FULL', source: rt.spreadsheet });
    expect(rt.menus).toEqual([{ title: 'X', addon: false, items: [{ type: 'item', caption: 'A', functionName: 'fa' }] }]);

    const values = ctx.readIt() as unknown[][];
    expect(values).toEqual([
      ['Школа', 5],
      ['Гимназия', new Date(2021, 0, 1)],
    ]);
    expect(Object.prototype.toString.call(values[1][1])).toBe('[object Date]');
    expect(ctx.NOT_A_FUNCTION).toBe(1);
  });

  it('hands the bundle errors of its own realm and Dates it recognises', () => {
    const rt = createRuntime(undefined, { console: { log: () => undefined } });
    rt.spreadsheet
      .getSheets()[0]
      .getRange('B2')
      .setValue(new Date(2021, 5, 1));
    const ctx = loadBundle(dir, rt);
    expect(ctx.wrongShape()).toBe(
      'true|Exception|The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(ctx.dateKinds()).toBe('true|[object Date]|number');
    ctx.writeDate();
    const written = rt.spreadsheet.getSheets()[0].getRange('C1').getValue();
    expect(written).toBeInstanceOf(Date);
    expect((written as Date).getTime()).toBe(new Date(2022, 0, 15).getTime());
  });

  it('records console output and counts the bundle calls', () => {
    const printed: string[] = [];
    const rt = createRuntime(undefined, { console: { log: (...a: unknown[]) => printed.push(a.join(' ')) } });
    const ctx = loadBundle(dir, rt);
    rt.resetCalls();
    expect(ctx.logIt()).toBe('ok');
    expect(rt.logs).toEqual([{ source: 'console', message: 'в консоль' }]);
    expect(printed).toEqual(['в консоль']);
    ctx.readIt();
    expect(rt.calls.byKind.read).toBe(1);
    expect(rt.events.map((e) => e.method)).toEqual(['getActiveSpreadsheet', 'getSheets', 'getRange', 'getValues']);
  });

  it('answers what the product does not call with «not implemented in the local runtime» (issue 11), outside the bundle too for methods never imitated', () => {
    const rt = createRuntime(undefined, { console: { log: () => undefined } });
    const ctx = loadBundle(dir, rt);
    // Imitated for tests to set up and read the model, but not for the bundle: the product never calls it.
    expect(ctx.unimplemented()).toBe('not implemented in the local runtime: Range.getBackgrounds');
    // An Apps Script method the runtime never imitated, and a whole service the product does not use.
    expect(ctx.neverImitated()).toBe('not implemented in the local runtime: Range.sort');
    expect(ctx.noLogger()).toBe('not implemented in the local runtime: Logger.log');
    expect(rt.spreadsheet.getSheets()[0].getRange('A1').getBackgrounds()).toEqual([['#ffffff']]);
  });

  it('says in Russian when the bundle folder is missing', () => {
    const rt = createRuntime();
    expect(() => loadBundle(join(dir, 'нет'), rt)).toThrow('Папка со сборкой не найдена');
  });
});

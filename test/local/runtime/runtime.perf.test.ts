// The benchmark workbook size (2 000 tabs of about 80×6 cells) fits in the local runtime: every cell written is read back,
// one read call per tab is counted, and the event log stays empty when the benchmark turns it off. (How fast it runs is
// measured by `npm run bench`, never asserted by a test.)
import { createRuntime } from '../../../src/local/runtime';

it('writes, formats and reads back 2 000 sheets of 80×6 cells', () => {
  const rt = createRuntime(undefined, { console: { log: () => undefined }, recordEvents: false });
  const ss = rt.spreadsheet;
  const data = Array.from({ length: 80 }, (_, i) => [`Строка ${i}`, i, i * 1.5, i % 2 === 0, '', `=B${i + 1}*2`]);
  for (let s = 0; s < 2000; s++) {
    const sh = ss.insertSheet(`Единица ${s}`, ss.getSheets().length);
    // Trimmed at once, as Sheets refuses a workbook past 10 million cells (2 000 tabs of 1000×26 would be 52 million).
    sh.deleteRows(81, sh.getMaxRows() - 80);
    sh.deleteColumns(7, sh.getMaxColumns() - 6);
    const r = sh.getRange(1, 1, 80, 6);
    r.setValues(data);
    r.setBackgrounds(data.map((row) => row.map(() => '#ffffff')));
    sh.getRange(1, 1, 1, 6).setFontWeight('bold');
  }
  let cells = 0;
  for (const sh of ss.getSheets()) {
    const v = sh.getDataRange().getValues();
    cells += v.length * (v[0]?.length ?? 0);
  }
  expect(cells).toBe(2000 * 80 * 6 + 1);
  expect(rt.calls.byKind.read).toBe(2001);
  expect(rt.events).toEqual([]);
  const last = ss.getSheetByName('Единица 1999')!;
  expect(last.getRange(80, 1, 1, 4).getValues()).toEqual([['Строка 79', 79, 118.5, false]]);
  expect(last.getRange(80, 6).getFormula()).toBe('=B80*2');
  expect(last.getRange(1, 1).getFontWeight()).toBe('bold');
  expect(last.getRange(2, 1).getFontWeight()).toBe('normal');
});

// The «large region» reader gives each tab exactly the grid the ordinary reading gives, dates included; its chunks fit the URL.
import { asGasSpreadsheet, createRuntime, installGlobals, LocalSpreadsheet } from '../../src/local/runtime';
import { createAdvancedSheets } from '../../src/local/runtime/advancedSheets';
import { dateFromSerial, rangeChunks, readBatched, URL_RANGES_BUDGET, wholeTab } from '../../src/workbook/batchRead';
import { valuesOf } from '../../src/workbook/gasWorkbook';

test('every kind of cell reads the same through batchGet as through getSheetValues, in spreadsheets east and west of the script', () => {
  // 03:15:30 UTC on 01.09.2025 is 10:15:30 in Tomsk and 20:15:30 of 31.08 in Los Angeles.
  const wallClocks: Record<string, Date> = {
    'Asia/Tomsk': new Date(Date.UTC(2025, 8, 1, 10, 15, 30)),
    'America/Los_Angeles': new Date(Date.UTC(2025, 7, 31, 20, 15, 30)),
  };
  for (const [timeZone, wallClock] of Object.entries(wallClocks)) {
    const ss = new LocalSpreadsheet({ name: 'Тест', id: 'doc-1', timeZone });
    const rt = createRuntime(ss, { console: { log: () => undefined } });
    const restore = installGlobals(rt);
    try {
      const sheet = ss.insertSheet("Район 'Северный'");
      sheet.getRange('A1:E1').setValues([['текст', 12.5, true, false, '']]);
      sheet.getRange('A2:E2').setValues([[new Date(Date.UTC(2025, 8, 1)), 45901, new Date(Date.UTC(2025, 8, 1, 3, 15, 30, 700)), 0.5, '']]);
      // A date, a number under a date format (a date to getValues), a date with a time, a time of day, a date under a
      // number format (a number to getValues); then an empty row and a last value further right.
      sheet.getRange('A2:D2').setNumberFormats([['dd.MM.yyyy', 'dd.MM.yyyy', 'dd.MM.yyyy HH:mm:ss', 'HH:mm']]);
      sheet.getRange('A3').setValue(new Date(Date.UTC(2024, 0, 31)));
      sheet.getRange('A3').setNumberFormat('0.00');
      sheet.getRange('F5').setValue('конец');
      const api = createAdvancedSheets(rt.env, () => ss) as unknown as GoogleAppsScript.Sheets;
      const [batched] = readBatched(api, 'doc-1', [sheet.getName()], () => true);
      const ordinary = valuesOf(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
      expect(batched).toEqual({ name: "Район 'Северный'", values: ordinary });
      expect(ordinary[1][2]).toEqual(wallClock);
      // An empty tab: [] both ways.
      const empty = ss.insertSheet('Пустая');
      expect(readBatched(api, 'doc-1', ['Пустая'], () => true)[0].values).toEqual([]);
      expect(valuesOf(empty as unknown as GoogleAppsScript.Spreadsheet.Sheet)).toEqual([]);
      expect(asGasSpreadsheet(ss).getSpreadsheetTimeZone()).toBe(timeZone);
    } finally {
      restore();
    }
  }
});

test('a serial number is the wall clock of its day, to the second', () => {
  expect(dateFromSerial(0)).toEqual(new Date(Date.UTC(1899, 11, 30)));
  expect(dateFromSerial(45901.5)).toEqual(new Date(Date.UTC(2025, 8, 1, 12)));
  // 10:15:30.7 is read to the second, as Utilities.formatDate(…, 'ss') reads getValues' Date.
  expect(dateFromSerial(45901 + 36930.7 / 86400)).toEqual(new Date(Date.UTC(2025, 8, 1, 10, 15, 30)));
});

test('the ranges of one call stay within the URL budget; a longer list goes into more calls, in order, none lost', () => {
  const names = Array.from({ length: 2001 }, (_, i) => `Район ${String(i + 1).padStart(4, '0')}`);
  const chunks = rangeChunks(names);
  expect(chunks.flat()).toEqual(names);
  for (const chunk of chunks) {
    const url = chunk.map((n) => `&ranges=${encodeURIComponent(wholeTab(n))}`).join('');
    expect(url.length).toBeLessThanOrEqual(URL_RANGES_BUDGET);
  }
  expect(chunks).toHaveLength(8);
  // A name too long for the budget alone still gets its own call.
  expect(rangeChunks(['x'.repeat(20_000), 'y'])).toEqual([['x'.repeat(20_000)], ['y']]);
  expect(wholeTab("Район 'Северный'")).toBe("'Район ''Северный'''");
});

test('a run where no further chunk fits stops after its first, and reads at least that one', () => {
  const ss = new LocalSpreadsheet({ name: 'Тест', id: 'doc-1' });
  const rt = createRuntime(ss, { console: { log: () => undefined } });
  ss.cellLimit = Number.MAX_SAFE_INTEGER;
  const names = Array.from({ length: 600 }, (_, i) => `Район ${i + 1}`);
  for (const n of names) ss.insertSheet(n);
  const api = createAdvancedSheets(rt.env, () => ss) as unknown as GoogleAppsScript.Sheets;
  const read = readBatched(api, 'doc-1', names, () => false);
  expect(read.map((t) => t.name)).toEqual(rangeChunks(names)[0]);
  expect(read.length).toBeGreaterThan(0);
  expect(read.length).toBeLessThan(names.length);
});

// The Sheets advanced service as the runtime imitates it: batchGet's rendering of values, what it leaves out, and what it refuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, LocalSpreadsheet } from '../../../src/local/runtime';
import { advancedServicesOf, createAdvancedSheets } from '../../../src/local/runtime/advancedSheets';

type ValueRange = { range: string; majorDimension: string; values?: unknown[][] };
type Api = {
  Spreadsheets: {
    get(id: string, args: object): { sheets: Array<{ properties: { title: string; sheetId: number } }> };
    Values: { batchGet(id: string, args: object): { spreadsheetId: string; valueRanges: ValueRange[] } };
  };
};

function setup() {
  const ss = new LocalSpreadsheet({ name: 'Тест', id: 'doc-1', timeZone: 'Asia/Tomsk' });
  const rt = createRuntime(ss, { console: { log: () => undefined } });
  const sheet = ss.insertSheet('Район 1');
  // A date with a time, a boolean, a number, a text, an empty cell inside, and nothing after row 3 or column D.
  sheet.getRange('A1:D1').setValues([['Дата', 'Готов', 'Число', 'Текст']]);
  // 10:15:30 on 01.09.2025 in Tomsk (UTC+7), the spreadsheet's zone.
  sheet.getRange('A2:D2').setValues([[new Date(Date.UTC(2025, 8, 1, 3, 15, 30)), true, 12.5, 'нет']]);
  sheet.getRange('A2').setNumberFormat('dd.MM.yyyy HH:mm:ss');
  sheet.getRange('A3:B3').setValues([['', 7]]);
  ss.insertSheet('Пустая');
  rt.resetCalls();
  return { ss, rt, api: createAdvancedSheets(rt.env, () => ss) as unknown as Api };
}

const SERIAL = { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' };

test('UNFORMATTED_VALUE: numbers, booleans and text as they are; a date as its serial number or as its formatted text', () => {
  const { api, rt } = setup();
  const answer = api.Spreadsheets.Values.batchGet('doc-1', { ranges: ["'Район 1'", "'Пустая'"], ...SERIAL });
  // 01.09.2025 10:15:30 is day 45 901 after 30.12.1899 and 10:15:30 of it.
  const serial = 45901 + (10 * 3600 + 15 * 60 + 30) / 86400;
  expect(answer.spreadsheetId).toBe('doc-1');
  expect(answer.valueRanges[0].range).toBe("'Район 1'!A1:Z1000");
  expect(answer.valueRanges[0].values![0]).toEqual(['Дата', 'Готов', 'Число', 'Текст']);
  expect(answer.valueRanges[0].values![1][0]).toBeCloseTo(serial, 9);
  expect(answer.valueRanges[0].values![1].slice(1)).toEqual([true, 12.5, 'нет']);
  // Trailing empty cells and rows are left out; an empty tab has no values at all (ValueRange, «values»).
  expect(answer.valueRanges[0].values![2]).toEqual(['', 7]);
  expect(answer.valueRanges[1]).toEqual({ range: "'Пустая'!A1:Z1000", majorDimension: 'ROWS' });
  const formatted = api.Spreadsheets.Values.batchGet('doc-1', {
    ranges: ["'Район 1'!A2:B2"],
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'FORMATTED_STRING',
  });
  expect(formatted.valueRanges[0].values).toEqual([['01.09.2025 10:15:30', true]]);
  // Each call is one call of its own kind in the log.
  expect(rt.calls.byKind.api).toBe(2);
  expect(rt.calls.byTargetMethod['Sheets.Spreadsheets.Values.batchGet']).toBe(2);
});

test('the titles and ids of all tabs in one spreadsheets.get call, the ids those getSheetId gives', () => {
  const { api, rt } = setup();
  const answer = api.Spreadsheets.get('doc-1', { fields: 'sheets.properties(title,sheetId)' });
  expect(answer.sheets.map((s) => s.properties.title)).toEqual(['Лист1', 'Район 1', 'Пустая']);
  const gids = rt.spreadsheet.getSheets().map((s) => s.getSheetId());
  expect(answer.sheets.map((s) => s.properties.sheetId)).toEqual(gids);
  expect(rt.calls.byKind.api).toBe(1);
});

test('refused as the API refuses: a tab that does not exist, another spreadsheet, a manifest without the scope', () => {
  const { api, rt } = setup();
  const call = (id: string, ranges: string[]) => () => api.Spreadsheets.Values.batchGet(id, { ranges, ...SERIAL });
  // The text Apps Script gives (public code quotes «API call to sheets.spreadsheets.values.batchGet failed with error:
  // Unable to parse range: …»): the whole call fails, the other ranges are not read.
  expect(call('doc-1', ["'Район 1'", "'Район 2'"])).toThrow(
    "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Район 2'",
  );
  expect(call('doc-2', ["'Район 1'"])).toThrow(
    'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
  );
  try {
    call('doc-2', ["'Район 1'"])();
  } catch (e) {
    expect((e as Error).name).toBe('GoogleJsonResponseException');
  }
  // spreadsheets.currentonly is not among the scopes batchGet accepts (its reference, «Authorization scopes»).
  rt.env.manifestScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
  expect(call('doc-1', ["'Район 1'"])).toThrow(
    'API call to sheets.spreadsheets.values.batchGet failed with error: Request had insufficient authentication scopes.',
  );
  rt.env.manifestScopes = ['https://www.googleapis.com/auth/spreadsheets'];
  expect(call('doc-1', ["'Район 1'"])()).toMatchObject({ spreadsheetId: 'doc-1' });
});

test('the advanced services a manifest enables; none without dependencies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-manifest-'));
  expect(advancedServicesOf(dir)).toEqual([]);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: {} }));
  expect(advancedServicesOf(dir)).toEqual([]);
  const sheets = { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: { enabledAdvancedServices: [sheets] } }));
  expect(advancedServicesOf(dir)).toEqual([sheets]);
});

// The cell ceiling: Sheets holds at most 10 million cells per spreadsheet, counting every tab's whole grid (a new tab is
// 1000 × 26 = 26 000 cells), so the tabs the product creates are sized to what they use plus a margin.
// Source: Google Drive help, «Files you can store in Google Drive», Google Sheets: «Up to 10 million cells … for
// spreadsheets that are created in or converted to Google Sheets»; https://support.google.com/drive/answer/37603
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { gridCells, openSession } from '../../src/local/session';
import { COLUMN_MARGIN, NEW_TAB_COLUMNS, NEW_TAB_ROWS, ROW_MARGIN, SPREADSHEET_CELL_LIMIT } from '../../src/workbook/gridSize';
import { sampleSession } from '../helpers/bundle';

type R = { ok: boolean; pending?: boolean; message: string };

test('a 400-unit workbook after setup, tabs (made over several runs, each under 6 minutes) and a build stays far under 10 million cells', () => {
  const w = generateWorkbook(400);
  const ss = new LocalSpreadsheet('400 единиц');
  const s = { ...openSession(ss), ss };
  s.globals.setupWorkbookWith_(w.settings);
  // Making 400 tabs takes several 6-minute runs: each stops in time and says to click again.
  const runs: Array<{ message: string; pending?: boolean }> = [];
  do runs.push(s.globals.createTabs() as { message: string; pending?: boolean });
  while (runs.at(-1)!.pending && runs.length < 20);
  expect(runs.length).toBeGreaterThan(1);
  expect(runs[0].message).toContain('Время одного запуска на исходе');
  expect(runs.at(-1)!.pending).toBeUndefined();
  expect(w.settings.units.every((u) => s.ss.getSheetByName(u.tab) !== null)).toBe(true);
  // Typing 400 reports is the coordinators' work, not one run of the product: no time limit for that fill.
  s.runtime.timeLimits = false;
  s.globals.fillReports_(w.reports);
  s.runtime.timeLimits = true;
  const unitTab = s.ss.getSheetByName(w.settings.units[0].tab)!;
  const perUnit = unitTab.getMaxRows() * unitTab.getMaxColumns();
  let r = s.globals.buildSummary() as R;
  while (r.pending) r = s.globals.continueRun() as R;
  expect(r.ok).toBe(true);
  const cells = gridCells(s.ss);
  expect(cells).toBeLessThan(SPREADSHEET_CELL_LIMIT);
  // Untrimmed, the unit tabs alone would be 400 × 26 000 = 10,4 million: over the limit.
  expect(400 * NEW_TAB_ROWS * NEW_TAB_COLUMNS).toBeGreaterThan(SPREADSHEET_CELL_LIMIT);
  expect(perUnit).toBeLessThan((NEW_TAB_ROWS * NEW_TAB_COLUMNS) / 20);
  expect(cells).toBeLessThan(SPREADSHEET_CELL_LIMIT / 10);
});

test('unit tabs, «Настройки» and «Инструкция» get the rows and columns they use plus the margin for inserted rows', () => {
  const s = sampleSession();
  for (const name of ['Настройки', 'Инструкция', 'г. Томск']) {
    const sheet = s.ss.getSheetByName(name)!;
    const used = sheet.getDataRange();
    expect(sheet.getMaxRows()).toBeLessThanOrEqual(used.getNumRows() + ROW_MARGIN);
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(sheet.getLastRow() + ROW_MARGIN);
    expect(sheet.getMaxColumns()).toBeLessThanOrEqual(Math.max(used.getNumColumns(), 14) + COLUMN_MARGIN);
  }
  // A coordinator can still insert rows: the grid grows as in Sheets.
  const tab = s.ss.getSheetByName('г. Томск')!;
  const rows = tab.getMaxRows();
  tab.insertRowsAfter(10, 5);
  expect(tab.getMaxRows()).toBe(rows + 5);
});

test('the staging tab of a chunked build is sized to its rows, and archived summaries keep only what they use', () => {
  const s = sampleSession();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  const first = s.globals.buildSummary() as R;
  expect(first.pending).toBe(true);
  const stage = s.ss.getSheets().find((x) => x.isSheetHidden())!;
  expect(stage.getMaxRows() * stage.getMaxColumns()).toBeLessThan(NEW_TAB_ROWS * NEW_TAB_COLUMNS);
  let r = first;
  while (r.pending) r = s.globals.continueRun() as R;
  const before = gridCells(s.ss);
  expect((s.globals.startNewYear() as R).ok).toBe(true);
  const archive = s.ss.getSheetByName('Справка 2021')!;
  expect(archive.getMaxRows()).toBeLessThan(NEW_TAB_ROWS);
  expect(gridCells(s.ss)).toBeLessThan(before);
});

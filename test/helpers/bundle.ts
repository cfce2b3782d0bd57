// Sessions of the built bundle (dist/) in the local runtime, as a menu click would run it.
import { importCsvFolder } from '../../src/local/csvImport';
import { createRuntime, loadBundle, LocalSpreadsheet } from '../../src/local/runtime';
import { openSession, type Session } from '../../src/local/session';
import type { ReportValues } from '../../src/workbook/importer';
import type { CellValue, Settings } from '../../src/domain/model';

export const silent = { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** How a session loads the bundle: `large` loads dist-large/, the «large region» deployment (its own manifest). */
export interface SessionOptions {
  large?: boolean;
}

/** The bundle of dist-large/ in a runtime: the same code with appsscript.large.json (the Sheets advanced service). */
export function openLargeSession(ss: LocalSpreadsheet): Session {
  const runtime = createRuntime(ss);
  return { runtime, globals: loadBundle('dist-large', runtime) as unknown as Session['globals'] };
}

export function newSession(options: SessionOptions = {}): Session & { ss: LocalSpreadsheet } {
  const ss = new LocalSpreadsheet('Тест');
  return { ...(options.large ? openLargeSession(ss) : openSession(ss)), ss };
}

/** A workbook set up from settings and filled with reports through the bundle's own globals. */
export function workbookSession(settings: Settings, reports: Record<string, ReportValues>, options: SessionOptions = {}) {
  const s = newSession(options);
  s.globals.setupWorkbookWith_(settings);
  while (s.globals.createTabs().pending);
  s.globals.fillReports_(reports);
  s.runtime.resetCalls();
  return s;
}

export function sampleSession(options: SessionOptions = {}) {
  const imported = importCsvFolder('data/tomsk-2021');
  return { ...workbookSession(imported.settings, imported.reports, options), imported };
}

/** The 1-based row of a unit in «Настройки» (its name in column B), as a staff member finds it to edit it. */
export function settingsUnitRow(ss: LocalSpreadsheet, unit: string): number {
  const row =
    ss
      .getSheetByName('Настройки')!
      .getDataRange()
      .getValues()
      .findIndex((r) => r[1] === unit) + 1;
  if (row === 0) throw new Error(`no unit «${unit}» in «Настройки»`);
  return row;
}

/** What Sheets hands a custom function for 'Настройки'!A:<last column>: every row of those columns, as values. */
export function settingsColumns(ss: LocalSpreadsheet): CellValue[][] {
  const sheet = ss.getSheetByName('Настройки')!;
  return sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).getValues();
}

/** Values and formulas of every tab except the listed ones: to prove a run changed nothing there. */
export function snapshot(
  ss: LocalSpreadsheet,
  except: (name: string) => boolean,
): Record<string, { values: unknown[][]; formulas: string[][] }> {
  const out: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  for (const sheet of ss.getSheets()) {
    if (except(sheet.getName())) continue;
    const range = sheet.getDataRange();
    out[sheet.getName()] = { values: range.getValues(), formulas: range.getFormulas() };
  }
  return out;
}

/** The coordinator ticks «Отчёт готов» on a unit tab (the row keyed `ready`, input column C); returns the tab. */
export function markReady(ss: LocalSpreadsheet, tab: string) {
  const sheet = ss.getSheetByName(tab)!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'ready') + 1;
  sheet.getRange(row, 3).setValue(true);
  return sheet;
}

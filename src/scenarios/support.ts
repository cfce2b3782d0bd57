// What the scenarios need besides Apps Script: the product bundle's globals (loaded next to them) and plain assertions.
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The product's top-level functions, as the same project (dist/Code.js pushed next to the scenarios) defines them. */
export interface ProductGlobals {
  setupWorkbook(): unknown;
  createTabs(): unknown;
  checkData(): unknown;
  buildSummary(): unknown;
  continueRun(withOutput?: boolean, mode?: 'check' | 'build' | 'note'): unknown;
  noteDocument(): unknown;
  applyProtections(): unknown;
  startNewYear(): unknown;
  selectCell(tab: string, a1: string): boolean;
  COVERAGE(part: unknown, total: unknown): unknown;
  GROWTHPCT(previous: unknown, current: unknown): unknown;
  PLAN(indicator: unknown, year: unknown, settings: unknown): unknown;
}

export function product(): ProductGlobals {
  const g = globalThis as unknown as Partial<ProductGlobals>;
  if (typeof g.setupWorkbook !== 'function') throw new Error('Нет функций дополнения: сценарии запускаются вместе с dist/Code.js.');
  return g as ProductGlobals;
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export function checkEqual(actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`ожидалось ${e}, получено ${a}`);
}

/** A tab's values with one read. */
export const valuesOf = (sheet: Sheet): unknown[][] => sheet.getDataRange().getValues();

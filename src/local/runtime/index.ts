// Public API of the local Apps Script runtime: spreadsheet model, services, xlsx load/save, bundle loader, call counters.
export { LocalSpreadsheet } from './spreadsheet';
export { LocalSheet } from './sheet';
export { LocalRange } from './range';
export { LocalDataValidationBuilder } from './validation';
export { LocalConditionalFormatRuleBuilder } from './conditional';
export { LocalProtection } from './protection';
export { ChartType } from './charts';
export { LocalUi, LocalHtmlOutput } from './ui';
export { serviceFailureMessage } from './env';
export { classifyCall, CALL_KINDS } from './calls';
export type { CallEvent, CallKind } from './calls';
export { createRuntime, installGlobals, LocalRuntime } from './runtime';
export type { RuntimeOptions } from './runtime';
export { loadBundle } from './loadBundle';
export { isPrivateName, publicFunctions, scriptRunTargets, topLevelFunctions } from './scriptRun';
export { buildWorkbook, loadXlsx, loadXlsxBuffer, saveXlsx, xlsxBuffer, RUNTIME_SHEET_NAME } from './xlsx';
export { lettersToColumn } from './a1';
export { displayValue } from './values';

import type { LocalSpreadsheet } from './spreadsheet';
/** The spreadsheet typed as Apps Script's (the local classes implement the used part; cast for typed callers). */
export function asGasSpreadsheet(ss: LocalSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

// Public API of the local Apps Script runtime: spreadsheet model, services, xlsx load/save, bundle loader, call counters.
export { LocalSpreadsheet } from './spreadsheet';
export type { SpreadsheetOptions } from './spreadsheet';
export { LocalSheet, DEFAULT_ROWS, DEFAULT_COLUMNS, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './sheet';
export { LocalRange } from './range';
export type { ClearOptions } from './range';
export { LocalDataValidation, LocalDataValidationBuilder, DataValidationCriteria } from './validation';
export type { DataValidationCriteriaName } from './validation';
export {
  LocalConditionalFormatRule,
  LocalConditionalFormatRuleBuilder,
  LocalBooleanCondition,
  BooleanCriteria,
} from './conditional';
export type { BooleanCriteriaName, ConditionalFormat } from './conditional';
export { LocalProtection, LocalUser, ProtectionType } from './protection';
export type { ProtectionRecord, ProtectionTypeName } from './protection';
export { LocalEmbeddedChart, LocalEmbeddedChartBuilder, ChartType } from './charts';
export type { ChartRecord, ChartTypeName } from './charts';
export { LocalUi, LocalMenu, LocalHtmlOutput, Button, ButtonSet } from './ui';
export { LockController, LocalLock, LocalProperties, AuthMode } from './services';
export type { LockKind } from './services';
export { RuntimeEnv, DEFAULT_USER_EMAIL, serviceFailureMessage } from './env';
export type {
  AlertRecord,
  AuthModeName,
  ButtonName,
  ButtonSetName,
  FaultPlan,
  HtmlShownRecord,
  LogRecord,
  MenuItemRecord,
  MenuRecord,
  PromptAnswer,
  PromptRecord,
  ToastRecord,
} from './env';
export { CallRecorder, classifyCall, CALL_KINDS } from './calls';
export { COST_CASES, COST_CONSTANTS, modelRun } from './costModel';
export type { CostCase, CostConstants } from './costModel';
export type { CallCounts, CallEvent, CallKind } from './calls';
export { createRuntime, installGlobals, LocalRuntime } from './runtime';
export type { ConsoleLike, RuntimeGlobals, RuntimeOptions } from './runtime';
export { loadBundle } from './loadBundle';
export { createScriptRun, isPrivateName, publicFunctions, scriptRunTargets, topLevelFunctions } from './scriptRun';
export type { ScriptRunLog } from './scriptRun';
export type { BundleContext } from './loadBundle';
export { buildWorkbook, loadXlsx, loadXlsxBuffer, saveXlsx, xlsxBuffer, RUNTIME_SHEET_NAME } from './xlsx';
export type { LoadOptions, SaveOptions } from './xlsx';
export { columnToLetters, lettersToColumn, parseA1, rectA1 } from './a1';
export type { Rect } from './a1';
export { isDate, displayValue } from './values';
export type { CellValue } from './values';

import type { LocalSpreadsheet } from './spreadsheet';
/** The spreadsheet typed as Apps Script's (the local classes implement the used part; cast for typed callers). */
export function asGasSpreadsheet(ss: LocalSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

// Imitate only what the product calls: every other Apps Script method answers «not implemented in the local runtime».
import { gasMethods } from './gasApi';

/**
 * The Apps Script methods the product's bundles call (dist/Code.js and the scenario bundle dist-scenarios/Scenarios.js),
 * by class. test/local/runtime/usedApi.test.ts checks that each is still called there; a call the list lacks fails every
 * bundle test that reaches it.
 */
export const PRODUCT_CALLS: Readonly<Record<string, readonly string[]>> = {
  SpreadsheetApp: ['flush', 'getActiveSpreadsheet', 'getUi', 'newConditionalFormatRule', 'newDataValidation'],
  Spreadsheet: [
    'addEditors',
    'deleteSheet',
    'getActiveSheet',
    'getEditors',
    'getId',
    'getName',
    'getNumSheets',
    'getProtections',
    'getSheetByName',
    'getSheets',
    'getSpreadsheetTimeZone',
    'insertSheet',
    'toast',
  ],
  Sheet: [
    'activate',
    'deleteColumns',
    'deleteRows',
    'getActiveRange',
    'getDataRange',
    'getLastColumn',
    'getLastRow',
    'getMaxColumns',
    'getMaxRows',
    'getName',
    'getParent',
    'getProtections',
    'getRange',
    'getRangeList',
    'getSheetId',
    'getSheetValues',
    'hideColumns',
    'hideSheet',
    'insertChart',
    'insertColumnsAfter',
    'insertRowsAfter',
    'newChart',
    'protect',
    'setColumnWidths',
    'setConditionalFormatRules',
    'setFrozenRows',
    'setName',
    'setTabColor',
    'showSheet',
  ],
  Range: [
    'activate',
    'getA1Notation',
    'getColumn',
    'getFormulas',
    'getRow',
    'getValue',
    'getValues',
    'merge',
    'protect',
    'setBackground',
    'setBackgrounds',
    'setDataValidations',
    'setFontColor',
    'setFontColors',
    'setFontSizes',
    'setFontStyles',
    'setFontWeight',
    'setFontWeights',
    'setHorizontalAlignments',
    'setNote',
    'setNotes',
    'setNumberFormats',
    'setValue',
    'setValues',
    'setWraps',
  ],
  RangeList: ['getRanges'],
  Protection: [
    'addEditor',
    'addEditors',
    'canDomainEdit',
    'getDescription',
    'getEditors',
    'getRange',
    'remove',
    'removeEditors',
    'setDescription',
    'setDomainEdit',
    'setUnprotectedRanges',
    'setWarningOnly',
  ],
  Session: ['getEffectiveUser'],
  Utilities: ['formatDate'],
  User: ['getEmail'],
  DataValidationBuilder: [
    'build',
    'requireCheckbox',
    'requireFormulaSatisfied',
    'requireTextIsEmail',
    'requireValueInList',
    'setAllowInvalid',
    'setHelpText',
  ],
  ConditionalFormatRuleBuilder: [
    'build',
    'setBackground',
    'setFontColor',
    'setRanges',
    'whenFormulaSatisfied',
    'whenNumberGreaterThan',
    'whenNumberLessThan',
    'whenTextEqualTo',
  ],
  EmbeddedChartBuilder: ['addRange', 'build', 'setChartType', 'setNumHeaders', 'setOption', 'setPosition'],
  Ui: ['alert', 'createAddonMenu', 'createMenu', 'prompt', 'showModalDialog', 'showSidebar'],
  Menu: ['addItem', 'addSeparator', 'addToUi'],
  HtmlService: ['createHtmlOutput', 'createHtmlOutputFromFile'],
  HtmlOutput: ['setHeight', 'setTitle', 'setWidth'],
  LockService: ['getDocumentLock'],
  Lock: ['releaseLock', 'tryLock'],
  PropertiesService: ['getDocumentProperties'],
  Properties: ['deleteAllProperties', 'deleteProperty', 'getProperty', 'setProperty'],
};

/** How many executions of the bundle are under way (LocalRuntime.execute); 0 while a test inspects the model. */
let executions = 0;

export function enterExecution(): void {
  executions++;
}
export function leaveExecution(): void {
  executions--;
}

/** The error the bundle gets for a method the runtime does not imitate. */
function notImplemented(className: string, method: string): Error {
  const err = new Error(`not implemented in the local runtime: ${className}.${method}`);
  err.name = 'Exception';
  return err;
}

/**
 * Applies the rule to an imitating class (its prototype) or a service object: each Apps Script method of `className`
 * the product does not call throws «not implemented in the local runtime: Class.method» when the bundle calls it.
 * Methods kept for tests and the CLI to read the model back still answer outside an execution.
 */
export function restrictToProduct(target: object, className: string): void {
  const used = new Set(PRODUCT_CALLS[className] ?? []);
  for (const name of gasMethods(className)) {
    if (used.has(name)) continue;
    let original: ((...args: unknown[]) => unknown) | null = null;
    for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
      const found = Object.getOwnPropertyDescriptor(o, name);
      if (found) {
        if (typeof found.value === 'function') original = found.value as (...args: unknown[]) => unknown;
        break;
      }
    }
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: original
        ? function (this: unknown, ...args: unknown[]) {
            if (executions > 0) throw notImplemented(className, name);
            return original.apply(this, args);
          }
        : () => {
            throw notImplemented(className, name);
          },
    });
  }
}

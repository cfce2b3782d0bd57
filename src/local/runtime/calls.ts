// Counts Apps Script service round trips by kind and keeps an ordered event log for the benchmark.

/** What a call costs in real Apps Script; `api` is a call of the Sheets advanced service (Sheets API v4). */
export type CallKind = 'read' | 'write' | 'format' | 'structure' | 'meta' | 'flush' | 'ui' | 'api';

export const CALL_KINDS: readonly CallKind[] = ['read', 'write', 'format', 'structure', 'meta', 'flush', 'ui', 'api'];

/** One recorded call: its kind, the method name, the class it was called on and the sheet it touched. */
export interface CallEvent {
  seq: number;
  kind: CallKind;
  method: string;
  target: string;
  sheet: string | null;
  /** Cells the call covers (a range's size; 0 for calls on no range): the volume term of the cost model. */
  cells: number;
}

/** Live counters; `resetCalls()` zeroes them in place, so a reference stays valid. */
export interface CallCounts {
  total: number;
  byKind: Record<CallKind, number>;
  /** Keyed by bare method name, e.g. `getValues`. */
  byMethod: Record<string, number>;
  /** Keyed by `Target.method`, e.g. `Range.getValues`. */
  byTargetMethod: Record<string, number>;
}

const READ = new Set([
  'getValues',
  'getSheetValues',
  'getValue',
  'getFormulas',
  'getFormula',
  'getNumberFormats',
  'getNumberFormat',
  'getBackgrounds',
  'getBackground',
  'getFontWeights',
  'getFontWeight',
  'getFontColors',
  'getFontColor',
  'getFontStyles',
  'getFontStyle',
  'getFontSizes',
  'getFontSize',
  'getHorizontalAlignments',
  'getHorizontalAlignment',
  'getVerticalAlignments',
  'getVerticalAlignment',
  'getWraps',
  'getWrap',
  'getWrapStrategy',
  'getNotes',
  'getNote',
  'getDataValidations',
  'getDataValidation',
  'getMergedRanges',
  'isBlank',
  'isPartOfMerge',
  'isChecked',
  'getConditionalFormatRules',
  'getProtections',
  'getCharts',
  'getColumnWidth',
  'getRowHeight',
  'isColumnHiddenByUser',
  'isRowHiddenByUser',
  'getFrozenRows',
  'getFrozenColumns',
  'getTabColor',
  'isSheetHidden',
]);
const WRITE = new Set(['setValues', 'setValue', 'setFormulas', 'setFormula', 'clearContent', 'appendRow', 'check', 'uncheck', 'copyTo']);
const FORMAT = new Set([
  'setNumberFormats',
  'setNumberFormat',
  'setBackgrounds',
  'setBackground',
  'setFontWeights',
  'setFontWeight',
  'setFontColors',
  'setFontColor',
  'setFontStyles',
  'setFontStyle',
  'setFontSizes',
  'setFontSize',
  'setHorizontalAlignments',
  'setHorizontalAlignment',
  'setVerticalAlignment',
  'setWraps',
  'setWrap',
  'setNotes',
  'setNote',
  'setDataValidations',
  'setDataValidation',
  'clearDataValidations',
  'merge',
  'mergeAcross',
  'breakApart',
  'clear',
  'clearFormat',
  'setColumnWidth',
  'setColumnWidths',
  'setRowHeight',
  'setConditionalFormatRules',
  'setFrozenRows',
  'setFrozenColumns',
  'setTabColor',
  'insertCheckboxes',
]);
const STRUCTURE = new Set([
  'insertSheet',
  'deleteSheet',
  'setName',
  'hideSheet',
  'showSheet',
  'hideColumns',
  'showColumns',
  'hideRows',
  'insertRowsAfter',
  'insertRowsBefore',
  'insertColumnsAfter',
  'deleteRow',
  'deleteRows',
  'deleteColumns',
  'protect',
  'setDescription',
  'setWarningOnly',
  'addEditor',
  'addEditors',
  'removeEditors',
  'setDomainEdit',
  'setUnprotectedRanges',
  'remove',
  'insertChart',
  'removeChart',
  'updateChart',
]);
const UI = new Set(['toast', 'alert', 'prompt', 'showSidebar', 'showModalDialog', 'createMenu', 'createAddonMenu', 'addToUi']);

/**
 * Classifies a method; a call of the Sheets advanced service (target `Sheets.…`) is `api`; anything not listed
 * (getRange, getSheets, getName, getLastRow …) is `meta`.
 */
export function classifyCall(target: string, method: string): CallKind {
  if (target.startsWith('Sheets.')) return 'api';
  if (method === 'flush') return 'flush';
  if (UI.has(method)) return 'ui';
  if (target === 'Protection') {
    return method.startsWith('get') || method.startsWith('is') || method.startsWith('can') ? 'meta' : 'structure';
  }
  if (target === 'Sheet' && method === 'clear') return 'format';
  if (target === 'Sheet' && method === 'copyTo') return 'structure';
  if (READ.has(method)) return 'read';
  if (WRITE.has(method)) return 'write';
  if (FORMAT.has(method)) return 'format';
  if (STRUCTURE.has(method)) return 'structure';
  return 'meta';
}

function emptyByKind(): Record<CallKind, number> {
  return { read: 0, write: 0, format: 0, structure: 0, meta: 0, flush: 0, ui: 0, api: 0 };
}

/** Records calls. One recorder per runtime; every service object reports to it. */
export class CallRecorder {
  readonly counts: CallCounts = { total: 0, byKind: emptyByKind(), byMethod: {}, byTargetMethod: {} };
  readonly events: CallEvent[] = [];
  /** Set to false to keep only the counters (a long benchmark run may not need the log). */
  recordEvents = true;
  /** Called after every recorded call (the runtime's clock and restricted contexts); may throw to refuse the call. */
  afterRecord: ((kind: CallKind, target: string, method: string, cells: number) => void) | null = null;
  private seq = 0;
  private readonly kindCache = new Map<string, CallKind>();

  record(target: string, method: string, sheet: string | null, cells = 0): void {
    const key = `${target}.${method}`;
    let kind = this.kindCache.get(key);
    if (kind === undefined) {
      kind = classifyCall(target, method);
      this.kindCache.set(key, kind);
    }
    const c = this.counts;
    c.total++;
    c.byKind[kind]++;
    c.byMethod[method] = (c.byMethod[method] ?? 0) + 1;
    c.byTargetMethod[key] = (c.byTargetMethod[key] ?? 0) + 1;
    this.seq++;
    if (this.recordEvents) this.events.push({ seq: this.seq, kind, method, target, sheet, cells });
    if (this.afterRecord) this.afterRecord(kind, target, method, cells);
  }

  /** Zeroes the counters and empties the event log, keeping the same objects. */
  reset(): void {
    const c = this.counts;
    c.total = 0;
    for (const k of CALL_KINDS) c.byKind[k] = 0;
    for (const k of Object.keys(c.byMethod)) delete c.byMethod[k];
    for (const k of Object.keys(c.byTargetMethod)) delete c.byTargetMethod[k];
    this.events.length = 0;
    this.seq = 0;
  }

  /** Events of the given kind that come after the first event of `after` (e.g. reads after the first write). */
  eventsAfterFirst(after: CallKind, kind: CallKind): CallEvent[] {
    const first = this.events.findIndex((e) => e.kind === after);
    if (first < 0) return [];
    return this.events.slice(first + 1).filter((e) => e.kind === kind);
  }
}

// Writes a SheetDoc to a Google Sheets tab with a fixed number of batched calls, whatever the number of rows.
import { a1, type Box, type CellStyle, type DocCell, docWidth, literalText, type SheetDoc, type ValidationSpec } from './sheetDoc';
import { CHART_COLUMNS, COLUMN_MARGIN, fitNewTab, NEW_TAB_COLUMNS, NEW_TAB_ROWS, ROW_MARGIN } from './gridSize';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function rect<T>(doc: SheetDoc, width: number, pick: (c: DocCell | undefined) => T): T[][] {
  return doc.cells.map((row) => Array.from({ length: width }, (_, i) => pick(row[i])));
}

/** Formulas go in en-US syntax (commas), as Apps Script requires whatever the spreadsheet's locale. */
function cellValue(c: DocCell | undefined, gidOf: (tab: string) => number | null): unknown {
  if (!c) return '';
  if (c.formula) return c.formula;
  if (c.link) {
    const gid = gidOf(c.link.tab);
    const label = String(c.v ?? c.link.cell).replace(/"/g, '""');
    if (gid !== null && /^[A-Z]{1,3}\d{1,7}$/.test(c.link.cell)) return `=HYPERLINK("#gid=${gid}&range=${c.link.cell}","${label}")`;
  }
  const v = c.v;
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? literalText(v) : v;
}

/** Applies a property grid with one call, skipped when no cell sets that property. */
function styleGrid<K extends keyof CellStyle>(
  doc: SheetDoc,
  width: number,
  key: K,
  fallback: unknown,
  apply: (grid: unknown[][]) => void,
  map?: (v: CellStyle[K]) => unknown,
): void {
  if (!doc.cells.some((row) => row.some((c) => c?.style?.[key] !== undefined))) return;
  apply(
    rect(doc, width, (c) => {
      const v = c?.style?.[key];
      return v === undefined ? fallback : map ? map(v) : v;
    }),
  );
}

function buildValidation(spec: ValidationSpec, cell: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'wholeNonNegative': {
      const max = spec.maxFormulaRef ? `,${cell}<=N(${spec.maxFormulaRef})` : '';
      // Accepts "-" (no organisations) and "нет данных" as text; numbers must be whole and ≥ 0.
      return b
        .requireFormulaSatisfied(`=OR(ISBLANK(${cell}),NOT(ISNUMBER(${cell})),AND(${cell}>=0,${cell}=INT(${cell})${max}))`)
        .setAllowInvalid(true)
        .setHelpText(spec.help)
        .build();
    }
    case 'percent': {
      // The cell is text (see unitTab): the number is what remains without «%».
      const n = `VALUE(SUBSTITUTE(${cell},"%",""))`;
      return b.requireFormulaSatisfied(`=OR(ISBLANK(${cell}),AND(${n}>=0,${n}<=100))`).setAllowInvalid(true).setHelpText(spec.help).build();
    }
    case 'checkbox':
      return b.requireCheckbox().build();
    case 'email':
      return b.requireTextIsEmail().setAllowInvalid(true).setHelpText(spec.help).build();
    case 'list':
      return b.requireValueInList(spec.values, true).setAllowInvalid(true).setHelpText(spec.help).build();
  }
}

function boxRange(sheet: Sheet, b: Box): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(b.row, b.col, b.rows, b.cols);
}

/** Rows and columns a document covers, its charts included. */
function docGrid(doc: SheetDoc): { rows: number; cols: number } {
  return {
    rows: doc.cells.length,
    cols: Math.max(docWidth(doc), ...doc.charts.map((c) => c.anchorCol + CHART_COLUMNS)),
  };
}

/** Grows a tab just made by insertSheet (1000 rows, 26 columns) to the document's size: ranges beyond it throw. */
function fitSize(sheet: Sheet, doc: SheetDoc): void {
  const { rows, cols } = docGrid(doc);
  if (rows > NEW_TAB_ROWS) sheet.insertRowsAfter(NEW_TAB_ROWS, rows - NEW_TAB_ROWS);
  if (cols > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, cols - NEW_TAB_COLUMNS);
}

/** The grid a tab that people fill gets: what its document uses plus room for inserted rows and columns. */
export function filledTabGrid(doc: SheetDoc): { rows: number; cols: number } {
  const { rows, cols } = docGrid(doc);
  return { rows: rows + ROW_MARGIN, cols: cols + COLUMN_MARGIN };
}

/** Writes everything but the charts: values and formatting, which Apps Script queues in its write-back cache. */
function writeCells(sheet: Sheet, doc: SheetDoc, gidOf: (tab: string) => number | null): void {
  const width = docWidth(doc);
  const rows = doc.cells.length;
  if (rows > 0) {
    const range = sheet.getRange(1, 1, rows, width);
    // Formats first, so text cells are already text when values arrive.
    styleGrid(doc, width, 'numberFormat', 'General', (g) => range.setNumberFormats(g as string[][]));
    range.setValues(rect(doc, width, (c) => cellValue(c, gidOf)) as unknown[][]);
    styleGrid(doc, width, 'background', null, (g) => range.setBackgrounds(g as string[][]));
    styleGrid(
      doc,
      width,
      'bold',
      'normal',
      (g) => range.setFontWeights(g as GoogleAppsScript.Spreadsheet.FontWeight[][]),
      (v) => (v ? 'bold' : 'normal'),
    );
    styleGrid(
      doc,
      width,
      'italic',
      'normal',
      (g) => range.setFontStyles(g as GoogleAppsScript.Spreadsheet.FontStyle[][]),
      (v) => (v ? 'italic' : 'normal'),
    );
    styleGrid(doc, width, 'fontColor', '#000000', (g) => range.setFontColors(g as string[][]));
    styleGrid(doc, width, 'fontSize', 10, (g) => range.setFontSizes(g as number[][]));
    styleGrid(doc, width, 'wrap', false, (g) => range.setWraps(g as boolean[][]));
    styleGrid(doc, width, 'align', 'left', (g) => range.setHorizontalAlignments(g as Array<Array<'left' | 'center' | 'right'>>));
    if (doc.cells.some((r) => r.some((c) => c?.note))) range.setNotes(rect(doc, width, (c) => c?.note ?? ''));
    if (doc.validations.length) {
      const grid: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> = Array.from({ length: rows }, () =>
        Array(width).fill(null),
      );
      for (const v of doc.validations) grid[v.box.row - 1][v.box.col - 1] = buildValidation(v.spec, a1(v.box.row, v.box.col));
      range.setDataValidations(grid);
    }
  }
  for (const m of doc.merges) boxRange(sheet, m).merge();
  // One call per run of equal widths; columns left at the default cost nothing.
  for (let i = 0; i < doc.columnWidths.length; ) {
    let n = 1;
    while (i + n < doc.columnWidths.length && doc.columnWidths[i + n] === doc.columnWidths[i]) n++;
    const w = doc.columnWidths[i];
    if (w !== null) sheet.setColumnWidths(i + 1, n, w);
    i += n;
  }
  if (doc.frozenRows) sheet.setFrozenRows(doc.frozenRows);
  for (const c of doc.hiddenColumns) sheet.hideColumns(c);
  if (doc.rules.length) {
    sheet.setConditionalFormatRules(
      doc.rules.map((r) => {
        const b = SpreadsheetApp.newConditionalFormatRule()
          .setRanges([boxRange(sheet, r.box)])
          .setBackground(r.background);
        if (r.fontColor) b.setFontColor(r.fontColor);
        const c = r.condition;
        if (c.kind === 'lessThan') b.whenNumberLessThan(c.value);
        else if (c.kind === 'greaterThan') b.whenNumberGreaterThan(c.value);
        else if (c.kind === 'textEquals') b.whenTextEqualTo(c.value);
        else b.whenFormulaSatisfied(c.formula);
        return b.build();
      }),
    );
  }
  if (doc.tabColor) sheet.setTabColor(doc.tabColor);
}

/** Inserts the document's charts: a structural change, which commits the queued writes first. */
function insertCharts(sheet: Sheet, doc: SheetDoc): void {
  for (const ch of doc.charts) {
    const builder = sheet
      .newChart()
      .setChartType(ch.type === 'combo' ? Charts.ChartType.COMBO : Charts.ChartType.COLUMN)
      .addRange(boxRange(sheet, ch.data))
      .setNumHeaders(1)
      .setPosition(ch.anchorRow, ch.anchorCol, 0, 0)
      .setOption('title', ch.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('vAxis', { title: ch.vAxisTitle ?? '' });
    if (ch.lineSeries !== undefined) builder.setOption('series', { [ch.lineSeries]: { type: 'line', color: '#c00000' } });
    sheet.insertChart(builder.build());
  }
}

/**
 * Writes the document to `sheet`, a tab just made by insertSheet, sized to the document plus the margin for inserted
 * rows and columns (settings, instructions, unit tabs). `gidOf` resolves tab names for links.
 */
export function writeDoc(sheet: Sheet, doc: SheetDoc, gidOf: (tab: string) => number | null = () => null): void {
  const { rows, cols } = filledTabGrid(doc);
  fitNewTab(sheet, rows, cols);
  writeCells(sheet, doc, gidOf);
  insertCharts(sheet, doc);
}

/** Finds a tab by name; a caller that has listed the tabs already passes its own lookup and saves the calls. */
export type TabLookup = (name: string) => Sheet | null;

/**
 * Replaces tabs all at once: a tab that already exists gets its new content in a temporary tab first; only when every
 * tab is written are the old ones deleted and the temporary ones renamed. A failure on the way deletes what was inserted
 * and leaves the old tabs as they were. A tab that does not exist yet is written under its own name (nothing to keep).
 * Order matters for speed: every tab is inserted and sized first, then all values and formats (queued together), and
 * only then the other structural changes (charts, `protect`, deletions, renames), so the queued writes are committed once.
 */
export function replaceTabs(
  ss: Spreadsheet,
  docs: SheetDoc[],
  find: TabLookup = (name) => ss.getSheetByName(name),
  protect: (sheet: Sheet, name: string) => void = () => undefined,
  /** Tab ids the run already knows (the «large region» reading lists them in one call): a link then asks nothing. */
  knownIds: ReadonlyMap<string, number> = new Map(),
): void {
  const inserted: Sheet[] = [];
  const gids = new Map<string, number | null>(knownIds);
  // Each linked tab's id is asked once, when a link needs it (links point at unit tabs, never at the tabs written here).
  const gidOf = (tab: string) => {
    if (!gids.has(tab)) gids.set(tab, find(tab)?.getSheetId() ?? null);
    return gids.get(tab)!;
  };
  const old = docs.map((doc) => find(doc.name));
  // A run that Apps Script stopped half-way (the 6-minute limit) may have left its temporary tabs behind.
  for (const doc of docs) {
    const stale = find(`~${doc.name}`);
    if (stale) ss.deleteSheet(stale);
  }
  let index = ss.getNumSheets();
  try {
    docs.forEach((doc, i) => {
      inserted.push(ss.insertSheet(old[i] ? `~${doc.name}` : doc.name, index++));
      fitSize(inserted[i], doc);
    });
    docs.forEach((doc, i) => {
      writeCells(inserted[i], doc, gidOf);
    });
    docs.forEach((doc, i) => {
      insertCharts(inserted[i], doc);
      // Protected before it takes the old tab's place, so the tab is never visible unprotected.
      protect(inserted[i], doc.name);
    });
  } catch (e) {
    for (const t of inserted) ss.deleteSheet(t);
    throw e;
  }
  docs.forEach((doc, i) => {
    if (!old[i]) return;
    ss.deleteSheet(old[i]!);
    inserted[i].setName(doc.name);
  });
}

// Renders an analysis as one self-contained printable HTML page in Russian: note, tables 1–3 from the sheet's documents, SVG charts, recommendations, data check.
import { isDate, shownValue } from '../domain/cellValue';
import { CellValue } from '../domain/model';
import { formatNumber, NBSP, yearLabel } from '../domain/russian';
import { IndicatorRow, IndicatorSummary, OrgType } from '../domain/summary';
import { Analysis } from '../workbook/analyze';
import { Box, ConditionalRule, DocCell, SheetDoc } from '../workbook/sheetDoc';
import { escapeHtml } from '../domain/escapeHtml';
import { PALETTE, REGION_FACT_LABEL, REGION_MEAN_LABEL, renderSummaryTabs } from '../workbook/summaryTabs';
import { SUMMARY_TABS } from '../workbook/tabNames';

// ---------------------------------------------------------------------------------------------
// Text helpers

export { escapeHtml };

function attrs(map: Record<string, string | number> | null | undefined): string {
  if (!map) return '';
  return Object.keys(map).map((k) => ` ${k}="${escapeHtml(String(map[k]))}"`).join('');
}

/**
 * A number shown as a sheet number format would show it, the Russian way: decimal comma, at least as many
 * decimals as the format has zeros after the point, at most zeros plus hashes ("0.00": 45 → "45,00";
 * "#,##0.##": 29.054 → "29,05"); a "%" format multiplies by 100. Without a format: formatNumber.
 */
export function formatByNumberFormat(n: number, numberFormat?: string): string {
  if (!numberFormat || !/[0#]/.test(numberFormat)) return formatNumber(n);
  const percent = numberFormat.includes('%');
  const value = percent ? n * 100 : n;
  const decimals = /\.([0#]+)/.exec(numberFormat);
  const min = decimals ? decimals[1].replace(/#/g, '').length : 0;
  const max = decimals ? decimals[1].length : 0;
  let s = formatNumber(value, max);
  if (min > 0 && s !== '—') {
    const [int, frac = ''] = s.split(',');
    s = `${int},${frac.padEnd(min, '0')}`;
  }
  return percent ? `${s}${NBSP}%` : s;
}

/** The text a cell shows. */
export function cellText(cell: DocCell | undefined): string {
  if (!cell) return '';
  const v: CellValue = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatByNumberFormat(v, cell.style?.numberFormat);
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (isDate(v)) return shownValue(v);
  return String(v);
}

function isEmpty(cell: DocCell | undefined): boolean {
  return !cell || cell.v === null || cell.v === undefined || cell.v === '';
}

// ---------------------------------------------------------------------------------------------
// SheetDoc → HTML

/** A part of a document: a title, a stand-alone line, a legend row or a table of consecutive rows (1-based numbers). */
export type DocBlock =
  | { kind: 'title'; row: number; text: string }
  | { kind: 'text'; row: number }
  | { kind: 'legend'; row: number }
  | { kind: 'table'; rows: number[]; header: boolean; width: number; title: string };

/** What a hook knows about the cell being written. */
export interface CellContext {
  row: number;
  col: number;
  cell: DocCell;
  rowCells: DocCell[];
  /** The table's header row, when its first row is one. */
  header: DocCell[] | null;
  /** The last title above the table. */
  title: string;
}

/** Extra attributes for a cell (stable hooks such as data-form); null for none. */
export type CellAttrs = (c: CellContext) => Record<string, string> | null;

export interface DocHtmlOptions {
  cellAttrs?: CellAttrs;
}

const within = (b: Box, row: number, col: number) => row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols;

/** Cells the HTML leaves out: hidden columns and the data ranges that feed the sheet's own charts (the page draws SVG instead). */
function hiddenCell(doc: SheetDoc, row: number, col: number): boolean {
  return doc.hiddenColumns.includes(col) || doc.charts.some((c) => within(c.data, row, col));
}

function contentCols(doc: SheetDoc, row: number): number[] {
  const cells = doc.cells[row - 1] ?? [];
  const out: number[] = [];
  cells.forEach((c, i) => {
    if (!isEmpty(c) && !hiddenCell(doc, row, i + 1)) out.push(i + 1);
  });
  return out;
}

/** Last column that shows something (a value or a background). */
function lastCol(doc: SheetDoc, row: number): number {
  const cells = doc.cells[row - 1] ?? [];
  let last = 0;
  cells.forEach((c, i) => {
    if ((!isEmpty(c) || c.style?.background) && !hiddenCell(doc, row, i + 1)) last = i + 1;
  });
  return last;
}

function isHeaderRow(doc: SheetDoc, row: number, cols: number[]): boolean {
  const cells = doc.cells[row - 1];
  return cols.length >= 2 && cols.every((c) => cells[c - 1].style?.bold && cells[c - 1].style?.background);
}

function isLegendRow(doc: SheetDoc, row: number, cols: number[]): boolean {
  const cells = doc.cells[row - 1];
  const first = cells[0];
  return cols[0] === 1 && cols.length >= 2 && !!first?.style?.bold && /:\s*$/.test(cellText(first))
    && cols.slice(1).every((c) => !!cells[c - 1].style?.background);
}

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

/**
 * Splits a document into blocks: a blank row ends a table; a lone first cell is a title when merged across,
 * sized, or bold outside a table; a lone coloured or italic cell (or any lone cell outside a table) is a
 * stand-alone line; inside a table a lone cell is a row spanning the table; a bold label ending in ":"
 * followed by coloured cells is a legend. A table whose first row is all bold on a background has a header.
 */
export function docBlocks(doc: SheetDoc): DocBlock[] {
  const blocks: DocBlock[] = [];
  let open: TableBlock | null = null;
  let title = '';
  for (let row = 1; row <= doc.cells.length; row++) {
    const cols = contentCols(doc, row);
    if (cols.length === 0) {
      open = null;
      continue;
    }
    const first = doc.cells[row - 1][0];
    if (cols.length === 1 && cols[0] === 1) {
      const style = first.style ?? {};
      const merged = doc.merges.some((m) => m.row === row && m.col === 1 && m.cols > 1);
      if (merged || style.fontSize || (!open && style.bold && !style.background)) {
        open = null;
        title = cellText(first);
        blocks.push({ kind: 'title', row, text: title });
        continue;
      }
      if (style.background || style.italic || !open) {
        open = null;
        blocks.push({ kind: 'text', row });
        continue;
      }
      (open as TableBlock).rows.push(row);
      continue;
    }
    if (isLegendRow(doc, row, cols)) {
      open = null;
      blocks.push({ kind: 'legend', row });
      continue;
    }
    if (!open) {
      open = { kind: 'table', rows: [], header: isHeaderRow(doc, row, cols), width: 0, title };
      blocks.push(open);
    }
    (open as TableBlock).rows.push(row);
  }
  for (const b of blocks) if (b.kind === 'table') b.width = Math.max(1, ...b.rows.map((r) => lastCol(doc, r)));
  return blocks;
}

function ruleMatches(rule: ConditionalRule, cell: DocCell): boolean {
  const c = rule.condition;
  switch (c.kind) {
    case 'textEquals': return typeof cell.v === 'string' && cell.v === c.value;
    case 'lessThan': return typeof cell.v === 'number' && cell.v < c.value;
    case 'greaterThan': return typeof cell.v === 'number' && cell.v > c.value;
    default: return false;
  }
}

/** Inline style of a cell: its own style, else what a conditional rule of the document would paint. */
function cellStyle(doc: SheetDoc, row: number, col: number, cell: DocCell): string {
  const s = cell.style ?? {};
  const rule = doc.rules.find((r) => within(r.box, row, col) && ruleMatches(r, cell));
  const background = s.background ?? rule?.background;
  const color = s.fontColor ?? rule?.fontColor;
  const parts: string[] = [];
  if (background && /^#[0-9a-fA-F]{3,8}$/.test(background)) parts.push(`background:${background}`);
  if (color && /^#[0-9a-fA-F]{3,8}$/.test(color)) parts.push(`color:${color}`);
  if (s.bold) parts.push('font-weight:bold');
  if (s.italic) parts.push('font-style:italic');
  if (s.align) parts.push(`text-align:${s.align}`);
  return parts.length ? ` style="${parts.join(';')}"` : '';
}

/** Numbers never wrap; short unwrapped labels do not either (a row's first cell, typically a unit name, up to 30 characters). */
function cellClass(cell: DocCell, col: number): string {
  const classes: string[] = [];
  if (typeof cell.v === 'number') classes.push('num');
  else if (cell.style?.wrap) classes.push('wrap');
  else if (cellText(cell).length <= (col === 1 ? 30 : 14)) classes.push('nw');
  return classes.length ? ` class="${classes.join(' ')}"` : '';
}

function cellHtml(doc: SheetDoc, tag: 'td' | 'th', row: number, col: number, span: { cols: number; rows: number }, extra: Record<string, string> | null): string {
  const cell = doc.cells[row - 1]?.[col - 1] ?? { v: '' };
  const shown = hiddenCell(doc, row, col) ? { v: '' } : cell;
  const spanAttrs = (span.cols > 1 ? ` colspan="${span.cols}"` : '') + (span.rows > 1 ? ` rowspan="${span.rows}"` : '');
  const scope = tag === 'th' ? ' scope="col"' : '';
  const title = shown.note ? ` title="${escapeHtml(shown.note)}"` : '';
  return `<${tag}${scope}${spanAttrs}${cellClass(shown, col)}${cellStyle(doc, row, col, shown)}${title}${attrs(extra)}>${tag === 'th' ? `<span>${escapeHtml(cellText(shown))}</span>` : escapeHtml(cellText(shown))}</${tag}>`;
}

/** Tables with this many columns get vertical header text on paper, so they fit the width of A4. */
const WIDE_TABLE = 10;

function tableHtml(doc: SheetDoc, t: TableBlock, opts: DocHtmlOptions): string {
  const header = t.header ? doc.cells[t.rows[0] - 1] : null;
  const first = t.rows[0];
  const last = t.rows[t.rows.length - 1];
  const merges = doc.merges.filter((m) => m.row >= first && m.row <= last && m.col <= t.width);
  const covered = (row: number, col: number) => merges.some((m) => within(m, row, col) && !(m.row === row && m.col === col));
  const rowHtml = (row: number, tag: 'td' | 'th') => {
    const cells = doc.cells[row - 1] ?? [];
    const cols = contentCols(doc, row);
    const out: string[] = [];
    const alone = cols.length === 1 && cols[0] === 1 && !merges.some((m) => m.row === row) && t.width > 1;
    for (let col = 1; col <= t.width; col++) {
      if (covered(row, col)) continue;
      const m = merges.find((b) => b.row === row && b.col === col);
      const span = alone ? { cols: t.width, rows: 1 } : { cols: m ? Math.min(m.cols, t.width - col + 1) : 1, rows: m ? Math.min(m.rows, last - row + 1) : 1 };
      const cell = cells[col - 1] ?? { v: '' };
      const extra = opts.cellAttrs && !(tag === 'th') ? opts.cellAttrs({ row, col, cell, rowCells: cells, header, title: t.title }) : null;
      out.push(cellHtml(doc, tag, row, col, span, extra));
      if (alone) break;
    }
    return `<tr>${out.join('')}</tr>`;
  };
  const body = (t.header ? t.rows.slice(1) : t.rows).map((r) => rowHtml(r, 'td')).join('\n');
  const head = t.header ? `<thead>${rowHtml(first, 'th')}</thead>\n` : '';
  const widths = Array.from({ length: t.width }, (_, i) => doc.columnWidths[i] || 100);
  const sum = widths.reduce((x, y) => x + y, 0);
  const cols = doc.columnWidths.length && t.header ? `<colgroup>${widths.map((w) => `<col style="width:${Math.round((w / sum) * 1000) / 10}%">`).join('')}</colgroup>\n` : '';
  const classes = ['sheet', ...(t.header ? [] : ['plain']), ...(t.width >= WIDE_TABLE ? ['wide'] : [])].join(' ');
  return `<div class="table-wrap"><table class="${classes}" data-cols="${t.width}">\n${cols}${head}<tbody>\n${body}\n</tbody></table></div>`;
}

function blockHtml(doc: SheetDoc, b: DocBlock, opts: DocHtmlOptions): string {
  switch (b.kind) {
    case 'title':
      return `<h3 class="doc-title">${escapeHtml(b.text)}</h3>`;
    case 'text': {
      const cell = doc.cells[b.row - 1][0];
      const boxed = cell.style?.background ? ' boxed' : '';
      return `<p class="doc-text${boxed}"${cellStyle(doc, b.row, 1, cell)}>${escapeHtml(cellText(cell))}</p>`;
    }
    case 'legend': {
      const cells = doc.cells[b.row - 1];
      const items = contentCols(doc, b.row).slice(1).map((c) => `<span class="chip"${cellStyle(doc, b.row, c, cells[c - 1])}>${escapeHtml(cellText(cells[c - 1]))}</span>`);
      return `<p class="legend"><b>${escapeHtml(cellText(cells[0]))}</b> ${items.join(' ')}</p>`;
    }
    case 'table':
      return tableHtml(doc, b, opts);
  }
}

/** Renders chosen blocks of a document. */
export function blocksToHtml(doc: SheetDoc, blocks: DocBlock[], opts: DocHtmlOptions = {}): string {
  return blocks.map((b) => blockHtml(doc, b, opts)).join('\n');
}

/**
 * A SheetDoc as HTML: values in their number formats, bold/italic, backgrounds (its own and those of its
 * text rules), merges as colspan/rowspan, titles as headings, one <table> per block between blank or title rows.
 */
export function sheetDocToHtml(doc: SheetDoc, opts: DocHtmlOptions = {}): string {
  return blocksToHtml(doc, docBlocks(doc), opts);
}

// ---------------------------------------------------------------------------------------------
// Charts

const CHART_WIDTH = 680;
const LABEL_WIDTH = 172;
const RIGHT_PAD = 58;
const COLOURS = { bar: '#4a78c2', below: '#d0574d', leader: '#5b9d48', prev: '#a9bcdc', cur: '#2f5597', fell: '#e69138', plan: '#b3261e', minimum: '#8a5a00', grid: '#dde3ea', axis: '#6b7480' };

function niceScale(max: number, integer: boolean): { max: number; step: number } {
  if (!(max > 0)) return { max: integer ? 5 : 1, step: integer ? 1 : 0.2 };
  const raw = max / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const norm = raw / mag;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  if (integer && step < 1) step = 1;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

function shortName(name: string, max = 27): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

const px = (n: number) => String(Math.round(n * 10) / 10);

interface LegendItem {
  colour: string;
  text: string;
  line?: boolean;
}

function svgLegend(items: LegendItem[], y: number): string {
  let x = LABEL_WIDTH;
  return items.map((it) => {
    const mark = it.line
      ? `<line x1="${px(x)}" y1="${y - 4}" x2="${px(x + 14)}" y2="${y - 4}" stroke="${it.colour}" stroke-width="2" stroke-dasharray="4 2"/>`
      : `<rect x="${px(x)}" y="${y - 9}" width="12" height="10" fill="${it.colour}"/>`;
    const out = `${mark}<text x="${px(x + 18)}" y="${y}" class="lg">${escapeHtml(it.text)}</text>`;
    x += 34 + it.text.length * 6.3;
    return out;
  }).join('');
}

function axis(scale: { max: number; step: number }, x: (v: number) => number, top: number, bottom: number, title: string): string {
  const parts: string[] = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
    const xv = x(v);
    parts.push(`<line x1="${px(xv)}" y1="${top}" x2="${px(xv)}" y2="${bottom}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text x="${px(xv)}" y="${bottom + 13}" text-anchor="middle" class="tick">${escapeHtml(formatNumber(v))}</text>`);
  }
  parts.push(`<line x1="${LABEL_WIDTH}" y1="${top}" x2="${LABEL_WIDTH}" y2="${bottom}" stroke="${COLOURS.axis}"/>`);
  parts.push(`<text x="${px(LABEL_WIDTH + (CHART_WIDTH - LABEL_WIDTH - RIGHT_PAD) / 2)}" y="${bottom + 28}" text-anchor="middle" class="axis-title">${escapeHtml(title)}</text>`);
  return parts.join('');
}

function unitLabel(name: string, y: number): string {
  return `<text x="${LABEL_WIDTH - 6}" y="${px(y)}" text-anchor="end" class="unit-name"><title>${escapeHtml(name)}</title>${escapeHtml(shortName(name))}</text>`;
}

function valueText(ind: IndicatorSummary, v: number): string {
  return ind.kind === 'share' ? `${formatNumber(v)}${NBSP}%` : formatNumber(v);
}

function refLine(cls: string, colour: string, xv: number, top: number, bottom: number, label: string): string {
  return `<line class="${cls}" x1="${px(xv)}" y1="${top - 4}" x2="${px(xv)}" y2="${bottom}" stroke="${colour}" stroke-width="2" stroke-dasharray="5 3"/>`
    + `<text x="${px(xv)}" y="${top - 7}" text-anchor="middle" class="ref" fill="${colour}">${escapeHtml(label)}</text>`;
}

function svgOpen(ind: IndicatorSummary, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-indicator="${escapeHtml(ind.id)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>`;
}

/** Share indicator: one horizontal bar per unit (reporting year), coloured by status, and the year's plan as a dashed line. */
export function shareChartSvg(ind: IndicatorSummary, year: number): string {
  const plan = ind.region.cur.plan;
  const rows = ind.rows;
  const rowH = 18;
  const top = 40;
  const bottom = top + rows.length * rowH;
  const values = rows.map((r) => r.cur).filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(0, plan ?? 0, ...values), false);
  const x = (v: number) => LABEL_WIDTH + (v / scale.max) * (CHART_WIDTH - LABEL_WIDTH - RIGHT_PAD);
  const title = `Показатель ${ind.id}, ${yearLabel(year)}: значения по единицам отчёта${plan !== null ? ` и план (${formatNumber(plan)}${NBSP}%)` : ''}`;
  const parts: string[] = [svgOpen(ind, bottom + 34, title)];
  const legend: LegendItem[] = [{ colour: COLOURS.bar, text: plan !== null ? 'план выполнен' : `${yearLabel(year)}` }];
  if (plan !== null) legend.push({ colour: COLOURS.below, text: 'ниже плана' });
  if (ind.leaderAbove !== null) legend.push({ colour: COLOURS.leader, text: `лидер (выше ${formatNumber(ind.leaderAbove)}${NBSP}%)` });
  if (plan !== null) legend.push({ colour: COLOURS.plan, text: `план ${yearLabel(year)}`, line: true });
  parts.push(svgLegend(legend, 14));
  parts.push(axis(scale, x, top, bottom, `Значение в ${yearLabel(year)}, %`));
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(unitLabel(r.unit, y + rowH / 2 + 4));
    if (r.cur === null) {
      parts.push(`<text x="${LABEL_WIDTH + 4}" y="${px(y + rowH / 2 + 4)}" class="no-data-label">нет данных</text>`);
      return;
    }
    const colour = r.status === 'ниже плана' ? COLOURS.below : r.status === 'лидер' ? COLOURS.leader : COLOURS.bar;
    const w = Math.max(0, x(r.cur) - LABEL_WIDTH);
    parts.push(`<rect class="bar" data-unit="${escapeHtml(r.unit)}" data-value="${r.cur}" x="${LABEL_WIDTH}" y="${px(y + 3)}" width="${px(w)}" height="${rowH - 6}" fill="${colour}">`
      + `<title>${escapeHtml(`${r.unit}: ${valueText(ind, r.cur)} (${r.status})`)}</title></rect>`);
    parts.push(`<text x="${px(LABEL_WIDTH + w + 4)}" y="${px(y + rowH / 2 + 4)}" class="val">${escapeHtml(formatNumber(r.cur))}</text>`);
  });
  if (plan !== null) parts.push(refLine('plan-line', COLOURS.plan, x(plan), top, bottom, `план ${formatNumber(plan)}${NBSP}%`));
  parts.push('</svg>');
  return parts.join('');
}

/** Count or dynamics indicator: two bars per unit (previous and reporting year), a decline in orange, the minimum as a dashed line. */
export function groupedChartSvg(ind: IndicatorSummary, prevYear: number, year: number): string {
  const rows = ind.rows;
  const rowH = 18;
  const barH = 7;
  const top = 40;
  const bottom = top + rows.length * rowH;
  const values = rows.flatMap((r) => [r.prev, r.cur]).filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(0, ind.minimum ?? 0, ...values), true);
  const x = (v: number) => LABEL_WIDTH + (v / scale.max) * (CHART_WIDTH - LABEL_WIDTH - RIGHT_PAD);
  const title = `Показатель ${ind.id}: ${yearLabel(prevYear)} и ${yearLabel(year)} по единицам отчёта`;
  const parts: string[] = [svgOpen(ind, bottom + 34, title)];
  const legend: LegendItem[] = [{ colour: COLOURS.prev, text: yearLabel(prevYear) }, { colour: COLOURS.cur, text: yearLabel(year) }, { colour: COLOURS.fell, text: `${yearLabel(year)}, снижение` }];
  if (ind.minimum !== null) legend.push({ colour: COLOURS.minimum, text: 'минимум', line: true });
  parts.push(svgLegend(legend, 14));
  parts.push(axis(scale, x, top, bottom, `Значение${ind.unit && ind.unit !== '%' ? `, ${ind.unit}` : ''}`));
  const bar = (r: IndicatorRow, v: number | null, which: 'prev' | 'cur', y: number) => {
    const label = yearLabel(which === 'prev' ? prevYear : year);
    if (v === null) return `<text x="${LABEL_WIDTH + 4}" y="${px(y + barH - 0.5)}" class="no-data-label val-s">${escapeHtml(label)}: нет данных</text>`;
    const colour = which === 'prev' ? COLOURS.prev : r.trend === 'снижение' ? COLOURS.fell : COLOURS.cur;
    const w = Math.max(0, x(v) - LABEL_WIDTH);
    return `<rect class="bar" data-unit="${escapeHtml(r.unit)}" data-year="${which}" data-value="${v}" x="${LABEL_WIDTH}" y="${px(y)}" width="${px(w)}" height="${barH}" fill="${colour}">`
      + `<title>${escapeHtml(`${r.unit}, ${label}: ${valueText(ind, v)}`)}</title></rect>`
      + `<text x="${px(LABEL_WIDTH + w + 4)}" y="${px(y + barH - 0.5)}" class="val val-s">${escapeHtml(formatNumber(v))}</text>`;
  };
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(unitLabel(r.unit, y + rowH / 2 + 4));
    parts.push(bar(r, r.prev, 'prev', y + 1.5));
    parts.push(bar(r, r.cur, 'cur', y + 1.5 + barH + 1));
  });
  if (ind.minimum !== null) parts.push(refLine('min-line', COLOURS.minimum, x(ind.minimum), top, bottom, `минимум ${formatNumber(ind.minimum)}`));
  parts.push('</svg>');
  return parts.join('');
}

function chartFigure(a: Analysis, ind: IndicatorSummary): string {
  const caption = `<figcaption><b>Показатель ${escapeHtml(ind.id)}.</b> ${escapeHtml(ind.name)}</figcaption>`;
  if (ind.noDataAtAll || ind.rows.every((r) => r.prev === null && r.cur === null)) {
    return `<figure class="chart no-chart" data-indicator-empty="${escapeHtml(ind.id)}">${caption}<p class="no-data">нет данных</p></figure>`;
  }
  const svg = ind.kind === 'share' ? shareChartSvg(ind, a.settings.reportYear) : groupedChartSvg(ind, a.settings.previousYear, a.settings.reportYear);
  return `<figure class="chart">${caption}${svg}</figure>`;
}

// ---------------------------------------------------------------------------------------------
// Hooks on key numbers

const TABLE1_COLUMNS: Record<string, [OrgType, string]> = {
  'ОО всего': ['general', 'total'], 'ОО реализуют': ['general', 'count'], 'ОО, %': ['general', 'share'],
  'ДО всего': ['additional', 'total'], 'ДО реализуют': ['additional', 'count'], 'ДО, %': ['additional', 'share'],
};

/** Table 1: data-table="1" data-form data-type data-field; tables 2а/2б: data-table, data-unit (or data-total), data-form, data-type, data-field. */
function formsAttrs(a: Analysis): CellAttrs {
  const byLabel = new Map(a.settings.forms.map((f) => [`«${f.name}»`, f.key]));
  return ({ col, rowCells, header, title }): Record<string, string> | null => {
    if (!header) return null;
    const head = cellText(header[col - 1]);
    const label = cellText(rowCells[0]);
    if (/^Таблица 1\./.test(title)) {
      const key = byLabel.get(label);
      const hit = TABLE1_COLUMNS[head];
      return key && hit ? { 'data-table': '1', 'data-form': key, 'data-type': hit[0], 'data-field': hit[1] } : null;
    }
    const m = /^Таблица (\d+)([аб])\./.exec(title);
    if (!m) return null;
    const base: Record<string, string> = { 'data-table': `${m[1]}${m[2]}`, 'data-type': m[2] === 'а' ? 'general' : 'additional' };
    if (label === 'Итого') base['data-total'] = '';
    else base['data-unit'] = label;
    if (head === 'Всего организаций') return { ...base, 'data-field': 'total' };
    const fm = /^(«.+»), (кол-во|%)$/.exec(head);
    const key = fm ? byLabel.get(fm[1]) : undefined;
    return fm && key ? { ...base, 'data-form': key, 'data-field': fm[2] === '%' ? 'share' : 'count' } : null;
  };
}

/** Table 3: data-indicator, data-unit (or data-region), data-year="prev|cur". */
function indicatorAttrs(a: Analysis): CellAttrs {
  const [py, cy] = [yearLabel(a.settings.previousYear), yearLabel(a.settings.reportYear)];
  return ({ col, rowCells, header, title }) => {
    if (!header) return null;
    const ind = a.summary.indicators.find((i) => title === `${i.id}. ${i.name}`);
    const head = cellText(header[col - 1]);
    const year = head === py ? 'prev' : head === cy ? 'cur' : null;
    if (!ind || !year) return null;
    const label = cellText(rowCells[0]);
    const who: Record<string, string> = label === REGION_FACT_LABEL || label === REGION_MEAN_LABEL ? { 'data-region': '' } : { 'data-unit': label };
    return { 'data-table': '3', 'data-indicator': ind.id, ...who, 'data-year': year };
  };
}

// ---------------------------------------------------------------------------------------------
// The page

const CSS = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{background:#eef1f5}
body{margin:0 auto;max-width:1060px;background:#fff;color:#1f2328;font:14px/1.45 "PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;padding:28px 40px 48px}
h1{font-size:25px;line-height:1.25;margin:4px 0 6px;color:#1f3864}
h2{font-size:19px;line-height:1.3;margin:0 0 12px;padding-bottom:5px;border-bottom:2px solid #2f5597;color:#1f3864}
h3{font-size:15px;line-height:1.3;margin:18px 0 6px}
p{margin:0 0 8px}
.kicker{color:#5b6470;font-size:13px;letter-spacing:.02em;text-transform:uppercase}
.cover{border-bottom:1px solid #c9d1dc;padding-bottom:14px}
.highlights h3{font-size:13px;margin:14px 0 6px;color:#5b6470;font-weight:bold}
.highlights .footnote{font-size:11px;color:#5b6470;margin:6px 0 0}
.cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:8px}
.card{border:1px solid #c9d1dc;border-radius:4px;padding:7px 9px;break-inside:avoid}
.card-title{font-weight:bold;font-size:13px}
.card-sub{font-size:11px;color:#5b6470;line-height:1.3;height:2.6em;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;margin-bottom:4px}
.fig{display:flex;justify-content:space-between;gap:6px;padding:2px 6px;margin-top:3px;font-size:12.5px}
.fig span{color:#3d4550}
.fig b{font-variant-numeric:tabular-nums}
nav.toc{margin-top:14px}
nav.toc ol{margin:8px 0 0;padding-left:22px;columns:2;column-gap:32px}
nav.toc a{color:#2f5597;text-decoration:none}
section.major{margin-top:40px}
.note-section p{text-align:left}
.table-wrap{overflow-x:auto;margin:6px 0 14px}
table.sheet{border-collapse:collapse;width:100%;font-size:12px;line-height:1.3}
table.sheet.plain{width:auto;max-width:100%}
table.sheet th,table.sheet td{border:1px solid #c9d1dc;padding:3px 5px;vertical-align:top;text-align:left}
table.sheet th{vertical-align:middle;text-align:center}
table.sheet td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.sheet td.nw{white-space:nowrap}
table.sheet td.wrap{overflow-wrap:break-word}
.doc-text{font-size:13px}
.doc-text.boxed{padding:6px 10px;border:1px solid #c9d1dc}
.legend{font-size:12px;margin:4px 0 10px}
.legend .chip{display:inline-block;padding:1px 7px;margin:2px 4px 2px 0;border:1px solid #c9d1dc}
figure.chart{margin:0 0 26px;break-inside:avoid;page-break-inside:avoid}
figure.chart figcaption{font-size:13px;margin-bottom:4px}
figure.chart svg{display:block;width:100%;max-width:760px;height:auto}
.chart-svg text{font-family:"PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;fill:#1f2328}
.chart-svg .unit-name{font-size:11px}
.chart-svg .tick,.chart-svg .val{font-size:9.5px;fill:#3d4550}
.chart-svg .val-s{font-size:8px}
.chart-svg .lg{font-size:11px}
.chart-svg .axis-title{font-size:10.5px;fill:#5b6470}
.chart-svg .ref{font-size:10px;font-weight:bold}
.chart-svg .no-data-label{font-size:10px;fill:#8a8f98;font-style:italic}
.chart-svg .bar:hover{opacity:.8}
.no-data{color:#6b7480;font-style:italic;padding:6px 10px;border:1px dashed #c9d1dc;background:${PALETTE.noData}}
.fatal{background:${PALETTE.error};border:1px solid #b3261e;padding:8px 12px;font-weight:bold}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
h2,h3,figcaption{break-after:avoid;page-break-after:avoid}
@page{size:A4;margin:15mm}
@media print{
html{background:none}
body{max-width:none;padding:0;font-size:10pt}
section.major{break-before:page;page-break-before:always;margin-top:0}
.table-wrap{overflow:visible}
table.sheet{font-size:7.5pt}
table.sheet.wide td.nw{white-space:normal}
table.sheet.wide thead th:not(:first-child)>span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;text-align:left}
table.sheet.wide thead th{vertical-align:bottom;padding:4px 2px}
.doc-text,.legend{font-size:8.5pt}
.card-title{font-size:9.5pt}
.card-sub{font-size:7.5pt}
.fig{font-size:9pt;padding:1px 4px}
figure.chart svg{max-width:100%}
nav.toc a{color:inherit}
}
`;

function card(title: string, subtitle: string, lines: string[]): string {
  return `<div class="card"><div class="card-title">${title}</div>${subtitle ? `<div class="card-sub" title="${escapeHtml(subtitle)}">${escapeHtml(subtitle)}</div>` : ''}${lines.join('')}</div>`;
}

function figure(label: string, value: string, background?: string): string {
  return `<div class="fig"${background ? ` style="background:${background}"` : ''}><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;
}

/** Key numbers on the cover: coverage of each form against its target, each indicator's regional value against its plan. */
function highlightsHtml(a: Analysis): string {
  const s = a.settings;
  const metColour = (met: boolean | null) => (met === null ? undefined : met ? PALETTE.leader : PALETTE.belowPlan);
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}${NBSP}%`);
  const forms = s.forms.map((f) => {
    const c = a.summary.forms.forms[f.key];
    const target = f.targetPercent === null ? '' : `цель ${formatNumber(f.targetPercent)}${NBSP}%${f.targetDate ? ` к ${f.targetDate}` : ''}`;
    return card(`«${escapeHtml(f.name)}»`, target, [figure('ОО', pct(c.general.share), metColour(c.general.met)), figure('ДО', pct(c.additional.share), metColour(c.additional.met))]);
  });
  const inds = a.summary.indicators.map((ind) => {
    const title = `Показатель ${escapeHtml(ind.id)}`;
    if (ind.noDataAtAll) return card(title, ind.name, [figure('', 'нет данных', PALETTE.noData)]);
    const { prev, cur } = ind.region;
    const shown = (v: number | null) => (v === null ? 'нет данных' : valueText(ind, v));
    if (ind.kind === 'dynamics') {
      return card(title, ind.name, [figure(yearLabel(s.previousYear), shown(prev.value)), figure(yearLabel(s.reportYear), shown(cur.value), prev.value !== null && cur.value !== null && cur.value < prev.value ? PALETTE.fell : undefined)]);
    }
    const plan = cur.plan === null ? [] : [figure('план', valueText(ind, cur.plan))];
    // A plain mean of the units' shares is labelled as such, never as the fact.
    const label = cur.method === 'mean' ? 'среднее*' : 'факт';
    return card(title, ind.name, [figure(label, shown(cur.value), metColour(cur.met)), ...plan]);
  });
  return `<div class="highlights"><h3>Формы наставничества: доля организаций, ${escapeHtml(yearLabel(s.reportYear))}</h3><div class="cards">${forms.join('')}</div>`
    + `<h3>Показатели эффективности по региону, ${escapeHtml(yearLabel(s.reportYear))}</h3><div class="cards">${inds.join('')}</div>`
    + (a.summary.indicators.some((i) => i.region.cur.method === 'mean') ? '<p class="footnote">* Среднее арифметическое долей единиц, не взвешенное по численности обучающихся: численность указали не все.</p>' : '')
    + '</div>';
}

function noteHtml(a: Analysis): string {
  return a.note.sections.map((s) => `<div class="note-section"><h3>${escapeHtml(s.heading)}</h3>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>`).join('\n');
}

interface Section {
  id: string;
  heading: string;
  body: string;
}

/** Takes the first block as the heading when it is a title, so the section does not repeat it. */
function headed(blocks: DocBlock[], fallback: string): { heading: string; rest: DocBlock[] } {
  const first = blocks[0];
  return first && first.kind === 'title' ? { heading: first.text, rest: blocks.slice(1) } : { heading: fallback, rest: blocks };
}

/** The whole report: one self-contained page (inline CSS and SVG, no scripts), ready to print on A4. */
export function renderReportHtml(a: Analysis): string {
  const docs = renderSummaryTabs(a);
  const byName = (name: string) => docs.find((d) => d.name === name)!;
  const forms = byName(SUMMARY_TABS.forms);
  const indicators = byName(SUMMARY_TABS.indicators);
  const recs = byName(SUMMARY_TABS.recommendations);
  const check = byName(SUMMARY_TABS.check);
  const s = a.settings;

  const formBlocks = docBlocks(forms);
  const t1 = formBlocks.findIndex((b) => b.kind === 'title' && /^Таблица 1\./.test(b.text));
  const t2 = formBlocks.findIndex((b) => b.kind === 'title' && /^Таблица 2/.test(b.text));
  const cover = t1 > 0 ? formBlocks.slice(0, t1).filter((b, i) => !(i === 0 && b.kind === 'title')) : [];
  const table1 = headed(formBlocks.slice(Math.max(0, t1), t2 > t1 ? t2 : formBlocks.length), 'Таблица 1. Итоги по региону');
  const table2 = t2 > t1 ? formBlocks.slice(t2) : [];
  const formHooks = { cellAttrs: formsAttrs(a) };
  const table3 = headed(docBlocks(indicators), 'Таблица 3. Показатели эффективности');
  const checkBlocks = headed(docBlocks(check), 'Проверка данных');

  const sections: Section[] = [
    { id: 'note', heading: 'Аналитическая справка', body: noteHtml(a) },
    { id: 'table1', heading: table1.heading, body: blocksToHtml(forms, table1.rest, formHooks) },
  ];
  if (table2.length) sections.push({ id: 'table2', heading: `Таблица 2. Формы наставничества по единицам отчёта (${a.summary.mainType})`, body: blocksToHtml(forms, table2, formHooks) });
  sections.push(
    { id: 'table3', heading: table3.heading, body: blocksToHtml(indicators, table3.rest, { cellAttrs: indicatorAttrs(a) }) },
    { id: 'charts', heading: 'Диаграммы показателей эффективности', body: a.summary.indicators.map((ind) => chartFigure(a, ind)).join('\n') },
    { id: 'recommendations', heading: 'Рекомендации единицам отчёта', body: sheetDocToHtml(recs) },
    { id: 'check', heading: checkBlocks.heading, body: blocksToHtml(check, checkBlocks.rest) },
  );

  const kicker = [s.regionName, yearLabel(s.reportYear), `${a.summary.mainType}: ${a.summary.unitCount}`].filter(Boolean).join(' · ');
  const fatal = a.fatal.map((f) => `<p class="fatal">${escapeHtml(f)}</p>`).join('\n');
  const toc = sections.map((sec) => `<li><a href="#${sec.id}">${escapeHtml(sec.heading)}</a></li>`).join('');
  const title = a.note.title || 'Мониторинг реализации программ наставничества';
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="cover">
<div class="kicker">Мониторинг наставничества · ${escapeHtml(kicker)}</div>
<h1>${escapeHtml(title)}</h1>
${fatal}
${highlightsHtml(a)}
<nav class="toc"><b>Содержание</b><ol>${toc}</ol></nav>
${blocksToHtml(forms, cover)}
</header>
${sections.map((sec) => `<section class="major" id="${sec.id}">\n<h2>${escapeHtml(sec.heading)}</h2>\n${sec.body}\n</section>`).join('\n')}
</body>
</html>
`;
}

// A tab document's parts as HTML: titles, text, legends and tables with their caption, header and the meaning of each cell as data-* hooks.
import { escapeHtml } from '../domain/escapeHtml';
import type { DocCell, DocPart, DocTable, Meaning, SheetDoc } from '../workbook/sheetDoc';
import { shownText } from './format';

/** Tables with at most this many body rows are kept on one page when printed. */
const SHORT_TABLE_ROWS = 15;
/** Tables with this many columns print on a landscape page. */
export const WIDE_TABLE = 9;

function attrs(map: Meaning): string {
  return Object.keys(map)
    .map((k) => ` data-${k}="${escapeHtml(map[k])}"`)
    .join('');
}

/** Inline style of a cell from its own style (colours only when they are colours). */
function cellStyle(cell: DocCell): string {
  const s = cell.style ?? {};
  const parts: string[] = [];
  if (s.background && /^#[0-9a-fA-F]{3,8}$/.test(s.background)) parts.push(`background:${s.background}`);
  if (s.fontColor && /^#[0-9a-fA-F]{3,8}$/.test(s.fontColor)) parts.push(`color:${s.fontColor}`);
  if (s.bold) parts.push('font-weight:bold');
  if (s.italic) parts.push('font-style:italic');
  if (s.align) parts.push(`text-align:${s.align}`);
  return parts.length ? ` style="${parts.join(';')}"` : '';
}

/** Numbers never wrap; short unwrapped labels do not either (a row's first cell, typically a unit name, up to 30 characters). */
function cellClass(cell: DocCell, col: number): string {
  if (typeof cell.v === 'number') return ' class="num"';
  if (cell.style?.wrap) return ' class="wrap"';
  return shownText(cell).length <= (col === 1 ? 30 : 14) ? ' class="nw"' : '';
}

function rowCells(doc: SheetDoc, row: number, width: number): DocCell[] {
  const cells = doc.cells[row - 1] ?? [];
  return Array.from({ length: width }, (_, i) => cells[i] ?? { v: '' });
}

function headerRow(doc: SheetDoc, row: number, width: number): string {
  return `<tr>${rowCells(doc, row, width)
    .map((c) => `<th scope="col"${cellStyle(c)}><span>${escapeHtml(shownText(c))}</span></th>`)
    .join('')}</tr>`;
}

function bodyRow(doc: SheetDoc, t: DocTable, r: DocTable['body'][number]): string {
  if (r.span) {
    const c = rowCells(doc, r.row, 1)[0];
    return `<tr class="sub"><td colspan="${t.width}"${cellStyle(c)}>${escapeHtml(shownText(c))}</td></tr>`;
  }
  const cells = rowCells(doc, r.row, t.width).map((c, i) => {
    const column = t.columns[i];
    const hook = column ? attrs({ ...t.meaning, ...r.meaning, ...column }) : '';
    return `<td${cellClass(c, i + 1)}${cellStyle(c)}${c.note ? ` title="${escapeHtml(c.note)}"` : ''}${hook}>${escapeHtml(shownText(c))}</td>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

/**
 * A table as printed: its caption, and a first header row repeating the caption with «(продолжение)» on every further
 * page (the header group repeats; on the first page the caption block covers that row). Short tables stay on one page.
 */
function tableHtml(doc: SheetDoc, t: DocTable, fallbackCaption: string): string {
  const caption = t.caption ?? fallbackCaption;
  const cont = `<tr class="cont"><th colspan="${t.width}"><span class="cap">${escapeHtml(caption)}</span> <span class="cont-mark">(продолжение)</span></th></tr>`;
  // The cover has the very same text (the mark invisible), so it is exactly as tall as the row it covers.
  const cover = `<div class="cap-first${t.caption ? '' : ' blank'}" aria-hidden="${t.caption ? 'false' : 'true'}"><span class="cap">${escapeHtml(caption)}</span> <span class="cont-mark">(продолжение)</span></div>`;
  const head = `<thead>${cont}${t.headerRows.map((r) => headerRow(doc, r, t.width)).join('')}</thead>`;
  const body = `<tbody>\n${t.body.map((r) => bodyRow(doc, t, r)).join('\n')}\n</tbody>`;
  const classes = ['tbl', ...(t.body.length <= SHORT_TABLE_ROWS ? ['keep'] : []), ...(t.width >= WIDE_TABLE ? ['wide'] : [])].join(' ');
  return `<div class="${classes}">${cover}<table class="sheet" data-cols="${t.width}">\n${head}\n${body}</table></div>`;
}

function partHtml(doc: SheetDoc, p: DocPart, fallbackCaption: string): string {
  switch (p.kind) {
    case 'title':
      return `<h3 class="doc-title">${escapeHtml(p.text)}</h3>`;
    case 'text': {
      const cell = doc.cells[p.row - 1][0];
      return `<p class="doc-text${cell.style?.background ? ' boxed' : ''}"${cellStyle(cell)}>${escapeHtml(shownText(cell))}</p>`;
    }
    case 'legend':
      return `<p class="legend"><b>${escapeHtml(p.label)}</b> ${p.items.map((i) => `<span class="chip" style="background:${escapeHtml(i.colour)}">${escapeHtml(i.text)}</span>`).join(' ')}</p>`;
    case 'table':
      return tableHtml(doc, p, fallbackCaption);
  }
}

/** Renders parts of a document in order; a table without a caption repeats `fallbackCaption` on its further pages. */
export function partsHtml(doc: SheetDoc, parts: DocPart[], fallbackCaption = doc.name): string {
  return parts.map((p) => partHtml(doc, p, fallbackCaption)).join('\n');
}

/** The parts of one section of a document. */
export function sectionParts(doc: SheetDoc, section: string): DocPart[] {
  return doc.parts.filter((p) => p.section === section);
}

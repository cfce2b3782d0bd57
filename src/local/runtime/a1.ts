// A1 notation: column letters, rectangle parsing and formatting, sheet-qualified references.
import { columnLetter as columnToLetters, columnNumber as lettersToColumn } from '../../domain/columns';

/** A 1-based rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

// One definition of column letters, shared with the workbook layer; the runtime keeps its own names for them.
export { columnToLetters, lettersToColumn };

export function cellA1(row: number, col: number): string {
  return columnToLetters(col) + row;
}

export function rectA1(r: Rect): string {
  const tl = cellA1(r.row, r.col);
  if (r.numRows === 1 && r.numCols === 1) return tl;
  return `${tl}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/** Sheet name quoted as Sheets writes it in a reference: `'Свод: формы'!A1`, `Sheet1!A1`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'Sheet name'!A1:B2` into sheet name and A1 part; the sheet is null when absent. */
export function splitSheetRef(ref: string): { sheet: string | null; a1: string } {
  const t = ref.trim();
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { sheet: null, a1: t };
  let sheet = t.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: t.slice(bang + 1) };
}

interface Part {
  col: number | null;
  row: number | null;
}

function parsePart(p: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const col = m[1] === '' ? null : lettersToColumn(m[1]);
  const row = m[2] === '' ? null : Number(m[2]);
  if (row === 0) return null;
  return { col, row };
}

/**
 * Parses `B2`, `B2:D9`, `A:C` (whole columns), `2:5` (whole rows), `A2:C` (open end). Whole rows/columns use the
 * given sheet size. Returns null when the text is not A1 notation.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): Rect | null {
  const r1c1 = parseR1C1(a1);
  if (r1c1) return r1c1;
  const parts = a1.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]);
  if (!a) return null;
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!b) return null;
  if (parts.length === 1 && (a.row === null || a.col === null)) return null;
  const r1 = a.row ?? 1;
  const c1 = a.col ?? 1;
  const r2 = b.row ?? maxRows;
  const c2 = b.col ?? maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/**
 * `R2C3` or `R2C3:R4C5`: Sheet.getRange(a1Notation) takes «the range … as specified in A1 notation or R1C1 notation»
 * (Google, reference/spreadsheet/sheet).
 */
function parseR1C1(text: string): Rect | null {
  const m = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i.exec(text.trim());
  if (!m) return null;
  const r1 = Number(m[1]);
  const c1 = Number(m[2]);
  const r2 = m[3] ? Number(m[3]) : r1;
  const c2 = m[4] ? Number(m[4]) : c1;
  if (Math.min(r1, c1, r2, c2) < 1) return null;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export type Axis = 'row' | 'col';

/** Moves a rectangle after `count` rows/columns were inserted before position `at` (1-based). */
export function shiftRectInsert(r: Rect, axis: Axis, at: number, count: number): Rect {
  const start = axis === 'row' ? r.row : r.col;
  const size = axis === 'row' ? r.numRows : r.numCols;
  let ns = start;
  let nz = size;
  if (start >= at) ns = start + count;
  else if (start + size - 1 >= at) nz = size + count;
  return axis === 'row' ? { ...r, row: ns, numRows: nz } : { ...r, col: ns, numCols: nz };
}

/** Moves or shrinks a rectangle after rows/columns `at`..`at+count-1` were deleted; null when nothing is left. */
export function shiftRectDelete(r: Rect, axis: Axis, at: number, count: number): Rect | null {
  const start = axis === 'row' ? r.row : r.col;
  const size = axis === 'row' ? r.numRows : r.numCols;
  const end = start + size - 1;
  const delEnd = at + count - 1;
  const keptBefore = Math.max(0, Math.min(end, at - 1) - start + 1);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd + 1) + 1);
  const total = keptBefore + keptAfter;
  if (total === 0) return null;
  const ns = keptBefore > 0 ? start : Math.max(start, delEnd + 1) - count;
  return axis === 'row' ? { ...r, row: ns, numRows: total } : { ...r, col: ns, numCols: total };
}

/** Shifts a 1-based index set/map key after insertion or deletion; returns the new index or null when deleted. */
export function shiftIndex(i: number, at: number, count: number, insert: boolean): number | null {
  if (insert) return i >= at ? i + count : i;
  if (i < at) return i;
  if (i < at + count) return null;
  return i - count;
}

// Conversions shared by reading and writing: dates, colours, widths, rectangles, sheet names and references.
import type { Rect } from '../a1';
import { quoteSheetName } from '../a1';
import { instantFromWallClock, wallClock } from '../values';
import { RUNTIME_SHEET_NAME } from './model';
// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** A Date whose UTC reading equals the wall clock in `tz` (ExcelJS turns Dates into serials via UTC). */
export function toExcelDate(d: Date, tz: string): Date {
  const w = wallClock(d, tz);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
}

/** The instant whose wall clock in `tz` is the UTC reading of an ExcelJS Date. */
export function fromExcelDate(d: Date, tz: string): Date {
  return instantFromWallClock(
    tz,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

const THEME_COLORS = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const INDEXED_COLORS = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
  '000000',
  'FFFFFF',
];

function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = ch.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return out
    .map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

export interface XColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** '#rrggbb' of an ExcelJS colour (argb, theme with tint, or legacy palette index); null when absent. */
export function colorOf(c: XColor | undefined): string | null {
  if (!c) return null;
  let hex: string | undefined;
  if (typeof c.argb === 'string' && c.argb.length >= 6) hex = c.argb.slice(-6);
  else if (typeof c.theme === 'number') hex = THEME_COLORS[c.theme];
  else if (typeof c.indexed === 'number') hex = INDEXED_COLORS[c.indexed];
  if (!hex) return null;
  if (typeof c.tint === 'number') hex = applyTint(hex, c.tint);
  return `#${hex.toLowerCase()}`;
}

export function pxToExcelWidth(px: number): number {
  return (px - 5) / 7;
}
export function excelWidthToPx(w: number): number {
  return Math.max(0, Math.round(w * 7 + 5));
}

/** Splits cells into rectangles: vertical runs per column, then runs joined across equal neighbouring columns. */
export function rectsOf(cells: Array<[number, number]>): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const list = byCol.get(c) ?? [];
    list.push(r);
    byCol.set(c, list);
  }
  const runsByCol = new Map<number, Array<[number, number]>>();
  for (const [c, rows] of byCol) {
    rows.sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    runsByCol.set(c, runs);
  }
  const cols = [...runsByCol.keys()].sort((a, b) => a - b);
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  let prevCol = -1;
  for (const c of cols) {
    const runs = runsByCol.get(c) ?? [];
    const next = new Map<string, Rect>();
    for (const [a, b] of runs) {
      const key = `${a}:${b}`;
      const prev = prevCol === c - 1 ? open.get(key) : undefined;
      if (prev) {
        prev.numCols++;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { row: a, col: c, numRows: b - a + 1, numCols: 1 });
      }
    }
    for (const r of open.values()) out.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
    prevCol = c;
  }
  for (const r of open.values()) out.push(r);
  return out;
}

/** Makes Apps Script sheet names valid and unique as Excel names (no : \ / ? * [ ], ≤ 31 characters). */
export function excelNames(names: string[]): string[] {
  const used = new Set<string>([RUNTIME_SHEET_NAME.toLowerCase()]);
  const valid = (n: string): boolean => n.length > 0 && n.length <= 31 && !/[:\\/?*[\]]/.test(n) && !/^'|'$/.test(n) && n !== 'History';
  const out: string[] = new Array(names.length);
  names.forEach((n, i) => {
    if (valid(n) && !used.has(n.toLowerCase())) {
      out[i] = n;
      used.add(n.toLowerCase());
    }
  });
  names.forEach((n, i) => {
    if (out[i] !== undefined) return;
    let base = n
      .replace(/[:\\/?*[\]]/g, '_')
      .replace(/^'|'$/g, '_')
      .trim();
    if (!base || base === 'History') base = `Sheet${i + 1}`;
    base = base.slice(0, 31);
    let candidate = base;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) {
      const suffix = `~${k}`;
      candidate = base.slice(0, 31 - suffix.length) + suffix;
    }
    out[i] = candidate;
    used.add(candidate.toLowerCase());
  });
  return out;
}

/** Replaces sheet references in a formula according to a name map (real → Excel name or back). */
export function renameRefs(formula: string, map: Map<string, string>): string {
  if (map.size === 0) return formula;
  let f = formula;
  for (const [from, to] of map) {
    const q = `'${from.replace(/'/g, "''")}'!`;
    const target = `${quoteSheetName(to)}!`;
    if (f.includes(q)) f = f.split(q).join(target);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(from)) f = f.replace(new RegExp(`(^|[^A-Za-z0-9_'.])${from}!`, 'g'), `$1${target}`);
  }
  return f;
}

export function strip(f: unknown): string {
  const s = String(f);
  return s.startsWith('=') ? s.slice(1) : s;
}

export function quoteText(s: unknown): string {
  return `"${String(s).replace(/"/g, '""')}"`;
}

// Custom spreadsheet formulas as pure functions: a single value or a whole range in one call (Sheets passes ranges as 2D arrays).
import { parseCell } from './cellValue';
import type { CellValue, IndicatorDef, Settings } from './model';
import { percentOf, roundHalfAway } from './russian';
import { planFor, statusOf } from './summary';

export type FormulaArg = CellValue | CellValue[][];
export type FormulaResult = number | string | Array<Array<number | string>>;

const isRange = (v: FormulaArg): v is CellValue[][] => Array.isArray(v);

/** Applies `fn` cell by cell: scalars stay scalars; ranges must have equal shapes (a scalar is used for every cell). */
function mapCells(args: FormulaArg[], fn: (...cells: CellValue[]) => number | string): FormulaResult {
  const ranges = args.filter(isRange);
  if (ranges.length === 0) return fn(...(args as CellValue[]));
  const rows = ranges[0].length;
  const cols = ranges[0][0]?.length ?? 0;
  if (ranges.some((r) => r.length !== rows || r.some((row) => row.length !== cols))) return 'Ошибка: диапазоны разного размера';
  return ranges[0].map((row, i) => row.map((_, j) => fn(...args.map((a) => (isRange(a) ? a[i][j] : a)))));
}

function number(v: CellValue): number | null | 'invalid' {
  const p = parseCell(v);
  if (p.kind === 'empty' || p.kind === 'nodata') return null;
  return p.kind === 'number' ? p.value : 'invalid';
}

/** COVERAGE(part, total): part as a percentage of total, rounded half away from zero to 2 decimals. */
export function coverage(part: FormulaArg, total: FormulaArg): FormulaResult {
  return mapCells([part, total], (p, t) => {
    const a = number(p);
    const b = number(t);
    if (a === 'invalid' || b === 'invalid') return 'Ошибка: не число';
    if (a === null || b === null || b === 0) return '';
    if (a < 0 || b < 0) return 'Ошибка: отрицательное число';
    if (a > b) return 'Ошибка: часть больше целого';
    return percentOf(a, b)!;
  });
}

/** GROWTHPCT(previous, current): change in percent against the previous value; empty when the previous is 0 or missing.
 * Not GROWTH: that is a Sheets built-in (РОСТ), and custom functions may not share a built-in's name. */
export function growthPercent(previous: FormulaArg, current: FormulaArg): FormulaResult {
  return mapCells([previous, current], (p, c) => {
    const a = number(p);
    const b = number(c);
    if (a === 'invalid' || b === 'invalid') return 'Ошибка: не число';
    if (a === null || b === null || a === 0) return '';
    return roundHalfAway(((b - a) / a) * 100, 2);
  });
}

function findIndicator(s: Settings, id: CellValue): IndicatorDef | null {
  const key = String(id ?? '')
    .trim()
    .replace(/\.$/, '');
  return s.indicators.find((i) => i.id === key) ?? null;
}

const unknownIndicator = (id: CellValue) => `Ошибка: нет показателя «${String(id ?? '')}» в настройках`;

/** PLAN(indicator, year): the plan of the settings; empty when the year has no plan. */
export function plan(s: Settings, indicator: CellValue, year: CellValue): number | string {
  const ind = findIndicator(s, indicator);
  if (!ind) return unknownIndicator(indicator);
  const y = number(year);
  if (y === null || y === 'invalid') return 'Ошибка: год должен быть числом';
  return planFor(ind, y) ?? '';
}

/** STATUS(value, indicator, year, [previous]): the same status the summary gives (выполнен, ниже плана, лидер …). */
export function status(s: Settings, value: FormulaArg, indicator: CellValue, year: CellValue, previous: FormulaArg = null): FormulaResult {
  const ind = findIndicator(s, indicator);
  if (!ind) return unknownIndicator(indicator);
  const y = number(year);
  if (y === null || y === 'invalid') return 'Ошибка: год должен быть числом';
  return mapCells([value, previous], (v, p) => {
    const cur = number(v);
    const prev = number(p);
    if (cur === 'invalid' || prev === 'invalid') return 'Ошибка: не число';
    return statusOf(ind, prev, cur, planFor(ind, y)).status;
  });
}

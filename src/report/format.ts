// How a document cell reads on the page: numbers in their sheet number format the Russian way, booleans, dates.
import { isDate, shownValue } from '../domain/cellValue';
import type { CellValue } from '../domain/model';
import { formatNumber, NBSP } from '../domain/russian';
import type { DocCell } from '../workbook/sheetDoc';

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
export function shownText(cell: DocCell | undefined): string {
  if (!cell) return '';
  const v: CellValue = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatByNumberFormat(v, cell.style?.numberFormat);
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  // A date is a calendar date in its UTC fields, as the domain keeps it (src/workbook/gasWorkbook.ts calendarDates).
  if (isDate(v)) return shownValue(v);
  return String(v);
}

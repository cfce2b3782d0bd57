// How many cells an .xlsx claims, read from each worksheet's <dimension> before the workbook is loaded into memory.
import { readFileSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { countWith, formatNumber } from '../domain/russian';
import { InputError } from './inputError';
import { lettersToColumn } from './runtime';
import { CELL_LIMIT } from './runtime/spreadsheet';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The dimension comes before the cells (ECMA-376 Part 1, 18.3.1.35 «dimension», first children of «worksheet»). */
const DIMENSION = /<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/;
/** Past this much of a sheet's XML without a dimension, the sheet is not asked further (the load counts it). */
const HEAD_BYTES = 64 * 1024;

/** The cells of the used range of every worksheet, as the file declares them (0 for a sheet without a dimension). */
export function declaredCells(data: Uint8Array): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!WORKSHEET.test(file.name)) return;
    let head = '';
    const decoder = new TextDecoder();
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      head += decoder.decode(chunk, { stream: !final });
      const m = DIMENSION.exec(head);
      if (m) {
        const [rows, cols] = m[3] ? [Number(m[4]) - Number(m[2]) + 1, lettersToColumn(m[3]) - lettersToColumn(m[1]) + 1] : [1, 1];
        total += Math.max(0, rows) * Math.max(0, cols);
      }
      if (m || head.length > HEAD_BYTES || /<(?:\w+:)?sheetData/.test(head)) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(data, true);
  return total;
}

/**
 * Refuses, before loading, a file that claims more cells than Sheets holds in one spreadsheet: loading it would take
 * gigabytes of memory (the .xlsx model) and the workbook could never be opened in Google Таблицы anyway.
 */
export function refuseOversized(path: string): void {
  const cells = declaredCells(readFileSync(path));
  if (cells > CELL_LIMIT)
    throw new InputError(
      `${path}: листы файла занимают ${countWith(cells, ['ячейку', 'ячейки', 'ячеек'])}, а в одной Google Таблице их может быть не больше ${formatNumber(CELL_LIMIT)}. Такой файл не открыть ни в Google Таблицах, ни здесь: разделите его на несколько файлов или удалите пустые строки и столбцы.`,
    );
}

// ExcelJS loaded on first use: loading it takes about 0,4 s, and most uses of the runtime (a menu item, a test) never
// read or write a file.
import type ExcelJS from 'exceljs';

/** A new, empty ExcelJS workbook; the package is loaded the first time. */
export function newExcelWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  return new Workbook();
}

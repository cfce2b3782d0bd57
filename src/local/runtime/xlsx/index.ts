// .xlsx in and out of the local runtime: loadXlsx reads a file into a LocalSpreadsheet, saveXlsx writes one back.
export { RUNTIME_SHEET_NAME } from './model';
export { loadXlsx, loadXlsxBuffer } from './read';
export { buildWorkbook, saveXlsx, xlsxBuffer } from './write';

// A hidden tab that carries what earlier runs read when a large workbook is read in chunks (Apps Script stops a run at 6 minutes).
import { CellValue } from '../domain/model';
import { TabValues } from './analyze';

/** Starts with «~», so it is never taken for a unit's tab and never archived. */
export const STAGING_TAB = '~чтение для сводки';

/** Sheets holds at most 50 000 characters in a cell; longer JSON is split across the following columns. */
const PIECE = 45_000;
export const STAGING_COLUMNS = 12;

/** JSON that keeps Dates (from any realm) as dates. */
export function encodeValues(values: CellValue[][]): string {
  return JSON.stringify(values.map((row) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? { $date: (v as Date).getTime() } : v))));
}

export function decodeValues(text: string): CellValue[][] {
  return (JSON.parse(text) as unknown[][]).map((row) => row.map((v) => (v && typeof v === 'object' && '$date' in v ? new Date((v as { $date: number }).$date) : (v as CellValue))));
}

/** Rows of the staging tab: the tab name, then its values as JSON pieces (empty while not read yet). */
export function stagingRows(names: string[], read: Map<string, CellValue[][]>): string[][] {
  return names.map((name) => {
    const values = read.get(name);
    const json = values ? encodeValues(values) : '';
    const pieces = Array.from({ length: STAGING_COLUMNS - 1 }, (_, i) => json.slice(i * PIECE, (i + 1) * PIECE));
    if (json.length > PIECE * (STAGING_COLUMNS - 1)) throw new Error(`вкладка «${name}» слишком велика для промежуточного сохранения`);
    return [name, ...pieces];
  });
}

/** Names in order, and the values of the tabs read so far. */
export function parseStaging(rows: CellValue[][]): { names: string[]; read: TabValues[] } {
  const names: string[] = [];
  const read: TabValues[] = [];
  for (const row of rows) {
    const name = String(row[0] ?? '');
    if (!name) continue;
    names.push(name);
    const json = row.slice(1).map((v) => String(v ?? '')).join('');
    if (json) read.push({ name, values: decodeValues(json) });
  }
  return { names, read };
}

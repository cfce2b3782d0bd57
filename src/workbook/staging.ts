// A hidden tab that carries what earlier runs read when a large workbook is read in chunks (Apps Script stops a run at 6 minutes).
import { isDate } from '../domain/cellValue';
import type { CellValue } from '../domain/model';
import type { TabValues } from './analyze';

/** Starts with «~», so it is never taken for a unit's tab and never archived. */
export const STAGING_TAB = '~чтение для сводки';

/** Sheets holds at most 50 000 characters in a cell; longer JSON is split across the following columns. */
const PIECE = 45_000;
export const STAGING_COLUMNS = 12;

/** JSON that keeps Dates (from any realm) as dates. */
export function encodeValues(values: CellValue[][]): string {
  return JSON.stringify(values.map((row) => row.map((v) => (isDate(v) ? { $date: v.getTime() } : v))));
}

export function decodeValues(text: string): CellValue[][] {
  return (JSON.parse(text) as unknown[][]).map((row) =>
    row.map((v) => (v && typeof v === 'object' && '$date' in v ? new Date((v as { $date: number }).$date) : (v as CellValue))),
  );
}

const MODE_KEY = '#mode';

/** What a chunked run is for: «Проверить данные», «Построить сводку», or the data of «Скачать справку (.docx)». */
export const RUN_MODES = ['check', 'build', 'note'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** Rows of the staging tab: what the run is for, then per tab its name and its values as JSON pieces (empty while not read). */
export function stagingRows(mode: RunMode, names: string[], read: Map<string, CellValue[][]>): string[][] {
  return [
    [MODE_KEY, mode, ...Array(STAGING_COLUMNS - 2).fill('')],
    ...names.map((name) => {
      const values = read.get(name);
      const json = values ? encodeValues(values) : '';
      const pieces = Array.from({ length: STAGING_COLUMNS - 1 }, (_, i) => json.slice(i * PIECE, (i + 1) * PIECE));
      if (json.length > PIECE * (STAGING_COLUMNS - 1)) throw new Error(`вкладка «${name}» слишком велика для промежуточного сохранения`);
      return [name, ...pieces];
    }),
  ];
}

/** What the run is for, the names in order, and the values of the tabs read so far. */
export function parseStaging(rows: CellValue[][]): { mode: RunMode; names: string[]; read: TabValues[] } {
  const names: string[] = [];
  const read: TabValues[] = [];
  let mode: RunMode = 'build';
  for (const row of rows) {
    const name = String(row[0] ?? '');
    if (name === MODE_KEY) mode = RUN_MODES.find((m) => m === row[1]) ?? 'build';
    if (!name || name === MODE_KEY) continue;
    names.push(name);
    const json = row
      .slice(1)
      .map((v) => String(v ?? ''))
      .join('');
    if (json) read.push({ name, values: decodeValues(json) });
  }
  return { mode, names, read };
}

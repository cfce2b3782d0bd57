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
function encodeValues(values: CellValue[][]): string {
  return JSON.stringify(values.map((row) => row.map((v) => (isDate(v) ? { $date: v.getTime() } : v))));
}

function decodeValues(text: string): CellValue[][] {
  return (JSON.parse(text) as unknown[][]).map((row) =>
    row.map((v) => (v && typeof v === 'object' && '$date' in v ? new Date((v as { $date: number }).$date) : (v as CellValue))),
  );
}

const MODE_KEY = '#mode';

/**
 * What a chunked run is for: «Проверить данные», «Построить сводку», or the data of «Скачать справку (.docx)», of the
 * letters or of «Передать в регион» ('handoff').
 */
const RUN_MODES = ['check', 'build', 'note', 'letters', 'handoff'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** A staging tab that cannot be read back (edited by hand, cut short): the run starts again from the first tab. */
export class DamagedStaging extends Error {}

/**
 * Rows of the staging tab: what the run is for and the year stamp it started under (yearStamp: a roll of the year between
 * runs makes the staged values stale), then per tab its name and its values as JSON pieces (empty while not read).
 */
export function stagingRows(mode: RunMode, names: string[], read: Map<string, CellValue[][]>, stamp = ''): string[][] {
  return [
    [MODE_KEY, mode, stamp, ...Array(STAGING_COLUMNS - 3).fill('')],
    ...names.map((name) => {
      const values = read.get(name);
      const json = values ? encodeValues(values) : '';
      const pieces = Array.from({ length: STAGING_COLUMNS - 1 }, (_, i) => json.slice(i * PIECE, (i + 1) * PIECE));
      if (json.length > PIECE * (STAGING_COLUMNS - 1)) throw new Error(`вкладка «${name}» слишком велика для промежуточного сохранения`);
      return [name, ...pieces];
    }),
  ];
}

/** What a staging tab's run is for, read from its first rows even when the rest is damaged. */
export function parseMode(rows: CellValue[][]): RunMode {
  const row = rows.find((r) => String(r[0] ?? '') === MODE_KEY);
  return RUN_MODES.find((m) => m === row?.[1]) ?? 'build';
}

/** One tab's staged values, or DamagedStaging naming the row and the tab (never the JSON parser's English). */
function decodePiece(json: string, row: number, name: string): CellValue[][] {
  let values: unknown;
  try {
    values = decodeValues(json);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !values.every(Array.isArray)) throw new DamagedStaging(`строка ${row}, вкладка «${name}»`);
  return values as CellValue[][];
}

/** What the run is for, the year stamp it started under, the names in order, and the values of the tabs read so far. */
export function parseStaging(rows: CellValue[][]): { mode: RunMode; stamp: string; names: string[]; read: TabValues[] } {
  const names: string[] = [];
  const read: TabValues[] = [];
  let mode: RunMode = 'build';
  let stamp = '';
  for (const [i, row] of rows.entries()) {
    const name = String(row[0] ?? '');
    if (name === MODE_KEY) {
      mode = parseMode([row]);
      stamp = String(row[2] ?? '');
    }
    if (!name || name === MODE_KEY) continue;
    names.push(name);
    const json = row
      .slice(1)
      .map((v) => String(v ?? ''))
      .join('');
    if (json) read.push({ name, values: decodePiece(json, i + 1, name) });
  }
  return { mode, stamp, names, read };
}

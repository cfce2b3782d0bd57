// Reads a file a coordinator sent back, never writing it: its mark checked against the workbook, its unit tab's values.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cellText } from '../domain/cellValue';
import type { CellValue } from '../domain/model';
import {
  type CollectingWorkbook,
  foreignReason,
  layoutReason,
  type ReadMark,
  readIdentity,
  type ReturnIdentity,
} from '../domain/returnIdentity';
import { InputError } from './inputError';
import { loadXlsx } from './runtime';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { IDENTITY_SHEET } from './campaignFiles';
import { assertXlsx } from './session';
import { handedInFile, readUnitWorkbook, type UnitWorkbook } from './unitWorkbook';
import { refuseOversized } from './xlsxSize';
import { COL, UNIT_KEY } from '../workbook/unitTab';
import { a1 } from '../workbook/sheetDoc';

/** A returned file: where it is and when it was saved, and either its mark and values or why it is refused. */
export interface ReturnedFile {
  file: string;
  mtimeMs: number;
  /** Its place among the files named on the command line (directories in name order). */
  order: number;
  identity?: ReturnIdentity;
  /** The values of the unit's tab (formulas give their saved results: only values are taken). */
  grid?: CellValue[][];
  /** A municipality's own workbook: its schools rolled up into the municipality's values. */
  workbook?: UnitWorkbook;
  refused?: string;
}

/** The .xlsx files named: each file, and each directory's .xlsx files in name order (not the suites' «~$» lock files). */
export function returnedPaths(args: string[]): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    if (!existsSync(arg)) throw new InputError(`${arg}: файл или папка не найдены.`);
    const inDir = statSync(arg).isDirectory()
      ? readdirSync(arg)
          .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$'))
          .sort()
          .map((n) => join(arg, n))
      : [arg];
    if (!inDir.length) throw new InputError(`${arg}: в папке нет файлов .xlsx.`);
    for (const p of inDir) {
      if (seen.has(resolve(p))) continue;
      seen.add(resolve(p));
      paths.push(p);
    }
  }
  return paths;
}

/** Reads and checks one returned file; any problem, a damaged zip included, is a refusal with its reason. */
export async function readReturned(file: string, order: number, w: CollectingWorkbook): Promise<ReturnedFile> {
  const at: ReturnedFile = { file, order, mtimeMs: statSync(file).mtimeMs };
  let ss: LocalSpreadsheet;
  try {
    assertXlsx(file);
    refuseOversized(file);
    ss = await loadXlsx(file);
  } catch (e) {
    return {
      ...at,
      refused: e instanceof InputError ? e.message.replace(`${file}: `, '').replace(/\.$/, '') : 'файл не читается как .xlsx',
    };
  }
  const mark = markIn(ss);
  if ('problem' in mark) {
    // No mark: a municipality's own workbook is its return; any other file is refused for its missing mark.
    const workbook = mark.problem === NO_MARK ? readUnitWorkbook(ss, w) : null;
    if (!workbook) return { ...at, refused: mark.problem };
    return 'refused' in workbook ? { ...at, ...workbook } : { ...at, identity: workbook.identity, workbook };
  }
  if (mark.identity.holds === 'municipalReport') {
    const handed = handedInFile(markRows(ss), w);
    return 'refused' in handed ? { ...at, ...handed } : { ...at, identity: handed.identity, workbook: handed };
  }
  const foreign = foreignReason(mark, w);
  if (foreign) return { ...at, refused: foreign };
  const marked = mark.identity;
  const tab = ss.sheetsInternal().find((s) => s.nameInternal() === marked.tab);
  if (!tab) return { ...at, refused: `в файле нет вкладки «${marked.tab}»` };
  const grid = tab.getRange(1, 1, Math.max(1, tab.getLastRow()), COL.e).getValues() as CellValue[][];
  const keys = grid.map((r) => cellText(r[COL.key - 1]));
  const unitRow = keys.indexOf(UNIT_KEY);
  const declared =
    unitRow < 0
      ? { declaredUnit: '', declaredCell: '' }
      : { declaredUnit: cellText(grid[unitRow][COL.c - 1]), declaredCell: a1(unitRow + 1, COL.c) };
  const layout = layoutReason(marked, { ...declared, keys });
  return layout ? { ...at, refused: layout } : { ...at, identity: marked, grid };
}

const NO_MARK =
  'в файле нет служебной отметки, из какой таблицы и для какой единицы он сделан (файл сделан не командой split или отметку удалили)';

/** The rows of the file's mark sheet; none when it has no such sheet. */
function markRows(ss: LocalSpreadsheet): unknown[][] {
  const sheet = ss.sheetsInternal().find((s) => s.nameInternal() === IDENTITY_SHEET);
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
}

function markIn(ss: LocalSpreadsheet): ReadMark | { problem: string } {
  const rows = markRows(ss);
  return rows.length ? readIdentity(rows) : { problem: NO_MARK };
}

/**
 * Of the files each unit returned, the later one: by the time it was last saved (a corrected file is saved after the
 * first), and of files saved at the same moment the one named later on the command line.
 */
export function laterFile(a: ReturnedFile, b: ReturnedFile): ReturnedFile {
  if (a.mtimeMs !== b.mtimeMs) return a.mtimeMs > b.mtimeMs ? a : b;
  return a.order > b.order ? a : b;
}

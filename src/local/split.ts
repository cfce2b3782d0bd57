// `mentor-monitor split`: one .xlsx per unit for its coordinator — its own tab and «Инструкция», locked but for the input cells, marked.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './runtime/xlsx/excel';
import { cellText } from '../domain/cellValue';
import type { CellValue, Settings, UnitDef } from '../domain/model';
import { identityRows, type ReturnIdentity } from '../domain/returnIdentity';
import { InputError } from './inputError';
import { buildWorkbook, LocalSpreadsheet, saveXlsx } from './runtime';
import type { LocalSheet } from './runtime/sheet';
import { type CampaignKeys, ensureCampaignKeys, IDENTITY_SHEET, settingsOf } from './campaignFiles';
import { openXlsxSession } from './session';
import { COL, inputRowsOf } from '../workbook/unitTab';
import { INSTRUCTIONS_TAB } from '../workbook/tabNames';
import { ROWS_NOTE, STAFF_HEADING } from '../workbook/instructionsTab';

/** ExcelJS keeps a sheet's protection here; `protect()` fills it (the password's hash) and the writer writes it. */
type Protectable = ExcelJS.Worksheet & { sheetProtection: Record<string, unknown> | null };

/**
 * What a coordinator may do in a locked sheet (ECMA-376 Part 1, 18.3.1.85 sheetProtection; ExcelJS `protect` options:
 * true allows): select cells and size rows and columns, nothing else; inserting or deleting rows is locked. Every cell
 * is locked unless its style says otherwise, and the lock holds once the sheet is protected (LibreOffice Help,
 * «Protecting Cells from Changes»; LibreOffice reads the flag from xl/worksheets/sheet*.xml, The Document Foundation
 * wiki «How to remove a Password Protected Sheet Flag»).
 * Excel's own default spin count for the password hash (100 000) is taken once per run: the hash is the slow part.
 */
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, spinCount: 100000 };

export interface SplitResult {
  made: Array<{ unit: string; file: string }>;
  /** Units whose tab is not in the workbook: no file made. */
  withoutTab: string[];
  /** The workbook got its campaign id and key now (and was saved with them). */
  keysCreated: boolean;
}

/** A file name made of a unit's name: no characters Windows, macOS or Linux forbid, no reserved device names. */
export function fileSafeName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]|\p{Cc}/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100);
  if (!cleaned) return 'единица отчёта';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** File names for the units, unique even where file systems ignore case («Асино», «асино (2)»). */
function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((n) => {
    const base = fileSafeName(n);
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
    taken.add(name.toLowerCase());
    return `${name}.xlsx`;
  });
}

/** Locks every sheet of a unit file with one password hash; on the unit's tab the input cells stay unlocked. */
function lockWorkbook(wb: ExcelJS.Workbook, inputCells: Array<[number, number]>, locked: Record<string, unknown>): void {
  const unitTab = wb.worksheets[0];
  for (const [row, col] of inputCells) {
    const cell = unitTab.getCell(row, col);
    // A new style object: the writer shares one between the cells written with the same format.
    cell.style = { ...cell.style, protection: { locked: false } };
  }
  for (const ws of wb.worksheets) (ws as Protectable).sheetProtection = { ...locked };
}

/** What a unit's own file says in place of ROWS_NOTE: its rows are locked, and how to hand it in. */
export const FILE_NOTE =
  'В этом файле менять можно только жёлтые ячейки; строки не вставляйте и не удаляйте. Когда всё заполнено, выберите «да» в строке «Отчёт готов», сохраните файл в формате .xlsx и отправьте его в региональный центр.';

/** «Инструкция» for a coordinator's own file: the note on rows as the file's protection has it, the staff's part left out. */
function forCoordinator(instructions: LocalSheet): void {
  const texts = instructions
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]));
  const rowsNote = texts.indexOf(ROWS_NOTE);
  if (rowsNote >= 0) instructions.getRange(rowsNote + 1, 1).setValue(FILE_NOTE);
  const staff = texts.indexOf(STAFF_HEADING);
  // From the blank row above the heading to the end.
  if (staff > 0) instructions.deleteRows(staff, texts.length - staff + 1);
}

/** The unit file: the unit's tab, «Инструкция», the mark on a very hidden sheet; everything locked but the input cells. */
async function unitWorkbook(
  tab: LocalSheet,
  instructions: LocalSheet | null,
  identity: Omit<ReturnIdentity, 'tab'>,
  keys: CampaignKeys,
  locked: Record<string, unknown>,
  settings: Settings,
): Promise<ExcelJS.Workbook> {
  const source = tab.getParentInternal();
  const copy = new LocalSpreadsheet({ name: identity.unit, locale: source.locale, timeZone: source.timeZone, sheetNames: [] });
  tab.fileCopyInternal(copy, tab.nameInternal(), 0);
  if (instructions) forCoordinator(instructions.fileCopyInternal(copy, INSTRUCTIONS_TAB, 1));
  const wb = await buildWorkbook(copy, { withoutRuntimeSheet: true });
  const mark = wb.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' });
  mark.addRows(identityRows({ ...identity, tab: wb.worksheets[0].name }, keys.sign));
  const inputCells = inputRowsOf(settings, identity.keys).flatMap((r) => r.inputs.map((i): [number, number] => [r.row, i.col]));
  lockWorkbook(wb, inputCells, locked);
  return wb;
}

/** The hash of a fresh random password, made once: nobody needs it, the staff make a new file instead of unlocking one. */
async function lockedProtection(): Promise<Record<string, unknown>> {
  const probe = newExcelWorkbook().addWorksheet('x') as Protectable;
  await probe.protect(randomBytes(18).toString('base64url'), { ...PROTECTION });
  return probe.sheetProtection!;
}

/** Writes one file per unit into `outDir`; makes and saves the workbook's campaign id and key on the first run. */
export async function split(workbook: string, outDir: string): Promise<SplitResult> {
  const session = await openXlsxSession(workbook);
  const settings = settingsOf(session);
  if (!settings.units.length) throw new InputError(`${workbook}: на вкладке «Настройки» нет ни одной единицы отчёта.`);
  const keys = ensureCampaignKeys(session);
  const ss = session.runtime.spreadsheet;
  if (keys.created) await saveXlsx(ss, workbook);
  mkdirSync(outDir, { recursive: true });
  const names = uniqueFileNames(settings.units.map((u) => u.name));
  const locked = await lockedProtection();
  const instructions = ss.findSheetInternal(INSTRUCTIONS_TAB);
  const result: SplitResult = { made: [], withoutTab: [], keysCreated: keys.created };
  for (const [i, unit] of settings.units.entries()) {
    const tab = ss.findSheetInternal(unit.tab);
    if (!tab) {
      result.withoutTab.push(unit.name);
      continue;
    }
    const wb = await unitWorkbook(tab, instructions, identityOf(unit, tab, settings, keys), keys, locked, settings);
    const file = join(outDir, names[i]);
    await wb.xlsx.writeFile(file);
    result.made.push({ unit: unit.name, file });
  }
  return result;
}

/** The mark of a unit's file, but for the tab name the file gives it. */
function identityOf(unit: UnitDef, tab: LocalSheet, s: Settings, keys: CampaignKeys): Omit<ReturnIdentity, 'tab'> {
  const keyColumn = tab.getRange(1, COL.key, Math.max(1, tab.getLastRow()), 1).getValues() as unknown[][];
  return {
    workbook: keys.workbook,
    year: s.reportYear,
    unit: unit.name,
    level: s.unitNouns[0],
    holds: 'unitTab',
    keys: keyColumn.map((r) => cellText(r[0] as CellValue)),
  };
}

/** What `split` prints: a line per file, the units left without one, and the id stored in the workbook. */
export function splitText(r: SplitResult, workbook: string, outDir: string): string {
  return [
    ...(r.keysCreated ? [`В таблицу ${workbook} записан её номер для сбора отчётов: по нему collect узнаёт файлы этой таблицы.`] : []),
    `Файлов единиц отчёта: ${r.made.length} (папка ${outDir}). Заполнять можно только жёлтые ячейки; остальное защищено.`,
    ...r.made.map((m) => `  ${m.unit} → ${m.file}`),
    ...(r.withoutTab.length
      ? [`Нет вкладки, файл не сделан: ${r.withoutTab.join(', ')} — выполните mentor-monitor tabs ${workbook}.`]
      : []),
  ].join('\n');
}

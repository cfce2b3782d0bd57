// The mark a file sent to a coordinator carries (which workbook, year, unit and layout), and the checks a returned file passes.

/**
 * What a returned file holds. 'unitTab': the unit's own tab, made by `split`, with this mark. 'unitWorkbook': a
 * municipality's own workbook (its units being schools), collected as that municipality's return: it carries no mark, it
 * is recognised by its «Настройки» (level «муниципалитет», the municipality's name, the year). 'municipalReport': the file
 * «Передать в регион» makes of a municipality's workbook: its rolled-up values in the mark (regionHandoff.ts).
 */
type ReturnHolds = 'unitTab' | 'unitWorkbook' | 'municipalReport';

/** The very hidden sheet of a returned file that holds its mark (rows [field, value]). */
export const IDENTITY_SHEET = '__mentor_monitor_return__';

export interface ReturnIdentity {
  /** The stable id of the workbook the file was made from. */
  workbook: string;
  year: number;
  /** The unit's name as «Настройки» lists it. */
  unit: string;
  /** The noun of a unit in that workbook (муниципалитет, школа): the level of the roll-up the file belongs to. */
  level: string;
  holds: ReturnHolds;
  /** The tab of the file that holds the unit's report. */
  tab: string;
  /** Column A of that tab as written: the layout a returned file must still have. */
  keys: string[];
}

/** The first row of the mark: what the file is, and the version of its layout. */
const IDENTITY_FORMAT = 'mentor-monitor: файл единицы отчёта, версия 1';

const FIELDS = ['workbook', 'year', 'unit', 'level', 'holds', 'tab', 'keys'] as const;
const CHECKSUM = 'checksum';

/** The text the checksum is taken of: the format and every field, in a fixed order. */
function signedText(id: ReturnIdentity): string {
  return JSON.stringify([IDENTITY_FORMAT, ...FIELDS.map((f) => id[f])]);
}

/** Column A with no empty rows at its end: a suite may drop or add them when it saves. */
function trimmedKeys(keys: readonly string[]): string[] {
  let end = keys.length;
  while (end > 0 && keys[end - 1] === '') end--;
  return keys.slice(0, end);
}

/** The mark as rows [field, value] of a hidden sheet; `sign` is the workbook's keyed checksum of a text. */
export function identityRows(id: ReturnIdentity, sign: (text: string) => string): string[][] {
  return [
    ['format', IDENTITY_FORMAT],
    ...FIELDS.map((f) => [f, f === 'keys' ? id.keys.join('\n') : String(id[f])]),
    [CHECKSUM, sign(signedText(id))],
  ];
}

export const BROKEN_IDENTITY =
  'служебная отметка файла повреждена или изменена вручную (контрольная сумма не сходится) — попросите координатора заполнить новый файл';

/** A mark as read from a file: its fields and the checksum it carries, not yet checked. */
export interface ReadMark {
  identity: ReturnIdentity;
  checksum: string;
}

/** The mark read back from its rows; a Russian reason when they are not a mark of this format. */
export function readIdentity(rows: readonly unknown[][]): ReadMark | { problem: string } {
  const value = new Map(rows.map((r) => [String(r[0] ?? ''), String(r[1] ?? '')]));
  if (value.get('format') !== IDENTITY_FORMAT) return { problem: BROKEN_IDENTITY };
  const identity: ReturnIdentity = {
    workbook: value.get('workbook') ?? '',
    year: Number(value.get('year')),
    unit: value.get('unit') ?? '',
    level: value.get('level') ?? '',
    holds: value.get('holds') as ReturnHolds,
    tab: value.get('tab') ?? '',
    keys: (value.get('keys') ?? '').split('\n'),
  };
  return { identity, checksum: value.get(CHECKSUM) ?? '' };
}

/** The workbook a returned file is checked against. */
export interface CollectingWorkbook {
  /** '' when no file was ever made from it. */
  workbook: string;
  year: number;
  units: readonly string[];
  /** The workbook's keyed checksum of a text. */
  sign: (text: string) => string;
}

/**
 * Why a file with this mark is not to be taken into the workbook; '' when it may be. The workbook is compared first: a
 * file of another workbook was signed with that workbook's key. Then the checksum (the mark edited by hand), the year,
 * the unit.
 */
export function foreignReason({ identity: id, checksum }: ReadMark, w: CollectingWorkbook): string {
  if (id.holds !== 'unitTab') return 'файл сделан более новой версией программы, эта версия такие файлы не принимает';
  if (id.workbook !== w.workbook) return 'файл сделан из другой таблицы';
  if (checksum !== w.sign(signedText(id))) return BROKEN_IDENTITY;
  return yearAndUnitReason(id, w);
}

/** Why a file of this year and unit is not this workbook's return (another year, a unit it does not list); '' when it is. */
export function yearAndUnitReason(id: Pick<ReturnIdentity, 'year' | 'unit'>, w: CollectingWorkbook): string {
  if (id.year !== w.year) return `файл за ${id.year} год, а отчётный год таблицы — ${w.year}`;
  if (!w.units.includes(id.unit)) return `единицы «${id.unit}» нет в списке единиц отчёта на вкладке «Настройки»`;
  return '';
}

/** What the file's tab shows: the unit named in its «Единица отчёта» cell and its column A. */
interface ReturnedTab {
  declaredUnit: string;
  /** A1 of the «Единица отчёта» value cell, '' when the row is gone. */
  declaredCell: string;
  keys: readonly string[];
}

/** Why the file's tab is not the one its mark names: another unit claimed, or its layout changed; '' when it is. */
export function layoutReason(id: ReturnIdentity, tab: ReturnedTab): string {
  const expected = trimmedKeys(id.keys);
  const found = trimmedKeys(tab.keys);
  for (let i = 0; i < Math.max(expected.length, found.length); i++) {
    if (expected[i] === found[i]) continue;
    return `на вкладке «${id.tab}» изменён скрытый столбец A: в строке ${i + 1} должен стоять ключ «${expected[i] ?? ''}», а стоит «${found[i] ?? ''}» (строки вставлены, удалены или переставлены) — попросите координатора заполнить новый файл`;
  }
  if (tab.declaredUnit !== id.unit)
    return `на вкладке «${id.tab}» в ячейке ${tab.declaredCell} указана единица «${tab.declaredUnit}», а файл выдан для «${id.unit}»`;
  return '';
}

// A municipality's own workbook (its units: schools) taken by `collect` as that municipality's return: recognised, analysed, rolled up.
import { cellText } from '../domain/cellValue';
import type { CellValue, Settings, UnitDef } from '../domain/model';
import { type HandedIn, readHandoff, rollUpLines } from '../domain/regionHandoff';
import { type CollectingWorkbook, type ReturnIdentity, yearAndUnitReason } from '../domain/returnIdentity';
import { type RollUp, rollUp } from '../domain/rollUp';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { analyze } from '../workbook/analyze';
import { fillGrid } from '../workbook/importer';
import { GENERAL, LEVEL_NAMES } from '../workbook/settingsLayout';
import { SETTINGS_TAB } from '../workbook/tabNames';
import { COL } from '../workbook/unitTab';

/**
 * A municipality's return as read: the unit it reports for, the roll-up of its schools, the noun of its units and their
 * number; from its own workbook, or from the file «Передать в регион» made of it.
 */
export interface UnitWorkbook extends HandedIn {
  identity: ReturnIdentity;
  source: 'workbook' | 'handoff';
}

/**
 * Reads a file with no return mark as a municipality's workbook: null when it has no «Настройки» (not a workbook of the
 * product), a refusal when it is a region's, of another year or of a municipality the region does not list.
 */
export function readUnitWorkbook(ss: LocalSpreadsheet, w: CollectingWorkbook): UnitWorkbook | { refused: string } | null {
  const sheets = ss.sheetsInternal();
  const settingsSheet = sheets.find((s) => s.nameInternal() === SETTINGS_TAB);
  if (!settingsSheet) return null;
  const tabs = sheets.map((s) => ({ name: s.nameInternal(), values: s.getDataRange().getValues() as CellValue[][] }));
  const a = analyze(tabs.find((t) => t.name === SETTINGS_TAB)!.values, tabs);
  const fatal = a.fatal[0]?.replace(/\.$/, '');
  if (fatal) return { refused: `таблица муниципалитета не читается: ${fatal.charAt(0).toLowerCase()}${fatal.slice(1)}` };
  const s = a.settings;
  if (s.level !== 'municipality')
    return {
      refused: `это таблица уровня «${LEVEL_NAMES[s.level]}» (вкладка «${SETTINGS_TAB}»); принимаются таблица муниципалитета (уровень «${LEVEL_NAMES.municipality}») и файлы единиц, сделанные командой split`,
    };
  if (!s.regionName)
    return {
      refused: `в таблице муниципалитета на вкладке «${SETTINGS_TAB}» не указано название муниципалитета (строка «${GENERAL.region}»)`,
    };
  const identity: ReturnIdentity = {
    workbook: w.workbook,
    year: s.reportYear,
    unit: s.regionName,
    level: LEVEL_NAMES.municipality,
    holds: 'unitWorkbook',
    tab: SETTINGS_TAB,
    keys: [],
  };
  const refused = yearAndUnitReason(identity, w);
  if (refused) return { refused };
  return { identity, source: 'workbook', rolledUp: rollUp(s, a.units, a.summary.completeness), nouns: s.unitNouns, units: s.units.length };
}

/** A file «Передать в регион» made (its mark's rows read): the municipality's return, or why the region refuses it. */
export function handedInFile(markRows: readonly unknown[][], w: CollectingWorkbook): UnitWorkbook | { refused: string } {
  const r = readHandoff(markRows, w);
  return 'refused' in r ? r : { identity: r.identity, source: 'handoff', ...r.handedIn };
}

/** The region's forms (their names in quotes) and indicators (their numbers) that the municipality's workbook lacks. */
function notKept(r: RollUp, region: Settings): { forms: string[]; indicators: string[] } {
  return {
    forms: region.forms.filter((f) => !r.values.forms?.[f.key]).map((f) => `«${f.name}»`),
    indicators: region.indicators.filter((i) => !r.values.indicators?.[i.id]).map((i) => i.id),
  };
}

/**
 * Writes the rolled-up values into the municipality's tab of the region's workbook: one read, one write of its value
 * columns, formulas kept. Returns the number of cells whose value changed, or why nothing could be written.
 */
export function writeRolledUp(ss: LocalSpreadsheet, s: Settings, unit: UnitDef, r: RollUp): number | string {
  const sheet = ss.getSheetByName(unit.tab);
  if (!sheet) return `в таблице нет вкладки «${unit.tab}» — выполните mentor-monitor tabs`;
  const grid = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), COL.e).getValues() as CellValue[][];
  const range = sheet.getRange(1, COL.c, grid.length, COL.e - COL.c + 1);
  const formulas = range.getFormulas() as string[][];
  // A row the municipality does not keep stays empty: the report is not ready, whatever its schools say.
  const lacking = notKept(r, s);
  const ready = r.values.ready === true && lacking.forms.length + lacking.indicators.length === 0;
  const block = fillGrid(grid, formulas, s, { ...r.values, ready });
  const typed = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
  let changed = 0;
  for (const [i, row] of block.entries())
    for (const [j, v] of row.entries())
      if (!formulas[i][j] && cellText(typed(v) as CellValue) !== cellText(grid[i][COL.c - 1 + j])) changed++;
  if (changed) range.setValues(block);
  return changed;
}

/**
 * What `collect` says of a rolled-up workbook beside its line: the region's forms and indicators the municipality does
 * not keep (their cells are left as they were), then what the roll-up says of its schools (rollUpLines).
 */
export function rollUpText(w: UnitWorkbook, region: Settings): string[] {
  const { forms, indicators } = notKept(w.rolledUp, region);
  const formName = (key: string) => region.forms.find((f) => f.key === key)?.name ?? key;
  return [
    ...(forms.length ? [`формы ${forms.join(', ')} в таблице муниципалитета нет — эти строки не заполнены`] : []),
    ...(indicators.length ? [`показателей № ${indicators.join(', ')} в таблице муниципалитета нет — эти строки не заполнены`] : []),
    ...rollUpLines(w, SETTINGS_TAB, formName),
  ];
}

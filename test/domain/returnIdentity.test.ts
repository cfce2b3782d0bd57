// The mark of a unit file and the checks collect makes with it, on plain values; and the rule that keeps accepted reports.
import { createHmac } from 'node:crypto';
import { mayReplaceReport } from '../../src/domain/campaign';
import {
  BROKEN_IDENTITY,
  type CollectingWorkbook,
  foreignReason,
  identityRows,
  layoutReason,
  readIdentity,
  type ReadMark,
  type ReturnIdentity,
} from '../../src/domain/returnIdentity';

const sign = (key: string) => (text: string) => createHmac('sha256', key).update(text).digest('hex');
const id: ReturnIdentity = {
  workbook: 'wb-1',
  year: 2025,
  unit: 'Асиновский район',
  level: 'муниципалитет',
  holds: 'unitTab',
  tab: 'Асиновский район',
  keys: ['title', 'unit', '', 'orgs', 'ready'],
};
const region: CollectingWorkbook = { workbook: 'wb-1', year: 2025, units: ['Асиновский район', 'г. Томск'], sign: sign('k1') };
const read = (rows: string[][]) => readIdentity(rows) as ReadMark;

test('a mark written and read back passes; its rows name the workbook, year, unit, level and tab', () => {
  const rows = identityRows(id, sign('k1'));
  expect(rows.slice(1, 7)).toEqual([
    ['workbook', 'wb-1'],
    ['year', '2025'],
    ['unit', 'Асиновский район'],
    ['level', 'муниципалитет'],
    ['holds', 'unitTab'],
    ['tab', 'Асиновский район'],
  ]);
  expect(read(rows).identity).toEqual(id);
  expect(foreignReason(read(rows), region)).toBe('');
});

test('a mark edited by hand, or signed with another key, is refused as broken; another workbook is named as such first', () => {
  const edited = identityRows(id, sign('k1')).map(([f, v]) => [f, f === 'unit' ? 'г. Томск' : v]);
  expect(foreignReason(read(edited), region)).toBe(BROKEN_IDENTITY);
  expect(foreignReason(read(identityRows(id, sign('k2'))), region)).toBe(BROKEN_IDENTITY);
  expect(foreignReason(read(identityRows({ ...id, workbook: 'wb-2' }, sign('k2'))), region)).toBe('файл сделан из другой таблицы');
  expect(readIdentity([['format', 'что-то другое']])).toEqual({ problem: BROKEN_IDENTITY });
});

test('another year, or a unit no longer listed, is refused with the reason', () => {
  expect(foreignReason(read(identityRows({ ...id, year: 2024 }, sign('k1'))), region)).toBe(
    'файл за 2024 год, а отчётный год таблицы — 2025',
  );
  expect(foreignReason(read(identityRows(id, sign('k1'))), { ...region, units: ['г. Томск'] })).toBe(
    'единицы «Асиновский район» нет в списке единиц отчёта на вкладке «Настройки»',
  );
});

test('the tab must keep its keys (empty rows at the end aside) and name the unit of the mark', () => {
  const tab = { declaredUnit: 'Асиновский район', declaredCell: 'C2', keys: ['title', 'unit', '', 'orgs', 'ready', '', ''] };
  expect(layoutReason(id, tab)).toBe('');
  expect(layoutReason(id, { ...tab, keys: ['title', 'unit', '', '', 'orgs', 'ready'] })).toBe(
    'на вкладке «Асиновский район» изменён скрытый столбец A: в строке 4 должен стоять ключ «orgs», а стоит «» (строки вставлены, удалены или переставлены) — попросите координатора заполнить новый файл',
  );
  expect(layoutReason(id, { ...tab, declaredUnit: 'г. Томск' })).toBe(
    'на вкладке «Асиновский район» в ячейке C2 указана единица «г. Томск», а файл выдан для «Асиновский район»',
  );
});

test('an accepted report is replaced only with --force; any other state may be', () => {
  expect(mayReplaceReport('accepted', false)).toBe(false);
  expect(mayReplaceReport('accepted', true)).toBe(true);
  for (const state of ['notStarted', 'filling', 'submitted', 'hasErrors', 'clarifying'] as const)
    expect(mayReplaceReport(state, false)).toBe(true);
});

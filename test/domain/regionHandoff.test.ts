// The file «Передать в регион» hands in, as data: its mark read back by the region, and every way a mark is refused.
import { readHandoff, regionHandoff } from '../../src/domain/regionHandoff';
import type { Settings } from '../../src/domain/model';
import { analyze } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookGrids } from '../helpers/grids';
import { BY_HAND, CITY_B, CITY_B_REPORTS } from '../helpers/levels';

const REGION_WORKBOOK = { workbook: '', year: 2021, units: ['Город А', 'Город Б'], sign: () => 'unused' };

function handoffOf(s: Settings, reports: Record<string, ReportValues>, example?: string) {
  const g = workbookGrids(s, reports);
  const a = analyze(g.settingsValues, g.tabs);
  // A school's example as Sheets may give it back: text the workbook's readers keep, which XML does not allow.
  if (example) a.units[0].forms.teacher_student.examples = example;
  return regionHandoff(a.settings, a.units, a.summary.completeness, 'Настройки');
}

test('the mark read back gives the municipality, its year and the values rolled up from its schools', () => {
  const h = handoffOf(CITY_B, CITY_B_REPORTS);
  const read = readHandoff(h.mark, REGION_WORKBOOK);
  if ('refused' in read) throw new Error(read.refused);
  expect(read.identity).toMatchObject({ unit: 'Город Б', year: 2021, holds: 'municipalReport', tab: 'Отчёт для региона' });
  expect(read.handedIn.rolledUp.values).toEqual(BY_HAND['Город Б']);
  expect(read.handedIn).toMatchObject({ nouns: ['школа', 'школы', 'школ'], units: 2 });
});

test('a mark whose unit or values were edited, or cut short, is refused; so are another year and an unknown unit', () => {
  const h = handoffOf(CITY_B, CITY_B_REPORTS);
  const broken =
    'служебная отметка файла для региона повреждена или изменена вручную (контрольная сумма не сходится) — попросите муниципалитет передать файл заново';
  const edit = (field: string, value: string) => h.mark.map((r) => (r[0] === field ? [field, value] : r));
  expect(readHandoff(edit('unit', 'Город А'), REGION_WORKBOOK)).toEqual({ refused: broken });
  expect(readHandoff(edit('payload', h.mark.at(-1)![1].replace('"units":2', '"units":3')), REGION_WORKBOOK)).toEqual({
    refused: broken,
  });
  expect(readHandoff(h.mark.slice(0, -1), REGION_WORKBOOK)).toEqual({ refused: broken });
  expect(readHandoff(h.mark, { ...REGION_WORKBOOK, year: 2022 })).toEqual({
    refused: 'файл за 2021 год, а отчётный год таблицы — 2022',
  });
  expect(readHandoff(h.mark, { ...REGION_WORKBOOK, units: ['Город А'] })).toEqual({
    refused: 'единицы «Город Б» нет в списке единиц отчёта на вкладке «Настройки»',
  });
});

test('text XML cannot hold is escaped in the values and dropped from the name, so the file says what was signed', () => {
  const h = handoffOf({ ...CITY_B, regionName: 'Город\u0001 Б' }, CITY_B_REPORTS, 'Клуб\uFFFF');
  expect(h.unit).toBe('Город Б');
  expect(h.fileName).toBe('Город Б — отчёт для региона 2021.xlsx');
  const payload = h.mark.filter((r) => r[0] === 'payload').map((r) => r[1]);
  expect(payload.join('')).toContain('Клуб\\uffff');
  const read = readHandoff(h.mark, REGION_WORKBOOK);
  if ('refused' in read) throw new Error(read.refused);
  expect(read.handedIn.rolledUp.values.forms?.teacher_student.examples).toBe('Лицей № 1: Клуб\uFFFF');
});

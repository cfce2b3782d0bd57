// The note of a municipality's workbook speaks of its schools: no school «lacks» organisations of additional education, and
// a school that does not run a form is told to take it up, not to raise a share of organisations.
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { CITY_A, CITY_A_REPORTS, CITY_B, CITY_B_REPORTS } from '../helpers/levels';
import { noteText } from '../helpers/tiny';
import type { Settings } from '../../src/domain/model';
import type { ReportValues } from '../../src/workbook/importer';

const analysed = (s: Settings, reports: Record<string, ReportValues>) => {
  const g = workbookGrids(s, reports);
  return analyze(g.settingsValues, g.tabs);
};

test('no school is said to lack organisations of additional education; at the region level the sentence stays', () => {
  expect(noteText(analysed(CITY_B, CITY_B_REPORTS))).not.toContain('дополнительного образования отсутствуют');
  expect(noteText(analysed({ ...CITY_B, level: 'region' }, CITY_B_REPORTS))).toContain(
    'Организации дополнительного образования отсутствуют у следующих школ: Лицей № 1 и Гимназия № 2.',
  );
});

test('a school that does not run a form is told to take it up, not to raise a share of organisations', () => {
  const a = analysed(CITY_A, CITY_A_REPORTS);
  const text = noteText(a);
  expect(text).toContain('3. Активизировать реализацию формы наставничества «учитель–ученик» — школе: Школа № 2.');
  expect(text).not.toContain('довести долю');
  const school2 = a.recommendations.find((r) => r.unit === 'Школа № 2')!;
  expect(school2.below).toContain('«учитель–ученик»: форма не реализуется');
  expect(school2.text).toContain('; активизировать реализацию форм наставничества «учитель–ученик»;');
});

test('the minimum of representatives of enterprises, a count the schools share, is not applied to a single school', () => {
  const a = analysed(CITY_A, CITY_A_REPORTS);
  expect(noteText(a)).not.toContain('не менее 5 представителей');
  expect(a.recommendations.find((r) => r.unit === 'Школа № 1')!.below).toEqual([]);
  // The same figures at the region level: the minimum of «Настройки» applies to each unit.
  expect(noteText(analysed({ ...CITY_A, level: 'region' }, CITY_A_REPORTS))).toContain('не менее 5 представителей');
});

test('the note speaks of the municipality as a whole, not of the region', () => {
  const text = noteText(analysed(CITY_B, CITY_B_REPORTS));
  expect(text).toContain('В целом по муниципалитету значение показателя выросло с 10 до 13 обучающихся, или на 30 %.');
  expect(text).toContain('положительная динамика в целом по муниципалитету отмечена по показателям № 5 и 7');
  expect(text).not.toContain('по региону');
  expect(noteText(analysed({ ...CITY_B, level: 'region' }, CITY_B_REPORTS))).toContain('В целом по региону значение показателя');
});

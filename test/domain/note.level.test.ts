// The note of a municipality's workbook speaks of its schools: no school «lacks» organisations of additional education, and
// a school that does not run a form is told to take it up, not to raise a share of organisations.
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { noteTables } from '../../src/domain/noteTables';
import {
  asRegionTabs,
  CITY_A,
  CITY_A_REPORTS,
  CITY_B,
  CITY_B_REPORTS,
  CITY_V,
  CITY_V_REPORTS,
  SCHOOL_REPORTS_V,
  withSchoolReports,
} from '../helpers/levels';
import { noteText } from '../helpers/tiny';
import type { Settings } from '../../src/domain/model';
import type { ReportValues } from '../../src/workbook/importer';

const analysed = (s: Settings, reports: Record<string, ReportValues>) => {
  const g = workbookGrids(s, reports);
  return analyze(g.settingsValues, g.tabs);
};

test('no school is said to lack organisations of additional education; at the region level the sentence stays', () => {
  expect(noteText(analysed(CITY_B, CITY_B_REPORTS))).not.toContain('дополнительного образования отсутствуют');
  expect(noteText(analysed({ ...CITY_B, level: 'region' }, asRegionTabs(CITY_B_REPORTS)))).toContain(
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
  expect(school2.text).toContain('; активизировать реализацию формы наставничества «учитель–ученик»;');
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
  expect(noteText(analysed({ ...CITY_B, level: 'region' }, asRegionTabs(CITY_B_REPORTS)))).toContain(
    'В целом по региону значение показателя',
  );
});

test('a municipality counts its ДО with its schools: «Пункт 1», table 2б of the ДО alone, no «другие участники»', () => {
  const a = withSchoolReports(analysed(CITY_V, CITY_V_REPORTS), SCHOOL_REPORTS_V, CITY_V.schoolDocuments);
  const text = noteText(a);
  expect(text).toContain(
    'Форму «ученик–ученик» реализуют 4 из 5 общеобразовательных организаций (80 %) и 1 из 1 организации дополнительного образования (100 %).',
  );
  expect(text).not.toContain('Другие участники');
  expect(text).not.toContain('у других участников Мониторинга');
  const tables = noteTables(a.settings, a.summary);
  const rows = (n: string) => tables.find((t) => t.number === n)!.body.map((r) => r[0].text.replace(/\u00a0/g, ' '));
  expect(rows('2б')).toEqual(['МАУДО «ДДТ»', 'Итого']);
  expect(rows('2а')).not.toContain('МАУДО «ДДТ»');
  expect(tables.find((t) => t.number === '2а')!.header[0][0].text).toBe('Организация');
  expect(tables[0].title.replace(/\u00a0/g, ' ')).toBe('Реализация форм наставничества: итоги по муниципалитету «Город В», 2021 г.');
});

test('a count the schools share is stated by the municipality’s own figure, not the schools’ sum with repeats', () => {
  const text = noteText(analysed(CITY_V, CITY_V_REPORTS));
  // Six schools gave 1 enterprise each; the municipality typed 3 and 4 distinct ones in «Значение региона».
  expect(text).toContain(
    'В 2021 г. плановый показатель составлял 5 предприятий, фактически достигнутый результат (по данным муниципалитета, без учёта повторов) — 4 предприятия; план не выполнен.',
  );
  expect(text).toContain(
    'В целом по муниципалитету значение показателя (без учёта повторов) выросло с 5 до 8 представителей, или на 60 %.',
  );
  // At the region level the same typed figure is the region's official one only when no unit gave a value.
  expect(noteText(analysed({ ...CITY_V, level: 'region' }, CITY_V_REPORTS))).toContain('фактически достигнутый результат — 5 предприятий');
});

// The README's headline claims about the bundled Tomsk sample («What the sample shows»), asserted literally.
import { analyze, Analysis } from '../../src/workbook/analyze';
import { sampleGrids } from '../helpers/grids';
import { indicatorOf, noteText, rowOf } from '../helpers/tiny';

// Analysed once per file, when a test of it runs (mutation testing loads every file but runs only some tests).
let a: Analysis;
beforeAll(() => {
  const g = sampleGrids();
  a = analyze(g.settingsValues, g.tabs);
});
const text = () => noteText(a);

test('184 of 289 is 63,67 % (the published note truncated it to 63,66 %); 219 of 289 is 75,78 %', () => {
  expect(text()).toContain('184 из 289 общеобразовательных организаций (63,67 %)');
  expect(text()).toContain('219 из 289 общеобразовательных организаций (75,78 %)');
});

test('ЗАТО Северск\'s impossible 4 of 1 is left out: «работодатель–ученик» in ДО is 6 of 61, 9,84 %', () => {
  expect(text()).toContain('6 из 61 организации дополнительного образования (9,84 %)');
  expect(a.summary.forms.forms.employer_student.additional.leftOut).toEqual(['ЗАТО Северск']);
});

test('indicator 1 leaders above 50 %: six municipalities, Кожевниковский and Кривошеинский included', () => {
  expect([...indicatorOf(a, '1').groups.leaders].sort()).toEqual(['Бакчарский район', 'Кожевниковский район', 'Колпашевский район', 'Кривошеинский район', 'Молчановский район', 'г. Томск']);
});

test('indicator 2 leaders: г.о. Стрежевой, Шегарский and Кожевниковский районы; Кривошеинский at 50 % is not above 50 %', () => {
  expect(indicatorOf(a, '2').groups.leaders).toEqual(['г.о. Стрежевой', 'Шегарский район', 'Кожевниковский район']);
  expect(rowOf(a, '2', 'Кривошеинский район')).toMatchObject({ cur: 50, status: 'выполнен' });
  expect(text()).toContain('(значение показателя в 2021 г. выше 50 %): г.о. Стрежевой, Шегарский, Кожевниковский районы.');
});

test('indicator 6: Кривошеинский район fell 529 → 510, so 19 of 20 (95 %) held or grew, not 100 %', () => {
  const ind = indicatorOf(a, '6');
  expect(ind.groups.fell).toEqual(['Кривошеинский район']);
  expect(rowOf(a, '6', 'Кривошеинский район')).toMatchObject({ prev: 529, cur: 510, trend: 'снижение' });
  expect([ind.heldOrGrew, ind.comparable, ind.heldOrGrewShare]).toEqual([19, 20, 95]);
  expect(text()).toContain('95 % муниципалитетов (19 из 20) сохранили или увеличили');
});

test('indicator 3: twelve municipalities held their value and count among the 18 of 20 that held or grew', () => {
  const ind = indicatorOf(a, '3');
  expect([...ind.groups.held].sort()).toEqual(['Александровский район', 'Асиновский район', 'Верхнекетский район', 'Зырянский район', 'Каргасокский район',
    'Кожевниковский район', 'Молчановский район', 'Парабельский район', 'Первомайский район', 'Тегульдетский район', 'Шегарский район', 'г.о. Стрежевой']);
  expect(ind.groups.grew).toHaveLength(6);
  expect(ind.groups.fell).toEqual(['Кривошеинский район', 'Бакчарский район']);
  expect([ind.heldOrGrew, ind.comparable, ind.heldOrGrewShare]).toEqual([18, 20, 90]);
});

test('indicators 1 and 2 have only percentages: the regional value is the plain mean of 20 shares (42,15 % and 25,02 %), labelled as a mean', () => {
  expect(indicatorOf(a, '1').region.cur).toMatchObject({ value: 42.15, method: 'mean', unitsWithData: 20, unitsWithCounts: 0 });
  expect(indicatorOf(a, '2').region.cur).toMatchObject({ value: 25.02, method: 'mean', unitsWithData: 20, unitsWithCounts: 0 });
  expect(text()).toContain('42,15 % (среднее арифметическое долей');
});

// The custom formulas as pure functions: scalars, ranges of equal shape, and clear error texts.
import { coverage, growthPercent, plan, status } from '../../src/domain/formulas';
import { defaultSettings } from '../../src/workbook/defaults';

const s = defaultSettings(2021);

test('COVERAGE rounds half away from zero and handles empty, zero and impossible inputs', () => {
  expect(coverage(184, 289)).toBe(63.67);
  expect(coverage(1, 3)).toBe(33.33);
  expect(coverage(2, 3)).toBe(66.67);
  expect(coverage(0, 0)).toBe('');
  expect(coverage(5, '')).toBe('');
  expect(coverage(4, 1)).toBe('Ошибка: часть больше целого');
  expect(coverage('восемь', 10)).toBe('Ошибка: не число');
  expect(coverage(-1, 10)).toBe('Ошибка: отрицательное число');
});

test('COVERAGE on ranges: one call returns a column; shapes must match; a scalar total applies to every row', () => {
  expect(coverage([[1], [2], [3]], [[4], [4], [4]])).toEqual([[25], [50], [75]]);
  expect(coverage([[1], [2]], 4)).toEqual([[25], [50]]);
  expect(coverage([[1], [2]], [[4]])).toBe('Ошибка: диапазоны разного размера');
});

test('GROWTHPCT in percent against the previous value', () => {
  expect(growthPercent(529, 510)).toBe(-3.59);
  expect(growthPercent(0, 10)).toBe('');
  expect(growthPercent([[10], [20]], [[15], [10]])).toEqual([[50], [-50]]);
});

test('PLAN and STATUS read the plans and thresholds of the settings', () => {
  expect(plan(s, 1, 2022)).toBe(35);
  expect(plan(s, '1.', 2021)).toBe(20);
  expect(plan(s, 4, 2021)).toBe('');
  expect(plan(s, 1, 'год')).toBe('Ошибка: год должен быть числом');
  expect(status(s, 19.99, 1, 2021)).toBe('ниже плана');
  expect(status(s, 20, 1, 2021)).toBe('выполнен');
  expect(status(s, 50.01, 1, 2021)).toBe('лидер');
  expect(status(s, '', 1, 2021)).toBe('нет данных');
  expect(status(s, 4, 7, 2021, 5)).toBe('ниже минимума');
  expect(status(s, 12, 8, 2021, 5)).toBe('лидер');
  expect(status(s, 100, 5, 2021, 120)).toBe('снижение');
});

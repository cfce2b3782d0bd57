// The custom formulas' error texts and range handling, and the one HTML escaper the report and sidebars share.
import { escapeHtml } from '../../src/domain/escapeHtml';
import { coverage, growthPercent, plan, status } from '../../src/domain/formulas';
import { tinySettings } from '../helpers/tiny';

const s = tinySettings(['А район']);

test('every error a formula can give, in Russian', () => {
  expect(plan(s, 99, 2021)).toBe('Ошибка: нет показателя «99» в настройках');
  expect(status(s, 5, 'X', 2021)).toBe('Ошибка: нет показателя «X» в настройках');
  expect(status(s, 5, '1', 'год')).toBe('Ошибка: год должен быть числом');
  expect(status(s, 'пять', '1', 2021)).toBe('Ошибка: не число');
  expect(growthPercent('пять', 10)).toBe('Ошибка: не число');
  expect(coverage(5, 'десять')).toBe('Ошибка: не число');
  expect(coverage(5, -10)).toBe('Ошибка: отрицательное число');
  expect(coverage([[1, 2]], [[3], [4]])).toBe('Ошибка: диапазоны разного размера');
  expect(coverage([[1, 2]], [[3, 4, 5]])).toBe('Ошибка: диапазоны разного размера');
  // A ragged range (rows of different lengths) is not the same shape either.
  expect(
    coverage(
      [
        [1, 2],
        [3, 4],
      ],
      [[5, 6], [7]],
    ),
  ).toBe('Ошибка: диапазоны разного размера');
  expect(status(s, 5, '1', '')).toBe('Ошибка: год должен быть числом');
  expect(status(s, 5, '1', 2021, 'пять')).toBe('Ошибка: не число');
});

test('no division by zero: GROWTHPCT from 0 is empty, COVERAGE of a total 0 is empty; an empty range gives an empty range', () => {
  expect(growthPercent(0, 5)).toBe('');
  expect(coverage(0, 0)).toBe('');
  expect(coverage([], [])).toEqual([]);
});

test('texts a coordinator types are read as numbers: «12,5», «нет данных», an indicator number with a dot', () => {
  expect(coverage('1', '4')).toBe(25);
  expect(coverage('нет данных', 4)).toBe('');
  expect(growthPercent('нет данных', 4)).toBe('');
  expect(growthPercent(4, '')).toBe('');
  expect(growthPercent(8, 6)).toBe(-25);
  expect(plan(s, ' 3. ', 2021)).toBe(5);
  expect(plan(s, '3', '2020')).toBe(2);
  expect(plan(s, 3, '')).toBe('Ошибка: год должен быть числом');
});

test('STATUS over a range with the previous year beside it returns a column of statuses', () => {
  expect(status(s, [[6], [5], [4], ['']], '5', 2021, [[5], [5], [5], [5]])).toEqual([
    ['рост'],
    ['без изменений'],
    ['снижение'],
    ['нет данных'],
  ]);
  expect(status(s, [[4], [5], [6]], '7', 2021, 5)).toEqual([['ниже минимума'], ['без изменений'], ['лидер']]);
  expect(status(s, [[60], [20], [19]], '1', 2021)).toEqual([['лидер'], ['выполнен'], ['ниже плана']]);
});

test('the HTML escaper replaces exactly the five characters that matter', () => {
  expect(escapeHtml(`<a href="x">Том & 'Ко'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Том &amp; &#39;Ко&#39;&lt;/a&gt;');
  expect(escapeHtml('г. Томск — 63,67 %')).toBe('г. Томск — 63,67 %');
});

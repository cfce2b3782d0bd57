// The order the note lists units in: leaders by value from the highest, below plan from the lowest, falls from the deepest,
// growth from the largest — the order of the regional note (seed 003), not the order of the settings.
import { indicatorOf, noteText, tiny } from '../helpers/tiny';

const a = tiny({
  'А район': { indicators: { 1: { prev: 40, cur: 60 }, 5: { prev: 100, cur: 120 } } },
  'Б район': { indicators: { 1: { prev: 40, cur: 90 }, 5: { prev: 100, cur: 150 } } },
  'В район': { indicators: { 1: { prev: 30, cur: 16 }, 5: { prev: 100, cur: 86 } } },
  'Г район': { indicators: { 1: { prev: 30, cur: 18 }, 5: { prev: 100, cur: 88 } } },
  'Д район': { indicators: { 1: { prev: 25, cur: 25 }, 5: { prev: 100, cur: 100 } } },
  'Е район': { indicators: { 1: { prev: 10, cur: 55 }, 5: { prev: 100, cur: 145 } } },
});

test('a share: leaders from the highest value, below plan from the lowest, falls from the deepest, growth from the largest', () => {
  const g = indicatorOf(a, '1').groups;
  expect(g.leaders).toEqual(['Б район', 'А район', 'Е район']);
  expect(g.belowPlan).toEqual(['В район', 'Г район']);
  expect(g.fell).toEqual(['В район', 'Г район']);
  expect(g.grew).toEqual(['Б район', 'Е район', 'А район']);
  expect(g.held).toEqual(['Д район']);
});

test('a count: the same orders by change', () => {
  const g = indicatorOf(a, '5').groups;
  expect(g.grew).toEqual(['Б район', 'Е район', 'А район']);
  expect(g.fell).toEqual(['В район', 'Г район']);
  expect(g.held).toEqual(['Д район']);
  expect(indicatorOf(a, '5').rows.map((r) => r.changePercent)).toEqual([20, 50, -14, -12, 0, 45]);
});

test('a doubtful value given for one year only is named with that value, apart from the comparison', () => {
  const b = tiny({
    'А район': { indicators: { 5: { prev: 10, cur: 11 } } },
    'Б район': { indicators: { 5: { prev: 12, cur: 12 } } },
    'В район': { indicators: { 5: { prev: 9, cur: 10 } } },
    'Г район': { indicators: { 5: { prev: 10, cur: 13 } } },
    'Д район': { indicators: { 5: { cur: 1000 } } },
  });
  expect(noteText(b)).toContain(
    'Требует уточнения значение, вызывающее сомнение при проверке: Д район (1000 обучающихся). В сравнение по годам оно не включено.',
  );
});

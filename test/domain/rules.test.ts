// Validation rules and the cross-unit plausibility warnings, at their edges, with the messages a coordinator reads.
import { median } from '../../src/domain/rules';
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { sampleGrids, workbookGrids } from '../helpers/grids';
import { tiny } from '../helpers/tiny';

const found = (a: Analysis, rule: string) => a.findings.filter((f) => f.rule === rule);

test('median of none, an odd and an even count', () => {
  expect(median([])).toBeNull();
  expect(median([7])).toBe(7);
  expect(median([9, 1, 5])).toBe(5);
  expect(median([8, 2, 4, 6])).toBe(5);
});

describe('implementing ≤ total, involved ≤ total', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Больше район': {
        orgs: { general: 3, additional: 1 },
        forms: { teacher_student: { general: 4, additional: 1 } },
        indicators: { 1: { involvedCur: 120, totalCur: 100 } },
      },
      'Равно район': {
        orgs: { general: 3, additional: 1 },
        forms: { teacher_student: { general: 3, additional: 1 } },
        indicators: { 1: { involvedCur: 100, totalCur: 100 } },
      },
    });
  });

  test('more organisations running a form than exist is an error naming both numbers; equal is fine', () => {
    expect(found(a, 'form_le_total')).toEqual([
      expect.objectContaining({
        severity: 'error',
        unit: 'Больше район',
        value: '4',
        message:
          'Форму «учитель–ученик» реализуют 4, а всего общеобразовательных организаций (ОО) 3: реализующих не может быть больше, чем всего. Значение не учтено в сводке — исправьте одно из чисел.',
      }),
    ]);
  });

  test('more pupils involved than there are is an error, and no share is computed; equal gives 100 %', () => {
    expect(found(a, 'involved_le_total')).toEqual([
      expect.objectContaining({
        severity: 'error',
        unit: 'Больше район',
        value: '120',
        message:
          'Вовлечено 120 обучающихся, а всего 100: вовлечённых не может быть больше. Долю по этим числам посчитать нельзя — исправьте числа.',
      }),
    ]);
    const row = (u: string) => a.summary.indicators.find((i) => i.id === '1')!.rows.find((r) => r.unit === u)!;
    expect(row('Больше район')).toMatchObject({ cur: null, curState: 'invalid' });
    expect(row('Равно район')).toMatchObject({ cur: 100 });
  });
});

describe('a percentage typed as a fraction', () => {
  const others = Object.fromEntries(['А', 'Б', 'В', 'Г'].map((n) => [`${n} район`, { indicators: { 1: { prev: 40, cur: 45 } } }]));

  test('0,5 among shares around 45 % is flagged once, not also as a sharp fall', () => {
    const a = tiny({ ...others, 'Дробь район': { indicators: { 1: { prev: 44, cur: 0.5 } } } });
    expect(found(a, 'fraction_as_percent')).toEqual([
      expect.objectContaining({
        unit: 'Дробь район',
        severity: 'warning',
        value: '0,5',
        message: 'Доля 0,5 % при медиане по всем 45 %: похоже, процент введён как дробь (0,5 вместо 50). Проверьте.',
      }),
    ]);
    expect(found(a, 'sharp_fall')).toEqual([]);
  });

  test('0 % and 1 % are not fractions; nor is 0,5 % where the shares are small (median ≤ 5 %)', () => {
    const zero = tiny({
      ...others,
      'Ноль район': { indicators: { 1: { prev: 0, cur: 0 } } },
      'Один район': { indicators: { 1: { prev: 1, cur: 1 } } },
    });
    expect(found(zero, 'fraction_as_percent')).toEqual([]);
    const small = Object.fromEntries(['А', 'Б', 'В'].map((n) => [`${n} район`, { indicators: { 1: { cur: 5 } } }]));
    expect(found(tiny({ ...small, 'Дробь район': { indicators: { 1: { cur: 0.5 } } } }), 'fraction_as_percent')).toEqual([]);
    const justAbove = Object.fromEntries(['А', 'Б', 'В'].map((n) => [`${n} район`, { indicators: { 1: { cur: 5.5 } } }]));
    expect(found(tiny({ ...justAbove, 'Дробь район': { indicators: { 1: { cur: 0.5 } } } }), 'fraction_as_percent')).toHaveLength(1);
  });

  test('shares are never called outliers', () => {
    const a = tiny({
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`Малый ${i + 1}`, { indicators: { 1: { cur: 2 } } }])),
      'Большой район': { indicators: { 1: { cur: 100 } } },
    });
    expect(found(a, 'outlier')).toEqual([]);
  });
});

describe('sharp fall and outlier messages', () => {
  test('the fall names both values, for counts and for shares', () => {
    const a = tiny({
      'Спад район': { indicators: { 5: { prev: 12345, cur: 100 }, 1: { prev: 60, cur: 20 } } },
      'Ровный район': { indicators: { 5: { prev: 100, cur: 100 }, 1: { prev: 60, cur: 60 } } },
    });
    const falls = found(a, 'sharp_fall');
    expect(falls.map((f) => f.message).sort()).toEqual([
      'Значение упало больше чем вдвое: 12\u00a0345 → 100. Проверьте, нет ли опечатки.',
      'Значение упало больше чем вдвое: 60 → 20. Проверьте, нет ли опечатки.',
    ]);
    expect(falls.every((f) => f.unit === 'Спад район' && f.severity === 'warning')).toBe(true);
  });

  test('every rise of a count from 0 is doubtful (0 → 1 as well as 0 → 100), in the check as in the note; a share from 0 % to 100 % is not', () => {
    const a = tiny({
      'Сто район': { indicators: { 5: { prev: 0, cur: 100 }, 1: { prev: 0, cur: 100 } } },
      'Один район': { indicators: { 5: { prev: 0, cur: 1 } } },
      'Ноль район': { indicators: { 5: { prev: 0, cur: 0 } } },
    });
    expect(found(a, 'jump_from_zero').map((f) => [f.unit, f.value, f.message])).toEqual([
      [
        'Сто район',
        '0',
        'За предыдущий год указан 0, а за отчётный — 100. Рост с нуля справка не считает ростом и отмечает «требует уточнения»: если данных за предыдущий год нет, впишите «нет данных» вместо 0.',
      ],
      [
        'Один район',
        '0',
        'За предыдущий год указан 0, а за отчётный — 1. Рост с нуля справка не считает ростом и отмечает «требует уточнения»: если данных за предыдущий год нет, впишите «нет данных» вместо 0.',
      ],
    ]);
    // The same units and only those are «требует уточнения» in the note's groups.
    expect(a.summary.indicators.find((i) => i.id === '5')!.groups.unclear).toEqual(['Сто район', 'Один район']);
  });

  test('a share from counts names the «вовлечено» cell when it falls; 0,5 % from counts is not a fraction typed as a percent', () => {
    const a = tiny({
      'Спад район': { indicators: { 1: { involvedPrev: 60, totalPrev: 100, involvedCur: 1, totalCur: 200 } } },
      'Ровный район': { indicators: { 1: { prev: 50, cur: 50 } } },
      'Другой район': { indicators: { 1: { prev: 40, cur: 45 } } },
    });
    expect(found(a, 'fraction_as_percent')).toEqual([]);
    expect(found(a, 'sharp_fall').map((f) => [f.unit, f.label, f.value])).toEqual([
      ['Спад район', 'Показатель 1, 2021 г.: вовлечено обучающихся', '1'],
    ]);
  });

  test('a fall from zero is no fall', () => {
    expect(found(tiny({ 'А район': { indicators: { 5: { prev: 0, cur: 0 } } } }), 'sharp_fall')).toEqual([]);
  });

  test('the outlier message gives the value, the median and the next largest', () => {
    const a = tiny({
      ...Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`Обычный ${i + 1}`, { indicators: { 5: { cur: 10 + i } } }])),
      'Опечатка район': { indicators: { 5: { cur: 1300 } } },
    });
    expect(found(a, 'outlier')).toEqual([
      expect.objectContaining({
        unit: 'Опечатка район',
        severity: 'warning',
        value: '1300',
        message:
          'Значение 1300 в десятки раз больше, чем у всех остальных (медиана 12, следующее по величине 13). Если это не опечатка, оставьте как есть.',
      }),
    ]);
  });
});

describe('a rise from zero on the sample and on data/north-2024: the same units in the check and in the note', () => {
  test('Tomsk: Каргасокский 0 → 25 and Молчановский 0 → 45 (indicator 5) are warned of, as the note flags them', () => {
    const g = sampleGrids();
    const a = analyze(g.settingsValues, g.tabs);
    const five = found(a, 'jump_from_zero').filter((f) => f.label === 'Показатель 5, 2020 г.');
    expect(five.map((f) => [f.unit, f.cell])).toEqual([
      ['Асиновский район', 'C29'],
      ['Каргасокский район', 'C29'],
      ['Молчановский район', 'C29'],
      ['г. Кедровый', 'C29'],
      ['г.о. Стрежевой', 'C29'],
    ]);
    const unclear = a.summary.indicators.find((i) => i.id === '5')!.groups.unclear;
    expect([...unclear].sort()).toEqual(five.map((f) => f.unit).sort());
  });

  test('north: Лесной район 0 → 1 enterprise is warned of (it passed under the old 100 threshold)', () => {
    const { settings, reports } = importCsvFolder('data/north-2024');
    const g = workbookGrids(settings, reports);
    const a = analyze(g.settingsValues, g.tabs);
    expect(found(a, 'jump_from_zero').map((f) => [f.unit, f.cell, f.message])).toEqual([
      [
        'Лесной район',
        'C27',
        'За предыдущий год указан 0, а за отчётный — 1. Рост с нуля справка не считает ростом и отмечает «требует уточнения»: если данных за предыдущий год нет, впишите «нет данных» вместо 0.',
      ],
      [
        'Заречный район',
        'C28',
        'За предыдущий год указан 0, а за отчётный — 400. Рост с нуля справка не считает ростом и отмечает «требует уточнения»: если данных за предыдущий год нет, впишите «нет данных» вместо 0.',
      ],
    ]);
  });
});

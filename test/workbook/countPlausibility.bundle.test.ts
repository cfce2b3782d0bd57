// Organisation counts typed into the sample through the built bundle: «2.000» is asked about, 44 317 schools is named.
import { damagedSample, typeInto } from '../helpers/badInputs';

const T = 'Бакчарский район';

test('«2.000» typed in a Russian spreadsheet stays text and is asked about, never read as 2', () => {
  let cell = '';
  const { added, s } = damagedSample((x) => (cell = typeInto(x.ss, T, 'orgs', 'C', '2.000')));
  expect(s.ss.getSheetByName(T)!.getRange(cell).getValue()).toBe('2.000');
  expect(added.filter((f) => f.rule === 'ambiguous_number')).toEqual([
    expect.objectContaining({
      severity: 'error',
      unit: T,
      tab: T,
      cell,
      value: '2.000',
      message:
        'Непонятно, что означает «2.000»: 2000 (точка отделяет тысячи) или 2 (точка отделяет дробную часть). Значение не учтено в сводке: впишите число без точек и запятых, например 2000.',
    }),
  ]);
});

test('44 317 schools for a district of 8 is a warning naming the tab and the cell', () => {
  let cell = '';
  const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'orgs', 'C', 44_317)));
  expect(added.filter((f) => f.rule === 'org_outlier')).toEqual([
    expect.objectContaining({ severity: 'warning', unit: T, tab: T, cell, value: '44317' }),
  ]);
  expect(added.find((f) => f.rule === 'org_outlier')!.message).toBe(
    'Всего общеобразовательных организаций (ОО) указано 44\u00a0317 — более чем в 10 раз больше, чем у любой другой единицы отчёта (медиана 11,5, следующее по величине 67). Такое число меняет доли по всему региону: проверьте, нет ли опечатки.',
  );
});

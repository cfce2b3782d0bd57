// Organisation counts that cannot be right: one unit's count far above every other's, and «2.000» that reads both as two
// thousand and as two — each a finding naming the tab and the cell, on both sides of the boundary.
import { OUTLIER_FACTOR } from '../../src/domain/rules';
import type { ReportValues } from '../../src/workbook/importer';
import { tiny } from '../helpers/tiny';

const NBSP = '\u00a0';
const of = (a: ReturnType<typeof tiny>, rule: string) => a.findings.filter((f) => f.rule === rule);

/** Ten districts of 8 schools and 2 ДО organisations, and one more with the given counts. */
function districts(general: unknown, additional: unknown = 2): Record<string, ReportValues> {
  const usual = (i: number): [string, ReportValues] => [
    `Район ${i + 1}`,
    { orgs: { general: 8, additional: 2 }, forms: { teacher_student: { general: 3, additional: 1 } } },
  ];
  return Object.fromEntries([
    ...Array.from({ length: 10 }, (_, i) => usual(i)),
    [
      'Проверяемый район',
      { orgs: { general: general as never, additional: additional as never }, forms: { teacher_student: { general: 3, additional: 1 } } },
    ],
  ]);
}

describe('a count of organisations far above every other unit', () => {
  test('the threshold is a named constant: a typo adds a digit', () => {
    expect(OUTLIER_FACTOR).toBe(10);
  });

  test('44 317 schools among districts of 8: a warning naming the tab, the cell and the figures', () => {
    const found = of(tiny(districts(44_317)), 'org_outlier');
    expect(found).toEqual([
      {
        severity: 'warning',
        rule: 'org_outlier',
        unit: 'Проверяемый район',
        tab: 'Проверяемый район',
        cell: 'C10',
        label: 'Общее количество ОО',
        value: '44317',
        message: `Всего общеобразовательных организаций (ОО) указано 44${NBSP}317 — более чем в 10 раз больше, чем у любой другой единицы отчёта (медиана 8, следующее по величине 8). Такое число меняет доли по всему региону: проверьте, нет ли опечатки.`,
      },
    ]);
  });

  test('80 schools (ten times 8) is not flagged, 81 is', () => {
    expect(of(tiny(districts(80)), 'org_outlier')).toEqual([]);
    expect(of(tiny(districts(81)), 'org_outlier').map((f) => [f.unit, f.cell])).toEqual([['Проверяемый район', 'C10']]);
  });

  test('ДО organisations are checked the same way: 21 where others have 2 is flagged, 20 is not', () => {
    expect(of(tiny(districts(8, 20)), 'org_outlier')).toEqual([]);
    expect(of(tiny(districts(8, 21)), 'org_outlier').map((f) => [f.cell, f.message.slice(0, 63)])).toEqual([
      ['D10', 'Всего организаций дополнительного образования (ДО) указано 21 —'],
    ]);
  });

  test('a city with many schools among villages with few, within ten times the next, is not flagged', () => {
    const reports = districts(67);
    reports['Район 1'] = { ...reports['Район 1'], orgs: { general: 35, additional: 2 } };
    expect(of(tiny(reports), 'org_outlier')).toEqual([]);
  });
});

describe('«2.000» in a count: two thousand or two?', () => {
  test.each([
    ['2.000', 'точка', '2000', '2'],
    ['2,000', 'запятая', '2000', '2'],
    ['1,500', 'запятая', '1500', '1,5'],
    ['12.345', 'точка', '12345', '12,345'],
  ])('«%s» is an error asking which it is, and is not counted', (typed, mark, thousands, fraction) => {
    const a = tiny(districts(typed));
    expect(of(a, 'ambiguous_number')).toEqual([
      expect.objectContaining({
        severity: 'error',
        unit: 'Проверяемый район',
        cell: 'C10',
        value: typed,
        message: `Непонятно, что означает «${typed}»: ${thousands} (${mark} отделяет тысячи) или ${fraction} (${mark} отделяет дробную часть). Значение не учтено в сводке: впишите число без точек и запятых, например ${thousands}.`,
      }),
    ]);
    // Not silently 2: the unit's schools are left out of the region's total.
    expect(a.summary.forms.forms.teacher_student.general.total).toBe(80);
  });

  test.each(['2000', '2 000', '2', '2,5', '2.0000', '0,500', '2.00'])('«%s» is not ambiguous', (typed) => {
    expect(of(tiny(districts(typed)), 'ambiguous_number')).toEqual([]);
  });
});

describe('the outlier test on both sides of its robust z-score cut-off (3,5) and its MAD floor (0,1)', () => {
  /** Districts with the given school counts (and 1 ДО organisation each, running nothing). */
  const withSchools = (counts: number[]) =>
    Object.fromEntries(
      counts.map((general, i): [string, ReportValues] => [
        `Район ${i + 1}`,
        { orgs: { general, additional: 1 }, forms: { teacher_student: { general: 0, additional: 0 } } },
      ]),
    );
  const flagged = (counts: number[]) => of(tiny(withSchools(counts)), 'org_outlier').map((f) => f.value);
  const spread = [1, 3, 10, 30, 100, 300, 1000];

  test('among counts spread from 1 to 1 000, 1 000 000 sits at z ≈ 3,06 (not named) and 10 000 000 at z ≈ 3,78 (named)', () => {
    // Both are more than ten times every other count: only the z-score tells them apart.
    expect(flagged([...spread, 1_000_000])).toEqual([]);
    expect(flagged([...spread, 10_000_000])).toEqual(['10000000']);
  });

  test('among nearly equal counts (their MAD ≈ 0,004 is floored at 0,1) a tenfold count is still named', () => {
    // With the floor, z = 0,6745 · (log10 1101 − log10 104) / 0,1 ≈ 6,9; a floor of 0,3 would give ≈ 2,3 and miss it.
    // A lower floor raises z and names more: rules.outlierBoundaries.test.ts holds it (1 among units that all give 0).
    expect(flagged([100, 101, 102, 103, 104, 105, 106, 1100])).toEqual(['1100']);
    expect(flagged([100, 101, 102, 103, 104, 105, 106, 1000])).toEqual([]); // not ten times 106
  });
});

// The outlier rule's two numbers pinned on both sides: the robust z cut-off (3,5) and the MAD floor (0,1). One rule
// (rules.ts, outlierTest) serves indicator values («outlier») and organisation counts («org_outlier»), so both are held.
// Each case also passes the «more than ten times every other unit» test, so only the number under test decides.
import type { ReportValues } from '../../src/workbook/importer';
import { tiny } from '../helpers/tiny';

const ORGS = { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 3 } } };

/** Ten units with the given values of indicator 5 (a count of pupils) this year, and «Крупный район» with `big`. */
function indicatorReports(others: number[], big: number): Record<string, ReportValues> {
  return Object.fromEntries([
    ...others.map((cur, i): [string, ReportValues] => [`Район ${i + 1}`, { ...ORGS, indicators: { 5: { cur } } }]),
    ['Крупный район', { ...ORGS, indicators: { 5: { cur: big } } }],
  ]);
}

const flagged = (reports: Record<string, ReportValues>, rule: string) =>
  tiny(reports)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.unit, f.cell, f.message.replace(/\u00a0/g, ' ')]);

describe('the robust z cut-off 3,5 (Iglewicz and Hoaglin), on log10(1 + x)', () => {
  test('others spread from 2 to 100: 1001 is more than ten times the largest but within the spread (z ≈ 2,94): no warning', () => {
    expect(flagged(indicatorReports([2, 4, 8, 16, 30, 50, 70, 80, 90, 100], 1001), 'outlier')).toEqual([]);
  });

  test('others evenly from 10 to 100: the same 1001 stands out (z ≈ 4,72): a warning naming the cell and the figures', () => {
    expect(flagged(indicatorReports([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 1001), 'outlier')).toEqual([
      [
        'Крупный район',
        'D20',
        'Значение 1001 в десятки раз больше, чем у всех остальных (медиана 60, следующее по величине 100). Если это не опечатка, оставьте как есть.',
      ],
    ]);
  });
});

describe('the MAD floor 0,1: when every other unit gives the same number, the spread is taken as 0,1, not 0', () => {
  const zeros = Array.from({ length: 10 }, () => 0);

  test('every other unit gives 0: 1 and 2 are not outliers (z ≈ 2,03 and 3,22), 3 is (z ≈ 4,06)', () => {
    expect(flagged(indicatorReports(zeros, 1), 'outlier')).toEqual([]);
    expect(flagged(indicatorReports(zeros, 2), 'outlier')).toEqual([]);
    expect(flagged(indicatorReports(zeros, 3), 'outlier').map(([unit]) => unit)).toEqual(['Крупный район']);
  });

  test('organisation counts follow the same rule: 2 ДО organisations where all others have 0 pass, 3 are named', () => {
    const orgs = (additional: number): Record<string, ReportValues> =>
      Object.fromEntries([
        ...zeros.map((_, i): [string, ReportValues] => [
          `Район ${i + 1}`,
          { orgs: { general: 4, additional: 0 }, forms: { teacher_student: { general: 3, additional: 0 } } },
        ]),
        ['Крупный район', { orgs: { general: 4, additional }, forms: { teacher_student: { general: 3, additional: 0 } } }],
      ]);
    expect(flagged(orgs(2), 'org_outlier')).toEqual([]);
    expect(flagged(orgs(3), 'org_outlier')).toEqual([
      [
        'Крупный район',
        'D10',
        'Всего организаций дополнительного образования (ДО) указано 3 — более чем в 10 раз больше, чем у любой другой единицы отчёта (медиана 0, следующее по величине 0). Такое число меняет доли по всему региону: проверьте, нет ли опечатки.',
      ],
    ]);
  });
});

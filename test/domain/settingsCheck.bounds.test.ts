// The 0–100 % bounds of a share typed in «Настройки», held on both sides: 0 and 100 are used, −0,01 and 100,01 are
// refused with a message naming the cell, and the plan is left out of the note.
import { INDICATORS, indicatorOf, tiny } from '../helpers/tiny';

const ORGS = { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 3 } } };

/** The workbook with the share indicator's plans set to `prev` (2020) and `cur` (2021). */
const withPlans = (prev: number, cur: number) =>
  tiny(
    { 'А район': { ...ORGS, indicators: { 1: { involvedPrev: 10, totalPrev: 100, involvedCur: 20, totalCur: 100 } } } },
    INDICATORS.map((i) => (i.id === '1' ? { ...i, plans: { 2020: prev, 2021: cur } } : i)),
  );
const settingsFindings = (a: ReturnType<typeof tiny>) =>
  a.findings.filter((f) => f.tab === 'Настройки').map((f) => [f.cell, f.value, f.message]);

describe('a share plan in the settings lies between 0 % and 100 %, both included', () => {
  test('plans of 0 % and 100 % are taken as typed', () => {
    const a = withPlans(0, 100);
    expect(settingsFindings(a)).toEqual([]);
    expect(indicatorOf(a, '1').region.cur).toMatchObject({ value: 20, plan: 100, met: false });
    expect(indicatorOf(a, '1').region.prev).toMatchObject({ value: 10, plan: 0, met: true });
  });

  test('−0,01 % and 100,01 % are refused, each named by its cell, and no plan verdict is drawn from them', () => {
    const a = withPlans(-0.01, 100.01);
    expect(settingsFindings(a)).toEqual([
      ['H47', '-0,01', 'План -0,01 % — доля не может быть отрицательной. В справку не попадает: исправьте ячейку.'],
      ['I47', '100,01', 'План 100,01 % — доля не может быть больше 100 %. В справку не попадает: исправьте ячейку.'],
    ]);
    expect(indicatorOf(a, '1').region.cur).toMatchObject({ value: 20, plan: null, met: null });
    expect(indicatorOf(a, '1').region.prev).toMatchObject({ value: 10, plan: null, met: null });
  });
});

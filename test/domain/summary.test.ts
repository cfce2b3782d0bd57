// The summary's aggregation rules on small workbooks: forms coverage states, region values per year, row values,
// the order of the groups the note names, completeness and units of another type.
import type { CellValue } from '../../src/domain/model';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { INDICATORS, indicatorOf, rowOf, tiny, tinySettings } from '../helpers/tiny';
import { workbookGrids } from '../helpers/grids';

const FORM = (general: CellValue, additional?: CellValue) => ({ teacher_student: { general, additional } });

describe("forms: a unit's coverage state and the region totals", () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Полный район': { orgs: { general: 10, additional: 4 }, forms: FORM(8, 1) },
      'Без ДО район': { orgs: { general: 5, additional: '-' }, forms: FORM(5) },
      'Ноль район': { orgs: { general: 0, additional: 0 }, forms: FORM(0, 0) },
      'Пропуск район': { orgs: { general: 6, additional: 2 }, forms: FORM('') },
      'Ошибка район': { orgs: { general: 3, additional: 1 }, forms: FORM(4, 'восемь') },
    });
  });
  const row = (unit: string) => a.summary.forms.rows.find((r) => r.unit === unit)!.forms.teacher_student;

  test('ok, none («-» or no organisations), missing and invalid are told apart', () => {
    expect(row('Полный район').general).toEqual({ count: 8, total: 10, share: 80, state: 'ok', target: 75, met: true });
    expect(row('Полный район').additional).toEqual({ count: 1, total: 4, share: 25, state: 'ok', target: 75, met: false });
    expect(row('Без ДО район').additional).toMatchObject({ count: null, share: null, state: 'none', met: null });
    expect(row('Ноль район').general).toMatchObject({ count: null, total: 0, share: null, state: 'none', met: null });
    expect(row('Пропуск район').general).toMatchObject({ count: null, total: 6, share: null, state: 'missing', met: null });
    // 4 of 3 breaks «implementing ≤ total»: the count is left out as invalid.
    expect(row('Ошибка район').general).toMatchObject({ count: null, total: 3, share: null, state: 'invalid', met: null });
    expect(row('Ошибка район').additional).toMatchObject({ count: null, total: 1, state: 'invalid' });
  });

  test('region totals add only valid pairs and name the units left out; organisation totals add every unit', () => {
    expect(a.summary.forms.totals).toEqual({ general: 24, additional: 7 });
    expect(a.summary.forms.forms.teacher_student.general).toMatchObject({ count: 13, total: 15, share: 86.67, state: 'ok', met: true });
    expect(a.summary.forms.forms.teacher_student.general.leftOut).toEqual(['Пропуск район', 'Ошибка район']);
    expect(a.summary.forms.forms.teacher_student.additional).toMatchObject({
      count: 1,
      total: 4,
      share: 25,
      met: false,
      leftOut: ['Пропуск район', 'Ошибка район'],
    });
    expect(a.summary.forms.belowTarget.teacher_student).toEqual({ general: [], additional: ['Полный район'] });
  });

  test('no organisations of a type anywhere: no share and no verdict', () => {
    const none = tiny({ 'А район': { orgs: { general: 2, additional: '-' }, forms: FORM(1) } });
    expect(none.summary.forms.forms.teacher_student.additional).toMatchObject({
      count: 0,
      total: 0,
      share: null,
      state: 'none',
      met: null,
    });
  });
});

describe('indicator values per unit and per region', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'А район': { indicators: { 1: { prev: 8, cur: 30 }, 3: { prev: 0, cur: 4 }, 5: { prev: 40, cur: 50 } } },
      'Б район': { indicators: { 1: { prev: 12, cur: 10 }, 3: { prev: 2, cur: 1 }, 5: { prev: 10, cur: 35 } } },
      'В район': { indicators: { 1: { cur: 60 }, 5: { prev: 30, cur: 20 } } },
      'Г район': { indicators: { 5: { prev: 30, cur: 25 } } },
    });
  });

  test('each year has its own plan; a mean over the units that gave a value', () => {
    expect(indicatorOf(a, '1').region.prev).toMatchObject({
      value: 10,
      method: 'mean',
      unitsWithData: 2,
      unitsWithCounts: 0,
      weightedPartial: null,
      plan: 10,
    });
    expect(indicatorOf(a, '1').region.cur).toMatchObject({ value: 33.33, unitsWithData: 3, plan: 20 });
    expect(indicatorOf(a, '3').region.prev).toMatchObject({ value: 2, method: 'sum', plan: 2, met: true });
    expect(indicatorOf(a, '3').region.cur).toMatchObject({ value: 5, method: 'sum', plan: 5, met: true });
  });

  test('change and change in percent; none against a previous zero or a missing year', () => {
    expect(rowOf(a, '5', 'А район')).toMatchObject({ prev: 40, cur: 50, change: 10, changePercent: 25 });
    expect(rowOf(a, '5', 'Г район')).toMatchObject({ change: -5, changePercent: -16.67 });
    expect(rowOf(a, '3', 'А район')).toMatchObject({ change: 4, changePercent: null, trend: 'рост' });
    expect(rowOf(a, '1', 'В район')).toMatchObject({
      prev: null,
      change: null,
      changePercent: null,
      trend: null,
      prevState: 'empty',
      curState: 'ok',
    });
  });

  test("groups come in the note's order: leaders and growth largest first, below plan lowest first, falls deepest first", () => {
    expect(indicatorOf(a, '1').groups.leaders).toEqual(['В район']);
    expect(indicatorOf(a, '1').groups.belowPlan).toEqual(['Б район']);
    expect(indicatorOf(a, '5').groups.grew).toEqual(['Б район', 'А район']);
    expect(indicatorOf(a, '5').groups.fell).toEqual(['В район', 'Г район']);
    expect(indicatorOf(a, '5').largestGrowth).toEqual({ unit: 'Б район', change: 25, changePercent: 250 });
    expect(indicatorOf(a, '3').groups.belowMinimum).toEqual(['Б район']);
    expect(indicatorOf(a, '3').groups.noData).toEqual(['В район', 'Г район']);
  });

  test('several units below plan and leaders are ordered by value', () => {
    const b = tiny({
      'А район': { indicators: { 1: { cur: 15 } } },
      'Б район': { indicators: { 1: { cur: 5 } } },
      'В район': { indicators: { 1: { cur: 10 } } },
      'Г район': { indicators: { 1: { cur: 70 } } },
      'Д район': { indicators: { 1: { cur: 90 } } },
      'Е район': { indicators: { 1: { cur: 80 } } },
      'Ж район': { indicators: { 3: { cur: 1 } } },
      'З район': { indicators: { 3: { cur: 0 } } },
    });
    expect(indicatorOf(b, '1').groups.belowPlan).toEqual(['Б район', 'В район', 'А район']);
    expect(indicatorOf(b, '1').groups.leaders).toEqual(['Д район', 'Е район', 'Г район']);
    expect(indicatorOf(b, '3').groups.belowMinimum).toEqual(['Ж район', 'З район']);
  });

  test('an indicator nobody reported is «no data at all»; one value anywhere is enough to assess it', () => {
    expect(indicatorOf(a, '7')).toMatchObject({ noDataAtAll: true, comparable: 0, heldOrGrewShare: null, largestGrowth: null });
    expect(indicatorOf(a, '7').region.cur).toMatchObject({ value: null, method: 'none', unitsWithData: 0, met: null });
    expect(indicatorOf(a, '1').noDataAtAll).toBe(false);
    const onlyPrev = tiny({ 'А район': { indicators: { 7: { prev: 3 } } } });
    expect(indicatorOf(onlyPrev, '7').noDataAtAll).toBe(false);
  });

  test('a share indicator with no plan for the year has nobody below plan and no verdict', () => {
    const noPlan = INDICATORS.map((i) => (i.id === '1' ? { ...i, plans: {} } : i));
    const b = tiny({ 'А район': { indicators: { 1: { cur: 5 } } } }, noPlan);
    expect(indicatorOf(b, '1').groups.belowPlan).toEqual([]);
    expect(rowOf(b, '1', 'А район').status).toBe('цель не установлена');
    expect(indicatorOf(b, '1').region.cur).toMatchObject({ plan: null, met: null });
  });
});

describe('completeness and units of another type', () => {
  const settings = tinySettings(['А район', 'Б район', 'В район', 'Г район', 'Колледж']);
  settings.units[4] = { ...settings.units[4], type: 'Колледж' };
  let a: Analysis;
  beforeAll(() => {
    const reports = {
      'А район': {
        orgs: { general: 2, additional: 1 },
        forms: FORM(1, 1),
        indicators: { 1: { prev: 5, cur: 6 }, 3: { prev: 1, cur: 1 }, 5: { prev: 1, cur: 1 }, 7: { prev: 1, cur: 1 } },
      },
      'Б район': { orgs: { general: 2, additional: 1 }, forms: FORM(1, 1) },
      'В район': {},
      Колледж: { orgs: { general: 1, additional: '-' }, forms: FORM(1), indicators: { 1: { prev: 40, cur: 95 }, 5: { prev: 1, cur: 2 } } },
    };
    const g = workbookGrids(settings, reports);
    a = analyze(g.settingsValues, g.tabs);
  });
  const state = (unit: string) => a.summary.completeness.find((c) => c.unit === unit)!.state;

  test('complete, partial, empty and missing', () => {
    expect([state('А район'), state('Б район'), state('В район'), state('Г район')]).toEqual(['complete', 'partial', 'empty', 'missing']);
  });

  test('the first type of the settings is ranked; another type is counted apart and never a leader', () => {
    expect(a.summary.mainType).toBe('Муниципалитет');
    expect(a.summary.unitCount).toBe(4);
    expect(indicatorOf(a, '1').rows.map((r) => r.unit)).toEqual(['А район', 'Б район', 'В район', 'Г район']);
    expect(indicatorOf(a, '1').otherRows).toEqual([
      expect.objectContaining({ unit: 'Колледж', type: 'Колледж', cur: 95, status: 'лидер' }),
    ]);
    expect(indicatorOf(a, '1').groups.leaders).toEqual([]);
    expect(indicatorOf(a, '1').region.cur.value).toBe(6);
    expect(a.summary.otherForms.map((f) => [f.type, f.totals.general])).toEqual([['Колледж', 1]]);
    expect(a.summary.forms.totals.general).toBe(4);
  });

  test('errors and warnings are counted per unit', () => {
    const b = tiny({
      'А район': { orgs: { general: 2, additional: 1 }, forms: FORM(3, '+') },
      'Б район': { orgs: { general: 1, additional: 0 }, forms: FORM(1, 0) },
    });
    const row = (u: string) => b.summary.completeness.find((c) => c.unit === u)!;
    expect([row('А район').errors, row('А район').warnings]).toEqual([1, 1]);
    expect([row('Б район').errors, row('Б район').warnings]).toEqual([0, 0]);
    expect(b.summary.findings).toMatchObject({ errors: 1, warnings: 1 });
  });
});

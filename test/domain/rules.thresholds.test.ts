// Every threshold rule pinned on both sides of its boundary, through the pure pipeline on small workbooks.
import { status } from '../../src/domain/formulas';
import { countWith, formatPercent } from '../../src/domain/russian';
import type { Analysis } from '../../src/workbook/analyze';
import { INDICATORS, indicatorOf, noteText, rowOf, tiny, tinySettings } from '../helpers/tiny';

const ORGS = { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 3 } } };

describe('leader: strictly above «лидер: значение выше»', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Ровный район': { ...ORGS, indicators: { 1: { prev: 40, cur: 50 }, 3: { prev: 5, cur: 5 } } },
      'Выше район': { ...ORGS, indicators: { 1: { prev: 40, cur: 50.01 }, 3: { prev: 5, cur: 6 } } },
    });
  });

  test('a share at exactly 50 % is not a leader (the published note named Кривошеинский at 50 %); 50,01 % is', () => {
    expect(indicatorOf(a, '1').groups.leaders).toEqual(['Выше район']);
    expect(rowOf(a, '1', 'Ровный район').status).toBe('выполнен');
    expect(rowOf(a, '1', 'Выше район').status).toBe('лидер');
  });

  test('a count at exactly the threshold (5) is not a leader; 6 is', () => {
    expect(indicatorOf(a, '3').groups.leaders).toEqual(['Выше район']);
    expect(rowOf(a, '3', 'Ровный район').status).toBe('выполнен');
    expect(rowOf(a, '3', 'Выше район').status).toBe('лидер');
  });

  test("the note's middle tier of a count holds the unit at the threshold (5), never the leader (6)", () => {
    // The tier is «not a leader» by the same rule as Table 3's status, so neither can drift from the other.
    // One unit in the tier has its value alone («По 5 …» is said of several).
    expect(noteText(a)).toContain('\n5 предприятий — Ровный район.\n');
  });

  test('the note names the leader and only it', () => {
    const leaders = a.note.sections
      .find((s) => s.heading.replace(/\u00a0/g, ' ').startsWith('1 '))!
      .paragraphs.find((p) => p.replace(/\u00a0/g, ' ').includes('выше 50 %'))!;
    expect(leaders).toContain('Выше район');
    expect(leaders).not.toContain('Ровный');
  });

  test('the STATUS formula gives the same answer on both sides', () => {
    const s = tinySettings(['X']);
    expect(status(s, 50, '1', 2021)).toBe('выполнен');
    expect(status(s, 50.01, '1', 2021)).toBe('лидер');
  });
});

describe("below plan: under the year's plan, not at it", () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Ровный район': { ...ORGS, indicators: { 1: { prev: 10, cur: 20 } } },
      'Ниже район': { ...ORGS, indicators: { 1: { prev: 10, cur: 19.99 } } },
    });
  });
  test('19,99 % against a plan of 20 % is below plan; 20 % is met', () => {
    expect(indicatorOf(a, '1').groups.belowPlan).toEqual(['Ниже район']);
    expect(rowOf(a, '1', 'Ниже район').status).toBe('ниже плана');
    expect(rowOf(a, '1', 'Ровный район').status).toBe('выполнен');
    expect(
      a.recommendations
        .find((r) => r.unit === 'Ниже район')!
        .below.join(' ')
        .replace(/\u00a0/g, ' '),
    ).toContain('19,99 % при плане 20 %');
    expect(a.recommendations.find((r) => r.unit === 'Ровный район')!.below.join(' ')).not.toContain('при плане');
  });
  test('the STATUS formula agrees', () => {
    const s = tinySettings(['X']);
    expect(status(s, 19.99, '1', 2021)).toBe('ниже плана');
    expect(status(s, 20, '1', 2021)).toBe('выполнен');
  });
});

describe('below minimum: under «минимум для единицы», not at it', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Ровный район': { ...ORGS, indicators: { 3: { prev: 2, cur: 2 }, 7: { prev: 5, cur: 5 } } },
      'Ниже район': { ...ORGS, indicators: { 3: { prev: 1, cur: 1 }, 7: { prev: 4, cur: 4 } } },
    });
  });
  test('a count of 1 against a minimum of 2 is below it; 2 is not', () => {
    expect(indicatorOf(a, '3').groups.belowMinimum).toEqual(['Ниже район']);
    expect(rowOf(a, '3', 'Ниже район').status).toBe('ниже минимума');
    expect(rowOf(a, '3', 'Ровный район').status).toBe('выполнен');
  });
  test('a dynamics value of 4 against a minimum of 5 is below it; 5 is not', () => {
    expect(indicatorOf(a, '7').groups.belowMinimum).toEqual(['Ниже район']);
    expect(rowOf(a, '7', 'Ниже район').status).toBe('ниже минимума');
    expect(rowOf(a, '7', 'Ровный район').status).toBe('без изменений');
  });
  test('only the unit below is advised to reach the minimum', () => {
    const text = (u: string) => a.recommendations.find((r) => r.unit === u)!;
    expect(text('Ниже район').below.join(' ')).toContain('4 при минимуме 5');
    expect(text('Ровный район').below.join(' ')).not.toContain('минимум');
  });
});

describe('regional plan met at exactly the plan', () => {
  test('a weighted share equal to the plan (20 %) is met; 19,9 % is not', () => {
    const at = tiny({
      'А район': { ...ORGS, indicators: { 1: { involvedCur: 20, totalCur: 100 } } },
      'Б район': { ...ORGS, indicators: { 1: { involvedCur: 40, totalCur: 200 } } },
    });
    expect(indicatorOf(at, '1').region.cur).toMatchObject({ method: 'weighted', value: 20, plan: 20, met: true });
    const below = tiny({
      'А район': { ...ORGS, indicators: { 1: { involvedCur: 19, totalCur: 100 } } },
      'Б район': { ...ORGS, indicators: { 1: { involvedCur: 180, totalCur: 900 } } },
    });
    expect(indicatorOf(below, '1').region.cur).toMatchObject({ method: 'weighted', value: 19.9, plan: 20, met: false });
  });
  test('a count summing to the plan (5) is met; 4 is not', () => {
    const at = tiny({
      'А район': { ...ORGS, indicators: { 3: { cur: 2 } } },
      'Б район': { ...ORGS, indicators: { 3: { cur: 3 } } },
    });
    expect(indicatorOf(at, '3').region.cur).toMatchObject({ method: 'sum', value: 5, plan: 5, met: true });
    const below = tiny({
      'А район': { ...ORGS, indicators: { 3: { cur: 2 } } },
      'Б район': { ...ORGS, indicators: { 3: { cur: 2 } } },
    });
    expect(indicatorOf(below, '3').region.cur).toMatchObject({ value: 4, plan: 5, met: false });
  });
  test('dynamics indicators have no plan to meet', () => {
    const a = tiny({ 'А район': { ...ORGS, indicators: { 5: { prev: 1, cur: 2 } } } });
    expect(indicatorOf(a, '5').region.cur).toMatchObject({ value: 2, met: null });
  });
});

describe('form target met at exactly the target', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Ровный район': { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 3 } } },
      'Ниже район': { orgs: { general: 400, additional: '-' }, forms: { teacher_student: { general: 299 } } },
    });
  });
  const rows = () => a.summary.forms.rows;
  test('3 of 4 organisations (75 %) meet a target of 75 %; 299 of 400 (74,75 %) do not', () => {
    expect(rows().find((r) => r.unit === 'Ровный район')!.forms.teacher_student.general).toMatchObject({
      share: 75,
      met: true,
    });
    expect(rows().find((r) => r.unit === 'Ниже район')!.forms.teacher_student.general).toMatchObject({
      share: 74.75,
      met: false,
    });
    expect(a.summary.forms.belowTarget.teacher_student.general).toEqual(['Ниже район']);
  });
  test('the region at exactly the target is met, just under it is not', () => {
    expect(a.summary.forms.forms.teacher_student.general).toMatchObject({
      count: 302,
      total: 404,
      share: 74.75,
      met: false,
    });
    const at = tiny({
      'А район': { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 2 } } },
      'Б район': { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 4 } } },
    });
    expect(at.summary.forms.forms.teacher_student.general).toMatchObject({ count: 6, total: 8, share: 75, met: true });
  });
});

describe('data check at its cut-offs', () => {
  const findingsOf = (a: ReturnType<typeof tiny>, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => f.unit);

  test('sharp fall: exactly half is not reported, under half is', () => {
    const a = tiny({
      'Половина район': { ...ORGS, indicators: { 5: { prev: 10, cur: 5 } } },
      'Меньше район': { ...ORGS, indicators: { 5: { prev: 10, cur: 4 } } },
      'Третий район': { ...ORGS, indicators: { 5: { prev: 10, cur: 10 } } },
    });
    expect(findingsOf(a, 'sharp_fall')).toEqual(['Меньше район']);
  });

  test('too large: 10 000 000 is counted, 10 000 001 is an error and left out', () => {
    const a = tiny({
      'Ровный район': { ...ORGS, indicators: { 5: { cur: 10_000_000 } } },
      'Больше район': { ...ORGS, indicators: { 5: { cur: 10_000_001 } } },
    });
    expect(findingsOf(a, 'too_large')).toEqual(['Больше район']);
    expect(rowOf(a, '5', 'Ровный район').cur).toBe(10_000_000);
    expect(rowOf(a, '5', 'Больше район')).toMatchObject({ cur: null, curState: 'invalid' });
    expect(indicatorOf(a, '5').region.cur.value).toBe(10_000_000);
  });

  test('outlier: ten times every other unit is not flagged, just above it is', () => {
    const others = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`Обычный ${i + 1}`, { ...ORGS, indicators: { 5: { cur: 10 } } }]),
    );
    const at = tiny({ ...others, 'Большой район': { ...ORGS, indicators: { 5: { cur: 100 } } } });
    expect(findingsOf(at, 'outlier')).toEqual([]);
    const above = tiny({ ...others, 'Большой район': { ...ORGS, indicators: { 5: { cur: 101 } } } });
    expect(findingsOf(above, 'outlier')).toEqual(['Большой район']);
  });

  test('outlier: a value far above the next one but not far from the median (robust z ≤ 3,5) is not flagged', () => {
    // Half the units near 1 000 make the median high; a single small unit and one 11 000 stay within the z cut-off.
    const reports = Object.fromEntries([
      ...Array.from({ length: 5 }, (_, i) => [`Малый ${i + 1}`, { ...ORGS, indicators: { 5: { cur: 100 } } }]),
      ...Array.from({ length: 5 }, (_, i) => [`Средний ${i + 1}`, { ...ORGS, indicators: { 5: { cur: 1000 } } }]),
    ]);
    const a = tiny({ ...reports, 'Крупный район': { ...ORGS, indicators: { 5: { cur: 10_001 } } } });
    expect(findingsOf(a, 'outlier')).toEqual([]);
  });
});

describe('held, grew, fell', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Ровный район': { ...ORGS, indicators: { 5: { prev: 5, cur: 5 } } },
      'Рост район': { ...ORGS, indicators: { 5: { prev: 5, cur: 6 } } },
      'Спад район': { ...ORGS, indicators: { 5: { prev: 6, cur: 5 } } },
      'Новый район': { ...ORGS, indicators: { 5: { cur: 7 } } },
    });
  });
  const ind = () => indicatorOf(a, '5');

  test('each unit with both years lands in exactly one group; a unit with one year is not comparable', () => {
    expect(ind().groups).toMatchObject({ held: ['Ровный район'], grew: ['Рост район'], fell: ['Спад район'] });
    expect(rowOf(a, '5', 'Ровный район')).toMatchObject({ trend: 'без изменений', status: 'без изменений', change: 0 });
    expect(rowOf(a, '5', 'Рост район')).toMatchObject({ trend: 'рост', status: 'рост', change: 1, changePercent: 20 });
    expect(rowOf(a, '5', 'Спад район')).toMatchObject({ trend: 'снижение', status: 'снижение', change: -1 });
    expect(rowOf(a, '5', 'Новый район')).toMatchObject({ trend: null, status: 'нет данных' });
    expect(ind().comparable).toBe(3);
  });

  test('«held or grew» counts both: 2 of 3, 66,67 %; the largest growth is named', () => {
    expect(ind().heldOrGrew).toBe(2);
    expect(ind().heldOrGrewShare).toBe(66.67);
    expect(ind().largestGrowth).toEqual({ unit: 'Рост район', change: 1, changePercent: 20 });
    // Counted as the department counts, not «66,7 % муниципалитетов (2 из 3)».
    expect(noteText(a)).toContain('2 из 3 муниципалитетов сохранили или увеличили значение показателя');
  });

  test('all held, none grew: every unit held or grew; 0 → 0 is not «held» and is left out of the comparison', () => {
    const flat = tiny({
      'А район': { ...ORGS, indicators: { 5: { prev: 3, cur: 3 } } },
      'Б район': { ...ORGS, indicators: { 5: { prev: 0, cur: 0 } } },
    });
    expect(indicatorOf(flat, '5')).toMatchObject({
      comparable: 1,
      heldOrGrew: 1,
      heldOrGrewShare: 100,
      largestGrowth: null,
    });
    expect(indicatorOf(flat, '5').groups.zeroBoth).toEqual(['Б район']);
  });
});

describe('zero in both years vs this year only', () => {
  let a: Analysis;
  beforeAll(() => {
    a = tiny({
      'Оба района': { ...ORGS, indicators: { 1: { prev: 0, cur: 0 } } },
      'Нынче район': { ...ORGS, indicators: { 1: { prev: 12, cur: 0 } } },
      'Прежде район': { ...ORGS, indicators: { 1: { prev: 0, cur: 30 } } },
    });
  });
  const ind = () => indicatorOf(a, '1');
  test('zero both years is its own group; zero this year only is not in it; zero last year only is in neither', () => {
    expect(ind().groups.zeroBoth).toEqual(['Оба района']);
    expect([...ind().groups.zero].sort()).toEqual(['Нынче район', 'Оба района']);
  });
  test('only the unit at zero both years is called urgent, in the note and in its recommendation', () => {
    const urgent = a.note.sections.flatMap((s) => s.paragraphs).filter((p) => p.includes('срочных'));
    expect(urgent.join(' ')).toContain('Оба района');
    expect(urgent.join(' ')).not.toContain('Нынче');
    expect(a.recommendations.find((r) => r.unit === 'Оба района')!.text).toContain('срочные меры');
    expect(a.recommendations.find((r) => r.unit === 'Нынче район')!.text).not.toContain('срочные меры');
  });
});

describe('partly-weighted regional shares', () => {
  test('all units gave counts: the weighted share Σ involved / Σ total', () => {
    const a = tiny({
      'А район': { ...ORGS, indicators: { 1: { involvedCur: 100, totalCur: 400 } } },
      'Б район': { ...ORGS, indicators: { 1: { involvedCur: 300, totalCur: 400 } } },
    });
    expect(indicatorOf(a, '1').region.cur).toEqual({
      value: 50,
      method: 'weighted',
      unitsWithData: 2,
      unitsWithCounts: 2,
      involved: 400,
      total: 800,
      weightedPartial: null,
      mean: 50,
      plan: 20,
      met: true,
    });
  });

  test('one unit gave only a percentage: the plain mean, labelled so, with the weighted share of the units with counts beside it', () => {
    const a = tiny({
      'А район': { ...ORGS, indicators: { 1: { involvedCur: 100, totalCur: 400 } } },
      'Б район': { ...ORGS, indicators: { 1: { involvedCur: 300, totalCur: 400 } } },
      'В район': { ...ORGS, indicators: { 1: { cur: 10 } } },
    });
    // (25 + 75 + 10) / 3 = 36,67; weighted over А and Б: 400 / 800 = 50.
    // The mean is for reference only: no plan verdict is derived from it (issue 12).
    expect(indicatorOf(a, '1').region.cur).toEqual({
      value: 36.67,
      method: 'mean',
      unitsWithData: 3,
      unitsWithCounts: 2,
      involved: 400,
      total: 800,
      weightedPartial: 50,
      mean: 36.67,
      plan: 20,
      met: null,
    });
    expect(rowOf(a, '1', 'В район').percentOnly).toBe(true);
    expect(rowOf(a, '1', 'А район').percentOnly).toBe(false);
    const section = a.note.sections
      .find((s) => s.heading.replace(/\u00a0/g, ' ').startsWith('1 '))!
      .paragraphs.join(' ')
      .replace(/\u00a0/g, ' ');
    expect(section).toContain('36,67 %');
    expect(section).toContain(formatPercent(50).replace(/\u00a0/g, ' '));
    expect(section).toMatch(/средн/i);
  });

  test('only percentages: the mean, and no weighted share can be computed', () => {
    const a = tiny({
      'А район': { ...ORGS, indicators: { 1: { cur: 10 } } },
      'Б район': { ...ORGS, indicators: { 1: { cur: 21 } } },
    });
    expect(indicatorOf(a, '1').region.cur).toMatchObject({
      value: 15.5,
      method: 'mean',
      unitsWithCounts: 0,
      weightedPartial: null,
    });
  });
});

describe('Russian forms at 1, 2, 5, 11, 21, 111', () => {
  const N = [1, 2, 5, 11, 21, 111];

  test.each([
    [1, '1 из 1 общеобразовательной организации'],
    [2, '1 из 2 общеобразовательных организаций'],
    [5, '1 из 5 общеобразовательных организаций'],
    [11, '1 из 11 общеобразовательных организаций'],
    [21, '1 из 21 общеобразовательной организации'],
    [111, '1 из 111 общеобразовательных организаций'],
  ])('genitive after «из» with %i organisations: «%s»', (n, expected) => {
    const a = tiny({
      'А район': { orgs: { general: n, additional: '-' }, forms: { teacher_student: { general: 1 } } },
    });
    expect(noteText(a)).toContain(expected);
  });

  test.each([
    [1, 'менее 1 предприятия'],
    [2, 'менее 2 предприятий'],
    [5, 'менее 5 предприятий'],
    [11, 'менее 11 предприятий'],
    [21, 'менее 21 предприятия'],
    [111, 'менее 111 предприятий'],
  ])('genitive after «менее» with a minimum of %i: «%s»', (min, expected) => {
    const indicators = INDICATORS.map((i) => (i.id === '3' ? { ...i, minimum: min, leaderAbove: null } : i));
    const a = tiny({ 'А район': { ...ORGS, indicators: { 3: { prev: 0, cur: 0 } } } }, indicators);
    expect(noteText(a)).toContain(expected);
  });

  test('a number with its noun agrees in the nominative', () => {
    const forms = ['муниципалитет', 'муниципалитета', 'муниципалитетов'] as const;
    expect(N.map((n) => countWith(n, forms))).toEqual([
      '1 муниципалитет',
      '2 муниципалитета',
      '5 муниципалитетов',
      '11 муниципалитетов',
      '21 муниципалитет',
      '111 муниципалитетов',
    ]);
  });

  test('the count of participants: «все 11 муниципалитетов», «все 21 муниципалитет», one named', () => {
    const reports = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`Участник ${i + 1}`, ORGS]));
    expect(noteText(tiny(reports(1)))).toContain('В Мониторинге приняли участие: Участник 1.');
    expect(noteText(tiny(reports(11)))).toContain('все 11 муниципалитетов');
    expect(noteText(tiny(reports(21)))).toContain('все 21 муниципалитет.');
  });
});

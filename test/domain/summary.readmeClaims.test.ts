// The README's headline claims about the bundled Tomsk sample («What the sample shows»), asserted literally.
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { sampleGrids, workbookGrids } from '../helpers/grids';
import { indicatorOf, noteText, rowOf } from '../helpers/tiny';

// Analysed once per file, when a test of it runs (mutation testing loads every file but runs only some tests).
let a: Analysis;
beforeAll(() => {
  const g = sampleGrids();
  a = analyze(g.settingsValues, g.tabs);
});
const text = () => noteText(a);

test('184 of 289 is 63,67 % (the published note truncated it to 63,66 %); 219 of 289 is 75,78 %', () => {
  expect(text()).toContain('184 из 289 общеобразовательных организаций (63,67 %)');
  expect(text()).toContain('219 из 289 общеобразовательных организаций (75,78 %)');
});

test("ЗАТО Северск's impossible 4 of 1 is left out: «работодатель–ученик» in ДО is 6 of 61, 9,84 %", () => {
  expect(text()).toContain('6 из 61 организации дополнительного образования (9,84 %)');
  expect(a.summary.forms.forms.employer_student.additional.leftOut).toEqual(['ЗАТО Северск']);
});

test('indicator 1 leaders above 50 %: six municipalities, Кожевниковский and Кривошеинский included', () => {
  expect([...indicatorOf(a, '1').groups.leaders].sort()).toEqual([
    'Бакчарский район',
    'Кожевниковский район',
    'Колпашевский район',
    'Кривошеинский район',
    'Молчановский район',
    'г. Томск',
  ]);
});

test('indicator 2 leaders: г.о. Стрежевой, Шегарский and Кожевниковский районы; Кривошеинский at 50 % is not above 50 %', () => {
  expect(indicatorOf(a, '2').groups.leaders).toEqual(['г.о. Стрежевой', 'Шегарский район', 'Кожевниковский район']);
  expect(rowOf(a, '2', 'Кривошеинский район')).toMatchObject({ cur: 50, status: 'выполнен' });
  expect(text()).toContain(
    'Муниципалитеты-лидеры, за счёт которых в том числе достигнут региональный результат (значение показателя в 2021 г. выше 50 %): г.о. Стрежевой (66,7 %), Шегарский район (55,4 %) и Кожевниковский район (52 %).',
  );
});

test('indicator 6: Кривошеинский район fell 529 → 510, five rose from 0 (to be clarified), so 14 of 15 (93,3 %) held or grew', () => {
  const ind = indicatorOf(a, '6');
  expect(ind.groups.fell).toEqual(['Кривошеинский район']);
  expect(ind.groups.unclear).toEqual(['г.о. Стрежевой', 'Асиновский район', 'Каргасокский район', 'г. Кедровый', 'Молчановский район']);
  expect(rowOf(a, '6', 'Кривошеинский район')).toMatchObject({ prev: 529, cur: 510, trend: 'снижение' });
  expect([ind.heldOrGrew, ind.comparable, ind.heldOrGrewShare]).toEqual([14, 15, 93.33]);
  expect(text()).toContain(
    '14 из 15 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. Значение показателя снизилось: Кривошеинский район (с 529 до 510 обучающихся, или на 3,6 %).',
  );
});

test('indicator 3: 0 → 0 is not «held» (ten municipalities left out), Кривошеинский 3 → 0, г. Кедровый 0 → 6 and the enterprises that disagree with their representatives are to be clarified; all 5 others held or grew', () => {
  const ind = indicatorOf(a, '3');
  expect(ind.groups.zeroBoth).toHaveLength(10);
  expect([...ind.groups.held].sort()).toEqual(['Зырянский район', 'Кожевниковский район']);
  expect(ind.groups.grew).toEqual(['Колпашевский район', 'Томский район', 'Чаинский район']);
  expect(ind.groups.fell).toEqual([]);
  expect([...ind.groups.unclear].sort()).toEqual(
    ['ЗАТО Северск', 'Асиновский район', 'Бакчарский район', 'Кривошеинский район', 'Шегарский район', 'г. Кедровый', 'г. Томск'].sort(),
  );
  expect([ind.heldOrGrew, ind.comparable, ind.heldOrGrewShare]).toEqual([5, 5, 100]);
  expect(text()).toContain(
    'Все 5 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. (без учёта 8 муниципалитетов с нулевым значением в оба года).',
  );
});

test('indicator 7: г. Томск 3 → 136 is not the largest growth, since in 2020 it gave 6 enterprises and 3 representatives', () => {
  const ind = indicatorOf(a, '7');
  expect(ind.largestGrowth).toEqual({ unit: 'Колпашевский район', change: 11, changePercent: 73.33 });
  expect(ind.mismatches.filter((m) => m.unit === 'г. Томск')).toEqual([
    { unit: 'г. Томск', year: 2020, representatives: '7', organisations: '3', people: 3, orgs: 6 },
  ]);
});

test('indicators 1 and 2: the published regional values 25,25 / 29,05 % and 17,2 / 26,03 % are stated and judged; the plain mean of 20 shares (42,15 % and 25,02 %) only without them, «справочно»', () => {
  expect(indicatorOf(a, '1').region.prev).toMatchObject({ value: 25.25, method: 'official', met: true });
  expect(indicatorOf(a, '1').region.cur).toMatchObject({ value: 29.05, method: 'official', met: true, mean: 42.15, unitsWithCounts: 0 });
  expect(indicatorOf(a, '2').region.prev).toMatchObject({ value: 17.2, method: 'official', met: true });
  expect(indicatorOf(a, '2').region.cur).toMatchObject({ value: 26.03, method: 'official', met: true, mean: 25.02, unitsWithCounts: 0 });
  expect(text()).toContain(
    'В 2021 г. плановый показатель составлял 20 %, фактически достигнутый результат (официальное значение) — 29,05 %; план выполнен.',
  );
  const g = sampleGrids();
  const settings = { ...g.settings, indicators: g.settings.indicators.map((i) => ({ ...i, official: {} })) };
  const w = workbookGrids(settings, g.reports);
  const bare = analyze(w.settingsValues, w.tabs);
  expect(indicatorOf(bare, '2').region.cur).toMatchObject({ mean: 25.02, method: 'mean', unitsWithData: 20, met: null });
  expect(noteText(bare)).toContain(
    'Справочно: среднее арифметическое долей 20 муниципалитетов — 34,78 % в 2020 г. и 42,15 % в 2021 г.; оно не учитывает численность обучающихся.',
  );
  expect(noteText(bare)).toContain(
    'Справочно: среднее арифметическое долей 20 муниципалитетов — 16,23 % в 2020 г. и 25,02 % в 2021 г.; оно не учитывает численность обучающихся.',
  );
});

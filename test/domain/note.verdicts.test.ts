// No verdict without a target: with no minimum for a unit (settings filled from the data files only), Table 3 never marks
// a count «выполнен», zero counts are a named tier, and every zero gets a recommendation. No data is one thing, however typed.
import { importCsvFolder } from '../../src/local/csvImport';
import { status } from '../../src/domain/formulas';
import { noteTables } from '../../src/domain/noteTables';
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { noteText, tiny } from '../helpers/tiny';

const FORM = { teacher_student: { general: 1, additional: 1 } };

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const textOf = (a: ReturnType<typeof analyze>) => plain(a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n'));
/** Table 3's unit rows of one indicator as [unit, previous, current, status]. */
const table3Rows = (a: ReturnType<typeof analyze>, id: string) =>
  noteTables(a.settings, a.summary)
    .find((t) => t.number === '3')!
    .body.filter((r) => r[0].text.startsWith(`${id}.`) && r[0].text !== `${id}.`)
    .map((r) => r.slice(1).map((c) => plain(c.text)));

describe('region D: data/north-2024 with no minimum and no leader threshold, as a catalogue of the data files gives', () => {
  const { settings, reports } = importCsvFolder('data/north-2024');
  settings.indicators = settings.indicators.map((i) => ({ ...i, minimum: null, leaderAbove: null, representativesOf: '' }));
  const g = workbookGrids(settings, reports);
  const a = analyze(g.settingsValues, g.tabs);
  const text = textOf(a);

  test('Table 3 judges no count without a target: 0 → 0 is «нулевое значение», 0 → 1 «требует уточнения», others «цель не установлена»', () => {
    expect(table3Rows(a, '3')).toEqual([
      ['г. Полярный', '8', '12', 'цель не установлена'],
      ['Заречный район', '0', '0', 'нулевое значение'],
      ['Лесной район', '0', '1', 'требует уточнения'],
      ['Озёрный район', '1', '2', 'цель не установлена'],
      ['г.о. Приморский', '3', '6', 'цель не установлена'],
    ]);
    // The custom formula STATUS of the sheets gives the same words: one rule.
    expect(status(a.settings, 0, '3', 2024, 0)).toBe('нулевое значение');
    expect(status(a.settings, 12, '3', 2024, 8)).toBe('цель не установлена');
  });

  test('the zero tier is named, with a recommendation for its units, for a count and for dynamics', () => {
    expect(text).toContain('Нулевые результаты — у 1 муниципалитета: Заречный район.');
    expect(text).toContain(
      'Муниципалитетам с нулевым результатом (Заречный район) рекомендуется обеспечить привлечение предприятий (организаций) к реализации программ наставничества к 1 сентября 2025 г.',
    );
    expect(text).toContain('Нулевые результаты — у 2 муниципалитетов: Заречный и Лесной районы.');
    expect(text).toContain(
      'Муниципалитетам с нулевым результатом (Заречный и Лесной районы) рекомендуется обеспечить положительную динамику числа представителей предприятий (организаций), вовлеченных в качестве наставников для обучающихся.',
    );
  });

  test('the three zero municipalities get addressed measures, in the list and in their own recommendation', () => {
    expect(text).toContain(
      '4. Обеспечить привлечение предприятий (организаций) к реализации программ наставничества к 1 сентября 2025 г. (показатель «число предприятий (организаций) — партнёров»: нулевое значение в 2024 г.) — муниципалитету: Заречный район.',
    );
    expect(text).toContain(
      '6. Обеспечить положительную динамику числа представителей предприятий (организаций), вовлеченных в качестве наставников для обучающихся, — муниципалитетам: Заречный и Лесной районы.',
    );
    const lesnoy = a.recommendations.find((r) => r.unit === 'Лесной район')!;
    expect(lesnoy.below.map(plain)).toContain('«число представителей предприятий — наставников»: 0 в 2024 г.');
    expect(plain(lesnoy.text)).toContain('обеспечить положительную динамику показателя «число представителей предприятий — наставников»');
  });
});

test('with the minimum of the settings (data/north-2024 as shipped) a count at or above it is «выполнен», a zero «ниже минимума»', () => {
  const { settings, reports } = importCsvFolder('data/north-2024');
  const g = workbookGrids(settings, reports);
  const a = analyze(g.settingsValues, g.tabs);
  expect(table3Rows(a, '3').map((r) => r[3])).toEqual(['лидер', 'ниже минимума', 'требует уточнения', 'выполнен', 'лидер']);
});

test('an empty indicator cell and «нет данных» mean the same (the «Инструкция»): both reports are presented not in full', () => {
  const full = { 1: { prev: 5, cur: 6 }, 3: { prev: 1, cur: 2 }, 7: { prev: 6, cur: 7 } };
  const a = tiny({
    'Пустой район': { orgs: { general: 2, additional: 1 }, forms: FORM, indicators: { ...full, 5: { cur: 10 } } },
    'Нет данных район': { orgs: { general: 2, additional: 1 }, forms: FORM, indicators: { ...full, 5: { prev: 'нет данных', cur: 10 } } },
    'Полный район': { orgs: { general: 2, additional: 1 }, forms: FORM, indicators: { ...full, 5: { prev: 8, cur: 10 } } },
  });
  expect(a.summary.completeness.map((c) => [c.unit, c.state])).toEqual([
    ['Пустой район', 'partial'],
    ['Нет данных район', 'partial'],
    ['Полный район', 'complete'],
  ]);
  const text = noteText(a);
  expect(text).toContain('Отчёты представлены не в полном объёме: Пустой и Нет данных районы.');
  expect(text).toContain('Представить недостающие сведения в отчёте — муниципалитетам: Пустой и Нет данных районы.');
  expect(text).toContain('Не учтены муниципалитеты, представившие данные только за один год: Пустой и Нет данных районы.');
});

// `npm start` (sample) shows the school → municipality → region chain: г. Кедровый's made-up schools built, its file for the
// region written as «Передать в регион» writes it, collected into the Tomsk sample with the region's figures unchanged.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder } from '../../src/local/csvImport';
import { changedFigures } from '../../src/local/regionFile';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { runMain } from '../helpers/cliInProcess';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-chain-'));
const handedIn = join(dir, 'kedrovy', 'г. Кедровый — отчёт для региона 2021.xlsx');
let printed: string[];

beforeAll(async () => {
  const r = await runMain('sample', '--out', dir);
  expect(r.code).toBe(0);
  printed = r.out.split('\n');
});

test('the school-level sample sums exactly to г. Кедровый of the Tomsk sample', () => {
  const schools = importCsvFolder('data/kedrovy-2021');
  const region = importCsvFolder('data/tomsk-2021').reports['г. Кедровый'];
  expect(schools.settings).toMatchObject({ level: 'municipality', regionName: 'г. Кедровый', reportYear: 2021 });
  const sum = (f: (r: (typeof schools.reports)[string]) => unknown) =>
    Object.values(schools.reports).reduce((a, r) => a + Number(f(r) ?? 0), 0);
  for (const key of ['student_student', 'teacher_student', 'university_student', 'employer_student'])
    expect(sum((r) => r.forms?.[key]?.general)).toBe(region.forms![key].general);
  // Shares weighed from the pupil counts: Σ involved / Σ total, the published percentage of г. Кедровый.
  for (const id of ['1', '2'])
    for (const [involved, total, year] of [
      ['involvedPrev', 'totalPrev', 'prev'],
      ['involvedCur', 'totalCur', 'cur'],
    ] as const)
      expect((100 * sum((r) => r.indicators?.[id]?.[involved])) / sum((r) => r.indicators?.[id]?.[total])).toBe(
        region.indicators![id][year],
      );
  // Enterprises and their representatives repeat across schools: the municipality's own distinct counts are the published ones.
  const distinct = Object.fromEntries(schools.settings.indicators.map((i) => [i.id, i.official]));
  expect([distinct['3'], distinct['7']]).toEqual([
    { 2020: region.indicators!['3'].prev, 2021: region.indicators!['3'].cur },
    { 2020: region.indicators!['7'].prev, 2021: region.indicators!['7'].cur },
  ]);
  for (const id of ['5', '6', '8']) {
    expect(sum((r) => r.indicators?.[id]?.prev)).toBe(region.indicators![id].prev);
    expect(sum((r) => r.indicators?.[id]?.cur)).toBe(region.indicators![id].cur);
  }
});

test('npm start says what the municipality hands in and that the region’s figures are the same after collecting it', () => {
  const at = printed.indexOf('Уровень школ: пример г. Кедровый (школы выдуманные), его файл для региона собран в таблицу области');
  expect(printed.slice(at + 1, at + 10)).toEqual([
    '  единиц отчёта (школ): 2',
    '  Сводка построена: 2 школы, ошибок 0, предупреждений 10.',
    '  Передаётся в регион: отчёт муниципалитета «г. Кедровый» за 2021 год, сведены данные 2 из 2 школ.',
    '  Все сведения представлены без ошибок: в таблице региона отчёт будет отмечен как готовый.',
    '  Показатель 3, 2020 год: без повторов 0, по организациям в сумме 0.',
    '  Показатель 3, 2021 год: без повторов 6, по организациям в сумме 7.',
    '  Показатель 7, 2020 год: без повторов 0, по организациям в сумме 0.',
    '  Показатель 7, 2021 год: без повторов 0, по организациям в сумме 0.',
    '  Цепочка сходится: показатели области после сбора файла г. Кедровый те же, что в примере.',
  ]);
  for (const f of ['kedrovy.xlsx', 'summary.xlsx', 'note.docx']) expect(existsSync(join(dir, 'kedrovy', f))).toBe(true);
  expect(existsSync(handedIn)).toBe(true);
});

test('the comparison sees a changed figure: г. Кедровый’s value off by one moves the region’s indicator', async () => {
  const collected = join(dir, 'region-collected.xlsx');
  const ss = await loadXlsx(collected);
  const tab = ss.getSheetByName('г. Кедровый')!;
  const keys = tab
    .getRange(1, 1, tab.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  // The row of indicator № 6 (its key in the hidden column A), its 2021 value in column D: 19 → 20.
  tab.getRange(keys.indexOf('ind:6:value') + 1, 4).setValue(20);
  const edited = join(dir, 'region-edited.xlsx');
  await saveXlsx(ss, edited);
  // The region's sum of № 6 in 2021 (58 257 with г. Кедровый's 19), grouped with a no-break space.
  expect(await changedFigures(collected, edited)).toEqual(['показатель 6, 2021: 58\u00a0257 → 58\u00a0258']);
});

test('the municipality’s note on its two schools reads as the department writes: «обе школы», one form not run by one school, ties not split', async () => {
  const { extractRawText } = await import('mammoth');
  const text = (await extractRawText({ path: join(dir, 'kedrovy', 'note.docx') })).value.replace(/\s+/g, ' ');
  expect(text).toContain('В Мониторинге приняли участие обе школы.');
  expect(text).toContain('Обе школы сохранили или увеличили значение показателя по сравнению с 2020 г.');
  // Read from the schools' tabs as the CSV files filled them: the answers, then the people of the one school running it.
  expect(text).toContain(
    'Форму «студент–ученик» реализует 1 из 2 общеобразовательных организаций (50 %). Не реализует форму: Школа в с. Лесное. ' +
      'Целевое значение 50 % на 1 января 2023 г. уже достигнуто. ' +
      'В реализации формы участвуют 2 наставника и 6 наставляемых, сформированы 2 наставнические пары (группы).',
  );
  // The documents typed in school_documents.csv, through the schools' tabs: which school lacks which, and the measure.
  expect(text).toContain(
    'Отсутствуют документы программы наставничества: «Дорожная карта» — Школа в с. Лесное; «База наставляемых» — Школа в с. Лесное.',
  );
  expect(text).toContain(
    'Школа в с. Лесное: активизировать реализацию формы наставничества «студент–ученик»; разработать и утвердить к 1 января 2023 г. документы «Дорожная карта» и «База наставляемых»',
  );
  // Three forms at 100 % and one at 50 %: the three lead together and are «most», never one of them «least».
  expect(text).toContain(
    'Наибольшая доля общеобразовательных организаций (100 %) реализует формы «ученик–ученик», «учитель–ученик» и «работодатель–ученик», далее следует «студент–ученик» (50 %).',
  );
  expect(text).toContain(
    'Наиболее распространены в общеобразовательных организациях формы наставничества «ученик–ученик», «учитель–ученик» и «работодатель–ученик», наименее — «студент–ученик».',
  );
  // The organiser of «Настройки» is typed in lower case; the sentence it opens starts with a capital.
  expect(text).toContain('Муниципальный координатор программ наставничества г. Кедрового рекомендует');
  // No organisation of additional education in г. Кедровый: no empty table for them, the one table is «Таблица 2».
  expect(text).not.toContain('Таблица 2б');
  expect(text).toContain('Таблица 2 Общеобразовательные организации, реализующие формы наставничества');
});

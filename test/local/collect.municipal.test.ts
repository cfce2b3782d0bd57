// `collect` takes a municipality's own workbook (its units: schools) as that municipality's return: rolled up into its tab,
// with what is missing named; the region's build then gives the figures of the same data typed at the municipal level.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/domain/model';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { type Analysis, analyze } from '../../src/workbook/analyze';
import { saveWorkbook, fingerprints } from '../helpers/campaign';
import { runMain } from '../helpers/cliInProcess';
import { workbookGrids } from '../helpers/grids';
import { BY_HAND, CITY_A, CITY_A_REPORTS, CITY_B, CITY_B_REPORTS, municipalSettings, REGION } from '../helpers/levels';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-levels-'));
const region = join(dir, 'область.xlsx');
const cityA = join(dir, 'Город А.xlsx');
const cityB = join(dir, 'Город Б.xlsx');

async function analysed(path: string): Promise<Analysis> {
  const ss = await loadXlsx(path);
  const tabs = ss.sheetsInternal().map((s) => ({ name: s.nameInternal(), values: s.getDataRange().getValues() as CellValue[][] }));
  return analyze(tabs.find((t) => t.name === 'Настройки')!.values, tabs);
}

beforeAll(async () => {
  await saveWorkbook(region, REGION);
  await saveWorkbook(cityA, CITY_A, CITY_A_REPORTS);
  await saveWorkbook(cityB, CITY_B, CITY_B_REPORTS);
});

test('two municipalities’ workbooks rolled up: each tab holds the sums and weighted shares computed by hand', async () => {
  const out = join(dir, 'собрано.xlsx');
  const before = fingerprints([cityA, cityB]);
  const r = await runMain('collect', region, cityA, cityB, '--out', out);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')).toEqual([
    // 17 cells: organisations (2), the form and its examples (3), the share's counts (4), № 3 and № 7 with their checks
    // (3 + 3), № 5 (2).
    `${cityA} → Город А (таблица муниципалитета, сведены её единицы): изменено ячеек 17; состояние после проверки: заполняется.`,
    '  по 1 из 4 школ сведения не представлены: Школа № 3.',
    '  есть ошибки у 1 из 4 школ (ошибочные ячейки в сумму не вошли): Школа № 2.',
    '  показатель 1: без числа обучающихся, только процент, — ДДТ; в долю муниципалитета не вошли.',
    '  показатель 3, 2020 год: без повторов 4, по организациям в сумме 3.',
    '  показатель 3, 2021 год: без повторов 5, по организациям в сумме 6.',
    '  показатель 7, 2020 год: без повторов 6, по организациям в сумме 4.',
    '  показатель 7, 2021 год: без повторов 9, по организациям в сумме 7.',
    // Every school of Город Б reported without errors: «Отчёт готов» is ticked too (17).
    `${cityB} → Город Б (таблица муниципалитета, сведены её единицы): изменено ячеек 17; состояние после проверки: сдан.`,
    '  показатель 3, 2020 год: без повторов 1, по организациям в сумме 2.',
    '  показатель 3, 2021 год: без повторов 2, по организациям в сумме 3.',
    '  показатель 7, 2020 год: без повторов 2, по организациям в сумме 3.',
    '  показатель 7, 2021 год: без повторов 3, по организациям в сумме 4.',
    'Взято файлов: 2 из 2. Ход сбора: сдали 1 из 2; заполняется — 1; сдан — 1',
    `Таблица записана: ${out}`,
  ]);
  expect(fingerprints([cityA, cityB])).toEqual(before);

  // The same figures typed by hand into the region's tabs: the collected workbook reads as the same values, and its build
  // gives the same regional figures.
  const collected = await analysed(out);
  const g = workbookGrids(REGION, BY_HAND);
  const typed = analyze(g.settingsValues, g.tabs);
  const unitValues = (a: Analysis) => a.units.map((u) => [u.unit.name, u.orgs, u.forms, u.indicators, u.comments]);
  expect(unitValues(collected)).toEqual(unitValues(typed));
  const figures = (a: Analysis) => [a.summary.forms.totals, a.summary.forms.forms, a.summary.indicators.map((i) => [i.id, i.region])];
  expect(figures(collected)).toEqual(figures(typed));
  expect(collected.summary.forms.forms.teacher_student.general).toMatchObject({ count: 3, total: 5, share: 60 });
  expect(collected.summary.indicators.find((i) => i.id === '1')!.region.cur).toMatchObject({ involved: 135, total: 700 });
});

test('a municipality the region does not list, another year, a region’s own workbook: each refused with its reason', async () => {
  const stranger = join(dir, 'Город В.xlsx');
  await saveWorkbook(stranger, municipalSettings('Город В', [['Школа № 9', 'Школа']], {}), {});
  const lastYear = join(dir, 'Город Б 2020.xlsx');
  await saveWorkbook(lastYear, { ...CITY_B, reportYear: 2020, previousYear: 2019 }, CITY_B_REPORTS);
  const copy = join(dir, 'область-копия.xlsx');
  await saveWorkbook(copy, REGION);
  const nameless = join(dir, 'без названия.xlsx');
  await saveWorkbook(nameless, { ...CITY_B, regionName: '' }, CITY_B_REPORTS);
  const refused = await runMain('collect', region, stranger, lastYear, copy, nameless, '--out', join(dir, 'отказ.xlsx'));
  expect(refused.code).toBe(1);
  expect(refused.out.split('\n').slice(0, 5)).toEqual([
    `${stranger}: не взят — единицы «Город В» нет в списке единиц отчёта на вкладке «Настройки».`,
    `${lastYear}: не взят — файл за 2020 год, а отчётный год таблицы — 2021.`,
    `${copy}: не взят — это таблица уровня «регион» (вкладка «Настройки»); принимаются таблица муниципалитета (уровень «муниципалитет») и файлы единиц, сделанные командой split.`,
    `${nameless}: не взят — в таблице муниципалитета на вкладке «Настройки» не указано название муниципалитета (строка «Регион (как в тексте: «Томская область»)»).`,
    'Взято файлов: 0 из 4, не взято из-за ошибок: 4. Ход сбора: сдали 0 из 2; не начат — 2',
  ]);
});

test('a municipality’s workbook whose «Настройки» list no unit is refused with the check’s reason', async () => {
  const ss = await loadXlsx(cityB);
  const sheet = ss.getSheetByName('Настройки')!;
  const rows = sheet.getDataRange().getValues();
  for (const name of ['Лицей № 1', 'Гимназия № 2']) sheet.getRange(rows.findIndex((r) => r[1] === name) + 1, 2).setValue('');
  const empty = join(dir, 'Город Б без школ.xlsx');
  await saveXlsx(ss, empty);
  const r = await runMain('collect', region, empty, '--out', join(dir, 'без школ итог.xlsx'));
  expect(r.out.split('\n')[0]).toBe(
    `${empty}: не взят — таблица муниципалитета не читается: в таблице «Единицы отчёта» на вкладке «Настройки» нет ни одной единицы.`,
  );
});

test('a municipality’s workbook is not collected into another municipality’s', async () => {
  const municipal = join(dir, 'Город Б как сборщик.xlsx');
  await saveWorkbook(municipal, {
    ...CITY_B,
    units: [...CITY_B.units, { ...CITY_B.units[0], name: 'Город А', tab: 'Город А', settingsRow: 3 }],
  });
  const r = await runMain('collect', municipal, cityA, '--out', join(dir, 'не туда.xlsx'));
  expect(r.code).toBe(1);
  expect(r.out.split('\n')[0]).toBe(
    `${cityA}: не взят — таблица муниципалитета принимается таблицей региона, а у этой таблицы на вкладке «Настройки» уровень «муниципалитет».`,
  );
});

test('forms and indicators of the region the municipality does not keep are named, their rows left as they were', async () => {
  const fewer = join(dir, 'Город Б без показателя 5.xlsx');
  const settings = { ...CITY_B, indicators: CITY_B.indicators.filter((i) => i.id !== '5') };
  await saveWorkbook(fewer, settings, CITY_B_REPORTS);
  const r = await runMain('collect', region, fewer, '--out', join(dir, 'без 5.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out.split('\n').slice(0, 2)).toEqual([
    // 17 of the full workbook less № 5's two years and «Отчёт готов»: a row left empty is not a report ready.
    `${fewer} → Город Б (таблица муниципалитета, сведены её единицы): изменено ячеек 14; состояние после проверки: заполняется.`,
    '  показателей № 5 в таблице муниципалитета нет — эти строки не заполнены.',
  ]);
});

// «Передать в регион» end to end in Node: the data the dialog gets from the bundle's global, the .xlsx its writer makes
// (the same regionXlsx the browser runs), and the region's `collect` taking that file as the municipality's return.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue, Settings } from '../../src/domain/model';
import type { RegionHandoff } from '../../src/domain/regionHandoff';
import { regionXlsx } from '../../src/documents/regionXlsx';
import { loadXlsx } from '../../src/local/runtime';
import type { ReportValues } from '../../src/workbook/importer';
import { type Analysis, analyze } from '../../src/workbook/analyze';
import { fingerprints, readWorkbook, saveWorkbook } from '../helpers/campaign';
import { workbookSession } from '../helpers/bundle';
import { runMain } from '../helpers/cliInProcess';
import { workbookGrids } from '../helpers/grids';
import { BY_HAND, CITY_A, CITY_A_REPORTS, CITY_B, CITY_B_REPORTS, REGION } from '../helpers/levels';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-handoff-'));
const region = join(dir, 'область.xlsx');

/** The file the dialog would save: the bundle's regionHandoff global, then the page's own writer. */
function handedIn(settings: Settings, reports: Record<string, ReportValues>, file: string): RegionHandoff {
  const data = workbookSession(settings, reports).globals.regionHandoff() as RegionHandoff;
  writeFileSync(join(dir, file), regionXlsx(data));
  return data;
}

async function analysed(path: string): Promise<Analysis> {
  const ss = await loadXlsx(path);
  const tabs = ss.sheetsInternal().map((s) => ({ name: s.nameInternal(), values: s.getDataRange().getValues() as CellValue[][] }));
  return analyze(tabs.find((t) => t.name === 'Настройки')!.values, tabs);
}

beforeAll(async () => {
  await saveWorkbook(region, REGION);
  handedIn(CITY_A, CITY_A_REPORTS, 'Город А.xlsx');
  handedIn(CITY_B, CITY_B_REPORTS, 'Город Б.xlsx');
});

test('the region collects the two files: each tab holds the sums and shares by hand, the build the same figures', async () => {
  const [a, b, out] = [join(dir, 'Город А.xlsx'), join(dir, 'Город Б.xlsx'), join(dir, 'собрано.xlsx')];
  const before = fingerprints([a, b]);
  const r = await runMain('collect', region, a, b, '--out', out);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')).toEqual([
    // The same 17 cells and the same notes as from the municipality's own workbook (test/local/collectMunicipal.test.ts).
    `${a} → Город А (файл муниципалитета для региона): изменено ячеек 17; состояние после проверки: заполняется.`,
    '  по 1 из 4 школ сведения не представлены: Школа № 3.',
    '  есть ошибки у 1 из 4 школ (ошибочные ячейки в сумму не вошли): Школа № 2.',
    '  показатель 1: без числа обучающихся, только процент, — ДДТ; в долю муниципалитета не вошли.',
    '  показатель 3, 2020 год: без повторов 4, по организациям в сумме 3.',
    '  показатель 3, 2021 год: без повторов 5, по организациям в сумме 6.',
    '  показатель 7, 2020 год: без повторов 6, по организациям в сумме 4.',
    '  показатель 7, 2021 год: без повторов 9, по организациям в сумме 7.',
    `${b} → Город Б (файл муниципалитета для региона): изменено ячеек 17; состояние после проверки: сдан.`,
    '  показатель 3, 2020 год: без повторов 1, по организациям в сумме 2.',
    '  показатель 3, 2021 год: без повторов 2, по организациям в сумме 3.',
    '  показатель 7, 2020 год: без повторов 2, по организациям в сумме 3.',
    '  показатель 7, 2021 год: без повторов 3, по организациям в сумме 4.',
    'Взято файлов: 2 из 2. Ход сбора: сдали 1 из 2; заполняется — 1; сдан — 1',
    `Таблица записана: ${out}`,
  ]);
  expect(fingerprints([a, b])).toEqual(before);
  const collected = await analysed(out);
  const g = workbookGrids(REGION, BY_HAND);
  const typed = analyze(g.settingsValues, g.tabs);
  const unitValues = (x: Analysis) => x.units.map((u) => [u.unit.name, u.orgs, u.forms, u.indicators, u.comments]);
  expect(unitValues(collected)).toEqual(unitValues(typed));
  expect(collected.summary.indicators.find((i) => i.id === '1')!.region.cur).toMatchObject({ involved: 135, total: 700 });
});

test('the file opens in a spreadsheet program: a readable sheet of what is handed in, the mark very hidden', async () => {
  const wb = await readWorkbook(join(dir, 'Город А.xlsx'));
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['Отчёт для региона', 'visible'],
    ['__mentor_monitor_return__', 'veryHidden'],
  ]);
  const sheet = wb.worksheets[0];
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(row(1)).toEqual(['Отчёт муниципалитета «Город А» для региона, 2021 год']);
  expect(row(3)).toEqual(['Передаётся в регион: отчёт муниципалитета «Город А» за 2021 год, сведены данные 3 из 4 школ.']);
  expect(row(15)).toEqual(['Реализуют форму «учитель–ученик»', 1, 1]);
  expect(row(18)).toEqual(['1. Доля вовлечённых обучающихся, %', '40 из 400', '80 из 500']);
});

test('a file whose hidden values were edited by hand, or of another year, is refused with its reason', async () => {
  const wb = await readWorkbook(join(dir, 'Город Б.xlsx'));
  const mark = wb.getWorksheet('__mentor_monitor_return__')!;
  mark.eachRow((r) => {
    const v = r.getCell(2).value;
    if (r.getCell(1).value === 'payload') r.getCell(2).value = String(v).replace('"general":2', '"general":20');
  });
  const edited = join(dir, 'Город Б правка.xlsx');
  await wb.xlsx.writeFile(edited);
  handedIn({ ...CITY_B, reportYear: 2020, previousYear: 2019 }, CITY_B_REPORTS, 'Город Б 2020.xlsx');
  const lastYear = join(dir, 'Город Б 2020.xlsx');
  const r = await runMain('collect', region, edited, lastYear, '--out', join(dir, 'отказ.xlsx'));
  expect(r.code).toBe(1);
  expect(r.out.split('\n').slice(0, 2)).toEqual([
    `${edited}: не взят — служебная отметка файла для региона повреждена или изменена вручную (контрольная сумма не сходится) — попросите муниципалитет передать файл заново.`,
    `${lastYear}: не взят — файл за 2020 год, а отчётный год таблицы — 2021.`,
  ]);
});

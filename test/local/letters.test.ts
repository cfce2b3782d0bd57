// `mentor-monitor letters` as a user runs it on the Tomsk sample: one Word file per unit, each read back with mammoth — the
// frame, the headings, the unit's figure against the region and its place computed here from the sample's CSV.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { template } from '../../src/local/cli';
import { runMain } from '../helpers/cliInProcess';
import { docxTables, docxText, flat } from '../helpers/docx';

const dir = mkdtempSync(join(tmpdir(), 'mm-letters-'));
const input = join(dir, 'sample.xlsx');
const out = join(dir, 'письма');
let printed: string;
let code: number | Error;
let before: Buffer;

beforeAll(async () => {
  await template(input, 'data/tomsk-2021');
  before = readFileSync(input);
  ({ code, out: printed } = await runMain('letters', input, '--out', out));
}, 60_000);

test('one letter per unit, one line per letter written, the workbook untouched', () => {
  expect(code).toBe(0);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(20);
  expect(files).toContain('Письмо — Асиновский район.docx');
  expect(files).toContain('Письмо — г. Томск.docx');
  const lines = printed.split('\n').filter((l) => l.startsWith('  '));
  expect(lines).toHaveLength(20);
  expect(lines).toContain(`  ${join(out, 'Письмо — Асиновский район.docx')} — Асиновский район`);
  expect(printed).toContain('Записано писем: 20 — по одному каждой единице отчёта.');
  expect(readFileSync(input).equals(before)).toBe(true);
});

test('the letter reads back with the note’s frame, its headings, and the unit’s figure against the region and its place', async () => {
  const docx = readFileSync(join(out, 'Письмо — Асиновский район.docx'));
  const paragraphs = (await docxText(docx)).split(/\n+/).map(flat).filter(Boolean);
  expect(paragraphs.slice(0, 5)).toEqual([
    'Департамент общего образования Томской области',
    'Асиновский район',
    '________ № ________',
    'Об итогах мониторинга',
    'Итоги мониторинга за 2021 г.',
  ]);
  for (const heading of [
    'Показатели эффективности реализации программы «Развитие наставничества в системе общего образования Томской области на 2020–2024 годы»',
    'Показатели, требующие внимания',
    'Рекомендации',
  ])
    expect(paragraphs).toContain(heading);
  expect(paragraphs).toContain('Начальник департамента И. О. Фамилия');

  // Indicator 1's region figure is the published value the sample ships in its catalogue; the place counts the units with
  // a higher share.
  const catalog = parse(readFileSync('data/tomsk-2021/indicator_catalog.csv'), { columns: true }) as Array<Record<string, string>>;
  const official = catalog.find((r) => r.id === '1')!.official_2021.replace('.', ',');
  const rows = parse(readFileSync('data/tomsk-2021/indicators_2020_2021.csv'), { columns: true }) as Array<Record<string, string>>;
  const shares = rows
    .filter((r) => r.indicator === '1' && r.value_2021 !== '')
    .map((r) => ({ unit: r.municipality, v: Number(r.value_2021) }));
  const mine = shares.find((s) => s.unit === 'Асиновский район')!.v;
  const place = 1 + shares.filter((s) => s.v > mine).length;
  const table = (await docxTables(docx))[0];
  expect(table[0]).toEqual(['№', 'Показатель', '2020 г.', '2021 г.', 'По региону, 2021 г.', 'План 2021 г.', 'Минимум', 'Место']);
  expect(table[1]).toEqual([
    '1.',
    'Доля обучающихся 5-11 классов общеобразовательных организаций, вовлеченных в различные формы сопровождения и наставничества, %',
    '32 %',
    `${mine} %`,
    `Официальное значение: ${official} %`,
    '20 %',
    '—',
    `${place}-е место из ${shares.length}`,
  ]);
  expect(table[1][7]).toBe('13-е место из 20');
});

test('--out naming a file is refused in Russian, nothing written', async () => {
  const file = join(dir, 'занято.txt');
  writeFileSync(file, 'x');
  const r = await runMain('letters', input, '--out', file);
  expect(r.code).toBeInstanceOf(Error);
  expect((r.code as Error).message).toBe(`--out ${file}: это файл, а нужна папка для писем.`);
  expect(statSync(file).size).toBe(1);
});

test('a workbook without «Настройки»: the reason, exit code 2, no folder made', async () => {
  const broken = join(dir, 'без настроек.xlsx');
  const ss = await loadXlsx(input);
  ss.deleteSheet(ss.getSheetByName('Настройки')!);
  await saveXlsx(ss, broken);
  const target = join(dir, 'нет');
  const r = await runMain('letters', broken, '--out', target);
  expect(r.code).toBe(2);
  expect(r.out).toContain(
    'Письма не составлены: В таблице нет вкладки «Настройки». Создайте её меню «Наставничество → Подготовить таблицу».',
  );
  expect(() => statSync(target)).toThrow();
});

test('«на уточнении» and «Что уточнить» typed on «Ход сбора» (the desktop path) close that unit’s letter; others have none', async () => {
  const built = join(dir, 'сводка.xlsx');
  expect((await runMain('build', input, '--out', built)).code).toBe(0);
  const ss = await loadXlsx(built);
  const campaign = ss.getSheetByName('Ход сбора')!;
  const values = campaign.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === 'Асиновский район') + 1;
  const column = (header: string) => values[1].indexOf(header) + 1;
  campaign.getRange(row, column('Решение')).setValue('на уточнении');
  campaign.getRange(row, column('Что уточнить')).setValue('Укажите число наставников по форме «учитель–ученик»');
  const asked = join(dir, 'на уточнении.xlsx');
  await saveXlsx(ss, asked);
  const folder = join(dir, 'письма с уточнением');
  expect((await runMain('letters', asked, '--out', folder)).code).toBe(0);
  const paragraphs = async (unit: string) =>
    (await docxText(readFileSync(join(folder, `Письмо — ${unit}.docx`)))).split(/\n+/).map(flat).filter(Boolean);
  const asino = await paragraphs('Асиновский район');
  const at = asino.indexOf('Уточнение сведений');
  expect(asino.slice(at, at + 3)).toEqual([
    'Уточнение сведений',
    'Просим уточнить следующие сведения отчёта:',
    '1. Отчёт в целом — Укажите число наставников по форме «учитель–ученик».',
  ]);
  // The section is the letter's last, before the signature.
  expect(asino[at + 3]).toBe('Начальник департамента И. О. Фамилия');
  expect(await paragraphs('г. Томск')).not.toContain('Уточнение сведений');
});

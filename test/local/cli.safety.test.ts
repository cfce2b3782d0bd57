// The CLI keeps the user's files and terminal safe and is not stopped by Apps Script's clock: in process, on build/cli's code.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { InputError } from '../../src/local/inputError';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { runMain } from '../helpers/cliInProcess';
import { terminalText } from '../../src/local/terminalText';
import { declaredCells } from '../../src/local/xlsxSize';
import { countWith } from '../../src/domain/russian';
import { scaledCsvFolder } from '../helpers/scaledCsv';

const dir = mkdtempSync(join(tmpdir(), 'mm-safety-'));
const workbook = join(dir, 'отчёт.xlsx');

const cli = runMain;

beforeAll(async () => {
  expect((await cli('template', '--data', 'data/tomsk-2021', '--out', workbook)).code).toBe(0);
}, 60_000);

describe('an output never replaces an input, and two outputs never share a file', () => {
  const refused = async (argv: string[], message: string) => {
    const before = readFileSync(workbook);
    const r = await cli(...argv);
    expect(r.code).toBeInstanceOf(Error);
    expect(r.code).toBeInstanceOf(InputError);
    expect((r.code as Error).message).toBe(message);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  };

  test('check --json naming the workbook', () =>
    refused(
      ['check', workbook, '--json', workbook],
      `--json ${workbook}: это входной файл — он был бы перезаписан. Укажите в --json другой файл: входной файл не перезаписывается.`,
    ));

  test('build: --out, --json, --html and --docx naming the workbook, also by another path or through a link', async () => {
    const other = join(dir, 'sub', '..', 'отчёт.xlsx');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    await refused(
      ['build', workbook, '--out', other],
      `--out ${other}: это входной файл — он был бы перезаписан. Укажите в --out другой файл: входной файл не перезаписывается.`,
    );
    const link = join(dir, 'ссылка.xlsx');
    symlinkSync(workbook, link);
    await refused(
      ['build', workbook, '--out', join(dir, 'r.xlsx'), '--html', link],
      `--html ${link}: это входной файл — он был бы перезаписан. Укажите в --html другой файл: входной файл не перезаписывается.`,
    );
    await refused(
      ['build', workbook, '--out', join(dir, 'r.xlsx'), '--json', workbook],
      `--json ${workbook}: это входной файл — он был бы перезаписан. Укажите в --json другой файл: входной файл не перезаписывается.`,
    );
    await refused(
      ['build', workbook, '--out', join(dir, 'r.xlsx'), '--docx', workbook],
      `--docx ${workbook}: это входной файл — он был бы перезаписан. Укажите в --docx другой файл: входной файл не перезаписывается.`,
    );
  });

  test('build: two outputs naming one file', () =>
    refused(
      ['build', workbook, '--out', join(dir, 'r.xlsx'), '--json', join(dir, 'same'), '--html', join(dir, 'same')],
      `--json и --html указывают на один файл ${join(dir, 'same')}: второй записал бы поверх первого. Укажите разные файлы.`,
    ));

  test('tabs --out naming the workbook, and template --out naming a CSV file of its --data', async () => {
    await refused(
      ['tabs', workbook, '--out', workbook],
      `--out ${workbook}: это входной файл — он был бы перезаписан. Укажите в --out другой файл: входной файл не перезаписывается.`,
    );
    const data = join(dir, 'csv');
    scaledCsvFolder('data/tomsk-2021', 20, data);
    const forms = join(data, 'forms.csv');
    const before = readFileSync(forms);
    const r = await cli('template', '--data', data, '--out', forms);
    expect((r.code as Error).message).toBe(
      `--out ${forms}: это файл данных --data — он был бы перезаписан. Укажите в --out другой файл: входной файл не перезаписывается.`,
    );
    expect(readFileSync(forms).equals(before)).toBe(true);
  });
});

describe('the terminal shows control characters typed in a cell, never obeys them', () => {
  test('escapes, C1 controls and direction overrides become visible escapes; tabs, new lines and Russian stay', () => {
    expect(terminalText('а\u001b[2Jб')).toBe('а\\u001b[2Jб');
    expect(terminalText('\u009b2J\u0085\u007f')).toBe('\\u009b2J\\u0085\\u007f');
    expect(terminalText('г. Томск\u202eксмоТ')).toBe('г. Томск\\u202eксмоТ');
    expect(terminalText('\u2066x\u2069\u200f')).toBe('\\u2066x\\u2069\\u200f');
    expect(terminalText('строка 1\n\tстрока 2 «ё» № 5')).toBe('строка 1\n\tстрока 2 «ё» № 5');
  });

  test('check prints a finding whose value holds a C1 «clear screen» and a right-to-left override with both escaped', async () => {
    const ss = await loadXlsx(workbook);
    const tomsk = ss.getSheetByName('г. Томск')!;
    const row =
      tomsk
        .getRange('A:A')
        .getValues()
        .findIndex((r) => r[0] === 'orgs') + 1;
    tomsk.getRange(row, 3).setValue("'12\u009b2J\u202e");
    const hostile = join(dir, 'hostile.xlsx');
    await saveXlsx(ss, hostile);
    const r = await cli('check', hostile);
    expect(r.out).toContain('введено «12\\u009b2J\\u202e»');
    expect(r.out).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
  });
});

/**
 * Past the unit count from which «Создать вкладки» needs more than one 6-minute run (README «Speed»: 90 units at the
 * base constants), so the CLI goes on over several runs as Sheets would: 200 units (400 before; the same paths).
 */
const MANY = 200;

test(`template --data on ${MANY} units runs to the end and says how many Sheets runs «Создать вкладки» would take`, async () => {
  const data = scaledCsvFolder('data/tomsk-2021', MANY, join(dir, 'csvMany'));
  const r = await cli('template', '--data', data, '--out', join(dir, 'big.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out).toContain(`(единиц отчёта: ${MANY})`);
  expect(r.out).toMatch(/В Google Таблицах «Создать вкладки» — \d+ запуск\S* \(до 6 минут каждый\), \d+ нажати\S+ пункта меню\./);
  const runs = Number(/«Создать вкладки» — (\d+)/.exec(r.out)![1]);
  expect(runs).toBeGreaterThan(1);
  expect(r.out).toContain('(до 6 минут каждый), 1 нажатие пункта меню.');
}, 120_000);

test(`tabs on ${MANY} units listed without their tabs makes all of them, going on over as many runs as Sheets needs from one click`, async () => {
  // The workbook of the test above, with its unit tabs deleted: «Настройки» still lists every unit.
  const ss = await loadXlsx(join(dir, 'big.xlsx'));
  const unitTabs = ss.getSheets().filter((x) => !['Настройки', 'Инструкция'].includes(x.getName()));
  expect(unitTabs).toHaveLength(MANY);
  for (const tab of unitTabs) ss.deleteSheet(tab);
  const bare = join(dir, 'bare.xlsx');
  await saveXlsx(ss, bare);
  const r = await cli('tabs', bare, '--out', join(dir, 'bare-tabs.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out).toMatch(new RegExp(`^Всего создано вкладок: ${MANY}\\. `, 'm')); // after the progress lines of the runs before
  const runs = Number(/«Создать вкладки» — (\d+) запуск/.exec(r.out)![1]);
  expect(runs).toBeGreaterThan(1);
  expect(r.out).toContain(
    // One click: the progress sidebar calls the next runs itself (README «One click at any size»).
    `«Создать вкладки» — ${countWith(runs, ['запуск', 'запуска', 'запусков'])} (до 6 минут каждый), 1 нажатие пункта меню.`,
  );
}, 120_000);

describe('a file larger than a Google spreadsheet can be is refused before it is loaded', () => {
  /** The workbook with its first worksheet claiming `ref` as its used range. */
  function claiming(ref: string): string {
    const files = unzipSync(readFileSync(workbook));
    const sheet = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    const xml = new TextDecoder().decode(files[sheet]);
    files[sheet] = strToU8(xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`));
    const out = join(dir, `claims-${ref.replace(':', '-')}.xlsx`);
    writeFileSync(out, zipSync(files));
    return out;
  }

  test('the declared cells are read from the files without loading them', () => {
    expect(declaredCells(readFileSync(claiming('A1:Z500000')))).toBeGreaterThan(13_000_000);
    expect(declaredCells(readFileSync(workbook))).toBeLessThan(100_000);
  });

  test('check on a file claiming 13 million cells: a Russian message, exit as a wrong input', async () => {
    const big = claiming('A1:Z500000');
    const r = await cli('check', big);
    expect(r.code).toBeInstanceOf(InputError);
    expect((r.code as Error).message).toMatch(
      /^.*claims-A1-Z500000\.xlsx: листы файла занимают 13\u00a0003\u00a0324 ячейки, а в одной Google Таблице их может быть не больше 10\u00a0000\u00a0000\. Такой файл не открыть ни в Google Таблицах, ни здесь: разделите его на несколько файлов или удалите пустые строки и столбцы\.$/,
    );
  });
});

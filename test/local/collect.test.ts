// `collect` refuses, with a Russian reason, every returned file that is not this workbook's unit file as split made it,
// takes the good ones beside them, copies only the input cells' values, and never writes a returned file.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkbook } from '../../src/local/bench/generate';
import { IDENTITY_SHEET } from '../../src/local/campaignFiles';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { fingerprints, readWorkbook, saveWorkbook } from '../helpers/campaign';
import { runMain } from '../helpers/cliInProcess';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-collect-'));
const { settings, reports } = generateWorkbook(3);
const [u1, u2, u3] = settings.units;
const start = join(dir, 'отчёт.xlsx');
const sent = join(dir, 'разосланы');
const unitFile = (u: { name: string }) => join(sent, `${u.name}.xlsx`);

/** A copy of a unit's genuine file (u1's unless named), changed by `edit` (ExcelJS, as a desktop suite or a hand would save it). */
async function spoilt(name: string, edit: (wb: Awaited<ReturnType<typeof readWorkbook>>) => void, unit = u1): Promise<string> {
  const wb = await readWorkbook(unitFile(unit));
  edit(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const rowOfKey = (wb: Awaited<ReturnType<typeof readWorkbook>>, key: string) => wb.worksheets[0].getColumn(1).values.indexOf(key);

beforeAll(async () => {
  await saveWorkbook(start, settings);
  expect((await runMain('split', start, '--out', sent)).code).toBe(0);
});

test('each refusal names the file and its reason in Russian; the good file beside them is taken; exit status 1', async () => {
  const otherWorkbook = join(dir, 'другая таблица.xlsx');
  await saveWorkbook(otherWorkbook, settings);
  expect((await runMain('split', otherWorkbook, '--out', join(dir, 'из другой'))).code).toBe(0);
  const foreign = join(dir, 'из другой', `${u1.name}.xlsx`);
  const handEdited = await spoilt('отметка изменена.xlsx', (wb) => {
    const mark = wb.getWorksheet(IDENTITY_SHEET)!;
    mark.eachRow((row) => {
      if (row.getCell(1).value === 'unit') row.getCell(2).value = u2.name;
    });
  });
  const noMark = await spoilt('без отметки.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet(IDENTITY_SHEET)!.id));
  const renamed = await spoilt('вкладка переименована.xlsx', (wb) => {
    wb.worksheets[0].name = 'Мой отчёт';
  });
  let orgsRow = 0;
  const keyChanged = await spoilt('ключ изменён.xlsx', (wb) => {
    orgsRow = rowOfKey(wb, 'orgs');
    wb.worksheets[0].getCell(orgsRow, 1).value = 'orgz';
  });
  const notXlsx = join(dir, 'письмо.xlsx');
  writeFileSync(notXlsx, 'Добрый день! Отчёт во вложении.');
  const good = unitFile(u2);
  const files = [foreign, handEdited, noMark, renamed, keyChanged, notXlsx, good];
  const before = fingerprints(files);

  const r = await runMain('collect', start, ...files, '--out', join(dir, 'итог.xlsx'));
  expect(r.code).toBe(1);
  const lines = r.out.split('\n');
  expect(lines.slice(0, 6)).toEqual([
    `${foreign}: не взят — файл сделан из другой таблицы.`,
    `${handEdited}: не взят — служебная отметка файла повреждена или изменена вручную (контрольная сумма не сходится) — попросите координатора заполнить новый файл.`,
    `${noMark}: не взят — в файле нет служебной отметки, из какой таблицы и для какой единицы он сделан (файл сделан не командой split или отметку удалили).`,
    `${renamed}: не взят — в файле нет вкладки «${u1.tab}».`,
    `${keyChanged}: не взят — на вкладке «${u1.tab}» изменён скрытый столбец A: в строке ${orgsRow} должен стоять ключ «orgs», а стоит «orgz» (строки вставлены, удалены или переставлены) — попросите координатора заполнить новый файл.`,
    `${notXlsx}: не взят — это не файл .xlsx (повреждён или другого формата).`,
  ]);
  expect(lines[6]).toBe(`${good} → ${u2.name}: изменено ячеек 0; состояние после проверки: не начат.`);
  expect(lines[7]).toBe('Взято файлов: 1 из 7, не взято из-за ошибок: 6. Ход сбора: сдали 0 из 3; не начат — 3');
  expect(fingerprints(files)).toEqual(before);
});

test('a file made before the report year changed is refused as of another year', async () => {
  const nextYear = join(dir, 'следующий год.xlsx');
  const ss = await loadXlsx(start);
  const sheet = ss.getSheetByName('Настройки')!;
  const rows = sheet.getDataRange().getValues();
  for (const [key, shift] of [
    ['year', 1],
    ['prev_year', 1],
  ] as const) {
    const row = rows.findIndex((r) => r[0] === key) + 1;
    sheet.getRange(row, 3).setValue(Number(rows[row - 1][2]) + shift);
  }
  await saveXlsx(ss, nextYear);
  const r = await runMain('collect', nextYear, unitFile(u3), '--out', join(dir, 'год.xlsx'));
  expect(r.code).toBe(1);
  expect(r.out.split('\n')[0]).toBe(
    `${unitFile(u3)}: не взят — файл за ${settings.reportYear} год, а отчётный год таблицы — ${settings.reportYear + 1}.`,
  );
});

test('only the input cells’ values are copied: a formula gives its result, text stays text, an edited label is ignored', async () => {
  const typed = await spoilt('заполнен.xlsx', (wb) => {
    const ws = wb.worksheets[0];
    const orgs = rowOfKey(wb, 'orgs');
    ws.getCell(orgs, 3).value = { formula: '7+5', result: 12 } as never;
    ws.getCell(orgs, 4).value = '=2+2';
    ws.getCell(orgs, 2).value = 'Подпись, изменённая координатором';
  });
  const out = join(dir, 'значения.xlsx');
  const r = await runMain('collect', start, typed, '--out', out);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')[0]).toBe(`${typed} → ${u1.name}: изменено ячеек 2; состояние после проверки: есть ошибки.`);
  const tab = (await loadXlsx(out)).getSheetByName(u1.tab)!;
  const row =
    tab
      .getDataRange()
      .getValues()
      .findIndex((v) => v[0] === 'orgs') + 1;
  const cells = tab.getRange(row, 2, 1, 3);
  expect(cells.getValues()).toEqual([['Общее количество организаций', 12, '=2+2']]);
  expect(cells.getFormulas()).toEqual([['', '', '']]);
});

test('a unit file given twice on the line counts once; a workbook never split refuses every file; --out may not name a returned file', async () => {
  const copy = join(dir, 'отчёт без номера.xlsx');
  await saveWorkbook(copy, settings, reports);
  const r = await runMain('collect', copy, unitFile(u1), unitFile(u1), '--out', join(dir, 'без номера итог.xlsx'));
  expect(r.code).toBe(1);
  expect(r.out.split('\n')).toEqual([
    `${unitFile(u1)}: не взят — файл сделан из другой таблицы.`,
    expect.stringMatching(/^Взято файлов: 0 из 1, не взято из-за ошибок: 1\. Ход сбора: /),
    `Таблица записана: ${join(dir, 'без номера итог.xlsx')}`,
  ]);
  copyFileSync(unitFile(u1), join(dir, 'копия.xlsx'));
  const clash = await runMain('collect', start, join(dir, 'копия.xlsx'), '--out', join(dir, 'копия.xlsx'));
  expect(clash.code).toBeInstanceOf(Error);
  expect((clash.code as Error).message).toContain('копия.xlsx');
});

test('collect without a returned file names what is missing, as every command does', async () => {
  const r = await runMain('collect', start, '--out', join(dir, 'ничего.xlsx'));
  expect((r.code as Error).message).toBe(
    'Укажите FILE|DIR.\nВызов: mentor-monitor collect FILE.xlsx FILE|DIR ... --out RESULT.xlsx [--force]',
  );
  const empty = mkdtempSync(join(dir, 'пусто-'));
  expect(((await runMain('collect', start, empty, '--out', join(dir, 'ничего.xlsx'))).code as Error).message).toBe(
    `${empty}: в папке нет файлов .xlsx.`,
  );
});

test('an accepted report is kept: the file is refused with exit status 1; with --force it is taken, and the line says so', async () => {
  const withOrgs = (n: number) => (wb: Awaited<ReturnType<typeof readWorkbook>>) => {
    wb.worksheets[0].getCell(rowOfKey(wb, 'orgs'), 3).value = n;
  };
  const first = await spoilt('первый отчёт.xlsx', withOrgs(4), u3);
  const later = await spoilt('поправленный отчёт.xlsx', withOrgs(5), u3);
  const round1 = join(dir, 'принят.xlsx');
  expect((await runMain('collect', start, first, '--out', round1)).code).toBe(0);
  // The staff accept it on the desktop path: «принят» typed into «Решение» on «Ход сбора» (README «Как начать»).
  const ss = await loadXlsx(round1);
  const campaign = ss.getSheetByName('Ход сбора')!;
  const values = campaign.getDataRange().getValues();
  campaign.getRange(values.findIndex((r) => r[0] === u3.name) + 1, values[1].indexOf('Решение') + 1).setValue('принят');
  await saveXlsx(ss, round1);
  const orgsOf = async (path: string) => {
    const tab = (await loadXlsx(path)).getSheetByName(u3.tab)!;
    return tab
      .getDataRange()
      .getValues()
      .find((r) => r[0] === 'orgs')![2];
  };

  const kept = join(dir, 'принят остался.xlsx');
  const refused = await runMain('collect', round1, later, '--out', kept);
  expect(refused.code).toBe(1);
  expect(refused.out.split('\n')[0]).toBe(
    `${later}: не взят — отчёт «${u3.name}» уже принят; чтобы заменить его этим файлом, добавьте --force.`,
  );
  expect(await orgsOf(kept)).toBe(4);

  const replaced = join(dir, 'принят заменён.xlsx');
  const forced = await runMain('collect', round1, later, '--out', replaced, '--force');
  expect(forced.code).toBe(0);
  expect(forced.out.split('\n')[0]).toBe(
    `${later} → ${u3.name}: изменено ячеек 1; состояние после проверки: принят. Принятый отчёт заменён этим файлом: указан --force.`,
  );
  expect(await orgsOf(replaced)).toBe(5);
});

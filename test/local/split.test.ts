// `split` writes each coordinator a file the desktop suites lock: only the input cells open, their validation kept, the
// unit's own tab and «Инструкция» alone, and a very hidden mark naming the workbook, year, unit and level.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkbook } from '../../src/local/bench/generate';
import { IDENTITY_SHEET, WORKBOOK_ID_PROPERTY } from '../../src/local/campaignFiles';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { FILE_NOTE, fileSafeName } from '../../src/local/split';
import { ROWS_NOTE, STAFF_HEADING } from '../../src/workbook/instructionsTab';
import { inputRowsOf } from '../../src/workbook/unitTab';
import { a1 } from '../../src/workbook/sheetDoc';
import { readWorkbook, saveWorkbook, unlockedCells } from '../helpers/campaign';
import { runMain } from '../helpers/cliInProcess';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-split-'));
const { settings } = generateWorkbook(3);
const [u1, u2, u3] = settings.units;
const start = join(dir, 'отчёт.xlsx');
const sent = join(dir, 'разосланы');
type SheetProtection = { sheet?: boolean; algorithmName?: string; hashValue?: string; insertRows?: boolean } | null;

let printed = '';
beforeAll(async () => {
  await saveWorkbook(start, settings);
  const r = await runMain('split', start, '--out', sent);
  expect(r.code).toBe(0);
  printed = r.out;
});

test('the unit file: its tab (open on it) and «Инструкция» locked by a password, the mark on a very hidden locked sheet', async () => {
  const wb = await readWorkbook(join(sent, `${u1.name}.xlsx`));
  expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
    [u1.tab, 'visible'],
    ['Инструкция', 'visible'],
    [IDENTITY_SHEET, 'veryHidden'],
  ]);
  for (const ws of wb.worksheets) {
    const p = (ws as unknown as { sheetProtection: SheetProtection }).sheetProtection;
    expect(p).toEqual(expect.objectContaining({ sheet: true, algorithmName: 'SHA-512', hashValue: expect.any(String) }));
    // Rows may not be inserted or deleted: the keys of column A must stay where split wrote them.
    expect(p?.insertRows).toBeUndefined();
  }
  const mark = Object.fromEntries(
    wb
      .getWorksheet(IDENTITY_SHEET)!
      .getSheetValues()
      .slice(1)
      .map((r) => [(r as string[])[1], (r as string[])[2]]),
  );
  expect(mark).toEqual(
    expect.objectContaining({ year: String(settings.reportYear), unit: u1.name, level: 'муниципалитет', holds: 'unitTab', tab: u1.tab }),
  );
  expect(mark.checksum).toMatch(/^[0-9a-f]{64}$/);
  const ss = await loadXlsx(start);
  expect(mark.workbook).toBe(ss.documentProperties.get(WORKBOOK_ID_PROPERTY));
});

test('exactly the input cells are unlocked, and each keeps its data validation with the Russian help', async () => {
  const wb = await readWorkbook(join(sent, `${u2.name}.xlsx`));
  const ws = wb.worksheets[0];
  const keys = (ws.getColumn(1).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  const inputs = inputRowsOf(settings, keys).flatMap((r) => r.inputs.map((i) => ({ ...i, address: a1(r.row, i.col) })));
  expect(unlockedCells(ws).sort()).toEqual(inputs.map((i) => i.address).sort());
  expect(inputs.length).toBeGreaterThan(40);
  for (const i of inputs.filter((x) => x.type !== 'text')) expect(ws.getCell(i.address).dataValidation).toBeDefined();
  const orgs = inputs.find((i) => i.label === 'Общее количество ОО')!;
  expect(ws.getCell(orgs.address).dataValidation).toEqual(
    expect.objectContaining({ prompt: 'Целое число не меньше 0.', errorStyle: 'warning' }),
  );
  // «Отчёт готов» shows «нет» and offers the same words a desktop suite can show.
  const ready = inputs.find((i) => i.type === 'checkbox')!;
  expect([ws.getCell(ready.address).value, ws.getCell(ready.address).dataValidation.formulae]).toEqual(['нет', ['"да,нет"']]);
  expect(ws.getColumn(1).hidden).toBe(true);
  expect(ws.getCell(orgs.address.replace('C', 'B')).protection?.locked).not.toBe(false);
});

test('nothing of another unit is in a unit file, and no «Настройки»', async () => {
  const wb = await readWorkbook(join(sent, `${u3.name}.xlsx`));
  const texts: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
  const all = texts.join('\n');
  expect(all).toContain(u3.name);
  for (const other of [u1, u2]) expect(all).not.toContain(other.name);
  expect(all).not.toContain(u1.email);
  expect(wb.getWorksheet('Настройки')).toBeUndefined();
  // «Инструкция» says what the file's protection allows and leaves out the staff's menu.
  expect(all).toContain(FILE_NOTE);
  expect(all).not.toContain(ROWS_NOTE);
  expect(all).not.toContain(STAFF_HEADING);
  expect(all).toContain('7. Когда всё заполнено, отметьте флажок «Отчёт готов».');
});

test('the first split stores the workbook id and says so; the next one reuses it silently', async () => {
  expect(printed.split('\n')[0]).toBe(`В таблицу ${start} записан её номер для сбора отчётов: по нему collect узнаёт файлы этой таблицы.`);
  const id = (await loadXlsx(start)).documentProperties.get(WORKBOOK_ID_PROPERTY);
  const again = await runMain('split', start, '--out', join(dir, 'снова'));
  expect(again.out.split('\n')[0]).toBe(
    `Файлов единиц отчёта: 3 (папка ${join(dir, 'снова')}). Заполнять можно только жёлтые ячейки; остальное защищено.`,
  );
  expect((await loadXlsx(start)).documentProperties.get(WORKBOOK_ID_PROPERTY)).toBe(id);
});

test('a unit without a tab gets no file and is named; exit status 1', async () => {
  const ss = await loadXlsx(start);
  ss.deleteSheet(ss.getSheetByName(u2.tab)!);
  const without = join(dir, 'без вкладки.xlsx');
  await saveXlsx(ss, without);
  const r = await runMain('split', without, '--out', join(dir, 'без вкладки'));
  expect(r.code).toBe(1);
  expect(r.out.split('\n').at(-1)).toBe(`Нет вкладки, файл не сделан: ${u2.name} — выполните mentor-monitor tabs ${without}.`);
});

test('file names keep the unit’s name but for what file systems forbid', () => {
  expect(fileSafeName('МБОУ «СОШ № 5» г. Томска')).toBe('МБОУ «СОШ № 5» г. Томска');
  expect(fileSafeName('Школа 1/2: "Старт"?')).toBe('Школа 1_2_ _Старт__');
  expect(fileSafeName('Район\u0007 N. ')).toBe('Район_ N');
  expect(fileSafeName('CON')).toBe('_CON');
  expect(fileSafeName('...')).toBe('единица отчёта');
});

// Unit and tab names typed in «Настройки» reach the terminal escaped through every print path of the CLI: tabs, check, build.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/local/cli';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { settingsUnitRow } from '../helpers/bundle';
import { runMain } from '../helpers/cliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'mm-names-'));

const cli = runMain;

const base = join(dir, 'base.xlsx');
/** «Район», a right-to-left override, a one-character CSI «clear screen» (U+009B 2J) and NEL (U+0085). */
const HOSTILE = 'Район\u202eX\u009b2J\u0085';
const SHOWN = 'Район\\u202eX\\u009b2J\\u0085';
/** What must never reach the terminal raw: C0 but tab and new line, DEL, C1, direction overrides and isolates. */
const RAW = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

beforeAll(async () => {
  expect((await cli('template', '--data', 'data/tomsk-2021', '--out', base)).code).toBe(0);
}, 60_000);

/** The sample workbook with «Асиновский район» renamed to `name` in «Настройки» (and its tab too, when `tab`). */
async function renamed(name: string, tab: boolean): Promise<string> {
  const ss = await loadXlsx(base);
  const settings = ss.getSheetByName('Настройки')!;
  const row = settingsUnitRow(ss, 'Асиновский район');
  settings.getRange(row, 2).setValue(name);
  if (tab) ss.getSheetByName('Асиновский район')!.setName(name);
  const file = join(dir, `${tab ? 'tab' : 'unit'}.xlsx`);
  await saveXlsx(ss, file);
  return file;
}

test('tabs prints a unit name with an override and a C1 «clear screen» escaped', async () => {
  const r = await cli('tabs', await renamed(HOSTILE, false), '--out', join(dir, 'tabs.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out).toContain(
    `Создано 1 вкладка: ${SHOWN}. Уже были и не изменены: 19 вкладок. Вкладки единиц, которых нет в настройках (не удалены): Асиновский район.`,
  );
  expect(r.out.replace(/[\n\t]/g, '')).not.toMatch(RAW);
}, 60_000);

test('check prints the unit and the tab of a finding escaped', async () => {
  const r = await cli('check', await renamed(HOSTILE, true));
  expect(r.out).toContain(
    `предупреждение · ${SHOWN} · '${SHOWN}'!C29 · поле «Показатель 5, 2020 г.» · введено «0» · За предыдущий год указан 0, а за отчётный — 1044.`,
  );
  expect(r.out.replace(/[\n\t]/g, '')).not.toMatch(RAW);
}, 60_000);

test('an error naming a file prints the file name escaped', async () => {
  const printed: string[] = [];
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  try {
    runCli(['check', `${HOSTILE}.xlsx`]);
    await new Promise((done) => setTimeout(done, 50));
  } finally {
    error.mockRestore();
    process.exitCode = undefined;
  }
  expect(printed).toEqual([`Ошибка: ${SHOWN}.xlsx: файл не найден.`]);
});

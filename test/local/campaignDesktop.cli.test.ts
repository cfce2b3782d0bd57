// A whole campaign on the desktop path (issue 20): split, coordinators type into their files' yellow cells in a desktop
// suite (ExcelJS here), one file missing, one claiming another unit, one sent twice; collect, status, collect the last
// file, and the build equals the build of the same data typed straight into one workbook.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkbook } from '../../src/local/bench/generate';
import { fingerprints, readWorkbook, saveWorkbook, shown, unlockedCells } from '../helpers/campaign';
import { runMain } from '../helpers/cliInProcess';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'mm-campaign-'));
const { settings, reports } = generateWorkbook(6);
const [u1, u2, u3, u4, u5, u6] = settings.units;
const direct = join(dir, 'напрямую.xlsx');
const start = join(dir, 'отчёт.xlsx');
const sent = join(dir, 'разосланы');
const back = join(dir, 'вернулись');
const file = (folder: string, unit: { name: string }) => join(folder, `${unit.name}.xlsx`);

/**
 * Types a unit's report into its file as a coordinator would: only into the cells the protection leaves unlocked, each
 * given the value the directly filled workbook holds in that cell. Returns how many cells were typed.
 */
async function fillAsCoordinator(path: string, unitTab: string, values: Awaited<ReturnType<typeof readWorkbook>>, out = path) {
  const wb = await readWorkbook(path);
  const ws = wb.worksheets[0];
  const source = values.getWorksheet(unitTab)!;
  let typed = 0;
  for (const address of unlockedCells(ws)) {
    const v = shown(source.getCell(address));
    // Blank in the report, or what the file already shows (an unticked «Отчёт готов» is «нет» from the start).
    if (v === null || v === '' || v === shown(ws.getCell(address))) continue;
    ws.getCell(address).value = v;
    typed++;
  }
  await wb.xlsx.writeFile(out);
  return typed;
}

test('split → filled files → collect (one missing, one claiming another unit, one sent twice) → status → the last file → build equals the direct build', async () => {
  await saveWorkbook(direct, settings, reports);
  await saveWorkbook(start, settings);
  const split = await runMain('split', start, '--out', sent);
  expect(split.code).toBe(0);
  expect(split.out).toContain(`Файлов единиц отчёта: 6 (папка ${sent}).`);

  // Each coordinator fills their own file; the missing one (u6) has not yet sent theirs back.
  const typed = await readWorkbook(direct);
  mkdirSync(back);
  const typedCells = new Map<string, number>();
  for (const u of [u1, u2, u3, u4, u5, u6]) typedCells.set(u.name, await fillAsCoordinator(file(sent, u), u.tab, typed, file(back, u)));
  expect(Math.min(...typedCells.values())).toBeGreaterThan(20);
  const late = join(dir, `${u6.name}.xlsx`);
  copyFileSync(file(back, u6), late);
  // u3 sent a first version with a wrong count of organisations, then the corrected file: the corrected one is saved later.
  const first = join(back, `${u3.name} — первая версия.xlsx`);
  const wb = await readWorkbook(file(back, u3));
  const orgsRow = wb.worksheets[0].getColumn(1).values.indexOf('orgs');
  wb.worksheets[0].getCell(orgsRow, 3).value = 999;
  await wb.xlsx.writeFile(first);
  utimesSync(first, new Date('2026-03-01T09:00:00Z'), new Date('2026-03-01T09:00:00Z'));
  utimesSync(file(back, u3), new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T09:00:00Z'));
  // A copy of u1's file whose unit cell was changed to claim u2.
  const impostor = join(back, `${u2.name} (копия).xlsx`);
  const claim = await readWorkbook(file(back, u1));
  const unitRow = claim.worksheets[0].getColumn(1).values.indexOf('unit');
  claim.worksheets[0].getCell(unitRow, 3).value = u2.name;
  await claim.xlsx.writeFile(impostor);
  rmSync(file(back, u6));

  const returned = [file(back, u1), file(back, u2), file(back, u3), first, file(back, u4), file(back, u5), impostor, late];
  const before = fingerprints(returned);
  const round1 = join(dir, 'после первого сбора.xlsx');
  const r1 = await runMain('collect', start, back, '--out', round1);
  expect(r1.code).toBe(1);
  const lines = r1.out.split('\n');
  expect(lines).toContain(
    `${impostor}: не взят — на вкладке «${u1.tab}» в ячейке C${unitRow} указана единица «${u2.name}», а файл выдан для «${u1.name}».`,
  );
  expect(lines).toContain(`${first}: не взят — от «${u3.name}» есть более поздний файл ${file(back, u3)}, взят он.`);
  expect(lines.find((l) => l.startsWith(`${file(back, u3)} → ${u3.name}: изменено ячеек `))).toMatch(
    new RegExp(`От «${u3.name}» 2 файла: взят более поздний, этот\\.$`),
  );
  // Every cell typed, and nothing else, changed in the workbook.
  expect(lines.find((l) => l.startsWith(`${file(back, u1)} → `))).toMatch(
    new RegExp(`^\\S.* → ${u1.name}: изменено ячеек ${typedCells.get(u1.name)}; состояние после проверки: сдан\\.$`),
  );
  expect(lines).toContain(`Таблица записана: ${round1}`);
  expect(r1.out).toMatch(/Взято файлов: 5 из 7, не взято из-за ошибок: 1\. Ход сбора: сдали \d из 6; не начат — 1;/);

  const status = await runMain('status', round1);
  expect(status.code).toBe(1);
  expect(status.out.split('\n')).toContain(`${u6.name} — не начат · ничего не заполнено · ошибок 0, предупреждений 0 · ${u6.email}`);

  const final = join(dir, 'итог.xlsx');
  const r2 = await runMain('collect', round1, late, '--out', final);
  expect(r2.code).toBe(0);
  expect(r2.out).toMatch(new RegExp(`^${late.replace(/[.()]/g, '\\$&')} → ${u6.name}: изменено ячеек \\d+; состояние после проверки: `));

  // Never written: every returned file has the bytes it came with.
  expect(fingerprints(returned)).toEqual(before);

  // The check finds the same in both, line for line.
  const [checkFinal, checkDirect] = [await runMain('check', final), await runMain('check', direct)];
  expect(checkFinal.out).toMatch(/^Проверка: \d+ ошиб/m);
  expect(checkFinal).toEqual(checkDirect);
  const builds: unknown[] = [];
  for (const [input, name] of [
    [final, 'через файлы'],
    [direct, 'напрямую'],
  ]) {
    const json = join(dir, `${name}.json`);
    expect((await runMain('build', input, '--out', join(dir, `${name} сводка.xlsx`), '--json', json)).code).toBe(0);
    builds.push(JSON.parse(readFileSync(json, 'utf8')));
  }
  expect(builds[0]).toEqual(builds[1]);
  const completeness = (builds[0] as { summary: { completeness: Array<{ state: string; ready: boolean }> } }).summary.completeness;
  expect(completeness.map((c) => c.state)).not.toContain('empty');
  expect(completeness.filter((c) => c.ready)).not.toHaveLength(0);
});

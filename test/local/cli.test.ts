// The CLI as a user runs it (a real process on build/cli.js): template --data → check → build on .xlsx files, and its errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx } from '../../src/local/runtime';

const dir = mkdtempSync(join(tmpdir(), 'mm-cli-'));
const cli = (...args: string[]) => spawnSync(process.execPath, ['build/cli.js', ...args], { encoding: 'utf8' });

describe('round trip of the sample on .xlsx files', () => {
  const input = join(dir, 'sample.xlsx');
  const result = join(dir, 'result.xlsx');
  const json = join(dir, 'summary.json');

  test('template --data writes a workbook with a tab per municipality', async () => {
    const r = cli('template', '--out', input, '--data', 'data/tomsk-2021');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('единиц отчёта: 20');
    const ss = await loadXlsx(input);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['Настройки', 'Инструкция', 'г. Томск', 'ЗАТО Северск']));
    expect(ss.getSheetByName('Лист1')).toBeNull();
  });

  test('check finds the published impossible value and exits with 1', () => {
    const r = cli('check', input, '--json', join(dir, 'check.json'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Проверка: ошибок 1');
    const findings = JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')).findings;
    expect(findings[0]).toMatchObject({ unit: 'ЗАТО Северск', severity: 'error', rule: 'form_le_total' });
  });

  test('build writes the result and the JSON, prints stats, and leaves the input as it was', async () => {
    const before = readFileSync(input);
    const r = cli('build', input, '--out', result, '--json', json, '--stats');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Сводка построена: 20 муниципалитетов');
    const stats = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(stats).toEqual(expect.objectContaining({ read: expect.any(Number), write: expect.any(Number), gridCells: expect.any(Number) }));
    expect(readFileSync(input).equals(before)).toBe(true);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.schemaVersion).toBe(1);
    expect(summary.summary.forms.forms.student_student.general).toMatchObject({ count: 184, total: 289, share: 63.67 });
    const ss = await loadXlsx(result);
    expect(ss.getSheetByName('Справка')!.getRange('A1').getValue()).toContain('Аналитическая справка');
  });

  test('build refuses to overwrite its input', () => {
    const r = cli('build', input, '--out', input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('входной файл не перезаписывается');
  });
});

describe('one-line errors with exit code 2 and nothing written', () => {
  test('a missing file', () => {
    const r = cli('check', join(dir, 'нет.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`Ошибка: ${join(dir, 'нет.xlsx')}: файл не найден.`);
  });

  test('a file that is not .xlsx', () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'не таблица');
    const r = cli('build', fake, '--out', join(dir, 'x.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('это не файл .xlsx');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a CSV with a missing column names the file', () => {
    const data = join(dir, 'broken');
    cpSync('data/tomsk-2021', data, { recursive: true });
    writeFileSync(join(data, 'forms_general_schools.csv'), 'name,orgs_total\nА,1\n');
    const out = join(dir, 'b.xlsx');
    const r = cli('template', '--out', out, '--data', data);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`Ошибка: ${join(data, 'forms_general_schools.csv')}: нет столбца «municipality».`);
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown municipality names the file and the line', () => {
    const data = join(dir, 'unknown');
    cpSync('data/tomsk-2021', data, { recursive: true });
    const csv = readFileSync(join(data, 'indicators_2020_2021.csv'), 'utf8').replace('1,Бакчарский район,24.6', '1,Бакчарскый район,24.6');
    writeFileSync(join(data, 'indicators_2020_2021.csv'), csv);
    const r = cli('template', '--out', join(dir, 'u.xlsx'), '--data', data);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`Ошибка: ${join(data, 'indicators_2020_2021.csv')}, строка 4: «Бакчарскый район» нет в forms_general_schools.csv.`);
  });

  test('an unknown command shows the usage', () => {
    const r = cli('сводка');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Неизвестная команда «сводка»');
  });
});

test('template without data is an empty template whose file is a real .xlsx', () => {
  const out = join(dir, 'empty.xlsx');
  expect(cli('template', '--out', out).status).toBe(0);
  expect(statSync(out).size).toBeGreaterThan(1000);
  expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('the package bin (npx mentor-monitor) runs the same CLI with the same exit codes', () => {
  const help = spawnSync(process.execPath, ['bin/mentor-monitor.js', 'help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('mentor-monitor build FILE.xlsx --out RESULT.xlsx');
  const missing = spawnSync(process.execPath, ['bin/mentor-monitor.js', 'check', 'нет-такого.xlsx'], { encoding: 'utf8' });
  expect(missing.status).toBe(2);
  expect(missing.stderr.trim()).toBe('Ошибка: нет-такого.xlsx: файл не найден.');
});

// The CLI as a user runs it (a real process on build/cli.js): template --data → check → build on .xlsx files, and its errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { chunkedCopy } from '../helpers/chunked';
import { runCliInProcess } from '../helpers/cliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'mm-cli-'));
// The commands run in this process (runCliInProcess: stdout, stderr and the exit code as a process has them); the
// bin tests below start real processes.
const cli = runCliInProcess;

describe('round trip of the sample on .xlsx files', () => {
  const input = join(dir, 'sample.xlsx');
  const result = join(dir, 'result.xlsx');
  const json = join(dir, 'summary.json');

  test('template --data writes a workbook with a tab per municipality', async () => {
    const r = await cli('template', '--out', input, '--data', 'data/tomsk-2021');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('единиц отчёта: 20');
    const ss = await loadXlsx(input);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['Настройки', 'Инструкция', 'г. Томск', 'ЗАТО Северск']));
    expect(ss.getSheetByName('Лист1')).toBeNull();
  });

  test('check prints each finding on its own line (unit, tab!cell, field, value as typed, what to do), then the counts, and exits with 1', async () => {
    const r = await cli('check', input, '--json', join(dir, 'check.json'));
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      "ошибка · ЗАТО Северск · 'ЗАТО Северск'!D15 · поле «ДО, реализующих форму «работодатель–ученик»» · введено «4» · " +
        'Форму «работодатель–ученик» реализуют 4, а всего организаций дополнительного образования (ДО) 1: реализующих не может быть больше, чем всего. Значение не учтено в сводке — исправьте одно из чисел.',
    );
    expect(lines[1]).toMatch(
      /^предупреждение · Кривошеинский район · 'Кривошеинский район'!D27 · поле «Показатель 3, 2021 г\.» · введено «0» · /,
    );
    expect(lines).toContain('Проверка: 1 ошибка, 31 предупреждение.');
    // The CLI saves no «Проверка» tab, so it never sends the user to one.
    expect(r.stdout).not.toContain('на вкладке «Проверка»');
    const findings = JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')).findings;
    expect(findings[0]).toMatchObject({ unit: 'ЗАТО Северск', severity: 'error', rule: 'form_le_total' });
  });

  test('build writes the result and the JSON, prints stats, and leaves the input as it was', async () => {
    const before = readFileSync(input);
    // Options before the input file, and --flag=value, as util.parseArgs reads them.
    const html = join(dir, 'report.html');
    const r = await cli('build', '--stats', input, `--out=${result}`, '--json', json, '--html', html);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Сводка построена: 20 муниципалитетов');
    expect(r.stdout).toContain(`Записано:\n  ${result} — таблица со сводкой, справкой и рекомендациями\n  ${json} — сводка в JSON`);
    const stats = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(stats).toEqual(expect.objectContaining({ read: expect.any(Number), write: expect.any(Number), gridCells: expect.any(Number) }));
    expect(readFileSync(input).equals(before)).toBe(true);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.schemaVersion).toBe(3);
    expect(summary.summary.forms.forms.student_student.general).toMatchObject({ count: 184, total: 289, share: 63.67 });
    const ss = await loadXlsx(result);
    expect(ss.getSheetByName('Справка')!.getRange('A1').getValue()).toContain('Аналитическая справка');
    // The report is rendered in Node from the bundle's plain data.
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('Таблица 1. Итоги по региону (20 муниципалитетов)');
    expect(r.stdout).toContain(`  ${html} — отчёт для печати`);
  });

  test('build --html on a workbook read over several runs writes the same report, with the findings the build found', async () => {
    const chunked = await chunkedCopy(input, dir, 7);
    const html = join(dir, 'chunked.html');
    const r = await cli('build', chunked, '--out', join(dir, 'chunked-result.xlsx'), '--html', html);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('… Большая таблица: прочитано вкладок 14 из 21.');
    const page = readFileSync(html, 'utf8');
    expect(page).toBe(readFileSync(join(dir, 'report.html'), 'utf8'));
    // The data check section comes from the build's own findings, not from a second read.
    expect(page).toContain('реализующих не может быть больше, чем всего');
  });

  test('build refuses to overwrite its input', async () => {
    const r = await cli('build', input, '--out', input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('входной файл не перезаписывается');
  });
});

describe('a wrong call exits with 2 and a Russian message naming the option or value', () => {
  test('an unknown option is named, nothing is written', async () => {
    const r = await cli('build', join(dir, 'in.xlsx'), '--out', join(dir, 'r.xlsx'), '--htm', join(dir, 'x.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Ошибка: Неизвестный параметр --htm у команды build (допустимые: --out, --json, --html, --docx, --stats).');
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });

  test('an option without its value, a value given to a flag, an extra argument, a missing required option', async () => {
    expect((await cli('check', join(dir, 'a.xlsx'), '--json')).stderr).toContain('После --json нужно значение: --json FINDINGS.json.');
    expect((await cli('build', 'a.xlsx', '--out', '--json', 'x.json')).stderr).toContain('После --out нужно значение');
    expect((await cli('build', 'a.xlsx', '--out', 'b.xlsx', '--stats=yes')).stderr).toContain('Параметр --stats пишется без значения.');
    expect((await cli('check', 'a.xlsx', 'b.xlsx')).stderr).toContain('Лишний аргумент «b.xlsx» у команды check.');
    expect((await cli('build', 'a.xlsx')).stderr).toContain('Укажите --out RESULT.xlsx.');
    for (const args of [
      ['check', 'a.xlsx', '--json'],
      ['check', 'a.xlsx', 'b.xlsx'],
      ['build', 'a.xlsx'],
      ['template', '--year', 'два'],
    ])
      expect((await cli(...args)).status).toBe(2);
  });
});

describe('a blank workbook from the command line', () => {
  test('template --year without --data makes settings for that year', async () => {
    const out = join(dir, 'blank-2030.xlsx');
    const r = await cli('template', '--out', out, '--year', '2030');
    expect(r.status).toBe(0);
    const settings = (await loadXlsx(out)).getSheetByName('Настройки')!.getDataRange().getValues();
    expect(settings.flat()).toContain(2030);
  });

  test('tabs creates the unit tabs listed in «Настройки», as the menu «Создать вкладки» does', async () => {
    const full = join(dir, 'tabs-in.xlsx');
    expect((await cli('template', '--out', full, '--data', 'data/tomsk-2021')).status).toBe(0);
    const ss = await loadXlsx(full);
    ss.deleteSheet(ss.getSheetByName('Бакчарский район')!);
    await saveXlsx(ss, full);
    const out = join(dir, 'tabs-out.xlsx');
    const r = await cli('tabs', full, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Записано:\n  ${out} — таблица с вкладками единиц`);
    const after = await loadXlsx(out);
    expect(after.getSheetByName('Бакчарский район')).not.toBeNull();
    expect(after.getSheetByName('г. Томск')).not.toBeNull();
  });
});

describe('one-line errors with exit code 2 and nothing written', () => {
  test('a missing file', async () => {
    const r = await cli('check', join(dir, 'нет.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`Ошибка: ${join(dir, 'нет.xlsx')}: файл не найден.`);
  });

  test('a file that is not .xlsx', async () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'не таблица');
    const r = await cli('build', fake, '--out', join(dir, 'x.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('это не файл .xlsx');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a CSV with a missing column names the file', async () => {
    const data = join(dir, 'broken');
    cpSync('data/tomsk-2021', data, { recursive: true });
    writeFileSync(join(data, 'forms_general_schools.csv'), 'name,orgs_total\nА,1\n');
    const out = join(dir, 'b.xlsx');
    const r = await cli('template', '--out', out, '--data', data);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`Ошибка: ${join(data, 'forms_general_schools.csv')}: нет столбца «municipality».`);
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown municipality names the file and the line', async () => {
    const data = join(dir, 'unknown');
    cpSync('data/tomsk-2021', data, { recursive: true });
    const csv = readFileSync(join(data, 'indicators_2020_2021.csv'), 'utf8').replace('1,Бакчарский район,24.6', '1,Бакчарскый район,24.6');
    writeFileSync(join(data, 'indicators_2020_2021.csv'), csv);
    const r = await cli('template', '--out', join(dir, 'u.xlsx'), '--data', data);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `Ошибка: ${join(data, 'indicators_2020_2021.csv')}, строка 4: «Бакчарскый район» нет в forms_general_schools.csv.`,
    );
  });

  test('an unknown command shows the usage', async () => {
    const r = await cli('сводка');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Неизвестная команда «сводка»');
  });
});

test('template without data is an empty template whose file is a real .xlsx', async () => {
  const out = join(dir, 'empty.xlsx');
  expect((await cli('template', '--out', out)).status).toBe(0);
  expect(statSync(out).size).toBeGreaterThan(1000);
  expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('the package bin (npx mentor-monitor) runs the same CLI with the same exit codes', async () => {
  const help = spawnSync(process.execPath, ['bin/mentor-monitor.js', 'help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('mentor-monitor build FILE.xlsx --out RESULT.xlsx');
  const missing = spawnSync(process.execPath, ['bin/mentor-monitor.js', 'check', 'нет-такого.xlsx'], {
    encoding: 'utf8',
  });
  expect(missing.status).toBe(2);
  expect(missing.stderr.trim()).toBe('Ошибка: нет-такого.xlsx: файл не найден.');
});

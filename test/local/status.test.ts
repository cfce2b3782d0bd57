// `mentor-monitor status` as a user runs it: who has not started is named, with the totals, in text and in JSON.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';
import { runCliInProcess } from '../helpers/cliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'mm-status-'));
// In this process, stdout, stderr and the exit code as a process has them (test/local/cli.test.ts runs the real bin).
const cli = runCliInProcess;

test('status names the unit whose tab is gone as «не начат», prints the totals and exits with 1 while not all handed in', async () => {
  const input = join(dir, 'campaign.xlsx');
  expect((await cli('template', '--out', input, '--data', 'data/tomsk-2021')).status).toBe(0);
  const ss = await loadXlsx(input);
  ss.deleteSheet(ss.getSheetByName('Бакчарский район')!);
  await saveXlsx(ss, input);

  const json = join(dir, 'status.json');
  const r = await cli('status', input, '--json', json);
  expect(r.status).toBe(1);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toBe('Ход сбора: сдали 0 из 20; не начат — 1; заполняется — 18; есть ошибки — 1');
  expect(lines).toContain('Бакчарский район — не начат · нет вкладки · ошибок 1, предупреждений 0');
  // Its two warnings: 73 enterprises and 62 representatives (2021), 57 and 40 (2020).
  expect(lines).toContain('ЗАТО Северск — есть ошибки · ошибок 1, предупреждений 2');
  const saved = JSON.parse(readFileSync(json, 'utf8'));
  expect(saved.rows).toHaveLength(20);
  expect(saved.rows.find((row: { unit: string }) => row.unit === 'Бакчарский район')).toEqual({
    unit: 'Бакчарский район',
    state: 'не начат',
    // The check's own error «no tab» counts; the state stays «не начат»: nothing was typed.
    errors: 1,
    warnings: 0,
    missing: 'нет вкладки',
    email: '',
    changed: '',
    deadline: '',
    decision: '',
    comment: '',
    letter: '',
    explanations: '',
  });
});

/** Today in the workbook's time zone (the local runtime's default, Asia/Tomsk), moved by `days`, as «16.12.2026». */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

test('the desktop path: the deadline from «Настройки», the staff typing their decisions into «Ход сбора», status printing them', async () => {
  const input = join(dir, 'marks.xlsx');
  expect((await cli('template', '--out', input, '--data', 'data/tomsk-2021')).status).toBe(0);
  const ss = await loadXlsx(input);
  const settings = ss.getSheetByName('Настройки')!;
  const keyRow =
    settings
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'report_deadline') + 1;
  settings.getRange(keyRow, 3).setValue(`'${dayFromToday(10)}`);
  await saveXlsx(ss, input);
  const built = join(dir, 'marks-built.xlsx');
  expect((await cli('build', input, '--out', built)).status).toBe(0);
  // The staff type into the yellow columns of «Ход сбора»: a clarification of the whole report, and an acceptance.
  const b = await loadXlsx(built);
  const tab = b.getSheetByName('Ход сбора')!;
  const rows = tab.getDataRange().getValues();
  const rowOf = (unit: string) => rows.findIndex((r) => r[0] === unit) + 1;
  tab.getRange(rowOf('Асиновский район'), 9, 1, 2).setValues([['на уточнении', 'Заполните контакты ответственного']]);
  tab.getRange(rowOf('г. Томск'), 9).setValue('принят');
  await saveXlsx(b, built);

  const r = await cli('status', built);
  expect(r.status).toBe(1);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toBe('Ход сбора: сдали 1 из 20; заполняется — 17; есть ошибки — 1; на уточнении — 1; принят — 1');
  expect(lines).toContain('Асиновский район — на уточнении · осталось 10 дней · ошибок 0, предупреждений 4');
  expect(lines).toContain('    Просим уточнить сведения отчёта «Асиновский район»:');
  expect(lines).toContain('    1. Отчёт в целом — Заполните контакты ответственного.');
  // Accepted is handed in: no days are counted for it.
  expect(lines.find((l) => l.startsWith('г. Томск — '))).toMatch(/^г\. Томск — принят · ошибок 0, предупреждений \d+$/);
  expect(lines.find((l) => l.startsWith('ЗАТО Северск — '))).toMatch(
    /^ЗАТО Северск — есть ошибки · осталось 10 дней · ошибок 1, предупреждений \d+$/,
  );
});

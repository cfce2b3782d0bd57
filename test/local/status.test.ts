// `mentor-monitor status` as a user runs it: who has not started is named, with the totals, in text and in JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';

const dir = mkdtempSync(join(tmpdir(), 'mm-status-'));
const cli = (...args: string[]) => spawnSync(process.execPath, ['build/cli.js', ...args], { encoding: 'utf8' });

test('status names the unit whose tab is gone as «не начат», prints the totals and exits with 1 while not all handed in', async () => {
  const input = join(dir, 'campaign.xlsx');
  expect(cli('template', '--out', input, '--data', 'data/tomsk-2021').status).toBe(0);
  const ss = await loadXlsx(input);
  ss.deleteSheet(ss.getSheetByName('Бакчарский район')!);
  await saveXlsx(ss, input);

  const json = join(dir, 'status.json');
  const r = cli('status', input, '--json', json);
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
  });
});

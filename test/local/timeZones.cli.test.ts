// Dates are calendar dates: a target date typed in «Настройки» prints the same day whatever the machine's, the script's
// or the spreadsheet's time zone (the CLI run as a real process under each TZ, since a process cannot change its own).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEAP_ENV } from '../../src/local/heapLimit';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';

const dir = mkdtempSync(join(tmpdir(), 'mm-tz-'));
// The command runs in this one process: the heap bound's second process (src/local/heapLimit.ts, tested in
// heapLimit.test.ts) would read the same TZ and only double the start-up.
const cli = (tz: string, ...args: string[]) =>
  spawnSync(process.execPath, ['build/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz, [HEAP_ENV]: 'none' } });

/**
 * Machines west of the spreadsheet (a Tomsk one, UTC+7, read on a UTC server and in California, UTC−8) and east of it (a
 * Californian one read in Moscow and in Tomsk): a day is lost, if anywhere, crossing midnight one way or the other.
 */
const PAIRS: Array<[spreadsheet: string, machines: string[]]> = [
  ['Asia/Tomsk', ['UTC', 'America/Los_Angeles']],
  ['America/Los_Angeles', ['Europe/Moscow', 'Asia/Tomsk']],
];

/** The sample workbook with its spreadsheet in `zone` and the first form's target date typed as a coordinator types it. */
async function workbookIn(zone: string, typed: string): Promise<string> {
  const base = join(dir, 'base.xlsx');
  // The sample's template, made once for both spreadsheet zones.
  if (existsSync(base) || !spawnSync(process.execPath, ['build/cli.js', 'template', '--out', base, '--data', 'data/tomsk-2021']).status) {
    const ss = await loadXlsx(base);
    ss.timeZone = zone; // before typing: Sheets turns typed text into midnight in the spreadsheet's zone
    const settings = ss.getSheetByName('Настройки')!;
    const grid = settings.getDataRange().getValues();
    const header = grid.findIndex((row) => row[0] === 'hdr:forms');
    const col = grid[header].indexOf('Срок цели');
    const cell = settings.getRange(header + 2, col + 1);
    cell.setValue(typed);
    expect(Object.prototype.toString.call(cell.getValue())).toBe('[object Date]');
    const file = join(dir, `in-${zone.replace('/', '-')}.xlsx`);
    await saveXlsx(ss, file);
    return file;
  }
  throw new Error('template failed');
}

describe.each(PAIRS)('a target typed 01.09.2025 in a spreadsheet in %s', (zone, machines) => {
  let input: string;
  beforeAll(async () => {
    input = await workbookIn(zone, '01.09.2025');
  });

  test.each(machines)('prints «1 сентября 2025 г.» on a machine in %s', (tz) => {
    const json = join(dir, `s-${zone.replace('/', '-')}-${tz.replace('/', '-')}.json`);
    const r = cli(tz, 'build', input, '--out', join(dir, 'out.xlsx'), '--json', json);
    expect(r.status).toBe(0);
    const note = JSON.stringify(JSON.parse(readFileSync(json, 'utf8')).note);
    expect(note).toContain('До целевого значения 75\u00a0% на 1\u00a0сентября 2025\u00a0г.');
    expect(note).not.toContain('31\u00a0августа');
  });
});

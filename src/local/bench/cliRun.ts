// The local target as a user meets it: the whole `build --json --html --docx` command in a process of its own, timed, and
// its peak memory (the kernel's maxRSS of that process) read when it ends.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HEAP_ENV, heapLimitFor } from '../heapLimit';
import { saveXlsx } from '../runtime';
import { generateWorkbook } from './generate';
import { benchSession } from './measure';

export interface CliMeasure {
  command: string;
  ok: boolean;
  wallMs: number;
  peakRssMB: number;
  /** The heap bound the CLI chose for this workbook (src/local/heapLimit.ts). */
  heapLimitMB: number | null;
  message: string;
}

const RESULT_MARK = 'CLI_RESULT ';
/** Runs build/cli.js's main in this process's child and prints its exit code and maxRSS (kB) when it is done. */
const CHILD_SCRIPT = `require(${JSON.stringify(resolve(__dirname, 'cli.js'))}).main(process.argv.slice(1)).then(
  (code) => process.stderr.write('\\n${RESULT_MARK}' + JSON.stringify({ code, maxRssKB: process.resourceUsage().maxRSS }) + '\\n'),
  (e) => process.stderr.write('\\n${RESULT_MARK}' + JSON.stringify({ code: 2, error: String(e && e.message), maxRssKB: process.resourceUsage().maxRSS }) + '\\n'),
);`;

/**
 * The generated workbook of `units` units (filled as runSize fills it) saved as .xlsx, then the CLI run on it under the
 * heap bound it would choose itself. The child is the CLI's own bounded process, measured directly.
 */
export async function measureCliBuild(units: number, seed: number): Promise<CliMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bench-cli-'));
  try {
    const { settings, reports } = generateWorkbook(units, { seed });
    const input = join(dir, 'input.xlsx');
    await saveXlsx(benchSession(settings, reports).ss, input);
    const args = ['build', input, '--out', join(dir, 'out.xlsx')];
    for (const [option, file] of [
      ['--json', 'out.json'],
      ['--html', 'out.html'],
      ['--docx', 'out.docx'],
    ])
      args.push(option, join(dir, file));
    const heapLimitMB = heapLimitFor(input);
    const started = performance.now();
    const r = spawnSync(process.execPath, [...(heapLimitMB ? [`--max-old-space-size=${heapLimitMB}`] : []), '-e', CHILD_SCRIPT, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, [HEAP_ENV]: String(heapLimitMB ?? 'none') },
    });
    const wallMs = performance.now() - started;
    const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith(RESULT_MARK));
    const result = line ? (JSON.parse(line.slice(RESULT_MARK.length)) as { code: number; maxRssKB: number; error?: string }) : null;
    return {
      command: 'build --json --html --docx',
      ok: result?.code === 0,
      wallMs,
      peakRssMB: result ? result.maxRssKB / 1024 : 0,
      heapLimitMB,
      message: result ? (result.error ?? (r.stdout ?? '').split('\n')[0]) : `процесс завершился без итога (${r.signal ?? r.status})`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

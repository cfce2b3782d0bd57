// The CLI's heap bound: a workbook's declared cells → Node's --max-old-space-size, and the child process that runs under it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { declaredCells } from './xlsxSize';

/**
 * Left alone, V8 lets the heap grow far past what is alive before it collects: `build --json --html --docx` on 2 000
 * units (365 287 declared cells) held at most about 500 MB alive and peaked at 2,1 GB of memory. Bounded to twice what
 * is alive, it collects earlier and peaks near 1 GB.
 */
const HEAP_MB_PER_1000_CELLS = 2;
/** A small workbook still gets room for the bundle, ExcelJS and the Word writer. */
const MIN_HEAP_MB = 512;
/** Set in the child so that it does not bound itself again. */
export const HEAP_ENV = 'MENTOR_MONITOR_HEAP_MB';

/** The --max-old-space-size (MB) for a workbook of `cells` declared cells: 2 MB per 1 000 cells, at least 512 MB. */
export function heapLimitMb(cells: number): number {
  return Math.max(MIN_HEAP_MB, Math.ceil((cells / 1000) * HEAP_MB_PER_1000_CELLS));
}

/** The heap bound for a call on `file`, or null when there is no .xlsx to size it by or the process is already bound. */
export function heapLimitFor(file: string | undefined): number | null {
  if (process.env[HEAP_ENV] || process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) return null;
  if (!file || !/\.xlsx$/i.test(file) || !existsSync(file)) return null;
  try {
    return heapLimitMb(declaredCells(readFileSync(file)));
  } catch {
    return null; // not a zip: the command itself says so
  }
}

/**
 * Runs this CLI again under the bound, with the same arguments and terminal; returns its exit code. A child the bound
 * stopped (V8 aborts when the heap is full) is run once more without it, so a workbook larger than the estimate still
 * gets its summary.
 */
export function runBounded(script: string, argv: string[], limitMb: number, say: (text: string) => void): number {
  const bounded = spawnSync(process.execPath, [`--max-old-space-size=${limitMb}`, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [HEAP_ENV]: String(limitMb) },
  });
  if (bounded.signal !== 'SIGABRT') return bounded.status ?? 2;
  say(`Не хватило ${limitMb} МБ памяти: команда выполняется ещё раз без этого предела.`);
  const free = spawnSync(process.execPath, [script, ...argv], { stdio: 'inherit', env: { ...process.env, [HEAP_ENV]: 'none' } });
  return free.status ?? 2;
}

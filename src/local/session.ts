// Opens an .xlsx workbook in the local runtime, loads the built Apps Script bundle into it and calls its globals.
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRuntime, loadBundle, loadXlsx, saveXlsx, LocalSpreadsheet } from './runtime';
import { InputError } from './csvImport';

export type Runtime = ReturnType<typeof createRuntime>;

/** Where the built bundle lives: dist/ beside the project root (this file is bundled into build/cli.js). */
export function distDir(): string {
  const dir = resolve(__dirname, '..', 'dist');
  if (!existsSync(resolve(dir, 'Code.js'))) throw new InputError(`Нет собранного дополнения (${dir}/Code.js): выполните npm run build.`);
  return dir;
}

/** Checks that a path is an existing .xlsx file (a zip), with a one-line Russian message otherwise. */
export function assertXlsx(path: string): void {
  if (!existsSync(path)) throw new InputError(`${path}: файл не найден.`);
  if (!/\.xlsx$/i.test(path)) throw new InputError(`${path}: нужен файл .xlsx.`);
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(2);
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  if (head.toString('latin1') !== 'PK') throw new InputError(`${path}: это не файл .xlsx (повреждён или другого формата).`);
}

export interface Session {
  runtime: Runtime;
  /** The bundle's globals: the same functions a menu click calls. */
  globals: Record<string, (...args: unknown[]) => unknown>;
}

export function openSession(ss: LocalSpreadsheet, onToast?: (message: string) => void): Session {
  const runtime = createRuntime(ss, { onToast });
  const globals = loadBundle(distDir(), runtime) as unknown as Session['globals'];
  return { runtime, globals };
}

export async function openXlsxSession(path: string, onToast?: (message: string) => void): Promise<Session> {
  assertXlsx(path);
  let ss: LocalSpreadsheet;
  try {
    ss = await loadXlsx(path);
  } catch (e) {
    throw new InputError(`${path}: не удалось прочитать файл .xlsx (${(e as Error).message}).`);
  }
  return openSession(ss, onToast);
}

export { saveXlsx };

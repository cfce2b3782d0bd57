// Opens an .xlsx workbook in the local runtime, loads the built Apps Script bundle into it and calls its globals.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRuntime, loadBundle, loadXlsx, saveXlsx, type LocalSpreadsheet } from './runtime';
import { InputError } from './inputError';
import { refuseOversized } from './xlsxSize';
// Types only: the bundle's globals are exactly the entry's exports (scripts/build.mjs wraps each as a top-level function).
import type * as Entry from '../main';

type Runtime = ReturnType<typeof createRuntime>;

/** The project's root: the nearest folder above this file with the project's package.json (works from src/ and build/). */
export function projectRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = resolve(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"mentor-monitor"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  throw new InputError('Не найдена папка проекта mentor-monitor.');
}

/** Where the built bundle lives: dist/ in the project root. */
export function distDir(): string {
  const dir = resolve(projectRoot(), 'dist');
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

/** The built bundle's globals, typed as the entry (src/main.ts) declares them: the CLI calls them by name, checked. */
export type BundleGlobals = typeof Entry;

export interface Session {
  runtime: Runtime;
  /** The bundle's globals: the same functions a menu click calls. */
  globals: BundleGlobals;
}

/** A global of the bundle by name. */
export type GlobalName = keyof BundleGlobals;

/**
 * Calls a global named at run time with the arguments and result src/main.ts declares for it: the one place where the
 * name picks the function, so callers that count runs or lift time limits stay typed.
 */
export function callGlobal<K extends GlobalName>(s: Session, fn: K, ...args: Parameters<BundleGlobals[K]>): ReturnType<BundleGlobals[K]> {
  const global = s.globals[fn] as (...a: Parameters<BundleGlobals[K]>) => ReturnType<BundleGlobals[K]>;
  return global(...args);
}

/** The bundle's plain data out of its realm: a JSON round trip leaves no reference into the bundle's context behind. */
export function outOfBundle<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

export function openSession(ss: LocalSpreadsheet, onToast?: (message: string) => void): Session {
  const runtime = createRuntime(ss, { onToast });
  const globals = loadBundle(distDir(), runtime) as unknown as Session['globals'];
  return { runtime, globals };
}

export async function openXlsxSession(path: string, onToast?: (message: string) => void): Promise<Session> {
  assertXlsx(path);
  refuseOversized(path);
  let ss: LocalSpreadsheet;
  try {
    ss = await loadXlsx(path);
  } catch (e) {
    throw new InputError(`${path}: не удалось прочитать файл .xlsx (${(e as Error).message}).`);
  }
  return openSession(ss, onToast);
}

/** The workbook's grid size as Sheets counts it toward its 10 million cells: every tab's rows × columns, used or not. */
export function gridCells(ss: LocalSpreadsheet): number {
  return ss.gridCellsInternal();
}

export { saveXlsx };

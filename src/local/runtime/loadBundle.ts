// Loads the built Apps Script bundle (every .js file of a folder) into a vm context whose globals are the runtime's services.
import { existsSync, statSync } from 'node:fs';
import { runInContext } from 'node:vm';
import type { Context } from 'node:vm';
import type { LocalRuntime } from './runtime';

interface GasLocal {
  require(folderPath: string, globalObject: Record<string, unknown>, options?: { filter?: (file: string) => boolean }): Context;
}

/** The bundle's top-level functions (and vars) by name. */
export type BundleContext = Record<string, (...args: unknown[]) => unknown>;

/**
 * Loads `distDir/*.js` with gas-local into a fresh vm context holding the runtime's globals and returns that context:
 * `ctx.onOpen({ authMode: 'FULL', source: runtime.spreadsheet })`. Errors the runtime throws from then on are the
 * bundle realm's `Error`, so `e instanceof Error` inside the bundle holds as in Apps Script.
 */
export function loadBundle(distDir: string, runtime: LocalRuntime): BundleContext {
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new Error(`Папка со сборкой не найдена: ${distDir}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const gasLocal = require('gas-local') as GasLocal;
  const globals: Record<string, unknown> = { ...runtime.globals };
  const ctx = gasLocal.require(distDir, globals, { filter: (f: string) => f.endsWith('.js') });
  const realmError = runInContext('Error', ctx) as ErrorConstructor;
  runtime.env.errorCtor = realmError;
  runtime.env.projectDir = distDir;
  return ctx as unknown as BundleContext;
}

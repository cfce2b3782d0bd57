// Loads the built Apps Script bundle (every .js file of a folder) into a vm context whose globals are the runtime's services.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import type { Context } from 'node:vm';
import type { LocalRuntime } from './runtime';
import { advancedServicesOf, createAdvancedSheets } from './advancedSheets';
import { createScriptRun, publicFunctions } from './scriptRun';

interface GasLocal {
  require(folderPath: string, globalObject: Record<string, unknown>, options?: { filter?: (file: string) => boolean }): Context;
}

/** The `oauthScopes` the project's appsscript.json sets, or null when it has no manifest or sets none. */
export function manifestScopesOf(distDir: string): string[] | null {
  const file = join(distDir, 'appsscript.json');
  if (!existsSync(file)) return null;
  const scopes = (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: unknown }).oauthScopes;
  return Array.isArray(scopes) ? scopes.map(String) : null;
}

/** The bundle's top-level functions (and vars) by name. */
export type BundleContext = Record<string, (...args: unknown[]) => unknown>;

/**
 * Loads `distDir/*.js` with gas-local into a fresh vm context holding the runtime's globals and returns that context:
 * `ctx.onOpen({ authMode: 'FULL', source: runtime.spreadsheet })`; each such call is one execution (LocalRuntime.execute). Errors the runtime throws from then on are the
 * bundle realm's `Error`, so `e instanceof Error` inside the bundle holds as in Apps Script.
 */
export function loadBundle(distDir: string, runtime: LocalRuntime): BundleContext {
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new Error(`Папка со сборкой не найдена: ${distDir}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const gasLocal = require('gas-local') as GasLocal;
  const globals: Record<string, unknown> = { ...runtime.globals };
  // An advanced service is a global only when the manifest enables it (Google, «Advanced Sheets Service»: it «must be
  // enabled before use», developers.google.com/apps-script/advanced/sheets); the runtime imitates the Sheets API v4.
  for (const service of advancedServicesOf(distDir)) {
    if (service.serviceId === 'sheets' && service.version === 'v4') {
      globals[service.userSymbol] = createAdvancedSheets(runtime.env, () => runtime.spreadsheet);
    }
  }
  const ctx = gasLocal.require(distDir, globals, { filter: (f: string) => f.endsWith('.js') });
  const realmError = runInContext('Error', ctx) as ErrorConstructor;
  runtime.env.errorCtor = realmError;
  runtime.env.projectDir = distDir;
  runtime.env.manifestScopes = manifestScopesOf(distDir);
  // Each call of a top-level function from outside is one Apps Script execution (clock, limits, locks, arguments).
  const executions = new Proxy(ctx as unknown as BundleContext, {
    get(target, prop) {
      const value = (target as Record<string | symbol, unknown>)[prop];
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) =>
        runtime.execute(() => {
          const given = runtime.authMode === 'CUSTOM_FUNCTION' ? runtime.customFunctionArgs(args) : args;
          return fn.apply(target, given);
        });
    },
  });
  // The sidebars' google.script.run: only the public top-level functions of these same files, each call one execution.
  const sources = readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(join(distDir, f), 'utf8'));
  runtime.scriptRun = createScriptRun(publicFunctions(sources), (name, args) => executions[name](...args), runtime.scriptRunLog);
  return executions;
}

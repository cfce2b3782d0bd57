// google.script.run as a sidebar or dialog sees it: generated from the bundle's public top-level functions, so a call to a
// private function (name ending in `_`) or a missing one fails as it does in Sheets.
import { runInNewContext } from 'node:vm';

/**
 * Google, «HTML Service: Communicate with Server Functions», section «Private functions»: «server-side functions whose
 * names end with an underscore … are not sent to the client», so google.script.run cannot call them.
 * https://developers.google.com/apps-script/guides/html/communication#private_functions
 */
export const isPrivateName = (name: string): boolean => name.endsWith('_');

/** The handler setters of google.script.run (same page, «Success handlers», «Failure handlers», «User objects»). */
const RUNNER_METHODS = ['withSuccessHandler', 'withFailureHandler', 'withUserObject'] as const;

/** Top-level function names the bundle's files declare: they are evaluated in an empty context and nothing is called. */
export function topLevelFunctions(sources: string[]): string[] {
  const ctx: Record<string, unknown> = {};
  for (const source of sources) runInNewContext(source, ctx);
  return Object.keys(ctx)
    .filter((name) => typeof ctx[name] === 'function')
    .sort();
}

/** What a client page may call: the bundle's top-level functions whose names do not end in `_`. */
export function publicFunctions(sources: string[]): string[] {
  return topLevelFunctions(sources).filter((name) => !isPrivateName(name));
}

/**
 * Every function a page calls through `google.script.run…NAME(…)`: the chain after each `google.script.run` is read up
 * to its end (`;`, `}` or `)` at depth 0), and the names called at the chain's own level, minus the handler setters.
 */
export function scriptRunTargets(text: string): string[] {
  const out = new Set<string>();
  const marker = 'google.script.run';
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
    let depth = 0;
    let quote: string | null = null;
    for (let i = at + marker.length; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ';' && depth === 0) break;
      else if (c === '.' && depth === 0) {
        const m = /^\.\s*([A-Za-z_$][\w$]*)\s*\(/.exec(text.slice(i));
        if (m && !(RUNNER_METHODS as readonly string[]).includes(m[1])) out.add(m[1]);
      }
    }
  }
  return [...out].sort();
}

/**
 * Google (same page, «Parameters and return values»): primitives, null, and objects and arrays of them pass; «a Date,
 * Function, DOM element besides a form, or other prohibited type … requests fail».
 */
function assertTransferable(value: unknown, what: string): void {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    const plain = Array.isArray(value) || proto === null || proto?.constructor?.name === 'Object';
    if (plain) {
      for (const v of Object.values(value as object)) assertTransferable(v, what);
      return;
    }
  }
  throw new Error(`${what}: недопустимый тип для google.script.run (${Object.prototype.toString.call(value)}).`);
}

type Handler = (value: unknown, userObject: unknown) => void;

export interface ScriptRunLog {
  name: string;
  args: unknown[];
}

/**
 * A google.script.run object: one method per public function and the handler setters. The local call runs at once
 * (Sheets runs it later); without a failure handler an error is thrown, so a test sees it.
 */
export function createScriptRun(
  publicNames: readonly string[],
  call: (name: string, args: unknown[]) => unknown,
  log: ScriptRunLog[] = [],
): Record<string, unknown> {
  const runner = (success: Handler | null, failure: Handler | null, userObject: unknown): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, failure, userObject),
      withFailureHandler: (f: Handler) => runner(success, f, userObject),
      withUserObject: (o: unknown) => runner(success, failure, o),
    };
    for (const name of publicNames) {
      r[name] = (...args: unknown[]) => {
        log.push({ name, args });
        let result: unknown;
        try {
          for (const a of args) assertTransferable(a, name);
          result = call(name, args);
          assertTransferable(result, name);
        } catch (e) {
          if (failure) failure(e, userObject);
          else throw e;
          return;
        }
        success?.(result, userObject);
      };
    }
    return r;
  };
  return runner(null, null, undefined);
}

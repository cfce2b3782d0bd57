// The CLI never writes over its input, and never writes two outputs into one file.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { InputError } from './inputError';

/** A path as the file system resolves it: symbolic links followed for the file or, when it does not exist yet, its folder. */
function realPath(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const dir = dirname(full);
  return existsSync(dir) ? resolve(realpathSync(dir), basename(full)) : full;
}

export interface NamedPath {
  /** How the user named it: «--json» or «входной файл». */
  option: string;
  path: string;
}

/**
 * Refuses a call whose output would replace an input (a typo such as `check a.xlsx --json a.xlsx` would destroy the
 * workbook) or whose two outputs name one file (the second would silently replace the first).
 */
export function refuseClashes(inputs: NamedPath[], outputs: NamedPath[]): void {
  const inputAt = new Map(inputs.map((i) => [realPath(i.path), i]));
  const outputAt = new Map<string, NamedPath>();
  for (const o of outputs) {
    const at = realPath(o.path);
    const input = inputAt.get(at);
    if (input)
      throw new InputError(
        `${o.option} ${o.path}: это ${input.option} — он был бы перезаписан. Укажите в ${o.option} другой файл: входной файл не перезаписывается.`,
      );
    const earlier = outputAt.get(at);
    if (earlier)
      throw new InputError(
        `${earlier.option} и ${o.option} указывают на один файл ${o.path}: второй записал бы поверх первого. Укажите разные файлы.`,
      );
    outputAt.set(at, o);
  }
}

// No import cycle crosses a folder of src/, and none lies inside domain/ or workbook/: a newcomer can read a module
// knowing only what it imports. Type-only imports count: they are dependencies of the design.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The files a file imports (relative imports resolved to .ts files or folders' index.ts). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/g)].flatMap((m) => {
    const base = resolve(dirname(file), m[1]);
    return [`${base}.ts`, join(base, 'index.ts')].filter(existsSync).slice(0, 1);
  });
}

/** Strongly connected groups of more than one file (Tarjan), as paths relative to src/. */
function cycles(): string[][] {
  const graph = new Map(files(src).map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      group.push(relative(src, w));
      if (w === v) break;
    }
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('no import cycle spans two folders of src/', () => {
  const spanning = cycles().filter((group) => new Set(group.map((f) => dirname(f))).size > 1);
  expect(spanning).toEqual([]);
});

test('no import cycle inside src/domain or src/workbook', () => {
  const inside = cycles().filter((group) => group.some((f) => f.startsWith('domain/') || f.startsWith('workbook/')));
  expect(inside).toEqual([]);
});

test('the check sees a cycle: the runtime package has its own (sheet ↔ range), allowed inside one folder', () => {
  expect(cycles().some((group) => group.includes('local/runtime/sheet.ts') && group.includes('local/runtime/range.ts'))).toBe(true);
});

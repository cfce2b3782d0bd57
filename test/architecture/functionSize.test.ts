// No top-level function under src/ over 120 lines (issue #22): a longer one does several jobs and is split into named parts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const src = resolve(__dirname, '../../src');
const LIMIT = 120;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FUNCTION_START = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\*?\s*([A-Za-z_$][\w$]*)/;
/** A closing line at column 0 with nothing after its brackets: `}`, `};`, `});` (not `): Type {` of a long signature). */
const CLOSING = /^[})][)};,]*\s*$/;
const CONST_START = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\b[^=]*=\s*(?:async\s+)?(?:\(|function\b|[A-Za-z_$][\w$]*\s*=>)/;

/**
 * Every top-level function of a file with its length in lines: from `function name` (or `const name = (…) =>`) at
 * column 0 to the first line after it that starts at column 0 with a closing `}` or `)` (Biome formats every file so).
 */
function topLevelFunctions(code: string): Array<{ name: string; line: number; lines: number }> {
  const lines = code.split('\n');
  const found: Array<{ name: string; line: number; lines: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const fn = FUNCTION_START.exec(lines[i]);
    const arrow = fn ? null : CONST_START.exec(lines[i]);
    const name = fn?.[1] ?? arrow?.[1];
    // A one-line definition (an overload, a short arrow, an empty body) ends on its own line.
    if (!name || /;\s*$|\{\s*\}\s*$/.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !CLOSING.test(lines[end])) end++;
    // A multi-line constant that holds no function (a table, a call) is not a function.
    if (arrow && !/=>|function\b/.test(lines.slice(i, end + 1).join('\n'))) continue;
    found.push({ name, line: i + 1, lines: end - i + 1 });
    i = end;
  }
  return found;
}

test('the scan measures functions and arrows from their first line to their closing brace, and skips tables', () => {
  const code = [
    'export function one(a: number): number {',
    '  if (a) {',
    '    return a;',
    '  }',
    '  return 0;',
    '}',
    'const short = (x: number) => x + 1;',
    'export const two = async (',
    '  b: string,',
    ') => {',
    '  return b;',
    '};',
    'const TABLE = [',
    '  1,',
    '];',
    'function three() {}',
    'function four(',
    '  c: number,',
    '): number {',
    '  return c;',
    '}',
  ].join('\n');
  expect(topLevelFunctions(code)).toEqual([
    { name: 'one', line: 1, lines: 6 },
    { name: 'two', line: 8, lines: 5 },
    { name: 'four', line: 17, lines: 5 },
  ]);
});

test(`no top-level function under src/ is over ${LIMIT} lines`, () => {
  const sources = files(src);
  const measured = sources.flatMap((file) =>
    topLevelFunctions(readFileSync(file, 'utf8')).map((f) => ({ ...f, at: `src/${relative(src, file)}:${f.line} ${f.name}` })),
  );
  // The scan sees the tree: hundreds of functions, the CLI's entry among them.
  expect(measured.length).toBeGreaterThan(300);
  expect(measured.map((f) => f.at)).toContainEqual(expect.stringMatching(/^src\/local\/cli\.ts:\d+ main$/));
  const long = measured.filter((f) => f.lines > LIMIT).map((f) => `${f.at}: ${f.lines} lines`);
  expect(long).toEqual([]);
});

// The README points only at files that are in the repository (links and `path/names`), so a new reader never hunts for a missing one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** Paths the README names: markdown link targets and code spans that look like a repository path (a folder and a file name). */
function namedPaths(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((p) => !/^[a-z]+:/.test(p));
  const spans = [...text.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1])
    .filter((p) => /^(\.?[\w-]+\/)+[\w.*-]+\.\w+$/.test(p) || /^\.[\w.-]+\.json$/.test(p));
  // Written by the commands (out/, dist/, build/, dist-addon/) or outside the repository (~): not files of the repository.
  return [...new Set([...links, ...spans])].filter((p) => !/^(out|dist|dist-addon|build|coverage)\/|^~|\*/.test(p));
}

test('the README names real files', () => {
  const paths = namedPaths(readme);
  expect(paths).toEqual(
    expect.arrayContaining(['docs/report.png', 'docs/note-page1.png', 'docs/benchmark.md', 'src/workbook/sheetDoc.ts']),
  );
  expect(paths.filter((p) => !existsSync(resolve(root, p)))).toEqual([]);
});

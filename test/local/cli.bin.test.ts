// The package bin rebuilds when the build is missing or src/ is newer than it, and not otherwise (checked on a folder of its own).
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { needsBuild } = jest.requireActual('../../bin/mentor-monitor.js') as { needsBuild: (root: string) => boolean };

function project(): { root: string; touch: (file: string, seconds: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'mm-bin-'));
  const touch = (file: string, seconds: number) => {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, seconds, seconds);
  };
  return { root, touch };
}

test('no build yet: build', () => {
  const { root, touch } = project();
  touch('src/main.ts', 1000);
  expect(needsBuild(root)).toBe(true);
});

test('a build newer than every source: no build', () => {
  const { root, touch } = project();
  touch('src/workbook/a.ts', 1000);
  touch('build/cli.js', 2000);
  touch('dist/Code.js', 2000);
  expect(needsBuild(root)).toBe(false);
});

test('a source edited after the build, however deep: build', () => {
  const { root, touch } = project();
  touch('build/cli.js', 2000);
  touch('dist/Code.js', 2000);
  touch('src/local/runtime/deep.ts', 3000);
  expect(needsBuild(root)).toBe(true);
});

test('an installed package without src/: the shipped build is used', () => {
  const { root, touch } = project();
  touch('build/cli.js', 2000);
  touch('dist/Code.js', 2000);
  expect(needsBuild(root)).toBe(false);
});

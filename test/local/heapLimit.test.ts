// The CLI's heap bound as README «Command line» states it: 2 MB per 1 000 declared cells of the workbook, at least 512 MB.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { HEAP_ENV, heapLimitFor, heapLimitMb } from '../../src/local/heapLimit';

test('the heap bound grows with the cells the workbook declares, never below what a small workbook needs', () => {
  expect(heapLimitMb(0)).toBe(512);
  // The Tomsk sample with its 20 unit tabs and a workbook of 200 units: the floor.
  expect(heapLimitMb(4_000)).toBe(512);
  expect(heapLimitMb(256_000)).toBe(512);
  // 2 000 generated units (test/helpers/scaledCsv.ts, then `tabs`): 365 287 declared cells → 731 MB.
  expect(heapLimitMb(365_287)).toBe(731);
  // A region the size of Sheets' limit gets what it needs: 10 million cells → 20 000 MB.
  expect(heapLimitMb(10_000_000)).toBe(20_000);
});

test('a call without a workbook to size it by runs as it is', () => {
  expect(heapLimitFor(undefined)).toBeNull();
  expect(heapLimitFor('data/tomsk-2021/forms.csv')).toBeNull();
  expect(heapLimitFor('/no/such/file.xlsx')).toBeNull();
});

test('a workbook larger than the estimate still gets its result: a child the bound stops runs once more without it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mm-heap-'));
  const script = join(folder, 'grows.js');
  // Fills the heap while bounded; without the bound (the rerun) it ends at once with code 0.
  writeFileSync(
    script,
    `if (process.env.${HEAP_ENV} !== 'none') { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }\nprocess.exitCode = 0;\n`,
  );
  // runBounded runs in a process of its own: the bounded child shares its stderr, and V8's «heap out of memory» there
  // would make jest take this test's worker for the one out of memory and stop it.
  const runner = join(folder, 'runner.js');
  buildSync({
    entryPoints: [resolve('src/local/heapLimit.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: join(folder, 'heapLimit.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    runner,
    `const { runBounded } = require('./heapLimit.js');\nconst said = [];\nconst code = runBounded(${JSON.stringify(script)}, [], 16, (t) => said.push(t));\nprocess.stdout.write(JSON.stringify({ said, code }));\n`,
  );
  // Its packages from this project's node_modules (the bundle leaves them out).
  const r = spawnSync(process.execPath, [runner], { encoding: 'utf8', env: { ...process.env, NODE_PATH: resolve('node_modules') } });
  const { said, code } = JSON.parse(r.stdout) as { said: string[]; code: number };
  expect(said).toEqual(['Не хватило 16 МБ памяти: команда выполняется ещё раз без этого предела.']);
  expect(code).toBe(0);
  // The bounded child did run out of its 16 MB, as V8 says it.
  expect(r.stderr).toContain('heap out of memory');
});

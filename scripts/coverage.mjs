// npm run coverage: V8 coverage of the code the tests really run — modules the tests import, the built Apps Script bundle
// that gas-local runs in a vm, and the CLI subprocesses — mapped back to src/ and printed by layer.
//
// Two collectors, because each sees what the other cannot: jest's V8 coverage maps the TypeScript it transformed itself;
// NODE_V8_COVERAGE (inherited by every child process, read by c8) catches dist/Code.js in the vm and build/cli.js in subprocesses,
// both built with inline source maps (MENTOR_MONITOR_SOURCEMAPS=inline, see scripts/build.mjs). Both turn V8 ranges into
// per-line counts, so the two maps merge line by line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createCoverageMap } = require('istanbul-lib-coverage');

/** The layers of src/, in the order of the architecture (domain ← workbook ← entry; report, local, documents and dialogs outside the bundle). */
export const LAYERS = [
  ['domain', (f) => f.startsWith('src/domain/')],
  ['workbook', (f) => f.startsWith('src/workbook/')],
  ['entry', (f) => f === 'src/main.ts'],
  ['report', (f) => f.startsWith('src/report/')],
  ['local', (f) => f.startsWith('src/local/')],
  ['documents', (f) => f.startsWith('src/documents/')],
  ['dialogs', (f) => f.startsWith('src/dialogs/')],
];

/** Files the issue names: they run only inside the bundle or as the CLI, so only this coverage counts them. */
const WATCHED = ['src/main.ts', 'src/workbook/actions.ts', 'src/workbook/gasWriter.ts', 'src/workbook/menu.ts', 'src/local/cli.ts'];

function run() {
  const out = join(root, 'coverage');
  // --report-only: report again from the coverage a previous run left in coverage/ (no tests run).
  const reportOnly = process.argv.includes('--report-only');
  if (!reportOnly) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  }
  const bin = (name) => join(root, 'node_modules/.bin', name);
  const env = { ...process.env, MENTOR_MONITOR_SOURCEMAPS: 'inline' };
  const v8 = join(out, 'v8');
  // Jest under NODE_V8_COVERAGE (what c8 does): every process it starts writes its V8 coverage into coverage/v8.
  const jest = [
    '--coverage',
    '--coverageProvider=v8',
    '--coverageReporters=json',
    `--coverageDirectory=${join(out, 'jest')}`,
    '--collectCoverageFrom=src/**/*.ts',
    ...process.argv.slice(2).filter((a) => a !== '--report-only'),
  ];
  const r = reportOnly
    ? { status: 0 }
    : spawnSync(bin('jest'), jest, { cwd: root, stdio: 'inherit', env: { ...env, NODE_V8_COVERAGE: v8 } });
  // The report maps offsets through the inline source maps in the files on disk: build them again (esbuild's output
  // is the same bytes, the map comment aside), in case anything rebuilt dist/ without maps meanwhile.
  spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore', env });
  spawnSync(
    bin('c8'),
    [
      'report',
      '--temp-directory',
      v8,
      '--report-dir',
      join(out, 'bundle'),
      '--reporter=json',
      '--include',
      'dist/Code.js',
      '--include',
      'build/cli.js',
    ],
    { cwd: root, stdio: 'inherit', env },
  );
  const map = createCoverageMap({});
  for (const part of ['jest', 'bundle']) {
    const file = join(out, part, 'coverage-final.json');
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const [path, fc] of Object.entries(data)) {
      const rel = relative(root, path).split('\\').join('/');
      if (rel.startsWith('src/')) map.merge({ [path]: fc });
    }
  }
  const rows = summarize(map);
  print(rows, map);
  writeFileSync(join(out, 'layers.json'), `${JSON.stringify(rows, null, 2)}\n`);
  // Rebuild without source maps so dist/ is again what clasp would push.
  spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, MENTOR_MONITOR_SOURCEMAPS: '' },
  });
  process.exit(r.status ?? 1);
}

function summarize(map) {
  const totals = {};
  for (const [layer] of LAYERS) totals[layer] = { files: 0, lines: [0, 0], functions: [0, 0], branches: [0, 0] };
  for (const path of map.files()) {
    const rel = relative(root, path).split('\\').join('/');
    const layer = LAYERS.find(([, test]) => test(rel));
    if (!layer) continue;
    const s = map.fileCoverageFor(path).toSummary();
    const t = totals[layer[0]];
    t.files++;
    for (const k of ['lines', 'functions', 'branches']) {
      t[k][0] += s[k].covered;
      t[k][1] += s[k].total;
    }
  }
  return totals;
}

const pct = ([covered, total]) => (total ? ((100 * covered) / total).toFixed(1).replace('.', ',') : '—');

function print(rows, map) {
  const lines = ['', 'Coverage by layer (lines, functions, branches: covered / total)', ''];
  lines.push('layer     files   lines                 functions             branches');
  for (const [layer, t] of Object.entries(rows)) {
    const cell = (k) => `${pct(t[k]).padStart(5)} % ${`${t[k][0]}/${t[k][1]}`.padEnd(13)}`;
    lines.push(`${layer.padEnd(9)} ${String(t.files).padStart(5)}   ${cell('lines')} ${cell('functions')} ${cell('branches')}`);
  }
  lines.push('', 'Files that run only in the bundle or as the CLI:');
  for (const rel of WATCHED) {
    const path = map.files().find((p) => relative(root, p).split('\\').join('/') === rel);
    const s = path ? map.fileCoverageFor(path).toSummary().lines : null;
    lines.push(`  ${rel.padEnd(28)} ${s ? `${pct([s.covered, s.total])} % of ${s.total} lines` : 'not counted'}`);
  }
  console.log(lines.join('\n'));
}

run();

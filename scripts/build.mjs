// Builds dist/ for Apps Script (one IIFE bundle plus top-level wrappers carrying the entry file's JSDoc) and build/cli.js for Node.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = 'MentorMonitor';

/** Every `export function NAME(params)` of the entry file with the JSDoc right above it. */
export function entryFunctions(source) {
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export function (\w+)\s*\(([^)]*)\)/g;
  const out = [];
  for (const m of source.matchAll(re)) {
    const params = m[3]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.match(/^\w+/)[0]);
    out.push({ doc: (m[1] ?? '').trim(), name: m[2], params });
  }
  return out;
}

/**
 * dist/NoteDialog.html: the «Скачать справку (.docx)» dialog, its page script and Word writer bundled for the browser;
 * dist/LettersDialog.html: the «Письма единицам» dialog, the same with the zip writer; dist/RegionDialog.html: the
 * «Передать в регион» dialog with its .xlsx writer (fflate).
 */
async function buildDialog(entry, name) {
  const page = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
  });
  const script = page.outputFiles[0].text;
  // The script sits inside <script>…</script>: a closing tag in its text would end it early.
  if (/<\/script/i.test(script)) throw new Error(`${name}: the bundled script contains "</script".`);
  writeFileSync(
    join(root, `dist/${name}.html`),
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><base target="_top"></head><body><script>${script}</script></body></html>\n`,
  );
}

const SCENARIOS_GLOBAL = 'MentorMonitorScenarios';

/**
 * dist-scenarios/: a separate Apps Script project for a scratch spreadsheet — the very same dist/ files plus Scenarios.js
 * (src/scenarios, with one top-level runScenarios()). Never part of dist/, the user's bundle.
 */
async function buildScenarios() {
  const out = join(root, 'dist-scenarios');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, 'dist'), out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/scenarios/scenarios.ts')],
    bundle: true,
    format: 'iife',
    globalName: SCENARIOS_GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    banner: {
      js: '// Mentor Monitor end-to-end scenarios (test project only). Source: src/scenarios in the repository.',
    },
    footer: {
      js: `
/** Runs every scenario in this (scratch) spreadsheet; one PASS/FAIL line each, in the execution log. */
function runScenarios() {
  return ${SCENARIOS_GLOBAL}.runScenarios();
}
`,
    },
  });
  writeFileSync(join(out, 'Scenarios.js'), result.outputFiles[0].text);
}

/**
 * dist-large/: the «large region» deployment — the very same dist/ files with appsscript.large.json as the manifest. It
 * enables the Sheets advanced service (Google, «Manifest structure», dependencies.enabledAdvancedServices: userSymbol
 * Sheets, serviceId sheets, version v4 — developers.google.com/apps-script/manifest/dependencies) and asks for the
 * spreadsheets scope that the Sheets API's methods require (spreadsheets.values.batchGet, «Authorization scopes»): the
 * bundle reads every tab with batchGet when the `Sheets` global is there (src/workbook/batchRead.ts).
 */
function buildLarge() {
  const out = join(root, 'dist-large');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, 'dist'), out, { recursive: true });
  copyFileSync(join(root, 'appsscript.large.json'), join(out, 'appsscript.json'));
}

export async function buildAll() {
  // MENTOR_MONITOR_SOURCEMAPS=inline (set by npm run coverage): V8 coverage of the bundle and the CLI maps back to src/.
  const sourcemap = process.env.MENTOR_MONITOR_SOURCEMAPS === 'inline' ? 'inline' : false;
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  const entry = join(root, 'src/main.ts');
  const wrappers = entryFunctions(readFileSync(entry, 'utf8')).map(
    ({ doc, name, params }) =>
      `${doc ? `${doc}\n` : ''}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL}.${name}(${params.join(', ')});\n}\n`,
  );
  const header = '// Mentor Monitor (Мониторинг наставничества) — built bundle. Do not edit: the source is src/ in the repository.';
  // Header and wrappers as esbuild's banner and footer, so an inline source map (npm run coverage) still lines up.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    outfile: join(root, 'dist/Code.js'),
    charset: 'utf8',
    legalComments: 'none',
    sourcemap,
    banner: { js: header },
    footer: { js: `\n${wrappers.join('\n')}` },
  });
  writeFileSync(join(root, 'dist/Code.js'), result.outputFiles[0].text);
  copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));
  await buildDialog('src/dialogs/noteDialog.ts', 'NoteDialog');
  await buildDialog('src/dialogs/lettersDialog.ts', 'LettersDialog');
  await buildDialog('src/dialogs/regionDialog.ts', 'RegionDialog');
  await buildScenarios();
  buildLarge();

  for (const name of ['cli', 'bench']) {
    await build({
      entryPoints: [join(root, `src/local/${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: join(root, `build/${name}.js`),
      external: ['exceljs', 'gas-local', 'playwright-core', '@resvg/resvg-js'],
      charset: 'utf8',
      logLevel: 'warning',
      sourcemap,
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().then(
    () =>
      console.log(
        'Собрано: dist/ (Code.js, NoteDialog.html, LettersDialog.html, RegionDialog.html, appsscript.json), dist-scenarios/, dist-large/, build/cli.js, build/bench.js',
      ),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}

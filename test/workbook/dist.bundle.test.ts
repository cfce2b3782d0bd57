// The built dist/ is what clasp pushes: plain top-level functions with the custom formulas' JSDoc, and the narrow manifest.
import { readFileSync } from 'node:fs';

const code = readFileSync('dist/Code.js', 'utf8');
const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));

test('custom formulas are top-level functions carrying @customfunction JSDoc with their parameter names', () => {
  for (const [name, params] of [
    ['COVERAGE', ['part', 'total']],
    ['PLAN', ['indicator', 'year', 'settings']],
    ['STATUS', ['value', 'indicator', 'year', 'settings', 'previous']],
    ['GROWTHPCT', ['previous', 'current']],
  ] as const) {
    const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
    expect(m).not.toBeNull();
    expect(m![1]).toContain('@customfunction');
    expect(m![2].split(',').map((p) => p.trim())).toEqual(params);
    for (const p of params) expect(m![1]).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `));
  }
});

test('menu handlers and triggers are top-level functions; no ES module syntax that Apps Script rejects', () => {
  for (const fn of [
    'onOpen',
    'onInstall',
    'setupWorkbook',
    'createTabs',
    'checkData',
    'buildSummary',
    'applyProtections',
    'startNewYear',
    'closeIntake',
    'openIntake',
  ]) {
    expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
  }
  expect(code).not.toMatch(/^\s*(export|import)\s/m);
});

test('the manifest: V8, Asia/Tomsk, the two narrow scopes and userinfo.email for the protections', () => {
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Tomsk');
  // userinfo.email: Google's reference (base/session, getEffectiveUser, «Authorization») lists it for
  // Session.getEffectiveUser(), which Google's sample for Class Protection adds as an editor before removing the others.
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
  // The default deployment never asks for the broader scope nor enables an advanced service: the «large region» mode
  // is a deployment of its own (dist-large/).
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  expect(manifest.dependencies).toEqual({});
});

test('the «large region» deployment: the same code, the Sheets advanced service and the spreadsheets scope its methods need', () => {
  const large = JSON.parse(readFileSync('dist-large/appsscript.json', 'utf8'));
  expect(readFileSync('dist-large/Code.js', 'utf8')).toBe(code);
  // Google, «Manifest structure» (manifest/dependencies): enabledAdvancedServices with userSymbol, serviceId, version.
  expect(large.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }]);
  // spreadsheets.values.batchGet, «Authorization scopes»: drive, drive.readonly, drive.file, spreadsheets or
  // spreadsheets.readonly — not spreadsheets.currentonly. The narrowest that also lets the menu write is spreadsheets.
  expect(large.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
  const { timeZone, runtimeVersion, exceptionLogging } = manifest;
  expect(large).toMatchObject({ timeZone, runtimeVersion, exceptionLogging });
});

test('clasp would push exactly the bundle, the three dialog pages and the manifest; the add-on deployment adds only its one-line marker', () => {
  const { spawnSync } = jest.requireActual('node:child_process') as typeof import('node:child_process');
  const status = (...args: string[]) =>
    JSON.parse(spawnSync('node_modules/.bin/clasp', ['status', '--json', ...args], { encoding: 'utf8' }).stdout);
  expect(status().filesToPush.sort()).toEqual([
    'dist/Code.js',
    'dist/LettersDialog.html',
    'dist/NoteDialog.html',
    'dist/RegionDialog.html',
    'dist/appsscript.json',
  ]);
  const { prepareAddon } = jest.requireActual('../../src/local/addonDist') as typeof import('../../src/local/addonDist');
  prepareAddon();
  expect(status('-P', '.clasp.addon.json').filesToPush.sort()).toEqual([
    'dist-addon/Code.js',
    'dist-addon/LettersDialog.html',
    'dist-addon/NoteDialog.html',
    'dist-addon/RegionDialog.html',
    'dist-addon/appsscript.json',
    'dist-addon/deployment.js',
  ]);
  expect(readFileSync('dist-addon/Code.js', 'utf8')).toBe(code);
  // npm run push:large pushes the «large region» deployment: the same files and its own manifest.
  expect(status('-P', '.clasp.large.json').filesToPush.sort()).toEqual([
    'dist-large/Code.js',
    'dist-large/LettersDialog.html',
    'dist-large/NoteDialog.html',
    'dist-large/RegionDialog.html',
    'dist-large/appsscript.json',
  ]);
});

test('no custom function shares a name with a Sheets built-in (the list and its source: test/fixtures/sheets-builtin-functions.txt)', () => {
  // Google, guides/sheets/functions, «Naming»: a custom function's name must differ from the built-in functions' names
  // and must not end with an underscore. https://developers.google.com/apps-script/guides/sheets/functions#naming
  const builtins = new Set(
    readFileSync('test/fixtures/sheets-builtin-functions.txt', 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  expect(builtins.has('GROWTH')).toBe(true);
  expect(builtins.size).toBeGreaterThan(450);
  const custom = [...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function (\w+)\(/g)]
    .filter((m) => m[1].includes('@customfunction'))
    .map((m) => m[2]);
  expect(custom.sort()).toEqual(['COVERAGE', 'GROWTHPCT', 'PLAN', 'STATUS']);
  for (const name of custom) {
    expect(builtins.has(name.toUpperCase())).toBe(false);
    expect(name.endsWith('_')).toBe(false);
  }
});

// The README's deployment steps, run as far as they go without a Google account: in a fresh copy of the project with an
// empty home folder (no clasp credentials), every command exists, each `npm run clasp:… -- --create` gets to the login
// point with clasp reading the step's own folder (it would otherwise write over the repository's .clasp.json and
// appsscript.json), and the new project's ids go into the right project file only.
// clasp 3.4.1 (node_modules): without credentials it stops with «No credentials found.» before any network call.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLASP = join(ROOT, 'node_modules/.bin/clasp');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** The commands of a README section: every `code span` that starts with npx, npm or mkdir, split at `&&`. */
function commands(heading: string): string[] {
  const start = readme.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = readme.slice(start, readme.indexOf('\n#', start + heading.length));
  // «…» marks a pattern the text speaks of (`npm run clasp:… -- --create`), not a command to run.
  return [...section.matchAll(/`((?:npx|npm|mkdir) [^`…]+)`/g)].flatMap((m) => m[1].split(/\s*&&\s*/));
}

const BOUND = commands('### Bound script, step by step');
const ADDON = commands('### Editor Add-on, step by step');
const SCENARIOS = commands('### End-to-end scenarios in a real spreadsheet (maintainers)');

function run(cwd: string, home: string, file: string, args: string[], extraEnv: Record<string, string> = {}) {
  // No clasp settings from the environment: the empty home folder is all it sees.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('clasp_config') && k !== 'DEBUG'));
  const r = spawnSync(file, args, { cwd, encoding: 'utf8', env: { ...env, HOME: home, USERPROFILE: home, ...extraEnv } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Splits a shell line into words, honouring double quotes (all the README uses). */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

const helps = new Map<string, { status: number | null; out: string }>();
const helpOf = (command: string) => {
  if (!helps.has(command)) helps.set(command, run(ROOT, tmpdir(), CLASP, [command, '--help']));
  return helps.get(command)!;
};

test('every npm script and clasp command (with its options) the deployment steps use exists', () => {
  expect(BOUND.length).toBeGreaterThan(5);
  expect(ADDON.length).toBeGreaterThan(2);
  expect(SCENARIOS.length).toBeGreaterThan(3);
  for (const line of [...BOUND, ...ADDON, ...SCENARIOS]) {
    const w = words(line);
    if (w[0] === 'npm' && w[1] === 'run') expect(Object.keys(scripts)).toContain(w[2]);
    if (w[0] !== 'npx') continue;
    expect(w[1]).toBe('clasp');
    const rest = w.slice(2);
    if (rest[0] === '-P') rest.splice(0, 2);
    const help = helpOf(rest[0]);
    expect(help.status).toBe(0);
    for (const option of rest.filter((x) => x.startsWith('--'))) expect(help.out).toContain(option);
  }
});

/** A fresh copy of what the deployment steps touch, with node_modules linked and an empty home (no clasp login). */
function clone() {
  const dir = mkdtempSync(join(tmpdir(), 'mm-clone-'));
  const home = mkdtempSync(join(tmpdir(), 'mm-home-'));
  for (const f of ['.clasp.json', '.clasp.addon.json', '.clasp.scenarios.json', 'appsscript.json', 'package.json', 'scripts', 'dist']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, home };
}

/** The repository's files clasp must never overwrite, as they are now. */
const guarded = (dir: string) =>
  Object.fromEntries(
    ['.clasp.json', '.clasp.addon.json', '.clasp.scenarios.json', 'appsscript.json'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** The `npm run clasp:… -- --create` steps of the three sections, as [npm script, project file]. */
const CREATES = [...new Set([...BOUND, ...ADDON, ...SCENARIOS])]
  .map((line) => words(line))
  .filter((w) => w[0] === 'npm' && w[2]?.startsWith('clasp:') && w.at(-1) === '--create')
  .map((w) => ({ script: w[2], file: words(scripts[w[2]]).at(-1)! }));

test('each «--create» step gets to the login with clasp reading its own folder, and writes nothing outside it', () => {
  expect(CREATES.map((c) => c.file)).toEqual(['.clasp.json', '.clasp.addon.json', '.clasp.scenarios.json']);
  const { dir, home } = clone();
  const before = guarded(dir);
  for (const { script, file } of CREATES) {
    const [node, path, ...args] = words(scripts[script]);
    // clasp's debug log names the project file it took (core/clasp.js, initClaspInstance).
    const r = run(dir, home, node, [path, ...args, '--create'], { DEBUG: 'clasp:core' });
    const folder = {
      '.clasp.json': '.bound-project',
      '.clasp.addon.json': '.addon-project',
      '.clasp.scenarios.json': '.scenarios-project',
    }[file]!;
    expect(r.status).toBe(2);
    expect(r.out).toContain('No credentials found.');
    expect(r.out).toContain(`Project config found at ${join(dir, folder, '.clasp.json')}`);
    expect(r.out).not.toContain('No project found');
    expect(r.out).toContain(`clasp create не создал проект (код 1): ${file} не изменён.`);
  }
  expect(guarded(dir)).toEqual(before);
});

test('the trap the steps avoid: «clasp -P DIR create» without DIR/.clasp.json takes the working folder as the project', () => {
  const { dir, home } = clone();
  mkdirSync(join(dir, '.bound-project'));
  const r = run(dir, home, CLASP, ['-P', '.bound-project', 'create', '--type', 'sheets', '--title', 'x'], { DEBUG: 'clasp:core' });
  // …so a create after the login would write the repository's .clasp.json and pull appsscript.json into it.
  expect(r.out).toContain(`No project found, defaulting to ${dir}`);
});

test('once clasp has created the project, the step copies scriptId and parentId into the right file; open-container opens it', () => {
  const { dir, home } = clone();
  const before = guarded(dir);
  const ids: Record<string, { scriptId: string; parentId?: string }> = {
    '.bound-project': { scriptId: 'BOUND-script-id-0123456789abcdef', parentId: 'BOUND-spreadsheet-id-0123456789' },
    '.addon-project': { scriptId: 'ADDON-script-id-0123456789abcdef' },
    '.scenarios-project': { scriptId: 'SCEN-script-id-0123456789abcdef', parentId: 'SCEN-spreadsheet-id-0123456789' },
  };
  for (const [folder, id] of Object.entries(ids)) {
    // What clasp 3.4.1's create writes after a login (core/project.js, updateSettings): the folder's own project file.
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, '.clasp.json'), JSON.stringify({ ...id, rootDir: '', scriptExtensions: ['.js', '.gs'] }, null, 2));
  }
  for (const { script } of CREATES) {
    const [node, path, ...args] = words(scripts[script]);
    const r = run(dir, home, node, [path, ...args, '--create']);
    if (r.status !== 0) throw new Error(r.out);
  }
  const json = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  expect(json('.clasp.json')).toEqual({ ...JSON.parse(before['.clasp.json']), ...ids['.bound-project'], rootDir: 'dist' });
  expect(json('.clasp.addon.json')).toEqual({
    ...JSON.parse(before['.clasp.addon.json']),
    ...ids['.addon-project'],
    rootDir: 'dist-addon',
  });
  expect(json('.clasp.scenarios.json')).toMatchObject({ ...ids['.scenarios-project'], rootDir: 'dist-scenarios' });
  expect(readFileSync(join(dir, 'appsscript.json'), 'utf8')).toBe(before['appsscript.json']);
  // Without a terminal clasp prints the address instead of opening a browser (commands/utils.js, openUrl).
  expect(run(dir, home, CLASP, ['open-container']).out).toContain('https://drive.google.com/open?id=BOUND-spreadsheet-id-0123456789');
  // A bare script id (an existing spreadsheet) drops the old parentId: it belonged to another project.
  expect(run(dir, home, process.execPath, ['scripts/clasp-project.mjs', '.clasp.json', 'OTHER-script-id-0123456789abcdef']).status).toBe(0);
  expect(json('.clasp.json').parentId).toBeUndefined();

  // Each project file pushes what it should (clasp status works offline).
  const status = (...args: string[]) =>
    JSON.parse(
      run(dir, home, CLASP, ['status', '--json', ...args])
        .out.trim()
        .split('\n')
        .at(-1)!,
    );
  expect(status().filesToPush.sort()).toEqual([
    'dist/Code.js',
    'dist/LettersDialog.html',
    'dist/NoteDialog.html',
    'dist/RegionDialog.html',
    'dist/appsscript.json',
  ]);
  cpSync(join(dir, 'dist'), join(dir, 'dist-addon'), { recursive: true });
  expect(status('-P', '.clasp.addon.json').filesToPush.sort()).toEqual([
    'dist-addon/Code.js',
    'dist-addon/LettersDialog.html',
    'dist-addon/NoteDialog.html',
    'dist-addon/RegionDialog.html',
    'dist-addon/appsscript.json',
  ]);
});

test("clasp create where the repository's .clasp.json is: refused, which is why the steps create in their own folder", () => {
  const home = mkdtempSync(join(tmpdir(), 'mm-home-'));
  const dir = mkdtempSync(join(tmpdir(), 'mm-clone-'));
  cpSync(join(ROOT, '.clasp.json'), join(dir, '.clasp.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  expect(run(dir, home, CLASP, ['create', '--type', 'sheets', '--title', 'x', '--rootDir', 'dist']).out).toContain(
    'Project file already exists.',
  );
});

test('clasp-project.mjs refuses what is not a script id or not one of the two project files, with a Russian message', () => {
  const node = process.execPath;
  const script = join(ROOT, 'scripts/clasp-project.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'mm-ids-'));
  expect(run(dir, tmpdir(), node, [script, '.clasp.json', 'abc']).out).toContain('не похоже на идентификатор скрипта');
  expect(run(dir, tmpdir(), node, [script, 'other.json', 'x'.repeat(30)]).out).toContain(
    'ожидается .clasp.json, .clasp.addon.json, .clasp.scenarios.json',
  );
  expect(run(dir, tmpdir(), node, [script, 'other.json', '--create']).out).toContain('other.json: ожидается .clasp.json');
});

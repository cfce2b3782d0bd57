// The README's deployment steps, run as far as they go without a Google account: in a fresh copy of the project with an
// empty home folder (no clasp credentials), every command exists, `clasp -P DIR create` gets to the login point instead
// of «Project file already exists.», and the add-on's id goes into .clasp.addon.json without touching .clasp.json.
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
  return [...section.matchAll(/`((?:npx|npm|mkdir) [^`]+)`/g)].flatMap((m) => m[1].split(/\s*&&\s*/));
}

const BOUND = commands('### Bound script, step by step');
const ADDON = commands('### Editor Add-on, step by step');

function run(cwd: string, home: string, file: string, args: string[]) {
  // No clasp settings from the environment: the empty home folder is all it sees.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('clasp_config')));
  const r = spawnSync(file, args, { cwd, encoding: 'utf8', env: { ...env, HOME: home, USERPROFILE: home } });
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
  expect(ADDON.length).toBeGreaterThan(4);
  for (const line of [...BOUND, ...ADDON]) {
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

test('from a fresh copy: both projects are created in their own folders up to the login, then their ids land in the right files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-clone-'));
  const home = mkdtempSync(join(tmpdir(), 'mm-home-'));
  for (const f of ['.clasp.json', '.clasp.addon.json', '.claspignore', 'package.json', 'scripts', 'dist']) {
    try {
      cpSync(join(ROOT, f), join(dir, f), { recursive: true });
    } catch {
      // .claspignore is optional
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const boundBefore = readFileSync(join(dir, '.clasp.json'), 'utf8');
  // What clasp writes after a successful create (it cannot get there without a login): a project file with the id.
  const createdBy: Record<string, string> = {};

  for (const line of [...BOUND, ...ADDON]) {
    const w = words(line);
    if (w[0] === 'mkdir') {
      mkdirSync(join(dir, w.at(-1)!), { recursive: true });
    } else if (w[0] === 'npx' && w.includes('create')) {
      const r = run(dir, home, CLASP, w.slice(2));
      expect(r.out).not.toContain('Project file already exists.');
      expect(r.out).toContain('No credentials found.');
      const folder = w[w.indexOf('-P') + 1];
      createdBy[folder] = `${folder.includes('addon') ? 'ADDON' : 'BOUND'}-script-id-0123456789abcdef`;
      writeFileSync(join(dir, folder, '.clasp.json'), JSON.stringify({ scriptId: createdBy[folder] }));
    } else if (w[0] === 'npm' && w[1] === 'run' && w[2].startsWith('clasp:') && w.includes('--')) {
      const script = words(scripts[w[2]]);
      const r = run(dir, home, script[0], [...script.slice(1), ...w.slice(w.indexOf('--') + 1)]);
      if (r.status !== 0) throw new Error(`${line}: ${r.out}`);
    }
  }
  expect(Object.keys(createdBy).sort()).toEqual(['.addon-project', '.bound-project']);
  const bound = JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8'));
  const addon = JSON.parse(readFileSync(join(dir, '.clasp.addon.json'), 'utf8'));
  expect(bound).toEqual({ ...JSON.parse(boundBefore), scriptId: createdBy['.bound-project'], rootDir: 'dist' });
  expect(addon).toMatchObject({ scriptId: createdBy['.addon-project'], rootDir: 'dist-addon' });

  // Each project file pushes what it should (clasp status works offline).
  const status = (...args: string[]) => JSON.parse(run(dir, home, CLASP, ['status', '--json', ...args]).out.trim().split('\n').at(-1)!);
  expect(status().filesToPush.sort()).toEqual(['dist/Code.js', 'dist/NoteDialog.html', 'dist/appsscript.json']);
  cpSync(join(dir, 'dist'), join(dir, 'dist-addon'), { recursive: true });
  expect(status('-P', '.clasp.addon.json').filesToPush.sort()).toEqual(['dist-addon/Code.js', 'dist-addon/NoteDialog.html', 'dist-addon/appsscript.json']);
});

test('clasp create where the repository\'s .clasp.json is: refused, which is why the steps create in their own folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'mm-home-'));
  const dir = mkdtempSync(join(tmpdir(), 'mm-clone-'));
  cpSync(join(ROOT, '.clasp.json'), join(dir, '.clasp.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  expect(run(dir, home, CLASP, ['create', '--type', 'sheets', '--title', 'x', '--rootDir', 'dist']).out).toContain('Project file already exists.');
});

test('clasp-project.mjs refuses what is not a script id or not one of the two project files, with a Russian message', () => {
  const node = process.execPath;
  const script = join(ROOT, 'scripts/clasp-project.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'mm-ids-'));
  expect(run(dir, tmpdir(), node, [script, '.clasp.json', 'abc']).out).toContain('не похоже на идентификатор скрипта');
  expect(run(dir, tmpdir(), node, [script, 'other.json', 'x'.repeat(30)]).out).toContain('ожидается .clasp.json, .clasp.addon.json, .clasp.scenarios.json');
});

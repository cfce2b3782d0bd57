// Tests mirror src/: a test lives in the test/ folder of the src/ folder it tests and is named after the module it
// tests, or says by its kind that it runs the product whole (README «Tests that hold the rules»).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Folders of test/ that mirror nothing: the structure's own tests and the shared helpers. */
const EXEMPT = ['architecture', 'helpers'];

/**
 * Kinds of test that run the product whole rather than one module, and the one folder each lives in: a menu item through
 * the built bundle (`<menu item>.bundle.test.ts`) or a literal 2 000-unit check in test/workbook, a command through
 * the CLI (`<command>.cli.test.ts`) in test/local; the pins of the named mutations, which move constants of many domain
 * modules across their boundaries (`mutations.constants.test.ts`, scripts/named-mutations.mjs), in test/domain.
 */
const TOPIC_KINDS: Record<string, string> = { bundle: 'workbook', scale: 'workbook', cli: 'local', constants: 'domain' };

/** The folders test/ had before it mirrored src/, and where their tests went. */
const MOVED: Record<string, (base: string) => string> = {
  bundle: (base) => `test/workbook/${base.replace(/\.bundle$/, '')}.bundle.test.ts`,
  runtime: (base) => `test/local/runtime/${base}.test.ts`,
  bench: (base) => `test/local/bench/${base}.test.ts`,
  browser: (base) => `test/<the folder of the module it shows>/${base.replace(/\.browser$/, '')}.browser.test.ts`,
};

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? testFiles(path) : f.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

/** Every module of src/ (a .ts file or a folder) by its name, with the folders it is in. */
function modulesByName(dir = join(root, 'src'), out = new Map<string, string[]>()): Map<string, string[]> {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    const folder = relative(root, dir).replace(/^src\/?/, '');
    const isDir = statSync(path).isDirectory();
    if (!isDir && !f.endsWith('.ts')) continue;
    const name = f.replace(/\.ts$/, '');
    out.set(name, [...(out.get(name) ?? []), folder]);
    if (isDir) modulesByName(path, out);
  }
  return out;
}

/**
 * What is wrong with a test file's place or name, and where it belongs; null when it follows the rule. `isModule`
 * tells whether src/<folder>/<name> is a module (a .ts file or a folder).
 */
function misplaced(file: string, isModule: (folder: string, name: string) => boolean, modules: Map<string, string[]>): string | null {
  const rel = file.replace(/^test\//, '');
  const slash = rel.lastIndexOf('/');
  const folder = slash < 0 ? '' : rel.slice(0, slash);
  const base = rel.slice(slash + 1).replace(/\.test\.ts$/, '');
  if (rel === 'readme.test.ts' || EXEMPT.includes(folder.split('/')[0])) return null;
  const moved = MOVED[folder];
  if (moved) return `${file}: test/${folder}/ is gone (tests mirror src/) — move it to ${moved(base)}.`;
  const parts = base.split('.');
  const kind = parts.length > 1 ? parts[parts.length - 1] : '';
  const home = TOPIC_KINDS[kind];
  if (home !== undefined) {
    return folder === home ? null : `${file}: a .${kind}.test.ts belongs in test/${home}/ — move it to test/${home}/${base}.test.ts.`;
  }
  const module = parts[0];
  if (folder !== '' && isModule(folder, module)) return null;
  const elsewhere = (modules.get(module) ?? []).filter((f) => f !== '');
  if (elsewhere.length) {
    return `${file}: src/${elsewhere[0]}/${module} is in src/${elsewhere[0]} — move it to test/${elsewhere[0]}/${base}.test.ts.`;
  }
  return (
    `${file}: no module src/${folder ? `${folder}/` : ''}${module}. Name it after the module it tests ` +
    `(test/<src folder>/<module>.test.ts, or <module>.<aspect>.test.ts for one side of it); a menu item run through ` +
    `the built bundle belongs in test/workbook/${module}.bundle.test.ts, a command run through the CLI in ` +
    `test/local/${module}.cli.test.ts.`
  );
}

const modules = modulesByName();
const onDisk = (folder: string, name: string) =>
  existsSync(join(root, 'src', folder, `${name}.ts`)) || existsSync(join(root, 'src', folder, name, 'index.ts')) || isFolder(folder, name);
const isFolder = (folder: string, name: string) => {
  const path = join(root, 'src', folder, name);
  return existsSync(path) && statSync(path).isDirectory();
};

test('every test file lives in the folder of the src/ folder it tests, named after its module or its kind', () => {
  const wrong = testFiles(join(root, 'test'))
    .map((f) => misplaced(f, onDisk, modules))
    .filter((m): m is string => m !== null);
  expect(wrong).toEqual([]);
});

test('a misplaced test is named with the place it belongs', () => {
  const known = new Map([
    ['note', ['domain']],
    ['dialog', ['dialogs']],
  ]);
  const isKnown = (folder: string, name: string) => (known.get(name) ?? []).includes(folder);
  expect(misplaced('test/domain/note.tomsk.test.ts', isKnown, known)).toBeNull();
  expect(misplaced('test/workbook/buildFaults.bundle.test.ts', isKnown, known)).toBeNull();
  // The old folders: a bundle scenario added to test/bundle, a dialog's browser test whose code moved to src/dialogs.
  expect(misplaced('test/bundle/schoolTab.test.ts', isKnown, known)).toBe(
    'test/bundle/schoolTab.test.ts: test/bundle/ is gone (tests mirror src/) — move it to test/workbook/schoolTab.bundle.test.ts.',
  );
  expect(misplaced('test/local/buildFaults.bundle.test.ts', isKnown, known)).toBe(
    'test/local/buildFaults.bundle.test.ts: a .bundle.test.ts belongs in test/workbook/ — move it to test/workbook/buildFaults.bundle.test.ts.',
  );
  expect(misplaced('test/local/docx/dialog.browser.test.ts', isKnown, known)).toBe(
    'test/local/docx/dialog.browser.test.ts: src/dialogs/dialog is in src/dialogs — move it to test/dialogs/dialog.browser.test.ts.',
  );
  expect(misplaced('test/domain/noteNorth.test.ts', isKnown, known)).toBe(
    'test/domain/noteNorth.test.ts: no module src/domain/noteNorth. Name it after the module it tests (test/<src folder>/<module>.test.ts, ' +
      'or <module>.<aspect>.test.ts for one side of it); a menu item run through the built bundle belongs in ' +
      'test/workbook/noteNorth.bundle.test.ts, a command run through the CLI in test/local/noteNorth.cli.test.ts.',
  );
});

// The tree shows its layers: domain ← workbook ← entry (src/main.ts) make the Apps Script bundle; report and local run in Node only;
// documents (the Word and .xlsx writers) serve both local (the CLI) and dialogs (the browser pages pushed with the add-on).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file: the first folder under src/, or «entry» for src/main.ts. */
function layerOf(file: string): string {
  const rel = relative(src, file);
  return rel.includes('/') ? rel.split('/')[0] : 'entry';
}

/**
 * Every relative import of a file (type-only imports too: they are dependencies of the design), resolved to its layer;
 * `typeOnly` when the whole statement is `import type` / `export type` (erased from the build).
 */
function importedLayers(file: string): Array<{ spec: string; layer: string; typeOnly: boolean }> {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(import|export)\s(type\s)?[^;]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => ({
    spec: m[3],
    layer: layerOf(resolve(dirname(file), m[3])),
    typeOnly: m[2] !== undefined,
  }));
}

/** Which layers each layer may import from. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  workbook: ['domain', 'workbook'],
  entry: ['domain', 'workbook'],
  report: ['domain', 'workbook', 'report'],
  local: ['domain', 'workbook', 'report', 'documents', 'local'],
  // The files handed out (the note and letters as .docx, the region hand-off as .xlsx) are written in Node (the CLI) and in
  // the browser (the dialogs): their writers know no sheet and no CLI.
  documents: ['domain', 'report', 'documents'],
  // The dialogs' pages run in the browser: they write the files from plain data Apps Script hands them.
  dialogs: ['domain', 'documents', 'dialogs'],
  // The scenario bundle reaches the product only through the built bundle's globals, never its source.
  scenarios: ['scenarios'],
};

/**
 * Layers a layer may take types from and nothing else (`import type`): the CLI types the bundle's globals as the entry's
 * exports (src/local/session.ts BundleGlobals), and calls them only through the built bundle.
 */
const TYPES_ONLY: Record<string, string[]> = {
  local: ['entry'],
};

const allowed = (layer: string, i: { layer: string; typeOnly: boolean }) =>
  ALLOWED[layer].includes(i.layer) || (i.typeOnly && (TYPES_ONLY[layer] ?? []).includes(i.layer));

const all = files(src);

test.each(all.map((f) => relative(src, f)))('src/%s imports only from the layers below it', (rel) => {
  const file = join(src, rel);
  const layer = layerOf(file);
  expect(Object.keys(ALLOWED)).toContain(layer);
  const wrong = importedLayers(file)
    .filter((i) => !allowed(layer, i))
    .map((i) => `${i.spec} (${i.layer}${i.typeOnly ? ', types' : ''})`);
  expect(wrong).toEqual([]);
});

test('the scan sees the imports it judges (workbook imports domain; local imports report)', () => {
  const layersOf = (layer: string) =>
    new Set(all.filter((f) => layerOf(f) === layer).flatMap((f) => importedLayers(f).map((i) => i.layer)));
  expect(layersOf('workbook').has('domain')).toBe(true);
  expect(layersOf('local').has('report')).toBe(true);
  expect(layersOf('workbook').has('report')).toBe(false);
});

test('the file writers and the dialogs take nothing from the sheet or the CLI: such an import is refused', () => {
  const layersOf = (layer: string) =>
    new Set(all.filter((f) => layerOf(f) === layer).flatMap((f) => importedLayers(f).map((i) => i.layer)));
  expect(layersOf('dialogs').has('documents')).toBe(true);
  expect(layersOf('local').has('documents')).toBe(true);
  // What the layers forbid: a dialog or a file writer importing the sheet's code or the CLI's, or a file writer a dialog.
  for (const layer of ['workbook', 'local', 'entry']) {
    expect(allowed('documents', { layer, typeOnly: false })).toBe(false);
    expect(allowed('dialogs', { layer, typeOnly: false })).toBe(false);
  }
  expect(allowed('documents', { layer: 'dialogs', typeOnly: false })).toBe(false);
  expect(allowed('workbook', { layer: 'documents', typeOnly: false })).toBe(false);
  // The scan resolves a dialog's import of the sheet's code to its layer, so the test above would name it.
  const dialog = join(src, 'dialogs/noteDialog.ts');
  expect(layerOf(resolve(dirname(dialog), '../workbook/summaryTabs'))).toBe('workbook');
});

test('local takes the entry as types only: the typed globals of the bundle, never its code', () => {
  const entryImports = all
    .filter((f) => layerOf(f) === 'local')
    .flatMap((f) =>
      importedLayers(f)
        .filter((i) => i.layer === 'entry')
        .map((i) => ({ file: relative(src, f), ...i })),
    );
  expect(entryImports).toEqual([{ file: 'local/session.ts', spec: '../main', layer: 'entry', typeOnly: true }]);
  // A value import of the entry would be refused: the scan tells the two apart.
  expect(allowed('local', { layer: 'entry', typeOnly: false })).toBe(false);
  expect(allowed('local', { layer: 'entry', typeOnly: true })).toBe(true);
});

test('the Apps Script bundle carries no HTML report: its page style and chart code stay in Node', () => {
  const code = readFileSync(resolve(__dirname, '../../dist/Code.js'), 'utf8');
  expect(code).not.toContain('@page');
  expect(code).not.toContain('chart-svg');
  expect(code).not.toContain('(продолжение)');
});

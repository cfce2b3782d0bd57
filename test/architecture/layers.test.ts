// The tree shows its layers: domain ← workbook ← entry (src/main.ts) make the Apps Script bundle; report and local run in Node only.
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

/** Every relative import of a file (type-only imports too: they are dependencies of the design), resolved to its layer. */
function importedLayers(file: string): Array<{ spec: string; layer: string }> {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => ({ spec: m[1], layer: layerOf(resolve(dirname(file), m[1])) }));
}

/** Which layers each layer may import from. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  workbook: ['domain', 'workbook'],
  entry: ['domain', 'workbook'],
  report: ['domain', 'workbook', 'report'],
  local: ['domain', 'workbook', 'report', 'local'],
  // The scenario bundle reaches the product only through the built bundle's globals, never its source.
  scenarios: ['scenarios'],
};

const all = files(src);

test.each(all.map((f) => relative(src, f)))('src/%s imports only from the layers below it', (rel) => {
  const file = join(src, rel);
  const layer = layerOf(file);
  expect(Object.keys(ALLOWED)).toContain(layer);
  const wrong = importedLayers(file).filter((i) => !ALLOWED[layer].includes(i.layer)).map((i) => `${i.spec} (${i.layer})`);
  expect(wrong).toEqual([]);
});

test('the scan sees the imports it judges (workbook imports domain; local imports report)', () => {
  const layersOf = (layer: string) => new Set(all.filter((f) => layerOf(f) === layer).flatMap((f) => importedLayers(f).map((i) => i.layer)));
  expect(layersOf('workbook').has('domain')).toBe(true);
  expect(layersOf('local').has('report')).toBe(true);
  expect(layersOf('workbook').has('report')).toBe(false);
});

test('the Apps Script bundle carries no HTML report: its page style and chart code stay in Node', () => {
  const code = readFileSync(resolve(__dirname, '../../dist/Code.js'), 'utf8');
  expect(code).not.toContain('@page');
  expect(code).not.toContain('chart-svg');
  expect(code).not.toContain('(продолжение)');
});

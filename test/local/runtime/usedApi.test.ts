// Imitate only what the product calls (issue 11): the list of imitated methods is the bundle's own, checked here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCT_CALLS } from '../../../src/local/runtime/usedApi';
import { gasMethods, GAS_CLASSES } from '../../../src/local/runtime/gasApi';
import { distDir, projectRoot } from '../../../src/local/session';

test('every method listed as a product call is called by the bundles and is an Apps Script method of its class', () => {
  const scenarios = join(projectRoot(), 'dist-scenarios', 'Scenarios.js');
  const bundle = readFileSync(join(distDir(), 'Code.js'), 'utf8') + (existsSync(scenarios) ? readFileSync(scenarios, 'utf8') : '');
  const called = new Set([...bundle.matchAll(/\.([a-zA-Z_]\w*)\(/g)].map((m) => m[1]));
  for (const [cls, methods] of Object.entries(PRODUCT_CALLS)) {
    const api = new Set(gasMethods(cls));
    for (const m of methods) {
      expect(`${cls}.${m} ${api.has(m) ? 'in the API' : 'not in the API'}`).toBe(`${cls}.${m} in the API`);
      expect(`${cls}.${m} ${called.has(m) ? 'called' : 'not called'}`).toBe(`${cls}.${m} called`);
    }
  }
});

test('the list of Apps Script methods is the one scripts/gas-api.mjs makes from @types/google-apps-script', () => {
  const script = "import('./scripts/gas-api.mjs').then((m) => console.log(JSON.stringify(m.gasApi('.'))))";
  const fresh = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: projectRoot(), encoding: 'utf8' })) as Record<
    string,
    string[]
  >;
  expect(Object.keys(fresh)).toEqual([...GAS_CLASSES]);
  for (const cls of GAS_CLASSES) expect(gasMethods(cls)).toEqual(fresh[cls]);
});

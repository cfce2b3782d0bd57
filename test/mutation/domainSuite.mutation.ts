// The domain tests as ONE jest test file, for mutation testing only (jest.stryker.config.js; npm test runs them one by one).
// Stryker's jest runner starts jest once per mutant; jest gives every test file its own module registry, so 17 files
// meant 17 environments, 17 cold loads of src/ and the sample analysed at several files' top level — about 5 s a mutant
// on two cores. Loaded together they share one registry: one environment and one load per mutant. DOMAIN_TESTS (comma-separated
// file names, set by scripts/named-mutations.mjs) loads only those files; unset or empty, all of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../domain');
const only = (process.env.DOMAIN_TESTS ?? '').split(',').filter(Boolean);
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts') && (only.length === 0 || only.includes(f)));
for (const file of files.sort()) {
  describe(file, () => {
    // A mutant that breaks a test file while it loads fails that file's tests, as it would when jest ran the file alone.
    try {
      require(join(dir, file));
    } catch (e) {
      test('loads', () => {
        throw e;
      });
    }
  });
}

// Jest runs TypeScript through swc; type checking is the separate `tsc --noEmit` step of `npm test`.
// One project per layer of src/ (README «Tests that hold the rules»: `npx jest --selectProjects domain` runs one), the
// bundle built once per run by the root globalSetup, whichever projects run. `*.scale.test.ts` and the literal
// 2 000-unit sizes run in `npm run test:scale` (jest.scale.config.js) only.
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2020' } }] };
const scaleOnly = ['\\.scale\\.test\\.ts$'];

/** A project: its name and the test files it holds (paths under test/). */
const project = (displayName, testMatch, testPathIgnorePatterns = []) => ({
  displayName,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch,
  testPathIgnorePatterns: ['/node_modules/', ...scaleOnly, ...testPathIgnorePatterns],
  transform,
});

const BROWSER = '\\.browser\\.test\\.ts$';
const BUNDLE = '\\.bundle\\.test\\.ts$';

module.exports = {
  globalSetup: '<rootDir>/test/globalSetup.js',
  testTimeout: 60000,
  // Jest's default on two cores is one worker (cores − 1); the main process only waits, so both cores run test files.
  maxWorkers: 2,
  projects: [
    // src/domain and src/report: pure functions on plain values.
    project('domain', ['<rootDir>/test/domain/**/*.test.ts', '<rootDir>/test/report/**/*.test.ts'], [BROWSER]),
    // src/workbook through its own modules.
    project('workbook', ['<rootDir>/test/workbook/**/*.test.ts'], [BUNDLE, BROWSER]),
    // The built bundle (dist/) in the local runtime, called through the globals a menu click calls.
    project('bundle', ['<rootDir>/test/workbook/**/*.bundle.test.ts']),
    // src/local: the runtime, the CLI, the benchmark; with src/documents, the Word and .xlsx writers the CLI uses.
    project('local', ['<rootDir>/test/local/**/*.test.ts', '<rootDir>/test/documents/**/*.test.ts'], [BROWSER]),
    // Pages in the packaged Chromium: the dialogs, the sidebar, the printed report.
    project('browser', ['<rootDir>/test/**/*.browser.test.ts']),
    // The structure (layers, cycles, sizes, test folders) and the README's claims.
    project('architecture', ['<rootDir>/test/architecture/**/*.test.ts', '<rootDir>/test/readme.test.ts']),
  ],
};

// Jest for mutation testing (npm run mutate): only the pure domain tests, which hold src/domain; no bundle build.
// They run as one test file (test/mutation/domainSuite.mutation.ts) so each mutant pays for one jest environment, not 17.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/mutation/domainSuite.mutation.ts'],
  globalSetup: undefined,
  testTimeout: 30000,
};

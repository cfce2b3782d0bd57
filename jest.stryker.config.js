// Jest for mutation testing (npm run mutate): only the pure domain tests, which hold src/domain; no bundle build.
// They run as one test file (test/mutation/domainSuite.mutation.ts) so each mutant pays for one jest environment, not 17.
// Its own settings, not jest.config.js's: that one is split into projects, which would override testMatch here.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/mutation/domainSuite.mutation.ts'],
  testTimeout: 30000,
};

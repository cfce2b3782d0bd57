// Jest for mutation testing (npm run mutate): only the pure domain tests, which hold src/domain; no bundle build.
// src/ is among the roots so jest's dependency graph (findRelatedTests) links each mutated file to the tests that use it.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['<rootDir>/test/domain/**/*.test.ts'],
  globalSetup: undefined,
  testTimeout: 30000,
};

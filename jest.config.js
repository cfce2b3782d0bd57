// Jest runs TypeScript through swc; type checking is the separate `tsc --noEmit` step of `npm test`.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  globalSetup: '<rootDir>/test/globalSetup.js',
  testTimeout: 60000,
};

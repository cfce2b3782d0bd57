// The scale checks at their literal size (2 000 units): `npm run test:scale`, also the last step of `npm run bench`.
// `npm test` runs the same files (but `*.scale.test.ts`) at the smaller sizes test/helpers/scale.ts chooses.
module.exports = {
  globalSetup: '<rootDir>/test/globalSetup.js',
  testTimeout: 600000,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/**/*.scale.test.ts',
    '<rootDir>/test/workbook/clockChunksHigh.bundle.test.ts',
    '<rootDir>/test/workbook/largeRegion.bundle.test.ts',
  ],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  globals: { MENTOR_MONITOR_FULL_SCALE: true },
};

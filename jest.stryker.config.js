// Jest for mutation testing (npm run mutate): only the pure domain tests, which hold src/domain; no bundle build.
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/test/domain'], globalSetup: undefined, testTimeout: 30000 };

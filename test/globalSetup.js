// Builds dist/ and build/ before the tests, so the bundle under test is always the current source.
module.exports = async () => {
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll();
};

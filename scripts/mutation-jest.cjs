// One jest for the named mutations' copy of the repository it runs in (cwd): each line on stdin names the domain test
// files to run (JSON: an array, or null for all), each answer on stdout is one JSON line. Jest stays loaded between the
// mutations, so each pays for its tests, not for starting node and jest again (0,4 s of each 0,6 s run).
const { runCLI } = require('jest');
const { createInterface } = require('node:readline');

async function run(files) {
  // Read by test/mutation/domainSuite.mutation.ts when jest loads it: jest copies process.env into each test's environment.
  process.env.DOMAIN_TESTS = files ? files.join(',') : '';
  const argv = { config: 'jest.stryker.config.js', ci: true, silent: true, runInBand: true, watchman: false, _: [], $0: 'jest' };
  const { results } = await runCLI(argv, [process.cwd()]);
  const lines = results.testResults.flatMap((file) =>
    file.testResults.filter((t) => t.status === 'failed').map((t) => `● ${[...t.ancestorTitles, t.title].join(' › ')}`),
  );
  const broken = results.testResults
    .filter((file) => file.testExecError)
    .map((file) => file.testExecError.message)
    .join('\n');
  return { failed: lines.length > 0, broken: lines.length === 0 && (broken || !results.success) ? broken || 'jest failed' : '', lines };
}

// One request at a time: the next line is read only after the answer to the previous one.
const queue = [];
let busy = false;
async function next() {
  if (busy || !queue.length) return;
  busy = true;
  const files = queue.shift();
  let answer;
  try {
    answer = await run(files);
  } catch (e) {
    answer = { failed: false, broken: String(e?.stack ?? e), lines: [] };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
  busy = false;
  next();
}
createInterface({ input: process.stdin }).on('line', (line) => {
  queue.push(JSON.parse(line));
  next();
});

#!/usr/bin/env node
// `npx mentor-monitor …`: builds the add-in when the build is missing or older than src/, then runs the CLI on the built bundle.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

/** The newest modification time of the files under a folder (0 when it does not exist, as in an installed package). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const path = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** True when build/cli.js or dist/Code.js is missing, or a file under src/ or scripts/ is newer than either. */
function needsBuild(root) {
  const outputs = ['build/cli.js', 'dist/Code.js'].map((f) => join(root, f));
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return Math.max(newest(join(root, 'src')), newest(join(root, 'scripts'))) > built;
}

module.exports = { needsBuild };

if (require.main === module) {
  const root = join(__dirname, '..');
  // The build's own message goes to stderr, so the command's output stays what the command prints.
  if (needsBuild(root)) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', process.stderr, 'inherit'] });
  require(join(root, 'build/cli.js')).runCli(process.argv.slice(2));
}

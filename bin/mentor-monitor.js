#!/usr/bin/env node
// `npx mentor-monitor …`: builds the add-in on first use, then runs the CLI on the built bundle.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
if (!existsSync(join(root, 'build/cli.js')) || !existsSync(join(root, 'dist/Code.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}
require(join(root, 'build/cli.js')).runCli(process.argv.slice(2));

// The hand-made mutations named in issue 14, each applied to src/domain in turn: the domain tests must fail on every one.
// `node scripts/named-mutations.mjs` restores every file it touched, also when interrupted; exit 1 if a mutation survives.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [what the mutation does, file, exact text, replacement]. */
const MUTATIONS = [
  // One rule decides leaders for Table 3's status and the note's groups (classify), so one mutation covers both.
  [
    'leaders «above 50 %» → «≥ 50 %»',
    'src/domain/summary.ts',
    'ind.leaderAbove !== null && cur! > ind.leaderAbove',
    'ind.leaderAbove !== null && cur! >= ind.leaderAbove',
  ],
  ['«held or grew» counts growth only', 'src/domain/summary.ts', 'groups.grew.length + groups.held.length', 'groups.grew.length'],
  [
    'COVERAGE rounds with Math.round (23 of 160 → 14,37)',
    'src/domain/russian.ts',
    'return roundHalfAway((part / total) * 100, 2);',
    'return Math.round((part / total) * 10000) / 100;',
  ],
  [
    'the partly-weighted regional share dropped',
    'src/domain/summary.ts',
    "method: 'mean', mean, weightedPartial: weighted, met: null",
    "method: 'mean', mean, weightedPartial: null, met: null",
  ],
  [
    'genitive «из 11 организаций» → «из 11 организации»',
    'src/domain/noteText.ts',
    'n % 10 === 1 && n % 100 !== 11 ? singular : pluralForm',
    'n % 10 === 1 ? singular : pluralForm',
  ],
];

const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
  originals.clear();
};
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

let survived = 0;
for (const [what, rel, from, to] of MUTATIONS) {
  const file = join(root, rel);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) {
    console.log(`?  ${what}: the code changed, «${from}» not found in ${rel} — update this list`);
    survived++;
    continue;
  }
  originals.set(file, text);
  writeFileSync(file, text.replace(from, to));
  try {
    const r = spawnSync(join(root, 'node_modules/.bin/jest'), ['-c', 'jest.stryker.config.js', '--silent'], {
      cwd: root,
      encoding: 'utf8',
    });
    const failed = (r.stderr.match(/^\s*● .+$/gm) ?? []).map((l) => l.trim());
    console.log(`${r.status ? 'killed  ' : 'SURVIVED'} ${what}${failed.length ? ` — ${failed.length} failing, e.g. ${failed[0]}` : ''}`);
    if (!r.status) survived++;
  } finally {
    restore();
  }
}
process.exit(survived ? 1 : 0);

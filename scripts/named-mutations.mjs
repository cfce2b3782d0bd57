// Hand-made mutations of src/domain, each applied in turn: the domain tests must fail on every one. Stryker never changes a
// numeric constant, so every threshold and constant that decides what a user sees is moved here across its boundary, in
// both directions where both matter (issue 22), beside the logic slips named in issue 14. `node scripts/named-mutations.mjs`
// runs only the domain tests per mutation, restores every file it touched, also when interrupted, and prints its total time;
// exit 1 if a mutation survives.
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
  [
    "the note's middle tier of a count takes in the leaders",
    'src/domain/noteIndicators.ts',
    '!r.unclear && !ind.groups.leaders.includes(r.unit))',
    '!r.unclear)',
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
  // Numeric constants and thresholds: Stryker does not mutate numbers, so each is moved across its boundary here.
  ['outlier cut-off z > 3,5 → z > 2', 'src/domain/rules.ts', 'return z > 3.5 && v > OUTLIER_FACTOR', 'return z > 2 && v > OUTLIER_FACTOR'],
  ['outlier cut-off z > 3,5 → z > 5', 'src/domain/rules.ts', 'return z > 3.5 && v > OUTLIER_FACTOR', 'return z > 5 && v > OUTLIER_FACTOR'],
  // A lower floor raises z: among units that all give 0 (MAD 0), 1 passes the tenfold test and z ≈ 20 would name it.
  ['outlier MAD floor 0,1 → 0,01', 'src/domain/rules.ts', 'logMed)))!, 0.1);', 'logMed)))!, 0.01);'],
  ['outlier MAD floor 0,1 → 0,3', 'src/domain/rules.ts', 'logMed)))!, 0.1);', 'logMed)))!, 0.3);'],
  ['outlier factor 10 → 3', 'src/domain/rules.ts', 'export const OUTLIER_FACTOR = 10;', 'export const OUTLIER_FACTOR = 3;'],
  ['outlier factor 10 → 20', 'src/domain/rules.ts', 'export const OUTLIER_FACTOR = 10;', 'export const OUTLIER_FACTOR = 20;'],
  [
    'a jump from zero from 1 → from 2 (0 → 1 passes as growth)',
    'src/domain/rules.ts',
    'return prev === 0 && cur !== null && cur > 0;',
    'return prev === 0 && cur !== null && cur > 1;',
  ],
  [
    'representatives from no organisation pass the cross-check',
    'src/domain/rules.ts',
    'if (people < orgs || (orgs === 0 && people > 0)) out.push(',
    'if (people < orgs) out.push(',
  ],
  ['sharp fall «more than half» → «more than two thirds»', 'src/domain/rules.ts', 'cur < prev / 2;', 'cur < prev / 3;'],
  ['fraction as percent among shares above 5 % → above 50 %', 'src/domain/rules.ts', 'v.value < 1 && med > 5)', 'v.value < 1 && med > 50)'],
  ['fraction as percent: a share below 1 % → below 0,1 %', 'src/domain/rules.ts', 'v.value < 1 && med > 5)', 'v.value < 0.1 && med > 5)'],
  [
    'count ceiling 10 000 000 → 100 000 000',
    'src/domain/interpret.ts',
    'export const MAX_COUNT = 10_000_000;',
    'export const MAX_COUNT = 100_000_000;',
  ],
  [
    'a count below one named as a percentage → below one half',
    'src/domain/interpret.ts',
    'const typedPercent = v < 1 ?',
    'const typedPercent = v < 0.5 ?',
  ],
  ['a percent cell holds 0–100 → 0–1000', 'src/domain/interpret.ts', 'v < 0 || v > 100', 'v < 0 || v > 1000'],
  ['a typed share may differ from the counts by 0,5 → 5 points', 'src/domain/interpret.ts', 'computed) > 0.5 &&', 'computed) > 5 &&'],
  [
    'a Sheets cell holds 50 000 characters → 60 000',
    'src/domain/cellLimit.ts',
    'export const CELL_TEXT_LIMIT = 50_000;',
    'export const CELL_TEXT_LIMIT = 60_000;',
  ],
  ['a settings share over 100 % → over 150 %', 'src/domain/settingsCheck.ts', 'if (value > 100) return', 'if (value > 150) return'],
  [
    'a settings share below 0 % → below −1 %',
    'src/domain/settingsCheck.ts',
    // Four spaces: the share's check, not the count's below it.
    '    if (value < 0) return',
    '    if (value < -1) return',
  ],
  [
    'a settings share below 1 % read as «75%» → below 0,5 %',
    'src/domain/settingsCheck.ts',
    'if (value > 0 && value < 1) {',
    'if (value > 0 && value < 0.5) {',
  ],
  ['thousands grouped from 10 000 → from 1 000', 'src/domain/russian.ts', 'abs >= 10000 ? groupThousands', 'abs >= 1000 ? groupThousands'],
  ['«в N раз» from twice → from three times', 'src/domain/russian.ts', '  if (ratio >= 2) {', '  if (ratio >= 3) {'],
  ['«в N раз» a whole number from ten times → from a hundred', 'src/domain/russian.ts', 'ratio >= 10 ? 0 : 1', 'ratio >= 100 ? 0 : 1'],
  [
    'shares rounded to 2 decimals → 1',
    'src/domain/russian.ts',
    'return roundHalfAway((part / total) * 100, 2);',
    'return roundHalfAway((part / total) * 100, 1);',
  ],
  ['the regional mean of shares rounded to 2 decimals → 1', 'src/domain/summary.ts', '/ vals.length, 2);', '/ vals.length, 1);'],
  ['the conclusions rank the forms from 4 forms → from 5', 'src/domain/note.ts', 'ranked.length >= 4', 'ranked.length >= 5'],
  [
    'a target is due by 1 January after the reporting year → a year later',
    'src/domain/noteText.ts',
    'd.year < s.reportYear + 1 || (d.year === s.reportYear + 1 &&',
    'd.year < s.reportYear + 2 || (d.year === s.reportYear + 2 &&',
  ],
];

const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
  originals.clear();
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    restore();
    process.exit(130);
  });

const started = Date.now();
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
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${MUTATIONS.length} named mutations, ${survived} survived, ${seconds} s (the domain tests once per mutation)`);
process.exit(survived ? 1 : 0);

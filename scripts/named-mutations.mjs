// Hand-made mutations of src/domain, each applied in turn: the domain tests must fail on every one. Stryker never changes a
// numeric constant, so every threshold and constant that decides what a user sees is moved here across its boundary, in
// both directions where both matter (issue 22), beside the logic slips named in issue 14. `node scripts/named-mutations.mjs`
// mutates copies, never the repository: two workers each hold a copy of src/, test/ and the jest configs (node_modules and
// the other top-level entries symlinked) in the system's temp folder, removed at the end, also when interrupted. Per
// mutation a worker runs, as one jest file, the domain test files the mutation names (the tests that kill it); if they
// pass, the tests that import the mutated file and mutations.constants.test.ts; then every domain test before it is called a
// survivor. Prints its total time; exit 1 if a mutation survives. `--only REGEX` runs the mutations whose name matches.
// To add one: [name of the rule and how it moves, file, exact text (found once), replacement, [test files that kill it]].
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [what the mutation does (the rule, and how it is moved), file, exact text, replacement, the domain test files that kill it]. */
const MUTATIONS = [
  // One rule decides leaders for Table 3's status and the note's groups (classify), so one mutation covers both.
  [
    'leaders «above 50 %» → «≥ 50 %»',
    'src/domain/summary.ts',
    'ind.leaderAbove !== null && cur! > ind.leaderAbove',
    'ind.leaderAbove !== null && cur! >= ind.leaderAbove',
    ['rules.thresholds.test.ts'],
  ],
  [
    "the note's middle tier of a count takes in the leaders",
    'src/domain/noteIndicators.ts',
    '!r.unclear && !ind.groups.leaders.includes(r.unit))',
    '!r.unclear)',
    ['noteIndicators.test.ts', 'rules.thresholds.test.ts'],
  ],
  [
    '«held or grew» counts growth only',
    'src/domain/summary.ts',
    'groups.grew.length + groups.held.length',
    'groups.grew.length',
    ['note.tomsk.test.ts'],
  ],
  [
    'COVERAGE rounds with Math.round (23 of 160 → 14,37)',
    'src/domain/russian.ts',
    'return roundHalfAway((part / total) * 100, 2);',
    'return Math.round((part / total) * 10000) / 100;',
    ['formulas.coverageRounding.property.test.ts'],
  ],
  [
    'the partly-weighted regional share dropped',
    'src/domain/summary.ts',
    "method: 'mean', mean, weightedPartial: weighted, met: null",
    "method: 'mean', mean, weightedPartial: null, met: null",
    ['noteIndicators.test.ts'],
  ],
  [
    'genitive «из 11 организаций» → «из 11 организации»',
    'src/domain/noteText.ts',
    'n % 10 === 1 && n % 100 !== 11 ? singular : pluralForm',
    'n % 10 === 1 ? singular : pluralForm',
    ['noteText.test.ts'],
  ],
  // Numeric constants and thresholds: Stryker does not mutate numbers, so each is moved across its boundary here.
  [
    'outlier cut-off z > 3,5 → z > 2',
    'src/domain/rules.ts',
    'return z > 3.5 && v > OUTLIER_FACTOR',
    'return z > 2 && v > OUTLIER_FACTOR',
    ['rules.orgPlausibility.test.ts'],
  ],
  [
    'outlier cut-off z > 3,5 → z > 5',
    'src/domain/rules.ts',
    'return z > 3.5 && v > OUTLIER_FACTOR',
    'return z > 5 && v > OUTLIER_FACTOR',
    ['rules.orgPlausibility.test.ts'],
  ],
  // A lower floor raises z: among units that all give 0 (MAD 0), 1 passes the tenfold test and z ≈ 20 would name it.
  ['outlier MAD floor 0,1 → 0,01', 'src/domain/rules.ts', 'logMed)))!, 0.1);', 'logMed)))!, 0.01);', ['rules.outlierBoundaries.test.ts']],
  ['outlier MAD floor 0,1 → 0,3', 'src/domain/rules.ts', 'logMed)))!, 0.1);', 'logMed)))!, 0.3);', ['rules.orgPlausibility.test.ts']],
  [
    'outlier factor 10 → 3',
    'src/domain/rules.ts',
    'export const OUTLIER_FACTOR = 10;',
    'export const OUTLIER_FACTOR = 3;',
    ['rules.orgPlausibility.test.ts'],
  ],
  [
    'outlier factor 10 → 20',
    'src/domain/rules.ts',
    'export const OUTLIER_FACTOR = 10;',
    'export const OUTLIER_FACTOR = 20;',
    ['rules.orgPlausibility.test.ts'],
  ],
  [
    'a jump from zero from 1 → from 2 (0 → 1 passes as growth)',
    'src/domain/rules.ts',
    'return prev === 0 && cur !== null && cur > 0;',
    'return prev === 0 && cur !== null && cur > 1;',
    ['rules.test.ts'],
  ],
  [
    'representatives from no organisation pass the cross-check',
    'src/domain/rules.ts',
    'if (people < orgs || (orgs === 0 && people > 0)) out.push(',
    'if (people < orgs) out.push(',
    ['rules.crossChecks.test.ts'],
  ],
  ['sharp fall «more than half» → «more than two thirds»', 'src/domain/rules.ts', 'cur < prev / 2;', 'cur < prev / 3;', ['rules.test.ts']],
  [
    'fraction as percent among shares above 5 % → above 50 %',
    'src/domain/rules.ts',
    'v.value < 1 && med > 5)',
    'v.value < 1 && med > 50)',
    ['rules.test.ts'],
  ],
  [
    'fraction as percent: a share below 1 % → below 0,1 %',
    'src/domain/rules.ts',
    'v.value < 1 && med > 5)',
    'v.value < 0.1 && med > 5)',
    ['rules.test.ts'],
  ],
  [
    'count ceiling 10 000 000 → 100 000 000',
    'src/domain/interpret.ts',
    'export const MAX_COUNT = 10_000_000;',
    'export const MAX_COUNT = 100_000_000;',
    ['interpret.test.ts'],
  ],
  [
    'a count below one named as a percentage → below one half',
    'src/domain/interpret.ts',
    'const typedPercent = v < 1 ?',
    'const typedPercent = v < 0.5 ?',
    ['interpret.test.ts'],
  ],
  ['a percent cell holds 0–100 → 0–1000', 'src/domain/interpret.ts', 'v < 0 || v > 100', 'v < 0 || v > 1000', ['interpret.test.ts']],
  [
    'a typed share may differ from the counts by 0,5 → 5 points',
    'src/domain/interpret.ts',
    'computed) > 0.5 &&',
    'computed) > 5 &&',
    ['interpret.test.ts'],
  ],
  [
    'a Sheets cell holds 50 000 characters → 60 000',
    'src/domain/cellLimit.ts',
    'export const CELL_TEXT_LIMIT = 50_000;',
    'export const CELL_TEXT_LIMIT = 60_000;',
    ['cellLimit.test.ts'],
  ],
  [
    'a settings share over 100 % → over 150 %',
    'src/domain/settingsCheck.ts',
    'if (value > 100) return',
    'if (value > 150) return',
    ['settingsCheck.test.ts'],
  ],
  [
    'a settings share below 0 % → below −1 %',
    'src/domain/settingsCheck.ts',
    // Four spaces: the share's check, not the count's below it.
    '    if (value < 0) return',
    '    if (value < -1) return',
    ['settingsCheck.bounds.test.ts'],
  ],
  [
    'a settings share below 1 % read as «75%» → below 0,5 %',
    'src/domain/settingsCheck.ts',
    'if (value > 0 && value < 1) {',
    'if (value > 0 && value < 0.5) {',
    ['settingsCheck.test.ts'],
  ],
  [
    'thousands grouped from 10 000 → from 1 000',
    'src/domain/russian.ts',
    'abs >= 10000 ? groupThousands',
    'abs >= 1000 ? groupThousands',
    ['russian.test.ts'],
  ],
  ['«в N раз» from twice → from three times', 'src/domain/russian.ts', '  if (ratio >= 2) {', '  if (ratio >= 3) {', ['russian.test.ts']],
  [
    '«в N раз» a whole number from ten times → from a hundred',
    'src/domain/russian.ts',
    'ratio >= 10 ? 0 : 1',
    'ratio >= 100 ? 0 : 1',
    ['russian.test.ts'],
  ],
  [
    'shares rounded to 2 decimals → 1',
    'src/domain/russian.ts',
    'return roundHalfAway((part / total) * 100, 2);',
    'return roundHalfAway((part / total) * 100, 1);',
    ['russian.test.ts'],
  ],
  [
    'the regional mean of shares rounded to 2 decimals → 1',
    'src/domain/summary.ts',
    '/ vals.length, 2);',
    '/ vals.length, 1);',
    ['note.tomsk.test.ts'],
  ],
  [
    'the conclusions rank the forms from 4 forms → from 5',
    'src/domain/note.ts',
    'ranked.length >= 4',
    'ranked.length >= 5',
    ['note.frame.test.ts'],
  ],
  [
    'a target is due by 1 January after the reporting year → a year later',
    'src/domain/noteText.ts',
    'd.year < s.reportYear + 1 || (d.year === s.reportYear + 1 &&',
    'd.year < s.reportYear + 2 || (d.year === s.reportYear + 2 &&',
    ['noteText.test.ts'],
  ],
  // The rest of the domain's numbers, each across its boundary (issue 22: every cut-off, floor, tolerance, ceiling, default).
  [
    'outlier z-score scale 0,6745 → 0,5 (Iglewicz and Hoaglin)',
    'src/domain/rules.ts',
    '(0.6745 * (Math.log10(',
    '(0.5 * (Math.log10(',
    ['rules.orgPlausibility.test.ts'],
  ],
  [
    'a sharp fall needs a positive previous value → above 1',
    'src/domain/rules.ts',
    'prev > 0 && cur < prev / 2;',
    'prev > 1 && cur < prev / 2;',
    ['mutations.constants.test.ts'],
  ],
  [
    'a negative count is refused from −1 → from −2',
    'src/domain/interpret.ts',
    '      if (v < 0) {',
    '      if (v < -1) {',
    ['interpret.test.ts'],
  ],
  [
    'a settings count below 0 → below −1',
    'src/domain/settingsCheck.ts',
    // Two spaces after the line break: the count's check, not the share's above it.
    '\n  if (value < 0) return',
    '\n  if (value < -1) return',
    ['mutations.constants.test.ts'],
  ],
  [
    'a target dated in the reporting year serves → only a later year',
    'src/domain/settingsCheck.ts',
    'if (date.year < reportYear)',
    'if (date.year <= reportYear)',
    ['mutations.constants.test.ts'],
  ],
  [
    'a target dated the year before the reporting year is warned of → only two years before',
    'src/domain/settingsCheck.ts',
    'if (date.year < reportYear)',
    'if (date.year < reportYear - 1)',
    ['mutations.constants.test.ts'],
  ],
  [
    "an event on the note's day has passed → only the day before",
    'src/domain/noteDates.ts',
    'end !== null && end <= noteDay(s)',
    'end !== null && end < noteDay(s)',
    ['mutations.constants.test.ts'],
  ],
  [
    'the note speaks from 1 January after the reporting year → 2 January',
    'src/domain/noteDates.ts',
    'const yearEnd = dayKey(s.reportYear + 1, 1, 1);',
    'const yearEnd = dayKey(s.reportYear + 1, 1, 2);',
    ['noteDates.test.ts'],
  ],
  [
    'a year alone ends in December → November',
    'src/domain/noteDates.ts',
    'months[months.length - 1] : 12;',
    'months[months.length - 1] : 11;',
    ['mutations.constants.test.ts'],
  ],
  [
    '«срок сегодня» on the deadline day → the day before',
    'src/domain/campaignMarks.ts',
    'if (days === 0) return',
    'if (days === 1) return',
    ['campaignMarks.test.ts'],
  ],
  [
    '«просрочено» from the day after the deadline → two days after',
    'src/domain/campaignMarks.ts',
    'if (days < 0) return',
    'if (days < -1) return',
    ['campaignMarks.test.ts'],
  ],
  [
    'a unit with one error is «есть ошибки» → from two',
    'src/domain/campaign.ts',
    'if (row.errors > 0) return',
    'if (row.errors > 1) return',
    ['campaign.test.ts'],
  ],
  [
    'a school runs a form from one organisation → from two',
    'src/domain/rollUp.ts',
    '(u.forms[key]?.general.value ?? 0) > 0 ||',
    '(u.forms[key]?.general.value ?? 0) > 1 ||',
    ['rollUp.test.ts'],
  ],
  [
    "the schools' examples that fill the cell exactly are kept → one character short",
    'src/domain/rollUp.ts',
    "join('; ').length <= CELL_TEXT_LIMIT",
    "join('; ').length < CELL_TEXT_LIMIT",
    ['mutations.constants.test.ts'],
  ],
  [
    'a long text is cut at a clause in the second half of the cell → the last three quarters',
    'src/domain/cellLimit.ts',
    'if (clause > limit / 2)',
    'if (clause > limit / 4)',
    ['mutations.constants.test.ts'],
  ],
  [
    'a text cut to the cell ends with «…» within the limit → one character over',
    'src/domain/cellLimit.ts',
    ': limit - 1;\n  return',
    ': limit;\n  return',
    ['cellLimit.test.ts'],
  ],
  [
    'a letter names up to 5 leaders to study → 4',
    'src/domain/unitLetter.ts',
    'const LEADERS_TO_STUDY = 5;',
    'const LEADERS_TO_STUDY = 4;',
    ['unitLetter.test.ts'],
  ],
  [
    'a letter names up to 5 leaders to study → 6',
    'src/domain/unitLetter.ts',
    'const LEADERS_TO_STUDY = 5;',
    'const LEADERS_TO_STUDY = 6;',
    ['unitLetter.test.ts'],
  ],
  [
    "a letter's file name keeps 100 characters of the unit → 99",
    'src/domain/unitLetter.ts',
    '.slice(0, 100)',
    '.slice(0, 99)',
    ['mutations.constants.test.ts'],
  ],
  [
    "a letter's place counts from 1 → from 0",
    'src/domain/unitLetterTable.ts',
    'place: 1 + ranked',
    'place: 0 + ranked',
    ['unitLetter.test.ts'],
  ],
  [
    'the forms are ranked in «Пункт 1» from 2 forms → from 3',
    'src/domain/noteForms.ts',
    'if (ranked.length < 2) return null;',
    'if (ranked.length < 3) return null;',
    ['mutations.constants.test.ts'],
  ],
  [
    'the conclusions name the more spread half of the forms → the top third',
    'src/domain/note.ts',
    'ranked[Math.floor(ranked.length / 2) - 1]',
    'ranked[Math.floor(ranked.length / 3) - 1]',
    ['note.frame.test.ts'],
  ],
  [
    '«Примечание.» for one footnote → «Примечания:» from one',
    'src/domain/noteTables.ts',
    'if (lines.length <= 1) return',
    'if (lines.length < 1) return',
    ['russianCases.test.ts'],
  ],
  [
    'one compared unit is told alone → from two',
    'src/domain/noteIndicators.ts',
    'if (ind.comparable === 1) {',
    'if (ind.comparable === 2) {',
    ['noteIndicators.test.ts', 'note.verdicts.test.ts', 'note.north.test.ts'],
  ],
  [
    'plural «few» for 2–4 → 2–3',
    'src/domain/russian.ts',
    'mod10 >= 2 && mod10 <= 4 &&',
    'mod10 >= 2 && mod10 <= 3 &&',
    ['russian.test.ts'],
  ],
  [
    'plural «many» for 12–14 → 13–14',
    'src/domain/russian.ts',
    '(mod100 < 12 || mod100 > 14)',
    '(mod100 < 13 || mod100 > 14)',
    ['russian.test.ts'],
  ],
  [
    "a count's noun agrees with the number rounded to 2 decimals → 1",
    'src/domain/russian.ts',
    'plural(roundHalfAway(n, 2), forms)',
    'plural(roundHalfAway(n, 1), forms)',
    ['mutations.constants.test.ts'],
  ],
  [
    'numbers printed to 2 decimals → 3',
    'src/domain/russian.ts',
    'formatNumber(n: number, maxDecimals = 2)',
    'formatNumber(n: number, maxDecimals = 3)',
    ['mutations.constants.test.ts'],
  ],
  [
    'percentages printed to 2 decimals → 1',
    'src/domain/russian.ts',
    'formatPercent(n: number, maxDecimals = 2)',
    'formatPercent(n: number, maxDecimals = 1)',
    ['noteText.test.ts'],
  ],
  [
    'percentage points printed to 1 decimal → 2',
    'src/domain/russian.ts',
    'formatNumber(n, 1)}',
    'formatNumber(n, 2)}',
    ['mutations.constants.test.ts'],
  ],
  [
    '«на N %» growth printed to 1 decimal → 2',
    'src/domain/russian.ts',
    '/ prev) * 100), 1)}`;',
    '/ prev) * 100), 2)}`;',
    ['mutations.constants.test.ts'],
  ],
  [
    'names sharing a word are grouped from 2 → from 3 («Асиновский и Бакчарский районы»)',
    'src/domain/russian.ts',
    '(counts.get(p.split.singular) ?? 0) < 2',
    '(counts.get(p.split.singular) ?? 0) < 3',
    ['russian.test.ts'],
  ],
  [
    'a number is taken from a text holding one percentage («вовлечены 12,5%») → only from two',
    'src/domain/cellValue.ts',
    'if (percents.length === 1) {',
    'if (percents.length === 2) {',
    ['cellValue.test.ts'],
  ],
  [
    'two letters of one name: the second gets « (2)» → « (3)»',
    'src/domain/unitLetter.ts',
    'for (let i = 2; ',
    'for (let i = 3; ',
    ['mutations.constants.test.ts'],
  ],
  [
    'a quoted comment keeps a final dot after a word of up to 3 letters («чел.») → up to 2',
    'src/domain/noteComments.ts',
    '[^\\s.]{4,})',
    '[^\\s.]{3,})',
    ['mutations.constants.test.ts'],
  ],
  [
    'a quoted comment keeps a final dot after a word of up to 3 letters («чел.») → up to 4',
    'src/domain/noteComments.ts',
    '[^\\s.]{4,})',
    '[^\\s.]{5,})',
    ['mutations.constants.test.ts'],
  ],
  [
    'two capitals make an abbreviation that keeps its case («ОО») → three',
    'src/domain/noteText.ts',
    '/^[А-ЯЁA-Z]{2}/',
    '/^[А-ЯЁA-Z]{3}/',
    ['mutations.constants.test.ts'],
  ],
  [
    'the schools running the most forms are named as experience from 2 forms → from 3',
    'src/domain/noteSchools.ts',
    'if (most < 2 ||',
    'if (most < 3 ||',
    ['noteSchools.test.ts', 'mutations.constants.test.ts'],
  ],
  [
    'the schools running the most forms are named as experience from 2 forms → from 1',
    'src/domain/noteSchools.ts',
    'if (most < 2 ||',
    'if (most < 1 ||',
    ['noteSchools.test.ts', 'mutations.constants.test.ts'],
  ],
  [
    'GROWTHPCT rounds to 2 decimals → 1',
    'src/domain/formulas.ts',
    'return roundHalfAway(((b - a) / a) * 100, 2);',
    'return roundHalfAway(((b - a) / a) * 100, 1);',
    ['formulas.test.ts'],
  ],
  [
    "a unit's change rounded to 2 decimals → 1",
    'src/domain/summary.ts',
    'roundHalfAway(cur - prev, 2)',
    'roundHalfAway(cur - prev, 1)',
    ['mutations.constants.test.ts'],
  ],
  [
    "a unit's change in percent rounded to 2 decimals → 1",
    'src/domain/summary.ts',
    'roundHalfAway((change / prev) * 100, 2)',
    'roundHalfAway((change / prev) * 100, 1)',
    ['mutations.constants.test.ts'],
  ],
];

/*
 * Numbers of src/domain that are not moved above, and why (grep of numeric literals and `const [A-Z_]+ =`, issue 22):
 * - Facts of the calendar and of Sheets, not choices: DAY_MS and 86 400 000 ms in a day; Sheets' day zero 1899-12-30
 *   (russian.ts SHEETS_EPOCH_MS); months 1–12 and 28/29 days of February; the years 19xx/20xx a text may name
 *   (noteDates.ts YEAR); dayKey's ×10 000 and ×100 (an encoding of a date as one number).
 * - Facts of text: A1 column letters (26, 'A' = 65: columns.ts); UTF-16 surrogates (0xD800–0xDBFF, the «limit − 2» that keeps
 *   an emoji whole: cellLimit.ts); the characters XML 1.0 forbids (xmlText.ts); thousands in groups of three digits;
 *   decimals clamped to 0–15 and toPrecision(15) (what a JavaScript number holds); the parity of quote marks
 *   (noteRecommendations.ts `commas % 2`).
 * - Arithmetic of a rule, not its threshold: the median's halves (rules.ts), log10(1 + x) (the 1 lets a zero count have a
 *   logarithm), a sum's 0 to start from, `Math.max(0, v)`, a percentage's × 100, 1-based numbering of list items.
 * - Emptiness and presence, not thresholds: `length === 0`, `> 0` of a list, `=== 1` / `> 1` choosing singular or plural
 *   wording («Яркий пример» / «Яркие примеры», «показателю» / «показателям»); Stryker's operator mutators cover them, and
 *   the note's word-for-word tests pin each wording.
 * - Layout and contracts: column widths of the Word tables (noteTables.ts, unitLetterTable.ts), a cell's `span`, table numbers; the
 *   appendix numbers («Приложение 2» or 3, note.ts); the JSON `schemaVersion: 3`; the status colours (palette.ts); the
 *   3 decimals with which interpret.ts shows the fractional reading of «2.000» in its message; the regular expressions of
 *   cellValue.ts, interpret.ts, settingsCheck.ts and russianCases.ts (patterns, pinned by their tests, not thresholds).
 * - The size of a piece of the hand-off's payload (regionHandoff.ts PAYLOAD_PIECE, 30 000 ≤ CELL_TEXT_LIMIT: any piece that fits a
 *   cell round-trips, pinned by its tests) and the hash's 8 hex digits.
 * Settings values (plans, targets, «лидер: значение выше», minimum, deadlines) are read from «Настройки», never constants:
 * the comparisons against them are Stryker's to mutate, and thresholds.test.ts pins each on both sides.
 */

/** Copied into each worker (what a mutation changes or jest resolves its rootDir from); every other entry is symlinked. */
const COPIED = ['src', 'test', 'jest.config.js', 'jest.stryker.config.js', 'package.json', 'tsconfig.json'];
/** Not needed by the domain tests, and large or in flux. */
const LEFT_OUT = ['.git', 'dist', 'dist-addon', 'dist-large', 'dist-scenarios', 'build', 'out', 'coverage', 'reports', '.stryker-tmp'];
const WORKERS = Math.max(1, Math.min(2, cpus().length));
// One folder per repository (a stable path keeps jest's transform cache warm from one run to the next).
const base = join(tmpdir(), `named-mutations-${Buffer.from(root).toString('base64url').slice(-24)}`);

function makeWorker(i) {
  const dir = join(base, `w${i}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (LEFT_OUT.includes(entry)) continue;
    if (COPIED.includes(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    else symlinkSync(join(root, entry), join(dir, entry));
  }
  return dir;
}

const cleanUp = () => rmSync(base, { recursive: true, force: true });
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    cleanUp();
    console.log(`Interrupted: the copies in ${base} removed; the repository was never changed.`);
    process.exit(130);
  });

/** The domain test files that import the mutated file (by its path without extension), and mutations.constants.test.ts. */
const domainTests = readdirSync(join(root, 'test/domain')).filter((f) => f.endsWith('.test.ts'));
function importersOf(rel) {
  const module = rel.replace(/\.ts$/, '');
  const importing = domainTests.filter((f) => readFileSync(join(root, 'test/domain', f), 'utf8').includes(`/${module}'`));
  return [...importing, 'mutations.constants.test.ts'].filter((f) => domainTests.includes(f));
}

/** Each copy's jest (scripts/mutation-jest.cjs), started once and asked once per run: jest starts only once a copy. */
const runners = new Map();
function runnerOf(dir) {
  if (!runners.has(dir)) {
    const child = spawn(process.execPath, [join(dir, 'scripts/mutation-jest.cjs')], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    const waiting = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      buffer += d;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        waiting.shift()(JSON.parse(line));
      }
    });
    // Jest's own report goes to stderr; kept only to say why jest stopped, if it does.
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    child.on('close', () => {
      children.delete(child);
      for (const done of waiting.splice(0)) done({ failed: false, broken: stderr || 'jest stopped', lines: [] });
    });
    runners.set(dir, { child, waiting });
  }
  return runners.get(dir);
}

/**
 * Runs the named domain test files (all when `files` is null) in a copy as one jest file; resolves to the failures. Only a
 * failing test kills: «Test suite failed to run» (no test loaded, jest broken) says nothing of the mutation.
 */
function runJest(dir, files) {
  const runner = runnerOf(dir);
  return new Promise((done) => {
    runner.waiting.push(done);
    runner.child.stdin.write(`${JSON.stringify(files)}\n`);
  });
}

async function tryMutation(dir, [what, rel, from, to, named]) {
  const file = join(dir, rel);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) return `?        ${what}: the code changed, «${from}» not found in ${rel} — update this list`;
  writeFileSync(file, text.replace(from, to));
  const started = Date.now();
  try {
    // The tests the mutation names (those that killed it when it was added), then every test of the mutated file, then
    // all domain tests: a mutation survives only when all of them pass.
    const stages = [
      ['the tests it names', (named ?? []).filter((f) => domainTests.includes(f))],
      ['the tests of its file', importersOf(rel)],
      ['all domain tests', null],
    ];
    let r = { failed: false };
    let how = '';
    for (const [stage, files] of stages) {
      if (files?.length === 0) continue;
      r = await runJest(dir, files);
      how = stage;
      if (r.failed || r.broken) break;
    }
    if (r.broken) return `?        ${what}: jest did not run the tests — ${r.broken.trim().split('\n').slice(0, 3).join(' ')}`;
    const example = r.lines.length ? ` — ${r.lines.length} failing (${how}), e.g. ${r.lines[0]}` : '';
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    return `${r.failed ? 'killed  ' : 'SURVIVED'} ${what} (${seconds} s)${example}`;
  } finally {
    writeFileSync(file, text);
  }
}

async function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const chosen = only ? MUTATIONS.filter(([what]) => new RegExp(only).test(what)) : MUTATIONS;
  const started = Date.now();
  const dirs = Array.from({ length: WORKERS }, (_, i) => makeWorker(i));
  const results = new Array(chosen.length);
  let next = 0;
  try {
    // Unmutated, every domain test passes in the first copy (else every mutation would look killed), and jest runs in
    // the others (the same files).
    const baseline = await Promise.all(dirs.map((dir, i) => runJest(dir, i === 0 ? null : ['mutations.constants.test.ts'])));
    if (baseline.some((b) => b.failed || b.broken)) {
      console.log(`The domain tests fail without any mutation: ${baseline.flatMap((b) => b.lines.slice(0, 3)).join('; ')}`);
      process.exitCode = 1;
      return;
    }
    await Promise.all(
      dirs.map(async (dir) => {
        while (next < chosen.length) {
          const i = next++;
          results[i] = await tryMutation(dir, chosen[i]);
          console.log(results[i]);
        }
      }),
    );
  } finally {
    for (const { child } of runners.values()) child.stdin.end();
    cleanUp();
  }
  if (process.exitCode) process.exit(1);
  const survived = results.filter((r) => !r.startsWith('killed')).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`${chosen.length} named mutations, ${survived} survived, ${seconds} s (${WORKERS} workers in copies of the repository)`);
  process.exit(survived ? 1 : 0);
}

main();

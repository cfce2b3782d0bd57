// Shared set-up of the bad-input corpus: workbooks in the local runtime, typing into a unit's cell by its key, and a check + build run that proves no input cell changed.
import type { Finding, Settings } from '../../src/domain/model';
import type { BuildOutput } from '../../src/workbook/actions';
import { importCsvFolder } from '../../src/local/csvImport';
import type { LocalSpreadsheet } from '../../src/local/runtime';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import type { ReportValues } from '../../src/workbook/importer';
import { sampleSession, snapshot, workbookSession } from './bundle';

export type CheckResult = { ok: boolean; message: string; errors: number; warnings: number; findings: Finding[] };
export type BuildResult = { ok: boolean; message: string; errors: number; warnings: number; output?: BuildOutput };
export type Session = ReturnType<typeof workbookSession>;
export type Col = 'A' | 'B' | 'C' | 'D' | 'E';

/** Tabs the product regenerates; every other tab is input and must not change. */
const isOutputTab = (name: string) => (Object.values(SUMMARY_TABS) as string[]).includes(name);

/** A fresh copy of the bundled sample's settings and reports, to damage before the workbook is made. */
export function sampleData(): { settings: Settings; reports: Record<string, ReportValues> } {
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  return { settings, reports };
}

/** A1 address of a row of a unit tab found by its hidden key in column A (rows may have moved). */
export function cellOf(ss: LocalSpreadsheet, tab: string, key: string, col: Col): string {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const keys = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = keys.indexOf(key);
  if (row < 0) throw new Error(`no key ${key} on ${tab}`);
  return `${col}${row + 1}`;
}

/** Types a value into a unit tab's cell as a coordinator would (the runtime parses text as Sheets does); returns its A1. */
export function typeInto(ss: LocalSpreadsheet, tab: string, key: string, col: Col, value: unknown): string {
  const a1 = cellOf(ss, tab, key, col);
  ss.getSheetByName(tab)!.getRange(a1).setValue(value);
  return a1;
}

/** Runs «Проверить данные» and «Построить сводку» and asserts that no input cell (values and formulas) changed. */
export function checkAndBuild(s: { ss: LocalSpreadsheet; globals: Session['globals'] }): {
  check: CheckResult;
  build: BuildResult;
} {
  const before = snapshot(s.ss, isOutputTab);
  const check = s.globals.checkData() as CheckResult;
  const build = s.globals.buildSummary() as BuildResult;
  expect(snapshot(s.ss, isOutputTab)).toEqual(before);
  return { check, build };
}

let baseline: Finding[] | null = null;
/** Findings the untouched sample already has (the published impossible value and one sharp fall). */
function sampleBaseline(): Finding[] {
  if (!baseline) baseline = (sampleSession().globals.checkData() as CheckResult).findings;
  return baseline;
}

const same = (a: Finding, b: Finding) => JSON.stringify(a) === JSON.stringify(b);

/** Findings of a damaged sample that the untouched sample does not have. */
function newFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => !sampleBaseline().some((b) => same(b, f)));
}

/**
 * The sample unit's own cross-check warning (Бакчарский район gives 3 enterprises and 1 representative for 2020): it
 * moves with a renamed tab or inserted rows, and is not the subject of the tests that do so.
 */
export const notOwnCrossCheck = (f: Finding): boolean => f.rule !== 'representatives';

/** A sample workbook with one damage applied, checked and built. */
export function damagedSample(damage: (s: Session) => void) {
  const s = sampleSession();
  damage(s);
  const { check, build } = checkAndBuild(s);
  return { s, check, build, added: newFindings(check.findings) };
}

/** The expected finding, with the message checked by a stable part. */
export function finding(f: Omit<Finding, 'message'> & { message: string }): Finding {
  return { ...f, message: expect.stringContaining(f.message) as unknown as string };
}

/** The «Проверка» tab's row for a finding: severity, unit, tab, cell (a link to it), label, value, message. */
function checkTabRow(ss: LocalSpreadsheet, f: Finding): { values: unknown[]; link: string } {
  const sheet = ss.getSheetByName(SUMMARY_TABS.check)!;
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  // The cell column holds a HYPERLINK formula (not evaluated locally), so rows are matched on the other columns.
  const i = values.findIndex((r) => r[1] === f.unit && r[2] === f.tab && r[4] === f.label && r[5] === f.value && r[6] === f.message);
  if (i < 0) throw new Error(`no row on «Проверка» for ${f.unit} ${f.cell} ${f.rule}`);
  return { values: values[i].slice(0, 7), link: formulas[i][3] };
}

/** Asserts a finding is listed on the «Проверка» tab with its tab and a link to its cell. */
export function expectListed(ss: LocalSpreadsheet, f: Finding): void {
  const row = checkTabRow(ss, f);
  expect(row.values).toEqual([f.severity === 'error' ? 'ошибка' : 'предупреждение', f.unit, f.tab, '', f.label, f.value, f.message]);
  if (f.cell) {
    const gid = ss.getSheetByName(f.tab)!.getSheetId();
    expect(row.link).toBe(`=HYPERLINK("#gid=${gid}&range=${f.cell}","${f.cell}")`);
  } else {
    expect(row.link).toBe('');
  }
}

/** The summary's row of a unit in the forms table. */
export function formsRow(build: BuildResult, unit: string) {
  return build.output!.summary.forms.rows.find((r) => r.unit === unit)!;
}

/** The summary's row of a unit for an indicator. */
export function indicatorRow(build: BuildResult, id: string, unit: string) {
  return build.output!.summary.indicators.find((i) => i.id === id)!.rows.find((r) => r.unit === unit)!;
}

export function indicatorRegion(build: BuildResult, id: string) {
  return build.output!.summary.indicators.find((i) => i.id === id)!.region;
}

export { sampleSession, snapshot, workbookSession };

// The roll-up: a municipality's workbook of schools gives the values of that municipality's tab in the region's workbook.
import { CELL_TEXT_LIMIT } from './cellLimit';
import type { IndValue, UnitData } from './interpret';
import type { IndicatorDef, Settings } from './model';
import type { ReportValues } from './reportValues';
import { formatNumber } from './russian';
import type { CompletenessRow } from './summaryModel';
import { isAdditionalType } from './unitType';

/** An indicator that cannot be summed over schools: the municipality's own count beside the schools' sum. */
interface DistinctCount {
  id: string;
  year: number;
  /** As typed in the municipality's «Значение региона <year>»; null when not typed. */
  municipal: number | null;
  /** Σ over the schools that gave a value (with repeats: one enterprise may work with several schools). */
  schoolsSum: number | null;
}

export interface RollUp {
  values: ReportValues;
  /** Schools and organisations that gave no report (no tab, or nothing typed in it). */
  missing: string[];
  /** Those whose report has errors: their invalid cells are left out of the sums. */
  withErrors: string[];
  /** Shares where some schools gave only a percentage: those schools are left out of the weighted share. */
  percentOnly: Array<{ id: string; units: string[] }>;
  distinct: DistinctCount[];
  /** «Яркие примеры» that did not fit in the form's cell (Sheets holds 50 000 characters in a cell). */
  examplesLeftOut: Array<{ form: string; unit: string }>;
}

const isAdditional = (u: UnitData) => isAdditionalType(u.unit.type);

/**
 * Indicators whose sum over schools counts one thing more than once: representatives of organisations and the
 * organisations they represent («Представители организаций показателя №» of «Настройки»).
 */
export function distinctIds(s: Settings): Set<string> {
  const ids = new Set<string>();
  for (const i of s.indicators)
    if (i.representativesOf) {
      ids.add(i.id);
      ids.add(i.representativesOf);
    }
  return ids;
}

/** Σ of the values present; null when no unit gave one. */
function sumOf(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

/**
 * The schools' «Яркие примеры» of a form in one cell, each after its school («Школа № 1: …; ДДТ: …»). Those that would
 * take the cell past what Sheets holds are left out and named in `leftOut`, never cut mid-text.
 */
function examplesOf(units: UnitData[], key: string, leftOut: RollUp['examplesLeftOut']): { examples?: string } {
  const kept: string[] = [];
  for (const u of units) {
    const text = u.forms[key]?.examples;
    if (!text) continue;
    const item = `${u.unit.name}: ${text.replace(/[\s.;]+$/, '')}`;
    if ([...kept, item].join('; ').length <= CELL_TEXT_LIMIT) kept.push(item);
    else leftOut.push({ form: key, unit: u.unit.name });
  }
  return kept.length ? { examples: kept.join('; ') } : {};
}

/** The municipality's organisations by type, and per form those that run it (a value above zero in either column). */
function formCounts(s: Settings, units: UnitData[], leftOut: RollUp['examplesLeftOut']): Pick<ReportValues, 'orgs' | 'forms'> {
  const additional = units.filter(isAdditional);
  const runs = (u: UnitData, key: string) => (u.forms[key]?.general.value ?? 0) > 0 || (u.forms[key]?.additional.value ?? 0) > 0;
  const forms: NonNullable<ReportValues['forms']> = {};
  for (const f of s.forms) {
    const running = units.filter((u) => runs(u, f.key));
    const runningAdditional = running.filter(isAdditional).length;
    forms[f.key] = {
      general: running.length - runningAdditional,
      additional: additional.length ? runningAdditional : '-',
      ...examplesOf(units, f.key, leftOut),
    };
  }
  // «-» in the ДО column: the municipality has no organisation of additional education (the unit tab's own convention).
  return { orgs: { general: units.length - additional.length, additional: additional.length || '-' }, forms };
}

type YearValues = NonNullable<ReportValues['indicators']>[string];

/** A share over the schools: Σ involved and Σ total of those that gave both counts, per year. */
function shareValues(i: IndicatorDef, units: UnitData[], percentOnly: RollUp['percentOnly']): YearValues {
  const counted = (y: 'prev' | 'cur') => units.map((u) => u.indicators[i.id]?.[y]).filter((v): v is IndValue => v?.source === 'counts');
  const onlyPercent = units.filter((u) => ['prev', 'cur'].some((y) => u.indicators[i.id]?.[y as 'prev' | 'cur'].source === 'percent'));
  if (onlyPercent.length) percentOnly.push({ id: i.id, units: onlyPercent.map((u) => u.unit.name) });
  const sums = (y: 'prev' | 'cur') => {
    const c = counted(y);
    return c.length ? { involved: sumOf(c.map((v) => v.involved)), total: sumOf(c.map((v) => v.total)) } : null;
  };
  const [prev, cur] = [sums('prev'), sums('cur')];
  return {
    ...(prev ? { involvedPrev: prev.involved, totalPrev: prev.total } : {}),
    ...(cur ? { involvedCur: cur.involved, totalCur: cur.total } : {}),
  };
}

/** Σ of the schools' values of a count, per year; null for a year no school gave. */
function yearSums(i: IndicatorDef, units: UnitData[]): { prev: number | null; cur: number | null } {
  const year = (y: 'prev' | 'cur') => sumOf(units.map((u) => u.indicators[i.id]?.[y].value ?? null));
  return { prev: year('prev'), cur: year('cur') };
}

/** A count that may be summed: Σ of the schools' values per year. */
function summedValues(i: IndicatorDef, units: UnitData[]): YearValues {
  const { prev, cur } = yearSums(i, units);
  return { ...(prev === null ? {} : { prev }), ...(cur === null ? {} : { cur }) };
}

/** A count that may not be summed: the municipality's own value, and the schools' sum beside it in «Комментарий». */
function distinctValues(s: Settings, i: IndicatorDef, units: UnitData[], distinct: DistinctCount[]): YearValues {
  const sums = yearSums(i, units);
  const years = [
    { key: 'prev' as const, year: s.previousYear },
    { key: 'cur' as const, year: s.reportYear },
  ];
  const counts = years.map(({ key, year }) => ({ id: i.id, year, municipal: i.official[year] ?? null, schoolsSum: sums[key] }));
  distinct.push(...counts);
  const shown = counts.filter((c) => c.schoolsSum !== null).map((c) => `${c.year} — ${formatNumber(c.schoolsSum!)}`);
  return {
    ...(counts[0].municipal === null ? {} : { prev: counts[0].municipal }),
    ...(counts[1].municipal === null ? {} : { cur: counts[1].municipal }),
    ...(shown.length ? { comment: `Сумма по организациям (с повторами): ${shown.join(', ')}` } : {}),
  };
}

/**
 * The municipality's tab values from its schools: organisations by type and those running each form; sums of counts;
 * weighted shares (Σ involved / Σ total); counts that repeat across schools taken from the municipality's «Настройки».
 * `completeness` is the municipal summary's: who reported, with how many errors.
 */
export function rollUp(s: Settings, units: UnitData[], completeness: CompletenessRow[]): RollUp {
  const percentOnly: RollUp['percentOnly'] = [];
  const examplesLeftOut: RollUp['examplesLeftOut'] = [];
  const distinct: DistinctCount[] = [];
  const repeated = distinctIds(s);
  const indicators: NonNullable<ReportValues['indicators']> = {};
  for (const i of s.indicators)
    indicators[i.id] = repeated.has(i.id)
      ? distinctValues(s, i, units, distinct)
      : i.kind === 'share'
        ? shareValues(i, units, percentOnly)
        : summedValues(i, units);
  const missing = completeness.filter((c) => c.state === 'missing' || c.state === 'empty').map((c) => c.unit);
  // A school that sent nothing has an error for its missing tab: it is named once, as missing.
  const withErrors = completeness.filter((c) => c.errors > 0 && !missing.includes(c.unit)).map((c) => c.unit);
  return {
    values: { ...formCounts(s, units, examplesLeftOut), indicators, ready: missing.length === 0 && withErrors.length === 0 },
    missing,
    withErrors,
    percentOnly,
    distinct,
    examplesLeftOut,
  };
}

// Region-wide aggregation and status rules: forms coverage, indicator values per unit and region, the groups the note names.
import { collectComments } from './comments';
import { isAdditionalType } from './unitType';
import type { Finding, IndicatorDef, Settings } from './model';
import type { Completeness, Num, UnitData } from './interpret';
import { percentOf, roundHalfAway } from './russian';
import { distinctIds } from './rollUp';
import { formContradictions, isJumpFromZero, representativeMismatches, SUSPICIOUS_RULES } from './rules';
import { ORG_TYPES } from './summaryModel';
import type {
  Status,
  OrgType,
  Coverage,
  UnitFormsRow,
  FormsGroupSummary,
  RegionValue,
  PairedTotals,
  IndicatorRow,
  IndicatorGroups,
  IndicatorSummary,
  Mismatch,
  SchoolEntry,
  Summary,
} from './summaryModel';

export * from './summaryModel';

/** The type whose units are ranked in the note: the first type in the settings' list of units. */
function mainTypeOf(s: Settings): string {
  return s.units[0]?.type ?? '';
}

export function planFor(ind: IndicatorDef, year: number): number | null {
  return Object.prototype.hasOwnProperty.call(ind.plans, year) ? ind.plans[year] : null;
}

function coverage(count: Num, total: Num, target: number | null): Coverage {
  if (total.state === 'none' || total.value === 0)
    return { count: null, total: total.value, share: null, state: 'none', target, met: null };
  if (total.state === 'invalid' || count.state === 'invalid')
    return { count: count.value, total: total.value, share: null, state: 'invalid', target, met: null };
  if (count.value === null || total.value === null)
    return { count: count.value, total: total.value, share: null, state: 'missing', target, met: null };
  const share = percentOf(count.value, total.value);
  return {
    count: count.value,
    total: total.value,
    share,
    state: share === null ? 'none' : 'ok',
    target,
    met: share === null || target === null ? null : share >= target,
  };
}

function summarizeForms(s: Settings, units: UnitData[], type: string): FormsGroupSummary {
  const rows: UnitFormsRow[] = units.map((u) => {
    const forms: UnitFormsRow['forms'] = {};
    for (const f of s.forms) {
      forms[f.key] = {
        general: coverage(u.forms[f.key].general, u.orgs.general, f.targetPercent),
        additional: coverage(u.forms[f.key].additional, u.orgs.additional, f.targetPercent),
      };
    }
    const examples: Record<string, string> = {};
    for (const f of s.forms) examples[f.key] = u.forms[f.key].examples.trim();
    return { unit: u.unit.name, type: u.unit.type, totals: { ...u.orgs }, forms, examples };
  });
  const totals = { general: 0, additional: 0 } as Record<OrgType, number>;
  for (const u of units) for (const t of ORG_TYPES) totals[t] += u.orgs[t].value ?? 0;
  const forms: FormsGroupSummary['forms'] = {};
  const belowTarget: FormsGroupSummary['belowTarget'] = {};
  for (const f of s.forms) {
    forms[f.key] = {} as FormsGroupSummary['forms'][string];
    belowTarget[f.key] = { general: [], additional: [] };
    for (const t of ORG_TYPES) {
      let count = 0;
      let total = 0;
      const leftOut: string[] = [];
      for (const r of rows) {
        const c = r.forms[f.key][t];
        if (c.state === 'ok') {
          count += c.count!;
          total += c.total!;
          if (c.met === false) belowTarget[f.key][t].push(r.unit);
        } else if (c.state === 'invalid' || (c.state === 'missing' && (c.count !== null || c.total !== null))) leftOut.push(r.unit);
      }
      const share = total > 0 ? percentOf(count, total) : null;
      forms[f.key][t] = {
        count,
        total,
        share,
        state: total > 0 ? 'ok' : 'none',
        target: f.targetPercent,
        met: share === null || f.targetPercent === null ? null : share >= f.targetPercent,
        leftOut,
      };
    }
  }
  return { type, totals, forms, rows, belowTarget, contradictions: formContradictions(s, units) };
}

/**
 * `distinct`: a count the schools share (enterprises, their representatives: distinctIds) at the municipality level, whose
 * whole is the municipality's own count typed in «Значение региона», not the sum over its schools with repeats.
 */
function regionValue(ind: IndicatorDef, units: UnitData[], which: 'prev' | 'cur', year: number, distinct = false): RegionValue {
  const vals = units
    .map((u) => u.indicators[ind.id]?.[which])
    .filter((v) => v && v.value !== null)
    .map((v) => v!);
  const plan = planFor(ind, year);
  const counted = vals.filter((v) => v.source === 'counts');
  const involved = counted.length ? counted.reduce((a, v) => a + v.involved!, 0) : null;
  const total = counted.length ? counted.reduce((a, v) => a + v.total!, 0) : null;
  const base = {
    unitsWithData: vals.length,
    unitsWithCounts: counted.length,
    involved,
    total,
    weightedPartial: null,
    mean: null,
    plan,
  };
  const judged = (value: number, method: RegionValue['method']): RegionValue => ({
    ...base,
    value,
    method,
    met: plan === null || ind.kind === 'dynamics' ? null : value >= plan,
  });
  const official = Object.prototype.hasOwnProperty.call(ind.official, year) ? ind.official[year] : null;
  if (vals.length === 0 || (distinct && official !== null))
    return official !== null ? judged(official, 'official') : { ...base, value: null, method: 'none', met: null };
  if (ind.kind !== 'share')
    return judged(
      vals.reduce((a, v) => a + v.value!, 0),
      'sum',
    );
  const mean = roundHalfAway(vals.reduce((a, v) => a + v.value!, 0) / vals.length, 2);
  const weighted = involved !== null && total ? percentOf(involved, total) : null;
  if (counted.length === vals.length && weighted !== null) return { ...judged(weighted, 'weighted'), mean };
  if (official !== null) return { ...judged(official, 'official'), mean, weightedPartial: weighted };
  // Some or all units gave only a percentage: the mean is shown for reference and never judged against the plan.
  return { ...base, value: mean, method: 'mean', mean, weightedPartial: weighted, met: null };
}

/**
 * Like-with-like totals of a count or dynamics indicator, over the units with both years: units with one year only and
 * units whose values are to be clarified (a rise from zero: the previous year most likely not reported) are left out.
 */
function pairedTotals(ind: IndicatorDef, rows: IndicatorRow[]): PairedTotals | null {
  if (ind.kind === 'share') return null;
  const both = rows.filter((r) => r.prev !== null && r.cur !== null && !r.unclear);
  if (both.length === 0) return null;
  return {
    prev: both.reduce((a, r) => a + r.prev!, 0),
    cur: both.reduce((a, r) => a + r.cur!, 0),
    units: both.length,
    leftOut: rows.filter((r) => (r.prev === null) !== (r.cur === null)).map((r) => r.unit),
    doubtful: rows.filter((r) => r.prev !== null && r.cur !== null && r.unclear).map((r) => r.unit),
  };
}

/** Every rule a unit's value is judged by, in one place: the status of table 3 and the groups of the note both come from it. */
export interface RowFlags {
  belowPlan: boolean;
  belowMinimum: boolean;
  leader: boolean;
  zero: boolean;
  zeroBoth: boolean;
  trend: IndicatorRow['trend'];
  unclear: boolean;
}

export function classify(ind: IndicatorDef, prev: number | null, cur: number | null, planCur: number | null, unclear: boolean): RowFlags {
  const trend = prev === null || cur === null ? null : cur > prev ? 'рост' : cur < prev ? 'снижение' : 'без изменений';
  const has = cur !== null;
  return {
    belowPlan: has && ind.kind === 'share' && planCur !== null && cur! < planCur,
    belowMinimum: has && ind.minimum !== null && cur! < ind.minimum,
    leader: has && !unclear && ind.leaderAbove !== null && cur! > ind.leaderAbove,
    zero: cur === 0,
    zeroBoth: cur === 0 && prev === 0,
    trend,
    // Any rise of a count from zero (0 → 1 as well as 0 → 300): the zero is most likely a year not reported.
    unclear: unclear || (ind.kind !== 'share' && isJumpFromZero(prev, cur)),
  };
}

/** The one status of a value (table 3, the STATUS formula), by priority over the flags of classify(). */
export function statusOf(
  ind: IndicatorDef,
  prev: number | null,
  cur: number | null,
  planCur: number | null,
  unclear = false,
): { status: Status; trend: IndicatorRow['trend'] } {
  const f = classify(ind, prev, cur, planCur, unclear);
  const trend = f.trend;
  if (cur === null) return { status: 'нет данных', trend };
  if (f.unclear) return { status: 'требует уточнения', trend };
  if (f.belowPlan) return { status: 'ниже плана', trend };
  if (f.belowMinimum) return { status: 'ниже минимума', trend };
  if (f.leader) return { status: 'лидер', trend };
  if (ind.kind === 'dynamics') return { status: trend ?? 'нет данных', trend };
  // No verdict without a target: «выполнен» only against a plan (shares) or a minimum for the unit.
  if (hasUnitTarget(ind, planCur)) return { status: 'выполнен', trend };
  return { status: cur === 0 ? 'нулевое значение' : 'цель не установлена', trend };
}

/** Whether a unit's value has a target to be judged by: the regional plan of a share, or the unit's minimum. */
function hasUnitTarget(ind: IndicatorDef, planCur: number | null): boolean {
  return (ind.kind === 'share' && planCur !== null) || ind.minimum !== null;
}

/** `unit|cell` of every value the check flagged as suspicious. */
function suspiciousCells(findings: Finding[]): Set<string> {
  return new Set(findings.filter((f) => SUSPICIOUS_RULES.includes(f.rule) && f.cell).map((f) => `${f.unit}|${f.cell}`));
}

function indicatorRows(
  ind: IndicatorDef,
  units: UnitData[],
  planCur: number | null,
  suspicious: Set<string>,
  doubted: Set<string>,
): IndicatorRow[] {
  return units.map((u) => {
    const v = u.indicators[ind.id];
    const prev = v?.prev.value ?? null;
    const cur = v?.cur.value ?? null;
    const change = prev === null || cur === null ? null : roundHalfAway(cur - prev, 2);
    // A value the check flagged, or one side of a cross-check that failed (either number may be the wrong one).
    const flagged =
      doubted.has(u.unit.name) ||
      Object.keys(u.fields).some((path) => path.startsWith(`ind.${ind.id}.`) && suspicious.has(`${u.unit.name}|${u.fields[path].cell}`));
    const unclear = classify(ind, prev, cur, planCur, flagged).unclear;
    return {
      unit: u.unit.name,
      type: u.unit.type,
      prev,
      cur,
      prevState: v?.prev.state ?? 'empty',
      curState: v?.cur.state ?? 'empty',
      change,
      changePercent: change === null || !prev ? null : roundHalfAway((change / prev) * 100, 2),
      ...statusOf(ind, prev, cur, planCur, unclear),
      percentOnly: ind.kind === 'share' && [v?.prev, v?.cur].some((y) => y?.source === 'percent'),
      unclear,
    };
  });
}

function summarizeIndicator(
  s: Settings,
  ind: IndicatorDef,
  main: UnitData[],
  others: UnitData[],
  findings: Finding[] = [],
): IndicatorSummary {
  const planCur = planFor(ind, s.reportYear);
  const distinct = s.level === 'municipality' && distinctIds(s).has(ind.id);
  const suspicious = suspiciousCells(findings);
  const mismatches: Mismatch[] = representativeMismatches(s, [...main, ...others])
    .filter((m) => m.representatives.id === ind.id || m.organisations.id === ind.id)
    .map((m) => ({
      unit: m.unit.unit.name,
      year: m.year === 'cur' ? s.reportYear : s.previousYear,
      representatives: m.representatives.id,
      organisations: m.organisations.id,
      people: m.people,
      orgs: m.orgs,
    }));
  const doubted = new Set(mismatches.map((m) => m.unit));
  const rows = indicatorRows(ind, main, planCur, suspicious, doubted);
  const flags = new Map(rows.map((r) => [r.unit, classify(ind, r.prev, r.cur, planCur, r.unclear)]));
  const byValueDesc = (a: IndicatorRow, b: IndicatorRow) => (b.cur ?? -Infinity) - (a.cur ?? -Infinity);
  const byValueAsc = (a: IndicatorRow, b: IndicatorRow) => (a.cur ?? Infinity) - (b.cur ?? Infinity);
  const names = (pred: (f: RowFlags, r: IndicatorRow) => boolean, order = byValueDesc) =>
    rows
      .filter((r) => pred(flags.get(r.unit)!, r))
      .sort(order)
      .map((r) => r.unit);
  // Compared across years: both values known, not both zero (0 → 0 is not "held"), not to be clarified.
  const compared = (f: RowFlags) => f.trend !== null && !f.zeroBoth && !f.unclear;
  const groups: IndicatorGroups = {
    leaders: names((f) => f.leader),
    belowPlan: names((f) => f.belowPlan, byValueAsc),
    belowMinimum: names((f) => f.belowMinimum),
    zero: names((f) => f.zero),
    zeroBoth: names((f) => f.zeroBoth),
    zeroNoMinimum: names((f) => f.zero && !f.unclear && ind.kind !== 'share' && ind.minimum === null),
    fell: names(
      (f) => compared(f) && f.trend === 'снижение',
      (a, b) => (a.change ?? 0) - (b.change ?? 0),
    ),
    grew: names(
      (f) => compared(f) && f.trend === 'рост',
      (a, b) => (b.change ?? 0) - (a.change ?? 0),
    ),
    held: names((f) => compared(f) && f.trend === 'без изменений'),
    noData: rows.filter((r) => r.cur === null).map((r) => r.unit),
    unclear: names((f) => f.unclear),
  };
  const comparable = groups.fell.length + groups.grew.length + groups.held.length;
  const heldOrGrew = groups.grew.length + groups.held.length;
  const best = rows.find((r) => r.unit === groups.grew[0]);
  const region = {
    prev: regionValue(ind, main, 'prev', s.previousYear, distinct),
    cur: regionValue(ind, main, 'cur', s.reportYear, distinct),
  };
  const paired = pairedTotals(ind, rows);
  return {
    id: ind.id,
    name: ind.name,
    kind: ind.kind,
    unit: ind.unit,
    leaderAbove: ind.leaderAbove,
    minimum: ind.minimum,
    deadline: ind.deadline || s.deadline,
    region,
    rows,
    otherRows: indicatorRows(ind, others, planCur, suspicious, doubted),
    groups,
    paired,
    reached: ind.kind === 'dynamics' ? (paired ? paired.cur > paired.prev : null) : region.cur.met,
    comparable,
    heldOrGrew,
    heldOrGrewShare: comparable ? percentOf(heldOrGrew, comparable) : null,
    largestGrowth: best ? { unit: best.unit, change: best.change!, changePercent: best.changePercent } : null,
    noDataAtAll: rows.every((r) => r.cur === null && r.prev === null),
    mismatches,
  };
}

/** The whole summary from interpreted units and all findings. Pure and deterministic. */
/**
 * At the municipality level a unit is one school. The counts that repeat across schools (enterprises and their
 * representatives, see distinctIds) are the municipality's own, so their minimum and leader threshold judge no single school.
 */
function thresholdsAtLevel(s: Settings, ind: IndicatorDef): IndicatorDef {
  return s.level === 'municipality' && distinctIds(s).has(ind.id) ? { ...ind, minimum: null, leaderAbove: null } : ind;
}

/**
 * Whose organisations a unit is: an organisation of additional education says so in its counts (ДО and no ОО) or, when its
 * tab gives no counts, in its «Тип» (isAdditionalType, the rule its school tab is read by).
 */
export function orgTypeOf(orgs: Record<OrgType, Num>, type: string): OrgType {
  const [general, additional] = [orgs.general.value ?? 0, orgs.additional.value ?? 0];
  if (general || additional) return additional > 0 && general === 0 ? 'additional' : 'general';
  return isAdditionalType(type) ? 'additional' : 'general';
}

/** The schools' own reports (level «муниципалитет»), or undefined when no tab carries one: see Summary.schools. */
function schoolEntries(s: Settings, units: UnitData[]): { schools?: SchoolEntry[] } {
  if (s.level !== 'municipality' || !units.some((u) => u.school)) return {};
  return { schools: units.map((u) => ({ unit: u.unit.name, org: orgTypeOf(u.orgs, u.unit.type), report: u.school ?? null })) };
}

export function summarize(s: Settings, units: UnitData[], findings: Finding[]): Summary {
  const mainType = mainTypeOf(s);
  // A municipality's organisations of every type answer together, as its roll-up sums them («… реализуют 3 из 4
  // общеобразовательных организаций и 1 из 1 организации дополнительного образования»): its ДО are no «другие участники».
  const together = s.level === 'municipality';
  const main = units.filter((u) => u.unit.type === mainType);
  const others = units.filter((u) => u.unit.type !== mainType);
  const otherTypes = together ? [] : [...new Set(others.map((u) => u.unit.type))];
  // Indicators nobody reported this round (not collected) do not make every report "partial".
  const collected = (field: string) =>
    !field.startsWith('ind.') ||
    units.some((u) => u.filled[field.replace(/\.(prev|cur)$/, '.cur')] || u.filled[field.replace(/\.(prev|cur)$/, '.prev')]);
  const completenessOf = (u: UnitData): Completeness => {
    if (u.completeness === 'missing') return 'missing';
    const expected = Object.keys(u.filled).filter(collected);
    const done = expected.filter((f) => u.filled[f]).length;
    return done === 0 ? 'empty' : done === expected.length ? 'complete' : 'partial';
  };
  // Counted in one pass: filtering the findings once per unit grew with units × findings (3,9 s at 2 000 units).
  const findingCounts = new Map<string, { error: number; warning: number }>();
  for (const f of findings) {
    const counts = findingCounts.get(f.unit) ?? { error: 0, warning: 0 };
    counts[f.severity]++;
    findingCounts.set(f.unit, counts);
  }
  const countFor = (unit: string, sev: 'error' | 'warning') => findingCounts.get(unit)?.[sev] ?? 0;
  return {
    schemaVersion: 3,
    regionName: s.regionName,
    reportYear: s.reportYear,
    previousYear: s.previousYear,
    mainType,
    unitCount: main.length,
    completeness: units.map((u) => ({
      unit: u.unit.name,
      tab: u.tab,
      state: completenessOf(u),
      ready: u.ready,
      errors: countFor(u.unit.name, 'error'),
      warnings: countFor(u.unit.name, 'warning'),
    })),
    forms: summarizeForms(s, together ? units : main, mainType),
    otherForms: otherTypes.map((t) =>
      summarizeForms(
        s,
        others.filter((u) => u.unit.type === t),
        t,
      ),
    ),
    indicators: s.indicators.map((ind) =>
      summarizeIndicator(s, thresholdsAtLevel(s, ind), together ? units : main, together ? [] : others, findings),
    ),
    findings: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      list: findings,
    },
    comments: collectComments(s, units),
    // No key at all without the schools' reports: the summary of every other workbook is as it was.
    ...schoolEntries(s, units),
  };
}

// Region-wide aggregation and status rules: forms coverage, indicator values per unit and region, the groups the note names.
import { Finding, IndicatorDef, IndicatorKind, Settings } from './model';
import { Completeness, Num, UnitData } from './interpret';
import { percentOf, roundHalfAway } from './russian';

export type Status = 'выполнен' | 'ниже плана' | 'ниже минимума' | 'лидер' | 'рост' | 'без изменений' | 'снижение' | 'нет данных';

export type OrgType = 'general' | 'additional';
export const ORG_TYPES: OrgType[] = ['general', 'additional'];

export interface Coverage {
  count: number | null;
  total: number | null;
  /** Percent, rounded to 2 decimals; null when there is nothing to divide by. */
  share: number | null;
  /** 'none': the unit has no organisations of this type (shown as "—"). */
  state: 'ok' | 'none' | 'missing' | 'invalid';
  target: number | null;
  /** Share reached the form's target; null when unknown. */
  met: boolean | null;
}

export interface UnitFormsRow {
  unit: string;
  type: string;
  totals: Record<OrgType, Num>;
  forms: Record<string, Record<OrgType, Coverage>>;
}

export interface FormsGroupSummary {
  type: string;
  /** Totals over units whose values are valid; units left out are named. */
  totals: Record<OrgType, number>;
  forms: Record<string, Record<OrgType, Coverage & { leftOut: string[] }>>;
  rows: UnitFormsRow[];
  /** Per form and type: units whose share is below the target. */
  belowTarget: Record<string, Record<OrgType, string[]>>;
}

export interface RegionValue {
  value: number | null;
  /** How the value was obtained: 'weighted' (Σ involved / Σ total), 'mean' (plain mean of percentages), 'sum', 'none'. */
  method: 'weighted' | 'mean' | 'sum' | 'none';
  unitsWithData: number;
  unitsWithCounts: number;
  /** For shares where some units gave only a percentage: the weighted share over those that gave counts. */
  weightedPartial: number | null;
  plan: number | null;
  /** Met the plan; null without a plan or a value. */
  met: boolean | null;
}

export interface IndicatorRow {
  unit: string;
  type: string;
  prev: number | null;
  cur: number | null;
  prevState: Num['state'];
  curState: Num['state'];
  change: number | null;
  changePercent: number | null;
  status: Status;
  trend: 'рост' | 'без изменений' | 'снижение' | null;
  /** Shares typed as a percentage rather than computed from counts. */
  percentOnly: boolean;
}

export interface IndicatorGroups {
  leaders: string[];
  belowPlan: string[];
  belowMinimum: string[];
  zero: string[];
  zeroBoth: string[];
  fell: string[];
  grew: string[];
  held: string[];
  noData: string[];
}

export interface IndicatorSummary {
  id: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  leaderAbove: number | null;
  minimum: number | null;
  deadline: string;
  region: { prev: RegionValue; cur: RegionValue };
  rows: IndicatorRow[];
  /** Rows of units of other types (not ranked). */
  otherRows: IndicatorRow[];
  groups: IndicatorGroups;
  /** Units with both years' values, and of those how many held or grew. */
  comparable: number;
  heldOrGrew: number;
  heldOrGrewShare: number | null;
  largestGrowth: { unit: string; change: number; changePercent: number | null } | null;
  /** No unit gave a value in either year. */
  noDataAtAll: boolean;
}

export interface CompletenessRow {
  unit: string;
  tab: string;
  state: Completeness;
  ready: boolean;
  errors: number;
  warnings: number;
}

export interface Summary {
  schemaVersion: 1;
  regionName: string;
  reportYear: number;
  previousYear: number;
  mainType: string;
  unitCount: number;
  completeness: CompletenessRow[];
  forms: FormsGroupSummary;
  otherForms: FormsGroupSummary[];
  indicators: IndicatorSummary[];
  findings: { errors: number; warnings: number; list: Finding[] };
}

/** The type whose units are ranked in the note: the first type in the settings' list of units. */
export function mainTypeOf(s: Settings): string {
  return s.units[0]?.type ?? '';
}

export function planFor(ind: IndicatorDef, year: number): number | null {
  return Object.prototype.hasOwnProperty.call(ind.plans, year) ? ind.plans[year] : null;
}

function coverage(count: Num, total: Num, target: number | null): Coverage {
  if (total.state === 'none' || total.value === 0) return { count: null, total: total.value, share: null, state: 'none', target, met: null };
  if (total.state === 'invalid' || count.state === 'invalid') return { count: count.value, total: total.value, share: null, state: 'invalid', target, met: null };
  if (count.value === null || total.value === null) return { count: count.value, total: total.value, share: null, state: 'missing', target, met: null };
  const share = percentOf(count.value, total.value);
  return { count: count.value, total: total.value, share, state: share === null ? 'none' : 'ok', target, met: share === null || target === null ? null : share >= target };
}

export function summarizeForms(s: Settings, units: UnitData[], type: string): FormsGroupSummary {
  const rows: UnitFormsRow[] = units.map((u) => {
    const forms: UnitFormsRow['forms'] = {};
    for (const f of s.forms) {
      forms[f.key] = { general: coverage(u.forms[f.key].general, u.orgs.general, f.targetPercent), additional: coverage(u.forms[f.key].additional, u.orgs.additional, f.targetPercent) };
    }
    return { unit: u.unit.name, type: u.unit.type, totals: { ...u.orgs }, forms };
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
      forms[f.key][t] = { count, total, share, state: total > 0 ? 'ok' : 'none', target: f.targetPercent, met: share === null || f.targetPercent === null ? null : share >= f.targetPercent, leftOut };
    }
  }
  return { type, totals, forms, rows, belowTarget };
}

function regionValue(ind: IndicatorDef, units: UnitData[], which: 'prev' | 'cur', year: number): RegionValue {
  const vals = units.map((u) => u.indicators[ind.id]?.[which]).filter((v) => v && v.value !== null).map((v) => v!);
  const plan = planFor(ind, year);
  const done = (value: number | null, method: RegionValue['method'], withCounts: number, weightedPartial: number | null): RegionValue => ({
    value, method, unitsWithData: vals.length, unitsWithCounts: withCounts, weightedPartial, plan,
    met: value === null || plan === null ? null : ind.kind === 'dynamics' ? null : value >= plan,
  });
  if (vals.length === 0) return done(null, 'none', 0, null);
  if (ind.kind !== 'share') return done(vals.reduce((a, v) => a + v.value!, 0), 'sum', 0, null);
  const counted = vals.filter((v) => v.source === 'counts');
  const weighted = counted.length ? percentOf(counted.reduce((a, v) => a + v.involved!, 0), counted.reduce((a, v) => a + v.total!, 0)) : null;
  if (counted.length === vals.length) return done(weighted, 'weighted', counted.length, null);
  const mean = roundHalfAway(vals.reduce((a, v) => a + v.value!, 0) / vals.length, 2);
  return done(mean, 'mean', counted.length, weighted);
}

export function statusOf(ind: IndicatorDef, prev: number | null, cur: number | null, planCur: number | null): { status: Status; trend: IndicatorRow['trend'] } {
  const trend = prev === null || cur === null ? null : cur > prev ? 'рост' : cur < prev ? 'снижение' : 'без изменений';
  if (cur === null) return { status: 'нет данных', trend };
  if (ind.kind === 'share' && planCur !== null && cur < planCur) return { status: 'ниже плана', trend };
  if (ind.minimum !== null && cur < ind.minimum) return { status: 'ниже минимума', trend };
  if (ind.leaderAbove !== null && cur > ind.leaderAbove) return { status: 'лидер', trend };
  if (ind.kind === 'dynamics' && trend) return { status: trend, trend };
  return { status: ind.kind === 'dynamics' ? 'нет данных' : 'выполнен', trend };
}

function indicatorRows(ind: IndicatorDef, units: UnitData[], planCur: number | null): IndicatorRow[] {
  return units.map((u) => {
    const v = u.indicators[ind.id];
    const prev = v?.prev.value ?? null;
    const cur = v?.cur.value ?? null;
    const change = prev === null || cur === null ? null : roundHalfAway(cur - prev, 2);
    return {
      unit: u.unit.name, type: u.unit.type, prev, cur, prevState: v?.prev.state ?? 'empty', curState: v?.cur.state ?? 'empty',
      change, changePercent: change === null || !prev ? null : roundHalfAway((change / prev) * 100, 2),
      ...statusOf(ind, prev, cur, planCur),
      percentOnly: ind.kind === 'share' && [v?.prev, v?.cur].some((y) => y?.source === 'percent'),
    };
  });
}

export function summarizeIndicator(s: Settings, ind: IndicatorDef, main: UnitData[], others: UnitData[]): IndicatorSummary {
  const planCur = planFor(ind, s.reportYear);
  const rows = indicatorRows(ind, main, planCur);
  const byValueDesc = (a: IndicatorRow, b: IndicatorRow) => (b.cur ?? -Infinity) - (a.cur ?? -Infinity);
  const byValueAsc = (a: IndicatorRow, b: IndicatorRow) => (a.cur ?? Infinity) - (b.cur ?? Infinity);
  const names = (pred: (r: IndicatorRow) => boolean, order = byValueDesc) => rows.filter(pred).sort(order).map((r) => r.unit);
  const groups: IndicatorGroups = {
    leaders: names((r) => ind.leaderAbove !== null && r.cur !== null && r.cur > ind.leaderAbove),
    belowPlan: ind.kind === 'share' && planCur !== null ? names((r) => r.cur !== null && r.cur < planCur, byValueAsc) : [],
    belowMinimum: ind.minimum !== null ? names((r) => r.cur !== null && r.cur < ind.minimum!, byValueDesc) : [],
    zero: names((r) => r.cur === 0),
    zeroBoth: names((r) => r.cur === 0 && r.prev === 0),
    fell: names((r) => r.trend === 'снижение', (a, b) => (a.change ?? 0) - (b.change ?? 0)),
    grew: names((r) => r.trend === 'рост', (a, b) => (b.change ?? 0) - (a.change ?? 0)),
    held: names((r) => r.trend === 'без изменений'),
    noData: rows.filter((r) => r.cur === null).map((r) => r.unit),
  };
  const comparable = rows.filter((r) => r.trend !== null).length;
  const heldOrGrew = groups.grew.length + groups.held.length;
  const best = rows.filter((r) => r.trend === 'рост').sort((a, b) => b.change! - a.change!)[0];
  return {
    id: ind.id, name: ind.name, kind: ind.kind, unit: ind.unit, leaderAbove: ind.leaderAbove, minimum: ind.minimum, deadline: ind.deadline || s.deadline,
    region: { prev: regionValue(ind, main, 'prev', s.previousYear), cur: regionValue(ind, main, 'cur', s.reportYear) },
    rows, otherRows: indicatorRows(ind, others, planCur), groups, comparable, heldOrGrew,
    heldOrGrewShare: comparable ? percentOf(heldOrGrew, comparable) : null,
    largestGrowth: best ? { unit: best.unit, change: best.change!, changePercent: best.changePercent } : null,
    noDataAtAll: rows.every((r) => r.cur === null && r.prev === null),
  };
}

/** The whole summary from interpreted units and all findings. Pure and deterministic. */
export function summarize(s: Settings, units: UnitData[], findings: Finding[]): Summary {
  const mainType = mainTypeOf(s);
  const main = units.filter((u) => u.unit.type === mainType);
  const others = units.filter((u) => u.unit.type !== mainType);
  const otherTypes = [...new Set(others.map((u) => u.unit.type))];
  // Indicators nobody reported this round (not collected) do not make every report "partial".
  const collected = (field: string) => !field.startsWith('ind.') || units.some((u) => u.filled[field.replace(/\.(prev|cur)$/, '.cur')] || u.filled[field.replace(/\.(prev|cur)$/, '.prev')]);
  const completenessOf = (u: UnitData): Completeness => {
    if (u.completeness === 'missing') return 'missing';
    const expected = Object.keys(u.filled).filter(collected);
    const done = expected.filter((f) => u.filled[f]).length;
    return done === 0 ? 'empty' : done === expected.length ? 'complete' : 'partial';
  };
  const countFor = (unit: string, sev: 'error' | 'warning') => findings.filter((f) => f.unit === unit && f.severity === sev).length;
  return {
    schemaVersion: 1,
    regionName: s.regionName,
    reportYear: s.reportYear,
    previousYear: s.previousYear,
    mainType,
    unitCount: main.length,
    completeness: units.map((u) => ({ unit: u.unit.name, tab: u.tab, state: completenessOf(u), ready: u.ready, errors: countFor(u.unit.name, 'error'), warnings: countFor(u.unit.name, 'warning') })),
    forms: summarizeForms(s, main, mainType),
    otherForms: otherTypes.map((t) => summarizeForms(s, others.filter((u) => u.unit.type === t), t)),
    indicators: s.indicators.map((ind) => summarizeIndicator(s, ind, main, others)),
    findings: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length, list: findings },
  };
}

// The summary's data model: coverage of forms, indicator values per unit and region, and the groups the note names.
import type { UnitComments } from './comments';
import type { Completeness, Num } from './interpret';
import type { Finding, IndicatorKind } from './model';
import type { SchoolReport } from './schoolReport';

export type Status =
  | 'выполнен'
  | 'ниже плана'
  | 'ниже минимума'
  | 'лидер'
  | 'рост'
  | 'без изменений'
  | 'снижение'
  | 'нет данных'
  | 'требует уточнения'
  /** A count of zero with no minimum or plan to judge it by. */
  | 'нулевое значение'
  /** A value with no minimum or plan to judge it by: no verdict. */
  | 'цель не установлена';

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
  /** «Яркие примеры» typed in the unit's tab, per form key ('' when none). */
  examples: Record<string, string>;
}

/** A unit that runs a form while every indicator that should show it is zero: the data need checking. */
export interface Contradiction {
  form: string;
  unit: string;
  running: number;
  total: number;
  /** Ids of the indicators at zero. */
  indicators: string[];
}

/** A unit and year where representatives of organisations (one indicator) disagree with the organisations (another). */
export interface Mismatch {
  unit: string;
  year: number;
  /** Ids of the two indicators. */
  representatives: string;
  organisations: string;
  people: number;
  orgs: number;
}

export interface FormsGroupSummary {
  type: string;
  /** Totals over units whose values are valid; units left out are named. */
  totals: Record<OrgType, number>;
  forms: Record<string, Record<OrgType, Coverage & { leftOut: string[] }>>;
  rows: UnitFormsRow[];
  /** Per form and type: units whose share is below the target. */
  belowTarget: Record<string, Record<OrgType, string[]>>;
  contradictions: Contradiction[];
}

export interface RegionValue {
  value: number | null;
  /**
   * How the value was obtained: 'weighted' (Σ involved / Σ total over every unit with data), 'official' (typed into the
   * settings), 'mean' (plain mean of the units' percentages — for reference only, never judged against the plan), 'sum', 'none'.
   */
  method: 'weighted' | 'official' | 'mean' | 'sum' | 'none';
  unitsWithData: number;
  unitsWithCounts: number;
  /** Σ involved and Σ total over the units that gave pupil counts (shares); null without counts. */
  involved: number | null;
  total: number | null;
  /** For shares where some units gave only a percentage: the weighted share over those that gave counts. */
  weightedPartial: number | null;
  /** Plain mean of the units' shares (shares with data), given «справочно». */
  mean: number | null;
  plan: number | null;
  /** Met the plan; null without a plan or a value that may be judged (a mean is not). */
  met: boolean | null;
}

/** Totals over the units with values in both years, so the two years compare like with like. */
export interface PairedTotals {
  prev: number;
  cur: number;
  units: number;
  /** Units with a value in one year only, left out of both totals. */
  leftOut: string[];
  /** Units with both years whose values are to be clarified, left out of both totals. */
  doubtful: string[];
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
  /** The check flagged a value as suspicious, or a count rose from zero: stated «требует уточнения», not as fact. */
  unclear: boolean;
}

export interface IndicatorGroups {
  leaders: string[];
  belowPlan: string[];
  belowMinimum: string[];
  zero: string[];
  zeroBoth: string[];
  /** Counts (and dynamics) at zero with no minimum set: no other measure reaches them, so they get their own. */
  zeroNoMinimum: string[];
  fell: string[];
  grew: string[];
  held: string[];
  noData: string[];
  /** Values to be clarified (see IndicatorRow.unclear). */
  unclear: string[];
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
  /** Like-with-like totals of count and dynamics indicators; null for shares or without any unit with both years. */
  paired: PairedTotals | null;
  /** The regional result was reached: plan met (shares, counts) or the paired total grew (dynamics); null when unknown. */
  reached: boolean | null;
  /** Units with both years' values, not both zero and not to be clarified; and of those how many held or grew. */
  comparable: number;
  heldOrGrew: number;
  heldOrGrewShare: number | null;
  largestGrowth: { unit: string; change: number; changePercent: number | null } | null;
  /** No unit gave a value in either year. */
  noDataAtAll: boolean;
  /** Representatives against their organisations where this indicator is either side: both values are to be clarified. */
  mismatches: Mismatch[];
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
  schemaVersion: 3;
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
  /** What the coordinators wrote beside their indicators: units with comments only, in the settings' order. */
  comments: UnitComments[];
  /**
   * Level «муниципалитет» once any unit's tab carries a school's own report: every unit in the settings' order with its
   * report (null: no tab, or a tab without one). Undefined otherwise, and the note is then as it always was.
   */
  schools?: SchoolEntry[];
}

/** One organisation of a municipality's workbook, of which type it is and what it reported of itself. */
export interface SchoolEntry {
  unit: string;
  org: OrgType;
  report: SchoolReport | null;
}

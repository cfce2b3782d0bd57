// The reporting campaign's state of each unit, computed from its tab (the summary's completeness) and the staff's marks.
import { commentsCellText } from './comments';
import { type Decision, daysToDeadline, EMPTY_RECORD, requestsLetter, type UnitRecord } from './campaignMarks';
import type { CompletenessRow, Summary } from './summaryModel';

/** One state per unit, in the words the staff and the coordinators see. */
export const CAMPAIGN_STATES = {
  notStarted: 'не начат',
  filling: 'заполняется',
  submitted: 'сдан',
  hasErrors: 'есть ошибки',
  clarifying: 'на уточнении',
  accepted: 'принят',
} as const;

export type CampaignState = keyof typeof CAMPAIGN_STATES;

/** What the regional centre's staff decided about a unit's report; no mark: nothing decided yet. */
export interface StaffMarks {
  /** Staff asked the coordinator to clarify a value or the whole report. */
  clarification?: boolean;
  /** Staff accepted the report. */
  accepted?: boolean;
}

/** The marks a unit's record carries: the decision in «Решение». */
function staffMarksOf(r: UnitRecord): StaffMarks {
  return { accepted: r.decision === 'accepted', clarification: r.decision === 'clarification' };
}

/** Nothing typed in the unit's tab, or no tab at all: the one rule for «не начат» and the note's «не представили». */
export function isNotStarted(row: Pick<CompletenessRow, 'state'>): boolean {
  return row.state === 'missing' || row.state === 'empty';
}

/**
 * The unit's state. The staff's decision comes first (accepted over a clarification asked earlier); then the tab: nothing
 * typed, errors found, «Отчёт готов» ticked, or still being filled. A ticked but empty tab has not started.
 */
export function campaignState(row: CompletenessRow, marks: StaffMarks = {}): CampaignState {
  if (marks.accepted) return 'accepted';
  if (marks.clarification) return 'clarifying';
  if (isNotStarted(row)) return 'notStarted';
  if (row.errors > 0) return 'hasErrors';
  return row.ready ? 'submitted' : 'filling';
}

/** Units whose tab is empty or absent, by name: the check names them rather than saying «0 ошибок» over an empty tab. */
function notStartedUnits(sum: Summary): string[] {
  return sum.completeness.filter(isNotStarted).map((c) => c.unit);
}

/** «не заполнены: Асино, Бакчар» or '' when every unit typed something. */
export function notStartedText(sum: Summary): string {
  const units = notStartedUnits(sum);
  return units.length ? `не заполнены: ${units.join(', ')}` : '';
}

/** What is still missing in a unit's tab, by its completeness; '' when everything expected is filled. */
const MISSING_TEXT: Record<CompletenessRow['state'], string> = {
  missing: 'нет вкладки',
  empty: 'ничего не заполнено',
  partial: 'заполнено не всё',
  complete: '',
};

export interface CampaignRow {
  unit: string;
  tab: string;
  state: CampaignState;
  /** The day the tab's values last changed, as «06.12.2026»; '' when never seen filled. */
  changed: string;
  /** «осталось 5 дней», «просрочено на 3 дня»; '' once handed in or with no deadline. */
  deadline: string;
  errors: number;
  warnings: number;
  missing: string;
  email: string;
  /** The staff's columns and the open requests ready for a letter. */
  decision: Decision;
  comment: string;
  letter: string;
  /** The coordinator's comments and reasons for missing data, one indicator per line («7. учёт ведут предприятия»). */
  explanations: string;
  record: UnitRecord;
}

/** What the rows are computed from besides the summary: e-mails, the staff's records, the deadline and today. */
export interface CampaignContext {
  emails: ReadonlyMap<string, string>;
  records?: ReadonlyMap<string, UnitRecord>;
  reportDeadline?: string;
  today?: string;
}

/** One row per unit in the settings' order: state, dates, counts, what is missing, whom to write to, the staff's marks. */
export function campaignRows(sum: Summary, ctx: CampaignContext): CampaignRow[] {
  const comments = new Map(sum.comments.map((u) => [u.unit, u]));
  return sum.completeness.map((c) => {
    const record = ctx.records?.get(c.unit) ?? EMPTY_RECORD;
    const state = campaignState(c, staffMarksOf(record));
    return {
      unit: c.unit,
      tab: c.tab,
      state,
      changed: record.changed,
      deadline: HANDED_IN.includes(state) ? '' : daysToDeadline(ctx.reportDeadline ?? '', ctx.today ?? ''),
      errors: c.errors,
      warnings: c.warnings,
      missing: MISSING_TEXT[c.state],
      email: ctx.emails.get(c.unit) ?? '',
      decision: record.decision,
      comment: record.comment,
      letter: requestsLetter(c.unit, record),
      explanations: commentsCellText(comments.get(c.unit)),
      record,
    };
  });
}

/** Handed in: «Отчёт готов» ticked with no error left, or accepted. */
export const HANDED_IN: readonly CampaignState[] = ['submitted', 'accepted'];

/** «сдали 14 из 20; не начат — 2, заполняется — 3, …»: the totals atop «Ход сбора» and `status`. */
export function campaignTotalsText(rows: readonly CampaignRow[]): string {
  const handedIn = rows.filter((r) => HANDED_IN.includes(r.state)).length;
  const byState = (Object.keys(CAMPAIGN_STATES) as CampaignState[])
    .map((st) => [CAMPAIGN_STATES[st], rows.filter((r) => r.state === st).length] as const)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} — ${n}`);
  return [`сдали ${handedIn} из ${rows.length}`, ...byState].join('; ');
}

/**
 * Whether a returned file may replace what a unit's tab holds: a report the staff accepted is replaced only when they
 * say so (`collect --force`). `state` is the unit's state before the file is taken, whatever marks fed it.
 */
export function mayReplaceReport(state: CampaignState, force: boolean): boolean {
  return force || state !== 'accepted';
}

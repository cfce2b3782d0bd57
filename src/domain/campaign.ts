// The reporting campaign's state of each unit, computed from its tab (the summary's completeness) and the staff's marks.
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
export function notStartedUnits(sum: Summary): string[] {
  return sum.completeness.filter(isNotStarted).map((c) => c.unit);
}

/** «не заполнены: Асино, Бакчар» or '' when every unit typed something. */
export function notStartedText(sum: Summary): string {
  const units = notStartedUnits(sum);
  return units.length ? `не заполнены: ${units.join(', ')}` : '';
}

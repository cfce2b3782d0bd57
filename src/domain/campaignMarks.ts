// The staff's marks on the campaign (decision, clarifications asked) kept between checks, and how a check updates them.
import { countWith, type DateParts, parseRussianDate, type PluralForms, plural } from './russian';

/** The staff's decision as the «Решение» dropdown of «Ход сбора» writes it; '' — nothing decided. */
export const DECISIONS = { accepted: 'принят', clarification: 'на уточнении' } as const;
export type Decision = keyof typeof DECISIONS | '';

/** One value the staff asked about: the cell, what it is called and held when asked, the comment and the day asked. */
export interface CellRequest {
  cell: string;
  label: string;
  asked: string;
  comment: string;
  date: string;
}

/** What «Ход сбора» keeps of one unit between checks: the staff's columns and the hidden store. */
export interface UnitRecord {
  decision: Decision;
  /** The staff's free text: a clarification of the report as a whole. */
  comment: string;
  requests: CellRequest[];
  /** The tab's fingerprint when a clarification of the whole report was first seen; '' when none is open. */
  wholeAsked: string;
  /** The tab's fingerprint at the last check or build, and the day it was seen changed ('' — no change seen yet). */
  seen: string;
  changed: string;
  /** Cells of the unit tab carrying the staff's note, so the next staff action removes the notes no longer open. */
  noted: string[];
}

export const EMPTY_RECORD: UnitRecord = { decision: '', comment: '', requests: [], wholeAsked: '', seen: '', changed: '', noted: [] };

/** The unit's tab as the check reads it now: a fingerprint of its input values and each input cell's value by A1. */
export interface TabNow {
  fingerprint: string;
  cells: Readonly<Record<string, string>>;
}

/** The decision typed into «Решение», in any case; anything else is no decision. */
export function decisionOf(text: string): Decision {
  const t = text.trim().toLowerCase();
  return (Object.keys(DECISIONS) as Array<keyof typeof DECISIONS>).find((k) => DECISIONS[k] === t) ?? '';
}

/** Whether a clarification of the whole report is open: a comment typed, or «на уточнении» with no cell asked about. */
function wholeOpen(r: UnitRecord): boolean {
  return r.decision === 'clarification' && (r.comment !== '' || r.requests.length === 0);
}

/**
 * The record after a check or build has read the tab (`now`; null: the unit has no tab, nothing changes). A change of the
 * input values since the last check or build dates the record `today`. A clarification is answered when the value asked about changed (a cell) or any
 * input changed since it was first seen (the whole report); once nothing is open the decision is cleared. A decision
 * other than «на уточнении» closes the requests. `answered` names the cells (or «отчёт в целом») answered now.
 */
export function reconcile(r: UnitRecord, now: TabNow | null, today: string): { record: UnitRecord; answered: string[] } {
  if (!now) return { record: r, answered: [] };
  // A tab seen for the first time has no known date of change: its values may be older than today.
  const changed = r.seen === now.fingerprint || r.seen === '' ? r.changed : today;
  const next: UnitRecord = { ...r, seen: now.fingerprint, changed };
  if (r.decision !== 'clarification') return { record: { ...next, requests: [], wholeAsked: '' }, answered: [] };
  const answered = r.requests.filter((q) => (now.cells[q.cell] ?? '') !== q.asked).map((q) => q.cell);
  next.requests = r.requests.filter((q) => !answered.includes(q.cell));
  if (wholeOpen(r)) {
    if (r.wholeAsked === '') next.wholeAsked = now.fingerprint;
    else if (r.wholeAsked !== now.fingerprint) {
      answered.push('отчёт в целом');
      next.comment = '';
      next.wholeAsked = '';
    }
  }
  if (next.requests.length === 0 && next.wholeAsked === '') next.decision = '';
  return { record: next, answered };
}

/** A request for a cell added (or replacing an earlier one for the same cell), the decision set to «на уточнении». */
export function withRequest(r: UnitRecord, q: CellRequest): UnitRecord {
  return { ...r, decision: 'clarification', requests: [...r.requests.filter((x) => x.cell !== q.cell), q] };
}

/** The report accepted: open requests closed. */
export function accepted(r: UnitRecord): UnitRecord {
  return { ...r, decision: 'accepted', requests: [], wholeAsked: '' };
}

/**
 * The open requests of a unit, one line each in the department's words, with no closing mark (a paragraph ends it with «.»,
 * a letter's list with «;»): «Ячейка D25 («Показатель 3, 2021 г.»; указано: 250) — проверьте значение». [] when none is open.
 */
export function openRequests(r: UnitRecord): string[] {
  if (r.decision !== 'clarification') return [];
  const lines = r.requests.map(
    (q) => `Ячейка ${q.cell} («${q.label}»; указано: ${q.asked || 'пусто'}) — ${q.comment || 'проверьте значение'}`,
  );
  if (wholeOpen(r)) lines.push(`Отчёт в целом — ${r.comment || 'проверьте и дополните сведения'}`);
  return lines;
}

/**
 * The open requests of a unit as a paragraph for a letter or an e-mail (the product sends no mail), '' when none:
 * «Просим уточнить сведения отчёта «Асиновский район»:\n1. Ячейка D25 («Показатель 3, 2021 г.»; указано: 250) — …».
 */
export function requestsLetter(unit: string, r: UnitRecord): string {
  const lines = openRequests(r);
  if (!lines.length) return '';
  return [`Просим уточнить сведения отчёта «${unit}»:`, ...lines.map((l, i) => `${i + 1}. ${l}.`)].join('\n');
}

const DAYS: PluralForms = ['день', 'дня', 'дней'];

function dayNumber(d: DateParts): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/**
 * Days to the deadline or past it, for a unit that has not handed in: «осталось 5 дней», «остался 1 день», «срок
 * сегодня», «просрочено на 3 дня»; '' with no deadline (or one that is not a date).
 */
export function daysToDeadline(deadline: string, today: string): string {
  const due = parseRussianDate(deadline);
  const now = parseRussianDate(today);
  if (!due || !now) return '';
  const days = dayNumber(due) - dayNumber(now);
  if (days === 0) return 'срок сегодня';
  if (days < 0) return `просрочено на ${countWith(-days, DAYS)}`;
  return `${plural(days, ['остался', 'осталось', 'осталось'])} ${countWith(days, DAYS)}`;
}

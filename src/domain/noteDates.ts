// When the note speaks: the day it is dated, and the dates and periods of «Настройки» already past on that day, which the
// note does not recommend (a target date, a deadline for a minimum, an event's «Когда»).
import type { Resource, Settings } from './model';
import { formatDate, parseRussianDate, yearLabel } from './russian';

type NoteDaySettings = Pick<Settings, 'reportYear' | 'document'>;

/** Months as they begin in any case of the word («октябрь», «октября», «в октябре»; «май», «мая», «мае»). */
const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = new RegExp(`(?<![а-яё])(${MONTH_STEMS.join('|')})`, 'gi');
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** A day as one comparable number: 2025-02-15 → 20250215. */
const dayKey = (year: number, month: number, day: number) => year * 10000 + month * 100 + day;

/**
 * The day the note speaks from: its date in «Настройки» when typed, else 1 January after the reporting year (a note reports
 * a finished year, so it cannot be written earlier; the same day isDue judges targets by).
 */
function noteDay(s: NoteDaySettings): number {
  const typed = s.document.date ? parseRussianDate(s.document.date) : null;
  const yearEnd = dayKey(s.reportYear + 1, 1, 1);
  return typed ? Math.max(yearEnd, dayKey(typed.year, typed.month, typed.day)) : yearEnd;
}

/**
 * The last day a date or a period names: «01.09.2025» that day, «октябрь 2025 г.» the end of October, «осенний период
 * 2022 г.» the end of 2022; null when the text names no year (a period in words alone is never judged past).
 */
function periodEnd(text: string): number | null {
  const date = parseRussianDate(text);
  if (date) return dayKey(date.year, date.month, date.day);
  const years = (text.match(YEAR) ?? []).map(Number);
  if (years.length === 0) return null;
  const months = [...text.matchAll(MONTH)].map((m) => MONTH_STEMS.findIndex((stem) => new RegExp(`^${stem}`, 'i').test(m[1])) + 1);
  // One year and a month: that month's end (day 31 compares as its end in any month); otherwise the year's end.
  const month = years.length === 1 && months.length ? months[months.length - 1] : 12;
  return dayKey(Math.max(...years), month, 31);
}

/** Whether a date or period of the settings is already past on the note's day: the note does not recommend it. */
export function hasPassed(s: NoteDaySettings, text: string): boolean {
  const end = text ? periodEnd(text) : null;
  return end !== null && end <= noteDay(s);
}

/** «к дате справки (15 февраля 2025 г.)» or «к подведению итогов 2024 г.»: the day a settings finding measures from. */
export function noteDayText(s: NoteDaySettings): string {
  const typed = s.document.date ? parseRussianDate(s.document.date) : null;
  return typed && dayKey(typed.year, typed.month, typed.day) === noteDay(s)
    ? `к дате справки (${formatDate(typed)})`
    : `к подведению итогов ${yearLabel(s.reportYear)}`;
}

/** The events the note may recommend: resources with a «Когда» not yet past. */
export function upcomingEvents(s: Settings): Resource[] {
  return s.resources.filter((r) => r.when && !hasPassed(s, r.when));
}

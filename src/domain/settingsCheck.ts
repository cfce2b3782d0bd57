// Sanity rules for the numbers and dates typed in «Настройки»: shares 0–100 %, counts from 0 to the data check's ceiling,
// real calendar dates, the note's frame filled. A value that breaks one is left out of the note; the message says why, in Russian.
import { MAX_COUNT } from './interpret';
import type { DocumentSettings, IndicatorDef, IndicatorKind, Settings } from './model';
import { hasPassed, noteDayText } from './noteDates';
import { nounsOf } from './noteText';
import { formatNumber, parseRussianDate } from './russian';

/** What a settings number measures: a share in percent (plans and thresholds of a share, form targets) or a count. */
export type SettingsNumberKind = 'percent' | 'count';

/** Shares are in percent; counts and dynamics are counted things (their plans, thresholds and regional values). */
export function settingsNumberKind(kind: IndicatorKind): SettingsNumberKind {
  return kind === 'share' ? 'percent' : 'count';
}

const LEFT_OUT = 'В справку не попадает: исправьте ячейку.';

/**
 * Why a number typed in the settings cannot be used, or null when it can. `what` names it as the message begins
 * («План», «Цель охвата»): «План 300 % — доля не может быть больше 100 %. В справку не попадает: исправьте ячейку.»
 */
export function settingsNumberProblem(value: number, kind: SettingsNumberKind, what: string): string | null {
  if (kind === 'percent') {
    const shown = `${what} ${formatNumber(value)} %`;
    if (value > 100) return `${shown} — доля не может быть больше 100 %. ${LEFT_OUT}`;
    if (value < 0) return `${shown} — доля не может быть отрицательной. ${LEFT_OUT}`;
    // Sheets stores «75%» typed in a number cell as 0,75: a share between 0 and 1 % is a percent sign, not a plan of 0,75 %.
    if (value > 0 && value < 1) {
      const meant = formatNumber(value * 100);
      return `${shown} — похоже, в ячейке набрано «${meant}%»: Google Таблицы хранят такой процент как ${formatNumber(value)}. Впишите ${meant} без знака «%». ${LEFT_OUT}`;
    }
    return null;
  }
  const shown = `${what} ${formatNumber(value)}`;
  if (value < 0) return `${shown} — количество не может быть отрицательным. ${LEFT_OUT}`;
  if (value > MAX_COUNT) return `${shown} — больше ${formatNumber(MAX_COUNT)}, похоже на опечатку. ${LEFT_OUT}`;
  return null;
}

/** Text shaped like a date (01.02.2023, 2023-02-01), whether or not that day exists. */
const DATE_SHAPED = /^\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(\s*г(\.|ода)?)?\s*$/;

/**
 * Why a date typed in the settings is refused, or null: a date-shaped text naming no real day (31.02.2023 — Sheets keeps
 * it as text because no such day exists). Other text (a term in words) is not a date and is left to the caller.
 */
export function settingsDateProblem(text: string): string | null {
  if (!DATE_SHAPED.test(text) || parseRussianDate(text) !== null) return null;
  return `Даты ${text.trim()} нет в календаре. ${LEFT_OUT} Укажите дату как 01.01.2023.`;
}

/**
 * The warning for a form's target date that reads (it passed settingsDateProblem) but will not serve: not a date at all,
 * or a date before the reporting year (a target left from past years). Null when the date serves.
 */
export function targetDateWarning(text: string, reportYear: number): string | null {
  if (!text) return null;
  const date = parseRussianDate(text);
  if (!date) return 'Срок цели не похож на дату: укажите его как 01.01.2023.';
  if (date.year < reportYear)
    return `Срок цели раньше отчётного ${reportYear} года: цель, вероятно, осталась от прошлых лет. Укажите актуальные цель и срок.`;
  return null;
}

/**
 * The warning for a count whose noun the note cannot know: «Что считаем» empty and a unit of measure with no default
 * noun (nounsOf). The note then names the indicator instead of the noun («не менее 2 по показателю «…»»).
 */
export function countNounsProblem(def: Pick<IndicatorDef, 'kind' | 'nouns' | 'unit'>): string | null {
  if (def.kind === 'share' || nounsOf(def)) return null;
  return 'Не указано, что считает показатель: заполните «Что считаем» тремя формами через «;» (например, «предприятие; предприятия; предприятий»), иначе справка назовёт число только названием показателя.';
}

/** The fields of the note's frame only the department knows: the check asks for each one left empty. */
export type FrameField = 'sender' | 'addressees' | 'basis' | 'programme' | 'organiser' | 'signerPosition' | 'signerName' | 'executor';

/** What the check says of an empty frame field: what to type, and what the note does meanwhile. */
const FRAME_GAPS: Record<FrameField, string> = {
  sender:
    'Не указано, кто направляет справку: впишите орган, от имени которого она направляется (например, «Министерство образования … области»). Пока справка выйдет без бланка.',
  addressees:
    'Не указано, кому направляется справка: впишите адресатов в дательном падеже (например, «Руководителям органов местного самоуправления, осуществляющих управление в сфере образования»). Пока справка выйдет без адресатов.',
  basis:
    'Не указано, во исполнение каких документов проведён мониторинг: впишите их в родительном падеже (например, «приказа … от 01.02.2023 № 1 «Об утверждении …»»). Пока справка начнётся словами «Проведён мониторинг …».',
  programme:
    'Не указана программа, показатели которой оцениваются: впишите её название без кавычек. Пока справка пишет «реализации программы» без названия.',
  organiser:
    'Не указано, кто провёл мониторинг: впишите полное наименование организации, как в её уставе (например, ГАУ ДПО «Институт развития образования … области»). Пока справка не называет организатора.',
  signerPosition: 'Не указана должность подписывающего справку. Пока в справке на её месте линия «__________» для заполнения от руки.',
  signerName: 'Не указаны инициалы и фамилия подписывающего справку. Пока в справке на их месте линия «__________» для заполнения от руки.',
  executor:
    'Не указан исполнитель: впишите фамилию, инициалы и должность (строка «исп.» в конце справки). Пока в справке «исп. __________» для заполнения от руки.',
};

/** The organiser a workbook made before the frame was asked for carries: a generic name, not a legal entity. */
const GENERIC_ORGANISER = /^региональный наставнический центр$/i;

/**
 * The frame fields the note cannot write from the settings, each with its message: empty ones, and an organiser named
 * generically instead of as a legal entity. The note never invents them: it leaves the line out or a blank to fill by hand.
 */
export function frameGaps(d: DocumentSettings): Array<{ field: FrameField; message: string }> {
  const gaps = (Object.keys(FRAME_GAPS) as FrameField[])
    .filter((field) => {
      const v = d[field];
      return Array.isArray(v) ? v.length === 0 : v.trim() === '';
    })
    .map((field) => ({ field, message: FRAME_GAPS[field] }));
  if (GENERIC_ORGANISER.test(d.organiser.trim()))
    gaps.push({
      field: 'organiser',
      message: `«${d.organiser.trim()}» — общее название, а не наименование организации: впишите полное наименование, как в уставе (например, ГАУ ДПО «Институт развития образования … области»).`,
    });
  return gaps;
}

/**
 * The warning for a date or period of the settings already past on the note's day (hasPassed), or null: `what` names it
 * («Срок цели»), `consequence` says what the note does instead and what to type.
 */
export function passedDateWarning(
  s: Pick<Settings, 'reportYear' | 'document'>,
  text: string,
  what: string,
  consequence: string,
): string | null {
  if (!hasPassed(s, text)) return null;
  return `${what} «${text}» прошёл ${noteDayText(s)}: ${consequence}`;
}

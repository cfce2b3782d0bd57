// Russian-language formatting for the analytic note: plurals, numbers, percents, dates, lists of units.
import { isDate } from './cellValue';

/** No-break space U+00A0: groups thousands ("12 345") and precedes "%" ("29,05 %"). */
export const NBSP = '\u00A0';

/** Plural forms of a noun: [one, few, many], e.g. ["муниципалитет", "муниципалитета", "муниципалитетов"]. */
export type PluralForms = readonly [one: string, few: string, many: string];

/** A calendar date without time; month is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Picks the Russian plural form for n: 1, 21, 101 → one; 2–4, 22–24 → few;
 * 0, 5–20, 11–14, 111–114 → many. Non-integers take the "few" form ("2,5 процента").
 */
export function plural(n: number, forms: PluralForms): string {
  if (!Number.isInteger(n)) return forms[1];
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/**
 * A number with its noun in the agreeing form: "1 муниципалитет", "2 муниципалитета",
 * "12 345 человек". The number goes through formatNumber (up to 2 decimals) and the form is
 * chosen for the number as printed; the space before the noun is an ordinary space.
 */
export function countWith(n: number, forms: PluralForms): string {
  return `${formatNumber(n)} ${plural(roundHalfAway(n, 2), forms)}`;
}

/**
 * Rounds to `decimals` places, half away from zero, on the decimal value the number is meant to be:
 * the scaled value is cut to 15 significant digits first, so 1.005 → 1.01 and 63.665 → 63.67
 * despite binary representation. Never returns -0. Non-finite values are returned unchanged.
 */
export function roundHalfAway(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const d = clampDecimals(decimals);
  const factor = 10 ** d;
  const scaled = Number((Math.abs(n) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  if (rounded === 0) return 0;
  return n < 0 ? -rounded : rounded;
}

/** Decimal places as a whole number in 0–15. */
function clampDecimals(decimals: number): number {
  return Math.max(0, Math.min(15, Math.trunc(decimals) || 0));
}

/**
 * Formats a number the Russian way: rounded half away from zero to at most `maxDecimals` places,
 * decimal comma, trailing zeros dropped ("20", "29,05", "0,5"). Thousands are grouped with a
 * no-break space U+00A0 only when the rounded |n| ≥ 10 000 ("12 345", but "1044"), as Russian
 * typography does for numbers of five or more digits. Negatives take the ASCII hyphen-minus "-"
 * so spreadsheets can still read them. NaN and ±Infinity give "—".
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return '—';
  const d = clampDecimals(maxDecimals);
  const r = roundHalfAway(n, d);
  const abs = Math.abs(r);
  if (abs >= 1e21) return (r < 0 ? '-' : '') + String(abs);
  const fixed = abs.toFixed(d);
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const fracPart = dot < 0 ? '' : fixed.slice(dot + 1).replace(/0+$/, '');
  const grouped = abs >= 10000 ? groupThousands(intPart) : intPart;
  return (r < 0 ? '-' : '') + grouped + (fracPart ? `,${fracPart}` : '');
}

/** Inserts a no-break space every three digits from the right: "1234567" → "1 234 567". */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP;
    out += digits[i];
  }
  return out;
}

/** A percentage: formatNumber plus a no-break space and "%": "29,05 %", "100 %". */
export function formatPercent(n: number, maxDecimals = 2): string {
  return `${formatNumber(n, maxDecimals)}${NBSP}%`;
}

/**
 * part as a percentage of total, rounded to 2 decimals half away from zero
 * (184 of 289 → 63.67, not 63.66). null when total is 0 or either value is not finite.
 */
export function percentOf(part: number, total: number): number | null {
  if (total === 0 || !Number.isFinite(part) || !Number.isFinite(total)) return null;
  return roundHalfAway((part / total) * 100, 2);
}

/** Month names in the genitive case, January first: "января", …, "декабря". */
const MONTHS_GENITIVE: readonly string[] = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Month names in the nominative case, accepted by parseRussianDate as well. */
const MONTHS_NOMINATIVE: readonly string[] = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** Whether the parts name a real calendar date (leap years included). */
export function isValidDate(d: DateParts): boolean {
  const { year, month, day } = d;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31;
}

/** "1 января 2023 г." (genitive month, ordinary spaces). Throws RangeError for an impossible date. */
export function formatDate(d: DateParts): string {
  if (!isValidDate(d)) throw new RangeError(`Invalid date: ${d.year}-${d.month}-${d.day}`);
  return `${d.day} ${MONTHS_GENITIVE[d.month - 1]} ${d.year} г.`;
}

/** Milliseconds per day. */
const DAY_MS = 86400000;
/** Sheets' day zero, 1899-12-30, in UTC milliseconds. */
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Reads a date from a cell or settings text. Accepts "01.01.2023" (also "1.1.2023", "01.01.2023 г."),
 * "1 января 2023", "1 января 2023 г." / "года" (nominative month names too, any case),
 * ISO "2023-01-01" (a time suffix is ignored), a Date (recognised by Object.prototype.toString, since
 * Sheets hands over Dates from another realm; a calendar date kept in its UTC fields, as the workbook layer reads
 * cells, so no machine's or script's zone moves it) or a Sheets serial day number (days since 1899-12-30; the fraction, a time of day, is
 * dropped). Returns null for anything else or an impossible date.
 */
export function parseRussianDate(value: string | Date | number): DateParts | null {
  if (typeof value === 'number') return fromSerial(value);
  if (isDate(value)) {
    const date = value;
    if (Number.isNaN(date.getTime())) return null;
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: ?г(?:\.|ода)?)?$/.exec(text);
  if (m) return checked(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2}) ([А-Яа-яЁё]+) (\d{4})(?: ?г(?:\.|ода)?)?$/.exec(text);
  if (m) {
    const name = m[2].toLowerCase();
    let month = MONTHS_GENITIVE.indexOf(name);
    if (month < 0) month = MONTHS_NOMINATIVE.indexOf(name);
    if (month < 0) return null;
    return checked(+m[3], month + 1, +m[1]);
  }
  return null;
}

function checked(year: number, month: number, day: number): DateParts | null {
  const d = { year, month, day };
  return isValidDate(d) ? d : null;
}

function fromSerial(serial: number): DateParts | null {
  // NaN, ±Infinity and serials beyond the Date range all give an invalid Date.
  const date = new Date(SHEETS_EPOCH_MS + Math.floor(serial) * DAY_MS);
  if (Number.isNaN(date.getTime())) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** One year: "2021 г.". */
export function yearLabel(year: number): string {
  return `${year} г.`;
}

/** Two years compared: "2020 и 2021 гг."; the same year twice gives yearLabel. */
export function yearsLabel(a: number, b: number): string {
  return a === b ? yearLabel(a) : `${a} и ${b} гг.`;
}

/** A span of years with an en dash: "2020–2024 гг."; a one-year span gives yearLabel. */
export function formatYearRange(from: number, to: number): string {
  return from === to ? yearLabel(from) : `${from}–${to} гг.`;
}

/** Joins items the Russian way: "А", "А и Б", "А, Б и В"; empty list → "". */
export function joinRussian(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** Generic words that end unit names, singular → plural, longest first so the longest one matches. */
const GENERIC_WORDS: ReadonlyArray<readonly [singular: string, pluralForm: string]> = [
  ['муниципальный район', 'муниципальные районы'],
  ['муниципальный округ', 'муниципальные округа'],
  ['городской округ', 'городские округа'],
  ['городское поселение', 'городские поселения'],
  ['сельское поселение', 'сельские поселения'],
  ['поселение', 'поселения'],
  ['сельсовет', 'сельсоветы'],
  ['район', 'районы'],
  ['округ', 'округа'],
  ['улус', 'улусы'],
];

/** Prefixes of cities and okrugs ("г. Томск", "г.о. Стрежевой", "ЗАТО Северск"): such names are never collapsed. */
const PREFIX_RE = /^(?:г\.|г\.\s*о\.|го\s|ЗАТО\s|пгт\.?\s|город\s|городской округ\s|п\.|с\.|рп\.?\s)/i;

/** Splits "Каргасокский район" into qualifier "Каргасокский" and generic word "район"; null if not collapsible. */
function splitGeneric(name: string): { qualifier: string; singular: string; pluralForm: string } | null {
  if (PREFIX_RE.test(name)) return null;
  const lower = name.toLowerCase();
  for (const [singular, pluralForm] of GENERIC_WORDS) {
    if (!lower.endsWith(singular)) continue;
    const head = name.slice(0, name.length - singular.length);
    if (!/\s$/.test(head)) continue;
    const qualifier = head.trim();
    // A school or an organisation ("МБОУ «СОШ № 5» … район") is not a district name.
    if (!qualifier || /[\d«»"„“№()]/.test(qualifier)) return null;
    return { qualifier, singular, pluralForm };
  }
  return null;
}

/**
 * Lists units the way the regional note does, with «и» before the last one. Two or more names sharing a
 * generic word are collapsed, the word said once in the plural: "Каргасокский, Тегульдетский,
 * Верхнекетский районы". Names with a prefix ("г. Томск", "г.о. Стрежевой", "ЗАТО Северск") and
 * names without a known generic word (schools) are listed as given, first, in their order; a generic
 * word met only once keeps its name in the singular at its own place; collapsed groups come last,
 * in order of first appearance. Names are trimmed; empty and repeated names are dropped.
 */
export function listUnits(names: readonly string[]): string {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    unique.push(name);
  }
  const parsed = unique.map((name) => ({ name, split: splitGeneric(name) }));
  const counts = new Map<string, number>();
  for (const p of parsed) {
    if (p.split) counts.set(p.split.singular, (counts.get(p.split.singular) ?? 0) + 1);
  }
  const plain: string[] = [];
  const groups = new Map<string, { pluralForm: string; qualifiers: string[] }>();
  for (const p of parsed) {
    if (!p.split || (counts.get(p.split.singular) ?? 0) < 2) {
      plain.push(p.name);
      continue;
    }
    let group = groups.get(p.split.singular);
    if (!group) {
      group = { pluralForm: p.split.pluralForm, qualifiers: [] };
      groups.set(p.split.singular, group);
    }
    group.qualifiers.push(p.split.qualifier);
  }
  // «и» before the last item: inside each collapsed group («Колпашевский и Бакчарский районы»), which end the list;
  // between the last two names when nothing was collapsed («г. Томск и ЗАТО Северск»).
  if (groups.size === 0) return joinRussian(plain);
  const parts = plain.slice();
  for (const g of groups.values()) parts.push(`${joinRussian(g.qualifiers)} ${g.pluralForm}`);
  return parts.join(', ');
}

/** Upper-cases the first character: "город Кедровый" → "Город Кедровый". */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Wraps text in Russian quotes: «s». */
export function quote(s: string): string {
  return `«${s}»`;
}

/** A signed change for growth: "+5", "-3", "0", "+2,5" (formatNumber rules, sign after rounding). */
export function formatSigned(n: number, maxDecimals = 2): string {
  const text = formatNumber(n, maxDecimals);
  return roundHalfAway(n, maxDecimals) > 0 ? `+${text}` : text;
}

/** A signed percentage change: "+84,56 %", "-3 %", "0 %". */
export function formatSignedPercent(n: number, maxDecimals = 2): string {
  return `${formatSigned(n, maxDecimals)}${NBSP}%`;
}

/** A change of a share in percentage points, one decimal: "11,3 п. п.". */
export function formatPoints(n: number): string {
  return `${formatNumber(n, 1)}${NBSP}п.${NBSP}п.`;
}

/**
 * How many times cur exceeds prev, as the note says it: "в 45 раз", "в 2,3 раза" (one decimal below 10, whole above).
 * For a ratio under 2 the percent change reads better: "на 84,6 %". null when prev is not positive.
 */
export function formatGrowthFactor(prev: number, cur: number): string | null {
  if (!(prev > 0)) return null;
  const ratio = cur / prev;
  if (ratio >= 2) {
    const r = roundHalfAway(ratio, ratio >= 10 ? 0 : 1);
    return `в ${formatNumber(r, 1)} ${plural(r, ['раз', 'раза', 'раз'])}`;
  }
  return `на ${formatPercent(Math.abs(((cur - prev) / prev) * 100), 1)}`;
}

/** A number and the word after it, unless that word is a conjunction or preposition («2020 и 2021 гг.», «184 из 289»). */
const AFTER_NUMBER =
  /(\d) (?!(?:и|или|из|в|во|с|со|к|ко|до|по|на|от|а|но|за|о|об|у|при|для|без|как|то|же|ли|не)[\s,.;:)])(?=[А-Яа-яЁёA-Za-z%№])/g;

/**
 * Russian typography on a finished sentence (URLs left as they are): no-break spaces between a number and its noun, after
 * «№», before «г.»/«гг.» and after «г.»/«г.о.» of a city («г. Томск»), in «п. п.»; an en dash in number ranges («5–11»,
 * «2020–2024»); the minus sign U+2212 before a negative number in the text («−5 п. п.»; cells keep the hyphen-minus so
 * spreadsheets read them); quotes inside quotes as „…“ («О программе „Развитие…“»).
 */
export function typeset(text: string): string {
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, i) => (i % 2 ? part : typesetPlain(part)))
    .join('');
}

function typesetPlain(text: string): string {
  return nestQuotes(text.replace(/[ \t]{2,}/g, ' '))
    .replace(/(\d)-(?=\d)/g, '$1–')
    .replace(/(^|[\s(\u00A0])-(?=\d)/g, '$1\u2212')
    .replace(AFTER_NUMBER, `$1${NBSP}`)
    .replace(/№ (?=\d)/g, `№${NBSP}`)
    .replace(/п\. п\./g, `п.${NBSP}п.`)
    .replace(/(?<![А-Яа-яЁё])г\.\s?о\. (?=[А-ЯЁ])/g, `г.о.${NBSP}`)
    .replace(/(?<![А-Яа-яЁё\d])(?<!\d[ \u00A0])г\. (?=[А-ЯЁ])/g, `г.${NBSP}`);
}

/** «a «b» c» → «a „b“ c»: quotes at depth two and deeper become German-style quotes; unbalanced closers stay «»». */
function nestQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '«') {
      out += depth > 0 ? '„' : '«';
      depth++;
    } else if (ch === '»') {
      depth = Math.max(0, depth - 1);
      out += depth > 0 ? '“' : '»';
    } else out += ch;
  }
  return out;
}

// Cell value helpers: realm-agnostic type checks, colour normalisation, time zones, date and number formatting.
import { isDate } from '../../domain/cellValue';

/** What a cell holds; an empty cell holds ''. */
export type CellValue = string | number | boolean | Date;

// True for a Date from any realm (the bundle runs in a vm context with its own Date): the domain's one date check.
export { isDate };

function isValidDate(v: unknown): v is Date {
  return isDate(v) && !Number.isNaN(v.getTime());
}

/** Describes a value the way Apps Script names parameter types in "The parameters (…) don't match" messages. */
export function gasTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) {
    if (v.length > 0 && Array.isArray(v[0])) return 'number[][]';
    const inner = v.length > 0 ? gasTypeName(v[0]) : 'Object';
    return `${inner}[]`;
  }
  if (isDate(v)) return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return '(class)';
}

// ---------------------------------------------------------------------------------------------------------------
// Colours

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  cyan: '#00ffff',
  aqua: '#00ffff',
  magenta: '#ff00ff',
  fuchsia: '#ff00ff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  maroon: '#800000',
  olive: '#808000',
  navy: '#000080',
  purple: '#800080',
  teal: '#008080',
  orange: '#ffa500',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  gold: '#ffd700',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
  lightblue: '#add8e6',
  lightgreen: '#90ee90',
  lightyellow: '#ffffe0',
  darkred: '#8b0000',
  darkgreen: '#006400',
  darkblue: '#00008b',
  violet: '#ee82ee',
  indigo: '#4b0082',
  salmon: '#fa8072',
  coral: '#ff7f50',
  tomato: '#ff6347',
  khaki: '#f0e68c',
  beige: '#f5f5dc',
  ivory: '#fffff0',
  lavender: '#e6e6fa',
  turquoise: '#40e0d0',
  tan: '#d2b48c',
  crimson: '#dc143c',
  transparent: '#ffffff',
};

/**
 * Normalises a CSS colour the way Sheets reports it back: lower-case `#rrggbb`. Returns null for null/'' (reset)
 * and the input unchanged when it is not a colour Sheets understands.
 */
export function normalizeColor(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const s = String(c).trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  let m = /^#?([0-9a-f]{6})$/.exec(s);
  if (m) return `#${m[1]}`;
  m = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(s);
  if (m) return `#${[m[1], m[2], m[3]].map((x) => Math.min(255, Number(x)).toString(16).padStart(2, '0')).join('')}`;
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Time zones

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();

function dtf(tz: string): Intl.DateTimeFormat {
  let f = dtfCache.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = dtf('UTC');
    }
    dtfCache.set(tz, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(date: Date, tz: string): WallClock {
  const t = date.getTime();
  const parts = dtf(tz).formatToParts(new Date(t));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms: ((t % 1000) + 1000) % 1000,
  };
}

/**
 * Offset of the zone from UTC at an instant, in milliseconds (Asia/Tomsk: +7 h). Kept to the second, not rounded to
 * minutes: before about 1920 zones ran on local mean time (Moscow +2:30:17, Tomsk +5:39:51 in the tz database), and a
 * rounded offset moved every date of 1900 by those seconds on each save and load.
 */
function zoneOffsetMs(date: Date, tz: string): number {
  const w = wallClock(date, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return asUtc - date.getTime();
}

/** The instant at which the zone's clock shows the given wall-clock time. */
export function instantFromWallClock(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - zoneOffsetMs(new Date(guess), tz);
  const second2 = guess - zoneOffsetMs(new Date(t), tz);
  if (second2 !== t) t = second2;
  return new Date(t);
}

// ---------------------------------------------------------------------------------------------------------------
// Padding for the date formats of display values

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Display values (the text a desktop suite shows, to size .xlsx columns): a small subset of the Sheets number-format language

export interface DisplayContext {
  locale: string;
  timeZone: string;
}

function isRussian(locale: string): boolean {
  return /^ru/i.test(locale);
}

function decimalSep(locale: string): string {
  return isRussian(locale) || /^(de|fr|es|it|uk|be|kk|pl|pt|nl|cs|tr)/i.test(locale) ? ',' : '.';
}

function groupSep(locale: string): string {
  return isRussian(locale) || /^(fr|uk|be|kk|pl|cs)/i.test(locale) ? '\u00a0' : decimalSep(locale) === ',' ? '.' : ',';
}

/** Default display of a number without a format: integers plain, fractions with up to 10 significant decimals. */
function plainNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return String(n);
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) s = String(n);
  else s = String(Number(n.toPrecision(15)));
  return s.replace('.', decimalSep(locale));
}

const DATE_TOKEN = /[dmyhs]/i;

function stripFormatDecorations(section: string): string {
  return section.replace(/\[[^\]]*\]/g, (m) => {
    const cur = /^\[\$([^\]-]*)/.exec(m);
    return cur ? cur[1] : '';
  });
}

export function isDateFormat(fmt: string): boolean {
  const bare = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return DATE_TOKEN.test(bare) && !/[0#?]/.test(bare.replace(/[sS]+\.0+/g, ''));
}

/**
 * Formats a date with the numeric tokens of a Sheets/Excel date format (d, M, yy/yyyy, H, m, s; m is minutes after h
 * or before s, month otherwise): the formats the product and the runtime give cells (cell.ts autoDateFormat). Month and
 * day names and AM/PM are not imitated: longer runs of d or M read as two digits.
 */
function formatDateSheets(date: Date, fmt: string, tz: string): string {
  const w = wallClock(date, tz);
  const tokens: Array<{ t: string; lit: boolean }> = [];
  let i = 0;
  const f = stripFormatDecorations(fmt);
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const end = f.indexOf('"', i + 1);
      const stop = end < 0 ? f.length : end;
      tokens.push({ t: f.slice(i + 1, stop), lit: true });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ t: f[i + 1] ?? '', lit: true });
      i += 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('dmyhs'.includes(lower)) {
      let n = 1;
      while (f[i + n] && f[i + n].toLowerCase() === lower) n++;
      tokens.push({ t: lower.repeat(n), lit: false });
      i += n;
      continue;
    }
    tokens.push({ t: ch, lit: true });
    i++;
  }
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.lit) {
      out.push(tok.t);
      continue;
    }
    const n = tok.t.length;
    switch (tok.t[0]) {
      case 'y':
        out.push(n <= 2 ? pad(w.year % 100, 2) : String(w.year));
        break;
      case 'd':
        out.push(n === 1 ? String(w.day) : pad(w.day, 2));
        break;
      case 'h':
        out.push(n >= 2 ? pad(w.hour, 2) : String(w.hour));
        break;
      case 's':
        out.push(n >= 2 ? pad(w.second, 2) : String(w.second));
        break;
      case 'm': {
        let prev = '';
        for (let b = k - 1; b >= 0; b--)
          if (!tokens[b].lit) {
            prev = tokens[b].t[0];
            break;
          }
        let next = '';
        for (let a = k + 1; a < tokens.length; a++)
          if (!tokens[a].lit) {
            next = tokens[a].t[0];
            break;
          }
        const minutes = n <= 2 && (prev === 'h' || next === 's');
        if (minutes) out.push(n === 2 ? pad(w.minute, 2) : String(w.minute));
        else out.push(n === 1 ? String(w.month) : pad(w.month, 2));
        break;
      }
      default:
        out.push(tok.t);
    }
  }
  return out.join('');
}

function formatNumberSection(n: number, section: string, locale: string): string {
  const s = stripFormatDecorations(section);
  // Split into literal prefix, numeric pattern, literal suffix.
  const m = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?,. ]*[0#?][0#?,.]*)(.*)$/.exec(s);
  if (!m) return s.replace(/"/g, '');
  const prefix = m[1].replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const pattern = m[2].trim();
  const suffixRaw = m[3];
  const suffix = suffixRaw.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  let value = Math.abs(n);
  if (suffixRaw.includes('%') || prefix.includes('%')) value *= 100;
  const dot = pattern.indexOf('.');
  const intPart = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPart = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/g, '');
  // Trailing commas scale by thousands.
  const trailing = /,+$/.exec(intPart);
  if (trailing && dot < 0) value /= 1000 ** trailing[0].length;
  const grouping = /[0#?],[0#?]/.test(intPart);
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = fracPart.length;
  let fixed = value.toFixed(maxFrac);
  if (maxFrac > minFrac) {
    let [ip, fp = ''] = fixed.split('.');
    while (fp.length > minFrac && fp.endsWith('0')) fp = fp.slice(0, -1);
    fixed = fp.length ? `${ip}.${fp}` : ip;
  }
  let [ip, fp] = fixed.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep(locale));
  let body = ip;
  if (fp?.length) body += decimalSep(locale) + fp;
  else if (dot >= 0 && maxFrac === 0) body += '';
  return prefix + body + suffix;
}

/** The text Sheets shows for a value under a number format (an approximation for common formats). */
export function displayValue(v: CellValue, numberFormat: string | undefined, ctx: DisplayContext): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return isRussian(ctx.locale) ? (v ? 'ИСТИНА' : 'ЛОЖЬ') : v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = numberFormat && numberFormat !== 'General' && numberFormat !== '0.###############' ? numberFormat : '';
  if (isDate(v)) {
    if (!isValidDate(v)) return '';
    return formatDateSheets(v, fmt && isDateFormat(fmt) ? fmt : 'dd.MM.yyyy', ctx.timeZone);
  }
  if (fmt === '@') return plainNumber(v, ctx.locale);
  if (!fmt) return plainNumber(v, ctx.locale);
  if (isDateFormat(fmt)) {
    // A serial number under a date format: days since 1899-12-30.
    const ms = Math.round((v - 25569) * 86400000);
    const utc = new Date(ms);
    return formatDateSheets(utc, fmt, 'UTC');
  }
  const sections = fmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (v < 0 && sections.length >= 2) return formatNumberSection(v, sections[1], ctx.locale);
  if (v === 0 && sections.length >= 3) return formatNumberSection(v, sections[2], ctx.locale);
  const text = formatNumberSection(v, sections[0], ctx.locale);
  return v < 0 ? `-${text}` : text;
}

/** The instant a serial day number (1899-12-30 epoch) names in a zone, as Sheets reads a date cell. */
export function serialToDate(serial: number, tz: string): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  const w = new Date(ms);
  return instantFromWallClock(
    tz,
    w.getUTCFullYear(),
    w.getUTCMonth() + 1,
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    w.getUTCSeconds(),
    w.getUTCMilliseconds(),
  );
}

/** Serial day number (1899-12-30 epoch) of a date's wall-clock reading in a zone, as Sheets stores dates. */
export function dateToSerial(date: Date, tz: string): number {
  const w = wallClock(date, tz);
  const utc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return utc / 86400000 + 25569;
}

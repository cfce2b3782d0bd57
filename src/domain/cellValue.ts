// Turns whatever a coordinator typed into a cell into a number, a known state, or a Russian explanation.
import type { CellValue } from './model';
import { dropXmlForbidden } from './xmlText';

export type Parsed =
  /** A usable number. `extracted` marks a number found inside a longer text ("вовлечены 12,5%"). */
  | { kind: 'number'; value: number; percentSign: boolean; extracted: boolean }
  /** Nothing typed. */
  | { kind: 'empty' }
  /** "нет данных", "н/д": the value could not be collected — not zero; `reason` is what follows («нет данных: нет доступа»). */
  | { kind: 'nodata'; reason?: string }
  /** "+" or "-" typed instead of a number (seed 000 does this for the dynamics indicators). */
  | { kind: 'mark'; mark: '+' | '-' }
  /** Something that is not a number; `reason` is a Russian sentence. */
  | { kind: 'invalid'; reason: string };

const NO_DATA_WORDS = 'нет\\s+данных|н\\/д|нд|n\\/a|не\\s+собира(?:ется|лось|лся)|данные\\s+отсутствуют';
const NO_DATA = new RegExp(`^(?:${NO_DATA_WORDS})\\.?$`, 'i');
/** «нет данных: причина», «нет данных — причина», «нет данных, т. к. …», «нет данных (причина)»: the reason is kept. */
const NO_DATA_BECAUSE = new RegExp(`^(?:${NO_DATA_WORDS})\\s*([.:;,(—–-])\\s*(.*)$`, 'is');
const FORMULA_ERROR = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|ERROR!|СБОЙ!?|ДЕЛ\/0!?)/i;
const NUMBER_TEXT = /^[-+]?\d[\d\s\u00a0\u202f]*([.,]\d+)?(e[-+]?\d+)?$/i;
const PERCENT_IN_TEXT = /(\d+(?:[.,]\d+)?)\s*%/g;
const DASHES = new Set(['-', '–', '—', '−']);

/** True for a Date from any realm (the bundle runs in a separate V8 context locally). */
export function isDate(v: unknown): v is Date {
  // Most cells hold text or numbers: they are answered without building the tag string (a hot path of every read).
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The value as a coordinator would read it, for messages. A Date is a calendar date kept in its UTC fields (the
 * workbook layer reads cells so, in the spreadsheet's time zone): no machine's zone can move it.
 */
export function shownValue(raw: CellValue): string {
  if (raw === null || raw === undefined) return '';
  if (isDate(raw)) {
    const d = raw as Date;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  }
  if (typeof raw === 'number') return String(raw).replace('.', ',');
  if (typeof raw === 'boolean') return raw ? 'ИСТИНА' : 'ЛОЖЬ';
  // Where typed text enters the domain: characters XML forbids would make the .docx and .xlsx outputs unreadable.
  return dropXmlForbidden(String(raw));
}

/** Parses one cell. Never throws: every input gives a Parsed value. */
export function parseCell(raw: CellValue): Parsed {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw, percentSign: false, extracted: false }
      : { kind: 'invalid', reason: 'в ячейке не число' };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', reason: 'в ячейке флажок (ИСТИНА/ЛОЖЬ), а нужно число' };
  if (isDate(raw)) {
    return {
      kind: 'invalid',
      reason: 'в ячейке дата, а нужно число (Таблица могла сама превратить «1.5» в дату — введите число заново)',
    };
  }
  const text = dropXmlForbidden(String(raw))
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();
  if (text === '') return { kind: 'empty' };
  if (text === '+') return { kind: 'mark', mark: '+' };
  if (DASHES.has(text)) return { kind: 'mark', mark: '-' };
  if (NO_DATA.test(text)) return { kind: 'nodata' };
  const because = NO_DATA_BECAUSE.exec(text);
  if (because) {
    const reason = because[1] === '(' ? because[2].replace(/\)$/, '').trim() : because[2];
    // «нет данных:» with nothing after it (or only marks) is plain «нет данных».
    return /[\p{L}\d]/u.test(reason) ? { kind: 'nodata', reason } : { kind: 'nodata' };
  }
  if (FORMULA_ERROR.test(text)) return { kind: 'invalid', reason: `формула в ячейке вернула ошибку ${text}` };
  const percentSign = text.endsWith('%');
  // A minus pasted from Word is often «−» or «–»: the number is still negative.
  const body = (percentSign ? text.slice(0, -1).trim() : text).replace(/^[−–](?=\d)/, '-');
  if (NUMBER_TEXT.test(body)) {
    const value = Number(body.replace(/[\s]/g, '').replace(',', '.'));
    return Number.isFinite(value)
      ? { kind: 'number', value, percentSign, extracted: false }
      : { kind: 'invalid', reason: 'в ячейке слишком большое число' };
  }
  const percents = [...text.matchAll(PERCENT_IN_TEXT)];
  if (percents.length === 1) {
    return { kind: 'number', value: Number(percents[0][1].replace(',', '.')), percentSign: true, extracted: true };
  }
  return { kind: 'invalid', reason: 'в ячейке текст, а нужно число' };
}

/** A cell's text content for free-text fields (examples, contacts); dates and numbers shown as typed. */
export function cellText(raw: CellValue): string {
  return shownValue(raw).trim();
}

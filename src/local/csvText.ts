// Turns the bytes of a CSV file into text and finds its separator: UTF-8, UTF-16 with a BOM and Windows-1251; «,», «;» or tab.
import { InputError } from './inputError';

type CsvEncoding = 'UTF-8' | 'UTF-8 с меткой BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1251';
export type CsvSeparator = ',' | ';' | '\t';

export interface CsvReading {
  text: string;
  encoding: CsvEncoding;
  separator: CsvSeparator;
}

const SEPARATORS: CsvSeparator[] = [',', ';', '\t'];

/** A separator as a message names it. */
function separatorName(s: CsvSeparator): string {
  return s === '\t' ? 'табуляция' : `«${s}»`;
}

/** «прочитан как Windows-1251, разделитель «;»» — said next to an error when the file was not plain UTF-8 with commas. */
export function readingNote(r: Pick<CsvReading, 'encoding' | 'separator'>): string {
  return r.encoding === 'UTF-8' && r.separator === ',' ? '' : ` (прочитан как ${r.encoding}, разделитель ${separatorName(r.separator)})`;
}

const SAVE_AS_UTF8 = 'Сохраните файл как «CSV UTF-8 (разделитель — запятая)».';

/** 1-based line of a byte offset (line breaks are the same byte in UTF-8 and Windows-1251). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes (only called on a failure). */
function firstBadUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes (a cut inside a character counts as broken, so stream: true keeps it open).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      strict.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Index of the first C0 control other than tab and line breaks, or C1 control: never in a real text, a wrong encoding. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x80 && c <= 0x9f)) return i;
  }
  return -1;
}

function lineOfText(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The text of a CSV file: a BOM says UTF-8 or UTF-16 (LE/BE); without one, bytes that decode as strict UTF-8 are UTF-8,
 * the rest is taken as Windows-1251 (what Excel's «CSV (разделители — запятые)» writes on a Russian Windows). A file that
 * is none of these is refused naming what was found.
 */
function decodeCsv(bytes: Uint8Array, file: string): { text: string; encoding: CsvEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  // NUL bytes are valid UTF-8 but never in a text file: every other byte NUL is UTF-16 whose BOM was dropped.
  if (bytes.includes(0))
    throw new InputError(`${file}: похоже на UTF-16 без метки порядка байтов (BOM) — кодировку не определить. ${SAVE_AS_UTF8}`);
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'UTF-8 с меткой BOM' : 'UTF-8' };
  } catch {
    const line = lineAt(bytes, firstBadUtf8(bytes));
    if (bom)
      throw new InputError(`${file}, строка ${line}: файл помечен как UTF-8 (BOM), но байты на этой строке — не UTF-8. ${SAVE_AS_UTF8}`);
  }
  const text = new TextDecoder('windows-1251').decode(bytes);
  const control = firstControl(text);
  if (control >= 0)
    throw new InputError(
      `${file}, строка ${lineOfText(text, control)}: файл не в UTF-8 и не в Windows-1251 — кодировку не определить. ${SAVE_AS_UTF8}`,
    );
  // KOI8-R puts lowercase letters where Windows-1251 has uppercase: a text of mostly capitals was another encoding.
  const upper = text.match(/[А-ЯЁ]/g)?.length ?? 0;
  const lower = text.match(/[а-яё]/g)?.length ?? 0;
  if (upper > lower)
    throw new InputError(
      `${file}: файл не в UTF-8 и, судя по буквам, не в Windows-1251 (возможно, KOI8-R) — кодировку не определить. ${SAVE_AS_UTF8}`,
    );
  return { text, encoding: 'Windows-1251' };
}

/** The header line's most frequent of «,», «;» and tab outside quotes; a tie between two is refused, none means «,». */
export function detectSeparator(text: string, file: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as CsvSeparator)) counts.set(ch as CsvSeparator, counts.get(ch as CsvSeparator)! + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] === 0) return ',';
  if (ranked[0][1] === ranked[1][1])
    throw new InputError(
      `${file}, строка 1: в заголовке поровну разделителей ${separatorName(ranked[0][0])} и ${separatorName(ranked[1][0])} (по ${ranked[0][1]}) — не понять, чем разделены столбцы. Оставьте один разделитель.`,
    );
  return ranked[0][0];
}

/** Decodes a CSV file's bytes and finds its separator. */
export function readCsvBytes(bytes: Uint8Array, file: string): CsvReading {
  const { text, encoding } = decodeCsv(bytes, file);
  return { text, encoding, separator: detectSeparator(text, file) };
}

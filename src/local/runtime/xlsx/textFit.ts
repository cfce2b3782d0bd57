// Estimates how wide text is and how many lines it wraps to, so the .xlsx carries the sizes desktop suites do not compute.
// Sheets fits rows to wrapped text by itself; Excel and LibreOffice open an .xlsx with the row heights stored in it.

/** The font every written style names: Sheets' default face, metric-compatible with LibreOffice's Liberation Sans. */
export const DESKTOP_FONT = 'Arial';
/** Sheets' default font size, in points. */
export const DEFAULT_FONT_SIZE = 10;
/** Room a cell leaves around its text, in pixels (both sides together). */
export const CELL_PADDING_PX = 8;

// Mean advance widths in em of Arial / Liberation Sans (measured on the font with resvg, rounded up): narrow marks,
// wide letters, digits, upper and lower case.
const NARROW = new Set([...' .,;:!|\'"ilIjtf()[]/-']);
const WIDE = new Set([...'mwMWжшщфыюЖШЩФЫЮ—%@']);

function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.28;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= '0' && ch <= '9') return 0.556;
  if (ch !== ch.toLowerCase()) return 0.72;
  return /[a-z]/.test(ch) ? 0.5 : 0.55;
}

/** Width of `text` in pixels (96 dpi) in Arial of `sizePt`, with a margin for bold and for the estimate itself. */
export function textWidthPx(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * sizePt * (96 / 72) * (bold ? 1.08 : 1.02);
}

/** Line-break chances: spaces, and after a dash, hyphen or slash («ученик–ученик», «кол-во», a web address). */
function pieces(text: string): string[] {
  return text.split(/\s+|(?<=[–—/-])/).filter(Boolean);
}

/** Width of the longest unbreakable piece: a column narrower than this breaks a word in the middle. */
export function longestWordPx(text: string, sizePt: number, bold = false): number {
  let max = 0;
  for (const word of pieces(text)) max = Math.max(max, textWidthPx(word, sizePt, bold));
  return max;
}

/** Lines `text` takes wrapped greedily into `widthPx`, breaking where suites do (spaces, after dashes and hyphens);
 * a piece longer than a line continues on as many lines as it needs. */
export function wrappedLines(text: string, widthPx: number, sizePt: number, bold = false): number {
  const space = textWidthPx(' ', sizePt, bold);
  const room = Math.max(widthPx - CELL_PADDING_PX, space * 2);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      word.split(/(?<=[–—/-])/).forEach((part, k) => {
        const w = textWidthPx(part, sizePt, bold);
        const gap = used === 0 || k > 0 ? 0 : space;
        if (used + gap + w <= room) {
          used += gap + w;
          return;
        }
        if (used > 0) lines++;
        const extra = w > room ? Math.ceil(w / room) - 1 : 0;
        lines += extra;
        used = w - extra * room;
      });
    }
  }
  return lines;
}

/** Row height in points that shows `lines` lines of text of `sizePt` (Arial's line spacing is 1.12 em, plus a little). */
export function heightForLinesPt(lines: number, sizePt: number): number {
  return Math.ceil(lines * sizePt * 1.15 + 5);
}

// Sheets' limit of 50 000 characters in a cell: long paragraphs split over rows, a long cell cut, a long input named.

/**
 * Google Drive Help, «Files you can store in Google Drive» (support.google.com/drive/answer/37603): a Sheets cell holds up
 * to 50 000 characters; a longer text is refused whole («Your input contains more than the maximum of 50000 characters
 * in a single cell.»), which would stop a build.
 */
export const CELL_TEXT_LIMIT = 50_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where to cut `text` at most `limit` long: after a sentence or clause in the second half, else at a space, else hard. */
function cutAt(text: string, limit: number): number {
  const window = text.slice(0, limit);
  const clause = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf(', '));
  if (clause > limit / 2) return clause + 1;
  const space = window.lastIndexOf(' ');
  if (space > 0) return space;
  // Never between the two halves of an emoji.
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

/** A paragraph as pieces that each fit a cell, cut between sentences or words; a short one is one piece. */
export function splitForCells(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutAt(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

/** A text that fits one cell: a longer one is cut and ends with «…». */
export function fitCell(text: string, limit = CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const end = isHighSurrogate(text.charCodeAt(limit - 2)) ? limit - 2 : limit - 1;
  return `${text.slice(0, end)}…`;
}

// Column letters of A1 notation: the one conversion between a 1-based column number and its letters (1 ↔ A, 27 ↔ AA).

/** Letters of a 1-based column number: 1 → "A", 26 → "Z", 27 → "AA", 703 → "AAA"; 0 or less → "". */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 1-based column number of letters, either case: "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

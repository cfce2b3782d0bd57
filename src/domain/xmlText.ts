// Drops the characters XML forbids from text typed by users, so the .docx and the .xlsx made from it always open.

/**
 * XML 1.0 (W3C Recommendation, §2.2 «Characters»): Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]. Candidates: controls, lone surrogates (paired ones are one code point under the u flag), U+FFFE/F.
 */
const CANDIDATES = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/** Word's manual line break (U+000B) and page break (U+000C), pasted into a cell, still separate words. */
const BREAKS = new Set(['\u000b', '\u000c']);

function allowed(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch === '\t' || ch === '\n' || ch === '\r' || (code >= 0x7f && code <= 0x9f);
}

/** The text without characters XML 1.0 forbids; a pasted line or page break becomes a space. */
export function dropXmlForbidden(text: string): string {
  return text.replace(CANDIDATES, (ch) => (allowed(ch) ? ch : BREAKS.has(ch) ? ' ' : ''));
}

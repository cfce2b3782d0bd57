// Text from a workbook made safe for a terminal: control characters and direction overrides shown as escapes, never obeyed.

/**
 * C0 controls (\p{Cc}) but tab and newline, DEL and the C1 controls (U+009B is a one-character CSI: it starts an escape sequence
 * as ESC [ does), and the Unicode direction marks and overrides that reorder what follows on the line («Trojan Source»,
 * CVE-2021-42574). A cell can hold any of them; printed raw they could clear the screen or disguise a message.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Each unsafe character as a visible escape (ESC → \u001b), everything else as it is. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === '\n' || ch === '\t' ? ch : escapeOf(ch)));
}

function escapeOf(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

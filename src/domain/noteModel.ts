// The note as a structured document: frame, numbered sections of paragraphs, lists and table references, appendices, signature.
import type { DocumentSettings } from './model';
import { sentence } from './noteText';

/**
 * The three tables the note refers to: 1 — region totals per form, 2 — per unit (ОО and ДО), 3 — indicators per unit;
 * 'letter' — a unit's own figures in its letter (unitLetter.ts), which is laid out as the note is.
 */
export type NoteTableId = 'table1' | 'table2' | 'table3' | 'letter';

/** A piece of a section, in reading order. Text is final: typography (no-break spaces, quotes, dashes) is already applied. */
export type NoteBlock =
  | { kind: 'paragraph'; text: string }
  /** A bulleted list; each item is a full line of the document. */
  | { kind: 'list'; items: string[] }
  /** The place where a table stands in the document, with its caption («Таблица 1. …»). */
  | { kind: 'table'; table: NoteTableId; caption: string };

export type NoteSectionRole =
  /** Legal basis, who ran the monitoring and why, who took part. */
  | 'intro'
  /** «Пункт 1. …», «Пункт 2. …» */
  | 'point'
  /** One indicator inside «Пункт 2». */
  | 'indicator'
  /** Other participants (units of another type), after the points. */
  | 'others'
  | 'conclusion'
  /** General and addressed recommendations. */
  | 'recommendations'
  /** «Приложение 1. …» */
  | 'appendix';

export interface NoteSection {
  role: NoteSectionRole;
  /** '' for the intro, which has no heading. */
  heading: string;
  blocks: NoteBlock[];
  /** The same blocks as plain paragraphs (a list item is one paragraph, a table its caption), for the JSON and HTML. */
  paragraphs: string[];
}

/** The letterhead and heading of the document, as typed in «Настройки» (date and number '' until assigned: left blank). */
type NoteFrame = Pick<DocumentSettings, 'sender' | 'addressees' | 'date' | 'number' | 'title' | 'documentKind' | 'font'>;

/** A line to fill by hand where the settings leave the signer or the executor empty (the check asks for them). */
export const HAND_BLANK = '__________';

export interface NoteSignature {
  /** «Директор ОГБУ …», or HAND_BLANK. */
  position: string;
  /** «И. О. Фамилия», or HAND_BLANK. */
  name: string;
  /** The «исп.» block: executor's name (HAND_BLANK when not set) and phone ('' when not set). */
  executor: string;
  executorPhone: string;
}

export interface Note {
  /** frame.title, kept for the page title of the HTML report. */
  title: string;
  frame: NoteFrame;
  /** In reading order: intro, points (with indicator subsections), others, conclusion, recommendations, appendices. */
  sections: NoteSection[];
  signature: NoteSignature;
}

export interface Recommendation {
  unit: string;
  type: string;
  /** Short items: what the unit is below on. */
  below: string[];
  /** The unit's recommendation as one sentence («Рекомендуется: …»). */
  text: string;
}

/** A section with its plain-text paragraphs derived from its blocks. */
export function section(role: NoteSectionRole, heading: string, blocks: NoteBlock[]): NoteSection {
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : [b.caption]));
  return { role, heading, blocks, paragraphs };
}

export const paragraph = (text: string): NoteBlock => ({ kind: 'paragraph', text });
export const list = (items: string[]): NoteBlock => ({ kind: 'list', items });

/**
 * A list as the department closes it: every item with «;», the last with «.». A mark that ends a text typed in the
 * settings («… — май 2026 г.», «…;») is not doubled.
 */
export function enumeration(items: string[]): NoteBlock {
  return list(
    items.map((text, i) => {
      const bare = text.replace(/[\s;,]+$/, '');
      return i < items.length - 1 ? `${bare};` : sentence(bare);
    }),
  );
}
export const tableRef = (table: NoteTableId, caption: string): NoteBlock => ({ kind: 'table', table, caption });

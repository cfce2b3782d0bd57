// The order of the Word document: the note's sections as headings and paragraphs, each table after the section that refers to it.
import type { NoteDocument } from '../../domain/noteDocument';
import type { NoteTable } from '../../domain/noteTables';

export type Block =
  | { kind: 'addressees'; lines: string[] }
  | { kind: 'registration'; text: string }
  | { kind: 'subject'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'table'; table: NoteTable }
  | { kind: 'signature'; position: string; name: string }
  | { kind: 'executor'; lines: string[] };

const FORMS_SECTION = /^Пункт 1\b/;
const RECOMMENDATIONS_SECTION = /^Рекомендации/;

/** Tables 1 and 2 follow the section on the forms; table 3 and the rest come before the recommendations. */
function tablesAfter(heading: string, next: string | undefined, tables: NoteTable[], placed: Set<NoteTable>): NoteTable[] {
  const pick = (test: (t: NoteTable) => boolean) => tables.filter((t) => !placed.has(t) && test(t));
  let out: NoteTable[] = [];
  if (FORMS_SECTION.test(heading)) out = pick((t) => /^[12]/.test(t.number));
  else if (next === undefined || RECOMMENDATIONS_SECTION.test(next)) out = pick(() => true);
  out.forEach((t) => placed.add(t));
  return out;
}

export function documentBlocks(data: NoteDocument): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: data.note.title }];
  const placed = new Set<NoteTable>();
  const sections = data.note.sections;
  sections.forEach((section, i) => {
    blocks.push({ kind: 'heading', text: section.heading });
    for (const p of section.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    if (RECOMMENDATIONS_SECTION.test(section.heading) && data.recommendations.length) {
      blocks.push({ kind: 'heading', text: 'Адресные рекомендации' });
      for (const r of data.recommendations) blocks.push({ kind: 'paragraph', text: r.text });
    }
    for (const table of tablesAfter(section.heading, sections[i + 1]?.heading, data.tables, placed)) blocks.push({ kind: 'table', table });
  });
  for (const table of data.tables.filter((t) => !placed.has(t))) blocks.push({ kind: 'table', table });
  return blocks;
}

// The order of the Word document: the frame (addressees, date and number, subject), the note's sections with each table where
// the note refers to it, the addressed recommendations, the signature and the «исп.» block.
import type { NoteDocument } from '../domain/noteDocument';
import type { NoteSection } from '../domain/noteModel';
import { notePrintsRecommendations } from '../domain/noteRecommendations';
import type { NoteTable } from '../domain/noteTables';

export type Block =
  | { kind: 'sender'; text: string }
  | { kind: 'addressees'; lines: string[] }
  | { kind: 'registration'; text: string }
  | { kind: 'subject'; text: string }
  | { kind: 'title'; text: string }
  /** `newPage`: the first appendix starts on a page of its own. */
  | { kind: 'heading'; text: string; level: 1 | 2; newPage?: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  /** `label` is the right-aligned «Таблица N» line, `title` the centred caption; either may be absent. */
  | { kind: 'table'; table: NoteTable; label: string | null; title: string | null }
  | { kind: 'signature'; position: string; name: string }
  | { kind: 'executor'; lines: string[] };

/** A blank to fill by hand where the settings leave the date or the number empty, as on a printed letter form. */
const BLANK = '________';
const BARE_LABEL = /^Таблица\s+\S+$/;

function frameBlocks(data: NoteDocument): Block[] {
  const f = data.note.frame;
  const out: Block[] = [];
  if (f.sender) out.push({ kind: 'sender', text: f.sender });
  if (f.addressees.length) out.push({ kind: 'addressees', lines: f.addressees });
  out.push({ kind: 'registration', text: `${f.date || BLANK} №\u00a0${f.number || BLANK}` });
  if (f.title) out.push({ kind: 'subject', text: f.title });
  out.push({ kind: 'title', text: f.documentKind || data.note.title });
  return out;
}

/**
 * The tables a reference stands for. One table: the note's caption as its label («Таблица 1») and the table's own title,
 * or the note's caption alone when it already says more. Several (2а and 2б): each with its own label and title.
 */
function tableBlocks(caption: string, tables: NoteTable[]): Block[] {
  if (tables.length === 1) {
    const bare = BARE_LABEL.test(caption.trim());
    return [{ kind: 'table', table: tables[0], label: bare ? caption : null, title: bare ? tables[0].title : caption }];
  }
  const lead: Block[] = BARE_LABEL.test(caption.trim()) ? [] : [{ kind: 'paragraph', text: caption }];
  return [...lead, ...tables.map((t): Block => ({ kind: 'table', table: t, label: `Таблица ${t.number}`, title: t.title }))];
}

function sectionBlocks(section: NoteSection, data: NoteDocument, placed: Set<NoteTable>, newPage: boolean): Block[] {
  const out: Block[] = [];
  if (section.heading) out.push({ kind: 'heading', text: section.heading, level: section.role === 'indicator' ? 2 : 1, newPage });
  for (const b of section.blocks) {
    if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: b.text });
    else if (b.kind === 'list') out.push(...b.items.map((text): Block => ({ kind: 'item', text })));
    else {
      const tables = data.tables.filter((t) => t.ref === b.table && !placed.has(t));
      for (const t of tables) placed.add(t);
      out.push(...tableBlocks(b.caption, tables));
    }
  }
  return out;
}

/** The per-unit recommendations, unless the note already prints each of them. */
function addressedBlocks(data: NoteDocument): Block[] {
  if (!data.recommendations.length || notePrintsRecommendations(data.note, data.recommendations)) return [];
  return [
    { kind: 'heading', text: 'Адресные рекомендации', level: 1 },
    ...data.recommendations.map((r): Block => ({ kind: 'paragraph', text: r.text })),
  ];
}

function unreferenced(data: NoteDocument, placed: Set<NoteTable>): Block[] {
  const rest = data.tables.filter((t) => !placed.has(t));
  for (const t of rest) placed.add(t);
  return rest.map((t) => ({ kind: 'table', table: t, label: `Таблица ${t.number}`, title: t.title }));
}

export function documentBlocks(data: NoteDocument): Block[] {
  const blocks = frameBlocks(data);
  const placed = new Set<NoteTable>();
  const sections = data.note.sections;
  const { position, name, executor, executorPhone } = data.note.signature;
  const signature: Block[] = [];
  if (position || name) signature.push({ kind: 'signature', position, name });
  const executorLines = [executor && `исп. ${executor}`, executorPhone && `тел. ${executorPhone}`].filter(Boolean);
  if (executorLines.length) signature.push({ kind: 'executor', lines: executorLines });
  // The letter is signed under its text; the appendices follow the signature.
  const firstAppendix = sections.findIndex((s) => s.role === 'appendix');
  sections.forEach((section, i) => {
    if (i === firstAppendix) blocks.push(...signature);
    blocks.push(...sectionBlocks(section, data, placed, i === firstAppendix));
    const next = sections[i + 1];
    // Tables of units of another type follow their section; anything not referred to comes before the recommendations.
    if (section.role === 'others' && next?.role !== 'others') blocks.push(...unreferenced(data, placed));
    if (next?.role === 'recommendations' || (!next && section.role !== 'recommendations')) blocks.push(...unreferenced(data, placed));
    if (section.role === 'recommendations') blocks.push(...addressedBlocks(data));
  });
  if (firstAppendix < 0) blocks.push(...signature);
  return blocks;
}

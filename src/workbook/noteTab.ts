// The «Справка» tab: the note's frame, its sections as lines (a paragraph longer than a cell over several rows) and its signature.
import { splitForCells } from '../domain/cellLimit';
import type { Note, NoteSection } from '../domain/note';
import type { NoteTableId } from '../domain/noteModel';
import { joinRussian } from '../domain/russian';
import { DocBuilder, type SheetDoc } from './sheetDoc';
import { SUMMARY_TABS } from './tabNames';

/** The tab each table of the note stands on: the «Справка» tab has no tables of its own. */
// A unit's letter has its table in the letter only: it never stands on a tab.
const TABLE_TABS: Record<NoteTableId, string | null> = {
  table1: SUMMARY_TABS.forms,
  table2: SUMMARY_TABS.forms,
  table3: SUMMARY_TABS.indicators,
  letter: null,
};

/** «Таблица 1 приведена на вкладке …», «Таблицы 1 и 2 приведены на вкладке …»: tables standing together on one tab, once. */
function tableLine(captions: string[], tab: string | null): string {
  if (!tab) return captions.join(' ');
  if (captions.length === 1) return `${captions[0]} приведена на вкладке «${tab}».`;
  const numbers = captions.map((c) => c.replace(/^Таблица\s+/, ''));
  return `Таблицы ${joinRussian(numbers)} приведены на вкладке «${tab}».`;
}

/** A section's lines on the tab: a table's place says where the table is; neighbouring tables on one tab share a line. */
function noteTabLines(section: NoteSection): string[] {
  const lines: string[] = [];
  let run: { tab: string | null; captions: string[] } | null = null;
  const flush = () => {
    if (run) lines.push(tableLine(run.captions, run.tab));
    run = null;
  };
  for (const b of section.blocks) {
    if (b.kind === 'table') {
      const tab = TABLE_TABS[b.table];
      if (run && run.tab === tab && tab) run.captions.push(b.caption);
      else {
        flush();
        run = { tab, captions: [b.caption] };
      }
      continue;
    }
    flush();
    lines.push(...(b.kind === 'paragraph' ? [b.text] : b.items));
  }
  flush();
  return lines;
}

export function renderNoteTab(note: Note): SheetDoc {
  const b = new DocBuilder(SUMMARY_TABS.note);
  const f = note.frame;
  b.title(f.documentKind, 1, { bold: true, wrap: true });
  b.title(f.title, 1, { bold: true, wrap: true });
  if (f.sender) b.text({ v: f.sender, style: { wrap: true } });
  for (const a of f.addressees) b.text({ v: a, style: { wrap: true, align: 'right' } });
  // A date and a number are given when the letter is registered: the tab prints what it has, never blanks to fill by hand.
  if (f.date || f.number) b.text([f.date && `от ${f.date}`, f.number && `№\u00a0${f.number}`].filter(Boolean).join(' '));
  for (const section of note.sections) {
    b.blank();
    if (section.heading) b.title(section.heading, 1, { bold: true, wrap: true });
    // A paragraph longer than a cell holds (the list of 1 200 schools) goes on over the next rows.
    for (const p of noteTabLines(section)) for (const piece of splitForCells(p)) b.text({ v: piece, style: { wrap: true } });
  }
  const sig = note.signature;
  b.blank();
  b.text({ v: [sig.position, sig.name].filter(Boolean).join('    '), style: { wrap: true } });
  if (sig.executor || sig.executorPhone)
    b.text({ v: `исп. ${[sig.executor, sig.executorPhone].filter(Boolean).join(', тел. ')}`, style: { fontSize: 9 } });
  b.widths([900]);
  return b.doc;
}

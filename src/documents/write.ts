// Writes the note's Word document in Node (the CLI's --docx, the letters): the tables' body rows a slice at a time.
import { writeFileSync } from 'node:fs';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { NoteDocument } from '../domain/noteDocument';
import type { NoteTable } from '../domain/noteTables';
import { documentBlocks } from './layout';
import { noteDocx, rowsOnlyDocx } from './render';

/**
 * Body rows turned into XML at a time. The docx package keeps a whole document as objects, about 5 KB a table cell and
 * as much again while it writes the XML: at 2 000 units (96 000 cells) that alone took more than 800 MB.
 */
const ROWS_AT_A_TIME = 200;
const DOCUMENT_XML = 'word/document.xml';
const TABLE_END = '</w:tbl>';
const GRID_END = '</w:tblGrid>';

async function documentXml(doc: ReturnType<typeof noteDocx>): Promise<string> {
  const files = unzipSync(await Packer.toBuffer(doc), { filter: (f) => f.name === DOCUMENT_XML });
  return strFromU8(files[DOCUMENT_XML]);
}

/** The XML of body rows as the docx package writes them inside their table (they depend on nothing around them). */
async function bodyRowsXml(t: NoteTable): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < t.body.length; i += ROWS_AT_A_TIME) {
    const xml = await documentXml(rowsOnlyDocx(t, t.body.slice(i, i + ROWS_AT_A_TIME)));
    out.push(xml.slice(xml.indexOf(GRID_END) + GRID_END.length, xml.lastIndexOf(TABLE_END)));
  }
  return out;
}

/**
 * The same file as Packer.toBuffer(noteDocx(data)): the document is packed with header rows only, and each table's body
 * rows are put in before its end tag (the tables come in the order of documentBlocks and hold no other table).
 */
export async function noteDocxBuffer(data: NoteDocument): Promise<Buffer> {
  const xml = await documentXml(noteDocx(data, false));
  const parts: string[] = [];
  let at = 0;
  for (const block of documentBlocks(data)) {
    if (block.kind !== 'table') continue;
    const end = xml.indexOf(TABLE_END, at) + TABLE_END.length;
    parts.push(xml.slice(at, end - TABLE_END.length), ...(await bodyRowsXml(block.table)), TABLE_END);
    at = end;
  }
  parts.push(xml.slice(at));
  // A fresh document: packing one twice is not something the docx package promises to do the same way.
  return Packer.toBuffer(noteDocx(data, false), false, [{ path: DOCUMENT_XML, data: parts.join('') }]);
}

export async function writeNoteDocx(data: NoteDocument, file: string): Promise<void> {
  writeFileSync(file, await noteDocxBuffer(data));
}

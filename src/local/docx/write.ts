// Writes the note's Word document to a file in Node (the CLI's --docx).
import { writeFileSync } from 'node:fs';
import { Packer } from 'docx';
import type { NoteDocument } from '../../domain/noteDocument';
import { noteDocx } from './render';

export async function noteDocxBuffer(data: NoteDocument): Promise<Buffer> {
  return Packer.toBuffer(noteDocx(data));
}

export async function writeNoteDocx(data: NoteDocument, file: string): Promise<void> {
  writeFileSync(file, await noteDocxBuffer(data));
}

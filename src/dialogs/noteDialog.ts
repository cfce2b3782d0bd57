// The «Скачать справку (.docx)» dialog page (bundled for the browser into dist/NoteDialog.html): asks Apps Script for the note's
// data (over several runs on a large workbook), writes the .docx in the browser and downloads it; the link stays for a second try.
/// <reference lib="dom" />
import { Packer } from 'docx';
import type { NoteDocument } from '../domain/noteDocument';
import { offerFile, runDialog, type ScriptRun } from './dialogPage';
import { noteDocx } from '../documents/render';

declare const google: { script: { run: ScriptRun } };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Turns the data into a file and offers it. */
export async function offer(data: NoteDocument): Promise<Blob> {
  const blob = await Packer.toBlob(noteDocx(data));
  const file = new Blob([blob], { type: DOCX_TYPE });
  offerFile(file, data.fileName, 'Справка готова, файл скачивается. Откройте его в Word или LibreOffice.');
  return file;
}

runDialog<NoteDocument>({
  ask: (success, failure) => google.script.run.withSuccessHandler(success).withFailureHandler(failure).noteDocument(),
  mode: 'note',
  starting: 'Составляю справку по данным таблицы…',
  noData: 'Не удалось получить данные справки.',
  dataOf: (answer) => answer.document,
  offer,
});

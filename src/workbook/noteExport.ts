// «Скачать справку (.docx)»: a dialog that builds the Word file in the browser from the note's plain data — no Drive or Docs scope.
import type { NoteDocument } from '../domain/noteDocument';
import { startRun } from './actions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The HTML file of the Apps Script project that holds the dialog page and its bundled Word writer (built into dist/). */
const NOTE_DIALOG_FILE = 'NoteDialog';
const NOTE_DIALOG_TITLE = 'Справка (.docx)';

/** A workbook too large for one run: the dialog shows `message` and calls continueRun(false, 'note') until the data comes. */
export interface NoteStep {
  pending: true;
  message: string;
}

/**
 * The note, tables 1–3 and the addressed recommendations of the workbook as it is now, as plain data, read the way
 * «Построить сводку» reads (the same lock, the same chunks), writing no tab but the hidden staging tab of a chunked read.
 * A workbook read in one run gives the document at once; a larger one gives the first step. Fails with the Russian reason.
 */
export function noteDocumentOf(ss: Spreadsheet): NoteDocument | NoteStep {
  const r = startRun(ss, 'note');
  if (r.pending) return { pending: true, message: r.message };
  if (!r.ok || !r.document) throw new Error(r.message);
  return r.document;
}

/** Opens the modal dialog; its page asks the server for the data (the public global noteDocument) and offers the file. */
export function showNoteDialog(): void {
  const page = HtmlService.createHtmlOutputFromFile(NOTE_DIALOG_FILE).setWidth(420).setHeight(200);
  SpreadsheetApp.getUi().showModalDialog(page, NOTE_DIALOG_TITLE);
}

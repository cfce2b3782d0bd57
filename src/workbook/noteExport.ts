// «Скачать справку (.docx)»: a dialog that builds the Word file in the browser from the note's plain data — no Drive or Docs scope.
import { noteDocument, type NoteDocument } from '../domain/noteDocument';
import { readAndAnalyze } from './actions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The HTML file of the Apps Script project that holds the dialog page and its bundled Word writer (built into dist/). */
export const NOTE_DIALOG_FILE = 'NoteDialog';
export const NOTE_DIALOG_TITLE = 'Справка (.docx)';

/**
 * The note, tables 1–3 and the addressed recommendations of the workbook as it is now, as plain data. Reads only.
 * Passed through JSON so that only what google.script.run can carry goes to the page (it refuses dates and functions and
 * the page has no use for undefined fields).
 */
export function noteDocumentOf(ss: Spreadsheet): NoteDocument {
  const a = readAndAnalyze(ss);
  if (a.fatal.length) throw new Error(`Справка не составлена: ${a.fatal.join(' ')}`);
  return JSON.parse(JSON.stringify(noteDocument(a.settings, a.summary, a.note, a.recommendations)));
}

/** Opens the modal dialog; its page asks the server for the data (the public global noteDocument) and offers the file. */
export function showNoteDialog(): void {
  const page = HtmlService.createHtmlOutputFromFile(NOTE_DIALOG_FILE).setWidth(420).setHeight(200);
  SpreadsheetApp.getUi().showModalDialog(page, NOTE_DIALOG_TITLE);
}

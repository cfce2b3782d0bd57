// «Письма единицам»: a dialog that builds one Word letter per unit in the browser and offers them as one .zip — no Drive scope.
import type { LettersDocument } from '../domain/unitLetter';
import { startRun } from './actions';
import type { NoteStep } from './noteExport';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The HTML file of the Apps Script project that holds the dialog page and its bundled Word and zip writers (built into dist/). */
const LETTERS_DIALOG_FILE = 'LettersDialog';
const LETTERS_DIALOG_TITLE = 'Письма единицам (.docx)';

/**
 * Every unit's letter as plain data, read as the note's data is (the same lock and chunks, no tab written but the hidden
 * staging tab of a chunked read). A larger workbook gives the first step: then continueRun(false, 'letters').
 */
export function lettersDocumentOf(ss: Spreadsheet): LettersDocument | NoteStep {
  const r = startRun(ss, 'letters');
  if (r.pending) return { pending: true, message: r.message };
  if (!r.ok || !r.letters) throw new Error(r.message);
  return r.letters;
}

/** Opens the modal dialog; its page asks the server for the data (the public global lettersDocument) and offers the .zip. */
export function showLettersDialog(): void {
  const page = HtmlService.createHtmlOutputFromFile(LETTERS_DIALOG_FILE).setWidth(460).setHeight(220);
  SpreadsheetApp.getUi().showModalDialog(page, LETTERS_DIALOG_TITLE);
}

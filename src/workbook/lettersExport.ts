// «Письма единицам»: a dialog that builds one Word letter per unit in the browser and offers them as one .zip — no Drive scope.
import type { LettersDocument } from '../domain/unitLetter';
import { dialogData, type NoteStep, showDialog } from './noteExport';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The HTML file of the Apps Script project that holds the dialog page and its bundled Word and zip writers (built into dist/). */
const LETTERS_DIALOG_FILE = 'LettersDialog';
const LETTERS_DIALOG_TITLE = 'Письма единицам (.docx)';

/** Every unit's letter as plain data, read as the note's data is (dialogData). */
export function lettersDocumentOf(ss: Spreadsheet): LettersDocument | NoteStep {
  return dialogData(ss, 'letters', (r) => r.letters);
}

/** Opens the modal dialog; its page asks the server for the data (the public global lettersDocument) and offers the .zip. */
export function showLettersDialog(): void {
  showDialog(LETTERS_DIALOG_FILE, LETTERS_DIALOG_TITLE, 460, 220);
}

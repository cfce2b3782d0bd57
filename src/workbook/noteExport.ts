// «Скачать справку (.docx)»: a dialog that builds the Word file in the browser from the note's plain data — no Drive or Docs scope.
import type { NoteDocument } from '../domain/noteDocument';
import { type RunResult, startRun } from './actions';
import type { RunMode } from './staging';

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
 * What a download dialog asks for, read as «Построить сводку» reads (the same lock, the same chunks), writing no tab but
 * the hidden staging tab of a chunked read: a workbook read in one run gives the data at once (`pick` takes it from the
 * run's result); a larger one gives the first step, then continueRun(false, mode). Fails with the Russian reason.
 */
export function dialogData<T>(ss: Spreadsheet, mode: RunMode, pick: (r: RunResult) => T | undefined): T | NoteStep {
  const r = startRun(ss, mode);
  if (r.pending) return { pending: true, message: r.message };
  const data = pick(r);
  if (!r.ok || !data) throw new Error(r.message);
  return data;
}

/** Opens a modal dialog from an HTML file of the project; its page asks the server for its data (a public global). */
export function showDialog(file: string, title: string, width: number, height: number): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height), title);
}

/** The note, tables 1–3 and the addressed recommendations of the workbook as it is now, as plain data. */
export function noteDocumentOf(ss: Spreadsheet): NoteDocument | NoteStep {
  return dialogData(ss, 'note', (r) => r.document);
}

/** Opens the note's dialog (the public global noteDocument gives its data); its page offers the file. */
export function showNoteDialog(): void {
  showDialog(NOTE_DIALOG_FILE, NOTE_DIALOG_TITLE, 420, 200);
}

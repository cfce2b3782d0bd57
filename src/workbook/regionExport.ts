// «Передать в регион»: a dialog that writes the municipality's file for the region in the browser — no Drive scope.
import type { RegionHandoff } from '../domain/regionHandoff';
import { dialogData, type NoteStep, showDialog } from './noteExport';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The HTML file of the Apps Script project that holds the dialog page and its .xlsx writer (built into dist/). */
const REGION_DIALOG_FILE = 'RegionDialog';
const REGION_DIALOG_TITLE = 'Передать в регион';

/** The file for the region as plain data, read as the note's data is (dialogData). */
export function regionHandoffOf(ss: Spreadsheet): RegionHandoff | NoteStep {
  return dialogData(ss, 'handoff', (r) => r.handoff);
}

/**
 * Opens the modal dialog; its page asks the server for the data (the public global regionHandoff), says what is handed
 * in and offers the file. The user's browser saves it: the add-on keeps its spreadsheets.currentonly scope (Google,
 * «Dialogs and Sidebars in Google Workspace Documents», guides/dialogs: the dialog is an HTML service page in the
 * user's browser, served by google.script.run).
 */
export function showRegionDialog(): void {
  showDialog(REGION_DIALOG_FILE, REGION_DIALOG_TITLE, 560, 360);
}

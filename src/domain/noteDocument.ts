// What the Word document of the note is made of, as plain data: the note, tables 1–3, the addressed recommendations, the font.
import type { Settings } from './model';
import type { Note, Recommendation } from './note';
import { noteTables, type NoteTable } from './noteTables';
import type { Summary } from './summary';

/** The font of an official letter when the settings name none. */
export const DEFAULT_DOCUMENT_FONT = 'Times New Roman';

export interface NoteDocument {
  /** File name offered for download, without a folder. */
  fileName: string;
  font: string;
  note: Note;
  tables: NoteTable[];
  recommendations: Recommendation[];
  /** The type of unit ranked in the note ("Муниципалитет"): the addressed recommendations are grouped under it. */
  mainType: string;
  /** Author of the file (Word's «Автор»): the executor, else the organiser, else the product's name. */
  author: string;
}

/** The product's name: the author of a note whose settings name neither the executor nor the organiser. */
const PRODUCT_NAME = 'Мониторинг наставничества';

/** «Фамилия И. О., методист» → «Фамилия И. О.»: the person, as Word shows an author. */
export function noteAuthor(s: Settings): string {
  const executor = s.document.executor.split(',')[0].trim();
  return executor || s.document.organiser.trim() || PRODUCT_NAME;
}

/** Characters Windows and macOS refuse in file names. */
export const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]+/g;

export function noteFileName(s: Settings): string {
  const region = s.regionName ? `_${s.regionName}` : '';
  return `Справка_мониторинг_наставничества${region}_${s.reportYear}.docx`.replace(UNSAFE_IN_FILE_NAME, '').replace(/\s+/g, '_');
}

/** The font comes from «Настройки» («Шрифт документа Word») through the note's frame. */
export function noteDocument(s: Settings, sum: Summary, note: Note, recommendations: Recommendation[]): NoteDocument {
  return {
    fileName: noteFileName(s),
    font: note.frame.font.trim() || DEFAULT_DOCUMENT_FONT,
    note,
    tables: noteTables(s, sum),
    recommendations,
    mainType: sum.mainType,
    author: noteAuthor(s),
  };
}

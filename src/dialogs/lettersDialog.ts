// The «Письма единицам» dialog page (bundled for the browser into dist/LettersDialog.html): asks Apps Script for every unit's
// letter (over several runs on a large workbook), writes each .docx in the browser and offers them together as one .zip.
/// <reference lib="dom" />
import { Packer } from 'docx';
import { zipSync } from 'fflate';
import type { LettersDocument } from '../domain/unitLetter';
import { countWith } from '../domain/russian';
import { offerFile, runDialog, type ScriptRun, say } from './dialogPage';
import { noteDocx } from '../documents/render';

declare const google: { script: { run: ScriptRun } };

const LETTERS: readonly [string, string, string] = ['письмо', 'письма', 'писем'];

/** Every letter as a .docx, then one archive; .docx files are zip-compressed already, so the archive only stores them. */
export async function offerLetters(data: LettersDocument): Promise<Blob> {
  const files: Record<string, Uint8Array> = {};
  for (const [i, letter] of data.letters.entries()) {
    say(`Собираю письма: ${i + 1} из ${data.letters.length}…`);
    files[letter.fileName] = new Uint8Array(await (await Packer.toBlob(noteDocx(letter))).arrayBuffer());
  }
  const file = new Blob([zipSync(files, { level: 0 })], { type: 'application/zip' });
  offerFile(
    file,
    data.zipName,
    `Готово: ${countWith(data.letters.length, LETTERS)}, архив скачивается. Распакуйте его: в нём по файлу Word на каждую единицу отчёта.`,
  );
  return file;
}

runDialog<LettersDocument>({
  ask: (success, failure) => google.script.run.withSuccessHandler(success).withFailureHandler(failure).lettersDocument(),
  mode: 'letters',
  starting: 'Составляю письма единицам по данным таблицы…',
  noData: 'Не удалось получить данные писем.',
  dataOf: (answer) => answer.letters,
  offer: offerLetters,
});

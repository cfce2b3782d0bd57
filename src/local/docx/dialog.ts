// The «Скачать справку (.docx)» dialog page (bundled for the browser into dist/NoteDialog.html): asks Apps Script for the note's
// data, writes the .docx in the browser and downloads it; the link stays for a second try.
/// <reference lib="dom" />
import { Packer } from 'docx';
import type { NoteDocument } from '../../domain/noteDocument';
import { noteDocx } from './render';

interface ScriptRun {
  withSuccessHandler(f: (data: NoteDocument) => void): ScriptRun;
  withFailureHandler(f: (e: { message?: string } | string) => void): ScriptRun;
  noteDocument(): void;
}
declare const google: { script: { run: ScriptRun } };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const CSS = 'body{font:14px Arial,sans-serif;margin:16px;color:#202124}.fail{color:#b3261e;font-weight:bold}a{color:#1a73e8}';

/** The page's few elements; the HTML file itself is only this script (see scripts/build.mjs). */
function layout(): void {
  document.documentElement.lang = 'ru';
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.appendChild(style);
  const status = document.createElement('p');
  status.id = 'status';
  const link = document.createElement('a');
  link.id = 'link';
  link.hidden = true;
  document.body.append(status, link);
}

function say(text: string, failed = false): void {
  const status = document.getElementById('status')!;
  status.textContent = text;
  status.className = failed ? 'fail' : '';
}

/** Turns the data into a file and offers it: the download starts by itself; the link repeats it. */
export async function offer(data: NoteDocument): Promise<Blob> {
  const blob = await Packer.toBlob(noteDocx(data));
  const file = new Blob([blob], { type: DOCX_TYPE });
  const link = document.getElementById('link') as HTMLAnchorElement;
  link.href = URL.createObjectURL(file);
  link.download = data.fileName;
  link.textContent = `Скачать ещё раз: ${data.fileName}`;
  link.hidden = false;
  say('Справка готова, файл скачивается. Откройте его в Word или LibreOffice.');
  link.click();
  return file;
}

function start(): void {
  layout();
  say('Составляю справку по данным таблицы…');
  google.script.run
    .withSuccessHandler((data) => {
      offer(data).catch((e: unknown) => say(`Не удалось собрать файл: ${e instanceof Error ? e.message : String(e)}`, true));
    })
    .withFailureHandler((e) => say(typeof e === 'string' ? e : (e.message ?? 'Не удалось получить данные справки.'), true))
    .noteDocument();
}

start();

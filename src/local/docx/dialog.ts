// The «Скачать справку (.docx)» dialog page (bundled for the browser into dist/NoteDialog.html): asks Apps Script for the note's
// data (over several runs on a large workbook), writes the .docx in the browser and downloads it; the link stays for a second try.
/// <reference lib="dom" />
import { Packer } from 'docx';
import type { NoteDocument } from '../../domain/noteDocument';
import { noteDocx } from './render';

/** What the server's noteDocument answers: the data, or the first step of a read too large for one Apps Script run. */
type FirstAnswer = NoteDocument | { pending: true; message: string };
/** What continueRun answers: another step, the data at the end, or why there is none. */
interface NextAnswer {
  ok: boolean;
  pending?: boolean;
  message: string;
  document?: NoteDocument;
}
type Failure = { message?: string } | string;

interface ScriptRun<T> {
  withSuccessHandler<U>(f: (answer: U) => void): ScriptRun<U>;
  withFailureHandler(f: (e: Failure) => void): ScriptRun<T>;
  noteDocument(): void;
  continueRun(withOutput: boolean, mode: 'note'): void;
}
declare const google: { script: { run: ScriptRun<unknown> } };

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

function fail(e: Failure): void {
  say(typeof e === 'string' ? e : (e.message ?? 'Не удалось получить данные справки.'), true);
}

function build(data: NoteDocument): void {
  offer(data).catch((e: unknown) => say(`Не удалось собрать файл: ${e instanceof Error ? e.message : String(e)}`, true));
}

/** A large workbook: shows each run's progress and asks for the next run until the data comes. */
function next(message: string): void {
  say(message);
  google.script.run
    .withSuccessHandler<NextAnswer>((r) => {
      if (r.pending) next(r.message);
      else if (r.ok && r.document) build(r.document);
      else say(r.message, true);
    })
    .withFailureHandler(fail)
    .continueRun(false, 'note');
}

function start(): void {
  layout();
  say('Составляю справку по данным таблицы…');
  google.script.run
    .withSuccessHandler<FirstAnswer>((data) => {
      if ('pending' in data) next(data.message);
      else build(data);
    })
    .withFailureHandler(fail)
    .noteDocument();
}

start();

// What the .docx dialog pages share (the note's and the letters'): the page's elements, its status line, the download link,
// and asking Apps Script for the data over as many runs as a large workbook needs.
/// <reference lib="dom" />

/** What continueRun answers: another step, or the data at the end (`document` for the note, `letters`), or why there is none. */
interface NextAnswer<T> {
  ok: boolean;
  pending?: boolean;
  message: string;
  document?: T;
  letters?: T;
  handoff?: T;
}
type Failure = { message?: string } | string;
type DialogMode = 'note' | 'letters' | 'handoff';

/** google.script.run as the pages use it; each page names its own data global literally, so tests can find every target. */
export interface ScriptRun {
  withSuccessHandler<U>(f: (answer: U) => void): ScriptRun;
  withFailureHandler(f: (e: Failure) => void): ScriptRun;
  noteDocument(): void;
  lettersDocument(): void;
  regionHandoff(): void;
  continueRun(withOutput: boolean, mode: DialogMode): void;
}
declare const google: { script: { run: ScriptRun } };

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

export function say(text: string, failed = false): void {
  const status = document.getElementById('status')!;
  status.textContent = text;
  status.className = failed ? 'fail' : '';
}

/** Offers a file made in the browser: the download starts by itself; the link repeats it. */
export function offerFile(file: Blob, fileName: string, ready: string): void {
  const link = document.getElementById('link') as HTMLAnchorElement;
  link.href = URL.createObjectURL(file);
  link.download = fileName;
  link.textContent = `Скачать ещё раз: ${fileName}`;
  link.hidden = false;
  say(ready);
  link.click();
}

/** One dialog: how it asks for its data, the run mode that continues it, its words, and what it makes of the data. */
export interface DialogFlow<T> {
  /** google.script.run…noteDocument(), written out in the page. */
  ask(success: (answer: T | { pending: true; message: string }) => void, failure: (e: Failure) => void): void;
  mode: DialogMode;
  /** «Составляю справку по данным таблицы…» */
  starting: string;
  /** Shown when the server fails without a message. */
  noData: string;
  /** The data in continueRun's last answer. */
  dataOf(answer: NextAnswer<T>): T | undefined;
  offer(data: T): Promise<unknown>;
}

/** Lays the page out and asks for the data; a large workbook shows each run's progress and asks for the next run. */
export function runDialog<T>(flow: DialogFlow<T>): void {
  const fail = (e: Failure) => say(typeof e === 'string' ? e : (e.message ?? flow.noData), true);
  const build = (data: T) =>
    flow.offer(data).catch((e: unknown) => say(`Не удалось собрать файл: ${e instanceof Error ? e.message : String(e)}`, true));
  const next = (message: string): void => {
    say(message);
    google.script.run
      .withSuccessHandler<NextAnswer<T>>((r) => {
        const data = flow.dataOf(r);
        if (r.pending) next(r.message);
        else if (r.ok && data) build(data);
        else say(r.message, true);
      })
      .withFailureHandler(fail)
      .continueRun(false, flow.mode);
  };
  layout();
  say(flow.starting);
  flow.ask((data) => {
    if (data && typeof data === 'object' && 'pending' in data) next(data.message);
    else build(data as T);
  }, fail);
}

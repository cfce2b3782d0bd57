// Every google.script.run target in the bundle's HTML is a public top-level function, and the local google.script.run
// (generated from the bundle) refuses private and missing ones, as Sheets does.
// Source: Google, «HTML Service: Communicate with Server Functions», «Private functions»: server functions whose names
// end with an underscore are not sent to the client and cannot be called by google.script.run;
// https://developers.google.com/apps-script/guides/html/communication#private_functions
import { readdirSync, readFileSync } from 'node:fs';
import { isPrivateName, publicFunctions, scriptRunTargets, topLevelFunctions } from '../../src/local/runtime';
import { sampleSession } from '../helpers/bundle';

const filesOf = (dir: string, ext: RegExp) =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
/** The script files Apps Script runs on the server, and every file clasp pushes (scripts and HTML pages). */
const bundleSources = (dir: string) => filesOf(dir, /\.js$/);
const pushedFiles = (dir: string) => filesOf(dir, /\.(js|html)$/);

type R = { ok: boolean; pending?: boolean; message: string };

/** Every sidebar and dialog the bundle showed in a session that checks, builds in chunks and continues to the end. */
function pagesShown(): string[] {
  const s = sampleSession();
  s.globals.checkData();
  s.globals.downloadNoteDocx();
  s.globals.downloadLetters();
  s.globals.handToRegion();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  let r = s.globals.buildSummary() as R;
  while (r.pending) r = s.globals.continueRun() as R;
  return [...s.runtime.sidebars, ...s.runtime.dialogs].map((p) => p.content);
}

test('the scanner finds a call at the chain level, through handlers, and ignores calls inside the handlers', () => {
  const page = `<script>google.script.run.withSuccessHandler(function(r){ other.thing(r); }).withUserObject({a:1})
    .withFailureHandler(function (e) { say(e.message); }).doIt_('a;b', 2); google.script.run.plain();</script>`;
  expect(scriptRunTargets(page)).toEqual(['doIt_', 'plain']);
});

test('every google.script.run target in the pushed files and in every page shown is a public top-level function', () => {
  const publicNames = publicFunctions(bundleSources('dist'));
  const inSource = scriptRunTargets(pushedFiles('dist').join('\n'));
  const inPages = [...new Set(pagesShown().flatMap(scriptRunTargets))].sort();
  // Every page is reached: the check sidebar's cell button, the progress sidebar's continuation, the .docx dialogs, «Передать в регион».
  expect(inSource).toEqual(['continueRun', 'lettersDocument', 'noteDocument', 'regionHandoff', 'selectCell']);
  // Each .docx dialog asks for its data, then continues a workbook too large for one run as the progress sidebar does.
  expect(scriptRunTargets(readFileSync('dist/NoteDialog.html', 'utf8'))).toEqual(['continueRun', 'noteDocument']);
  expect(scriptRunTargets(readFileSync('dist/LettersDialog.html', 'utf8'))).toEqual(['continueRun', 'lettersDocument']);
  expect(scriptRunTargets(readFileSync('dist/RegionDialog.html', 'utf8'))).toEqual(['continueRun', 'regionHandoff']);
  expect(inPages).toEqual(inSource);
  for (const name of inSource) {
    expect(isPrivateName(name)).toBe(false);
    expect(publicNames).toContain(name);
  }
});

test('the add-on build serves the same public functions', () => {
  const { prepareAddon } = jest.requireActual('../../src/local/addonDist') as typeof import('../../src/local/addonDist');
  prepareAddon();
  expect(publicFunctions(bundleSources('dist-addon'))).toEqual(publicFunctions(bundleSources('dist')));
});

test('the local google.script.run has the public functions only: a private or missing name is not callable', () => {
  const s = sampleSession();
  const run = s.runtime.scriptRun as Record<string, unknown>;
  const all = topLevelFunctions(bundleSources('dist'));
  expect(all).toContain('reportSettings_');
  for (const name of all) expect(typeof run[name]).toBe(isPrivateName(name) ? 'undefined' : 'function');
  expect(run.noSuchFunction).toBeUndefined();
  // What the page's own call would do in the browser: TypeError, the function is not there.
  expect(() => (run as { reportSettings_: () => void }).reportSettings_()).toThrow(TypeError);
});

test("the progress sidebar's continuation, called through google.script.run, finishes a chunked build", () => {
  const s = sampleSession();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  let last = s.globals.buildSummary() as R;
  const messages: string[] = [];
  while (last.pending) {
    const run = s.runtime.scriptRun as {
      withSuccessHandler(f: (r: R) => void): { withFailureHandler(f: (e: Error) => void): { continueRun(): void } };
    };
    run
      .withSuccessHandler((r) => {
        last = r;
        messages.push(r.message);
      })
      .withFailureHandler((e) => {
        throw e;
      })
      .continueRun();
  }
  expect(messages.at(-1)).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
  expect(s.runtime.scriptRunLog.map((c) => c.name)).toEqual(['continueRun', 'continueRun']);
});

test("the check sidebar's cell button, called through google.script.run, selects the cell; a Date argument fails", () => {
  const s = sampleSession();
  const run = s.runtime.scriptRun as {
    withSuccessHandler(f: (ok: boolean) => void): { selectCell(tab: string, a1: string): void };
    withFailureHandler(f: (e: Error) => void): { selectCell(tab: unknown, a1: string): void };
  };
  let ok: boolean | null = null;
  run
    .withSuccessHandler((v) => {
      ok = v;
    })
    .selectCell('ЗАТО Северск', 'D15');
  expect(ok).toBe(true);
  expect(s.ss.getActiveSheet().getName()).toBe('ЗАТО Северск');
  let failed: Error | null = null;
  run
    .withFailureHandler((e) => {
      failed = e;
    })
    .selectCell(new Date(), 'D15');
  expect(failed).not.toBeNull();
});

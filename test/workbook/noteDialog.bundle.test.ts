// «Скачать справку (.docx)» through the built bundle: the menu item, the modal dialog from dist/NoteDialog.html, the public data global.
import { readFileSync } from 'node:fs';
import { createRuntime, publicFunctions, scriptRunTargets } from '../../src/local/runtime';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { newSession, sampleSession, snapshot } from '../helpers/bundle';

const s = sampleSession();

test('the menu offers «Скачать справку (.docx)», which opens a modal dialog with the built page', () => {
  s.globals.onOpen();
  const items = s.runtime.menus.at(-1)!.items.filter((i) => i.type === 'item') as Array<{
    caption: string;
    functionName: string;
  }>;
  const item = items.find((i) => i.caption === 'Скачать справку (.docx)')!;
  expect(item.functionName).toBe('downloadNoteDocx');
  s.globals.downloadNoteDocx();
  const shown = s.runtime.dialogs.at(-1)!;
  expect(shown).toMatchObject({ kind: 'modal', title: 'Справка (.docx)' });
  expect(shown.content).toBe(readFileSync('dist/NoteDialog.html', 'utf8'));
});

test('the page asks public globals for the data: google.script.run cannot call a name ending in "_"', () => {
  // guides/html/communication, "Private functions": functions whose names end with an underscore are not sent to the client.
  const page = readFileSync('dist/NoteDialog.html', 'utf8');
  // noteDocument first; continueRun for the next runs of a workbook too large for one.
  expect(scriptRunTargets(page)).toEqual(['continueRun', 'noteDocument']);
  const publicNames = publicFunctions([readFileSync('dist/Code.js', 'utf8')]);
  expect(publicNames).toContain('noteDocument');
  expect(publicNames).toContain('continueRun');
});

/** The data as the page receives it: through the local google.script.run, which refuses what Apps Script cannot carry. */
function throughScriptRun(session: typeof s): NoteDocument {
  let data: unknown = null;
  const run = session.runtime.scriptRun as { withSuccessHandler(f: (d: unknown) => void): { noteDocument(): void } };
  run
    .withSuccessHandler((d) => {
      data = d;
    })
    .noteDocument();
  return data as NoteDocument;
}

test('noteDocument reads only and returns plain data google.script.run can carry', () => {
  const before = snapshot(s.ss, () => false);
  s.runtime.resetCalls();
  const data = throughScriptRun(s);
  expect(s.runtime.calls.byKind.write).toBe(0);
  expect(snapshot(s.ss, () => false)).toEqual(before);
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  expect(data.fileName).toBe('Справка_мониторинг_наставничества_Томская_область_2021.docx');
  expect(data.font).toBe('Times New Roman');
  expect(data.tables.map((t) => t.number)).toEqual(['1', '2а', '2б', '3']);
  expect(data.note.frame.documentKind).toBe('Аналитическая справка');
});

test('a workbook without settings gets a Russian reason instead of a document', () => {
  const empty = newSession();
  expect(() => empty.globals.noteDocument()).toThrow(/^Справка не составлена: /);
});

test('the local runtime refuses an HTML file the project does not have, as Apps Script does', () => {
  const runtime = createRuntime();
  const html = runtime.globals.HtmlService as { createHtmlOutputFromFile(name: string): unknown };
  // The message Apps Script gives, as quoted in public projects' troubleshooting notes: "No HTML file named Index was found."
  expect(() => html.createHtmlOutputFromFile('Index')).toThrow('No HTML file named Index was found.');
});

// The «Скачать справку (.docx)» dialog page in real Chromium: it gets the note's data from google.script.run, writes the .docx in
// the browser and downloads it; the file is a valid .docx with the same text as the CLI's.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { noteDocxBuffer } from '../../src/documents/write';
import { sampleSession } from '../helpers/bundle';
import { typeInto } from '../helpers/badInputs';
import { docxTables, docxText } from '../helpers/docx';
import { launchChromium } from '../helpers/chromium';

/**
 * A stand-in for Apps Script's google.script.run: noteDocument answers with window.__data, or fails with window.__fail;
 * when window.__steps is set, noteDocument and then continueRun answer its items in order (answers the bundle gave), and
 * the status line the page shows when it calls again is kept in window.__seen.
 */
const STUB = `
window.__calls = [];
window.__seen = [];
(function () {
  function later(f) { setTimeout(f, 0); }
  function runner(success, failure) {
    return {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      noteDocument: function () {
        window.__calls.push('noteDocument');
        later(function () {
          if (window.__fail) failure(new Error(window.__fail));
          else success(JSON.parse(JSON.stringify(window.__steps ? window.__steps.shift() : window.__data)));
        });
      },
      continueRun: function (withOutput, mode) {
        window.__calls.push('continueRun(' + withOutput + ', ' + mode + ')');
        window.__seen.push(document.getElementById('status').textContent);
        later(function () { success(JSON.parse(JSON.stringify(window.__steps.shift()))); });
      }
    };
  }
  window.google = { script: { get run() { return runner(null, null); } } };
})();
`;

const DIALOG_URL = 'http://dialog.invalid/';
let browser: Browser;
let data: NoteDocument;

type Step = { ok?: boolean; pending?: boolean; message: string; document?: NoteDocument };

/** What the bundle's globals answer the dialog on the sample read 7 tabs per run: noteDocument, then continueRun until done. */
function chunkedAnswers(): Step[] {
  const s = sampleSession();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  const steps = [s.globals.noteDocument() as Step];
  while (steps.at(-1)!.pending) steps.push(s.globals.continueRun(false, 'note') as Step);
  return steps;
}

beforeAll(async () => {
  browser = await launchChromium();
  // The data the bundle's public global returns for the sample, as the dialog would receive it in Sheets.
  data = sampleSession().globals.noteDocument() as NoteDocument;
});

afterAll(async () => {
  await browser?.close();
});

async function open(init: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.addInitScript(STUB + init);
  // Init scripts run on navigation: serve the built dialog from an intercepted address, no network involved.
  const html = readFileSync('dist/NoteDialog.html', 'utf8');
  await page.route(DIALOG_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return page;
}

test('the dialog downloads a .docx built in the browser, with the same text and tables as the CLI writes', async () => {
  const page = await open(`window.__data = ${JSON.stringify(data)};`);
  const downloading = page.waitForEvent('download');
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(data.fileName);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const fromNode = await noteDocxBuffer(data);
  expect(await docxText(bytes)).toBe(await docxText(fromNode));
  expect(await docxTables(bytes)).toEqual(await docxTables(fromNode));
  expect(await page.evaluate('window.__calls')).toEqual(['noteDocument']);
  await page.locator('#link').waitFor({ state: 'visible' });
  expect(await page.locator('#link').textContent()).toBe(`Скачать ещё раз: ${data.fileName}`);
  expect(await page.locator('#status').textContent()).toContain('Справка готова');
  await page.close();
});

test('a failure on the server is shown in Russian and nothing is downloaded', async () => {
  const page = await open(`window.__fail = 'Справка не составлена: нет вкладки «Настройки».';`);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  await page.locator('#status.fail').waitFor();
  expect(await page.locator('#status').textContent()).toBe('Справка не составлена: нет вкладки «Настройки».');
  expect(await page.locator('#link').isHidden()).toBe(true);
  expect(downloads).toBe(0);
  await page.close();
});

test("on a workbook too large for one run the dialog shows each run's progress, continues, and downloads the same file", async () => {
  const steps = chunkedAnswers();
  expect(steps).toHaveLength(3);
  const page = await open(`window.__steps = ${JSON.stringify(steps)};`);
  const downloading = page.waitForEvent('download');
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(data.fileName);
  const bytes = readFileSync((await download.path())!);
  expect(await docxText(bytes)).toBe(await docxText(await noteDocxBuffer(data)));
  expect(await page.evaluate('window.__calls')).toEqual(['noteDocument', 'continueRun(false, note)', 'continueRun(false, note)']);
  // While it waits for each next run the dialog shows the previous run's progress («прочитано вкладок 7 из 21…»).
  expect(await page.evaluate('window.__seen')).toEqual([steps[0].message, steps[1].message]);
  expect(steps[0].message).toContain('прочитано вкладок 7 из 21');
  await page.locator('#link').waitFor({ state: 'visible' });
  expect(await page.locator('#status').textContent()).toContain('Справка готова');
  await page.close();
});

test('a continuation that cannot go on shows its Russian reason and downloads nothing', async () => {
  const steps = chunkedAnswers().slice(0, 1);
  // What continueRun answers when the staging tab is gone (another run finished or the tab was deleted).
  const s = sampleSession();
  steps.push(s.globals.continueRun(false, 'note') as Step);
  expect(steps[1]).toMatchObject({ ok: false, message: 'Продолжать нечего: выберите «Скачать справку (.docx)» ещё раз.' });
  const page = await open(`window.__steps = ${JSON.stringify(steps)};`);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  await page.locator('#status.fail').waitFor();
  expect(await page.locator('#status').textContent()).toBe(steps[1].message);
  expect(await page.locator('#link').isHidden()).toBe(true);
  expect(downloads).toBe(0);
  await page.close();
});

test("the dialog's file carries the appendix of the coordinators' comments typed on a unit tab", async () => {
  const s = sampleSession();
  typeInto(s.ss, 'Асиновский район', 'ind:3:value', 'E', '=Предприятия работают сезонно');
  const commented = s.globals.noteDocument() as NoteDocument;
  const page = await open(`window.__data = ${JSON.stringify(commented)};`);
  const downloading = page.waitForEvent('download');
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  const text = await docxText(readFileSync((await (await downloading).path())!));
  expect(text).toContain('Приложение 3. Пояснения муниципалитетов к представленным сведениям\n\nАсиновский район:');
  expect(text).toContain('показатель № 3 «число предприятий (организаций), предоставивших наставников»: «=Предприятия работают сезонно».');
  await page.close();
});

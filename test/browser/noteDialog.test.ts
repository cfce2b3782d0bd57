// The «Скачать справку (.docx)» dialog page in real Chromium: it gets the note's data from google.script.run, writes the .docx in
// the browser and downloads it; the file is a valid .docx with the same text as the CLI's.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { noteDocxBuffer } from '../../src/local/docx/write';
import { sampleSession } from '../helpers/bundle';
import { docxTables, docxText } from '../helpers/docx';
import { launchChromium } from './chromium';

/** A stand-in for Apps Script's google.script.run: noteDocument answers with window.__data, or fails with window.__fail. */
const STUB = `
window.__calls = [];
(function () {
  function runner(success, failure) {
    return {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      noteDocument: function () {
        window.__calls.push('noteDocument');
        setTimeout(function () {
          if (window.__fail) failure(new Error(window.__fail));
          else success(JSON.parse(JSON.stringify(window.__data)));
        }, 0);
      }
    };
  }
  window.google = { script: { get run() { return runner(null, null); } } };
})();
`;

const DIALOG_URL = 'http://dialog.invalid/';
let browser: Browser;
let data: NoteDocument;

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

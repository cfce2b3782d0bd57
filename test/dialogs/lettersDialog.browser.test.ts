// The «Письма единицам» dialog page in real Chromium: it gets every unit's letter from google.script.run, writes each .docx in
// the browser and downloads them as one .zip; each file in it reads as the CLI's letter, named after its unit.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import type { LettersDocument } from '../../src/domain/unitLetter';
import { noteDocxBuffer } from '../../src/documents/write';
import { sampleSession } from '../helpers/bundle';
import { docxTables, docxText } from '../helpers/docx';
import { launchChromium } from '../helpers/chromium';

/**
 * A stand-in for Apps Script's google.script.run: lettersDocument answers window.__data or fails with window.__fail; with
 * window.__steps, lettersDocument and then continueRun answer its items in order (answers the bundle gave).
 */
const STUB = `
window.__calls = [];
(function () {
  function later(f) { setTimeout(f, 0); }
  function runner(success, failure) {
    return {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      lettersDocument: function () {
        window.__calls.push('lettersDocument');
        later(function () {
          if (window.__fail) failure(new Error(window.__fail));
          else success(JSON.parse(JSON.stringify(window.__steps ? window.__steps.shift() : window.__data)));
        });
      },
      continueRun: function (withOutput, mode) {
        window.__calls.push('continueRun(' + withOutput + ', ' + mode + ')');
        later(function () { success(JSON.parse(JSON.stringify(window.__steps.shift()))); });
      }
    };
  }
  window.google = { script: { get run() { return runner(null, null); } } };
})();
`;

const DIALOG_URL = 'http://dialog.invalid/';
let browser: Browser;
let data: LettersDocument;

beforeAll(async () => {
  browser = await launchChromium();
  data = sampleSession().globals.lettersDocument() as LettersDocument;
});

afterAll(async () => {
  await browser?.close();
});

async function open(init: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.addInitScript(STUB + init);
  const html = readFileSync('dist/LettersDialog.html', 'utf8');
  await page.route(DIALOG_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return page;
}

async function downloadedZip(page: Page): Promise<{ name: string; raw: Buffer; zip: JSZip }> {
  const downloading = page.waitForEvent('download');
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  const download = await downloading;
  const raw = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), raw, zip: await JSZip.loadAsync(raw) };
}

test('the dialog downloads one .zip with a letter per unit, each the same text and tables as the CLI writes', async () => {
  const page = await open(`window.__data = ${JSON.stringify(data)};`);
  const { name, raw, zip } = await downloadedZip(page);
  expect(name).toBe('Письма_мониторинг_наставничества_Томская_область_2021.zip');
  expect(Object.keys(zip.files)).toEqual(data.letters.map((l) => l.fileName));
  // Cyrillic names carry the zip's UTF-8 flag, bit 11 of the first local header's flags (PKWARE APPNOTE.TXT 4.4.4, «Language
  // encoding flag (EFS)»): without it an unzip tool may read the names in a legacy code page.
  expect(raw.readUInt32LE(0)).toBe(0x04034b50);
  expect(raw.readUInt16LE(6) & 0x0800).toBe(0x0800);
  for (const letter of [data.letters[1], data.letters.at(-1)!]) {
    const bytes = await zip.file(letter.fileName)!.async('nodebuffer');
    const fromNode = await noteDocxBuffer(letter);
    expect(await docxText(bytes)).toBe(await docxText(fromNode));
    expect(await docxTables(bytes)).toEqual(await docxTables(fromNode));
  }
  await page.locator('#link').waitFor({ state: 'visible' });
  expect(await page.locator('#link').textContent()).toBe(`Скачать ещё раз: ${name}`);
  expect(await page.locator('#status').textContent()).toBe(
    'Готово: 20 писем, архив скачивается. Распакуйте его: в нём по файлу Word на каждую единицу отчёта.',
  );
  expect(await page.evaluate('window.__calls')).toEqual(['lettersDocument']);
  await page.close();
});

test('a failure on the server is shown in Russian and nothing is downloaded', async () => {
  const page = await open(`window.__fail = 'Письма не составлены: В таблице нет вкладки «Настройки».';`);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  await page.locator('#status.fail').waitFor();
  expect(await page.locator('#status').textContent()).toBe('Письма не составлены: В таблице нет вкладки «Настройки».');
  expect(await page.locator('#link').isHidden()).toBe(true);
  expect(downloads).toBe(0);
  await page.close();
});

test('on a workbook too large for one run the dialog continues with mode «letters» and downloads the same letters', async () => {
  const s = sampleSession();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  const steps = [s.globals.lettersDocument() as { pending?: boolean }];
  while (steps.at(-1)!.pending) steps.push(s.globals.continueRun(false, 'letters') as { pending?: boolean });
  expect(steps).toHaveLength(3);
  const page = await open(`window.__steps = ${JSON.stringify(steps)};`);
  const { zip } = await downloadedZip(page);
  expect(Object.keys(zip.files)).toHaveLength(20);
  expect(await page.evaluate('window.__calls')).toEqual(['lettersDocument', 'continueRun(false, letters)', 'continueRun(false, letters)']);
  await page.close();
});

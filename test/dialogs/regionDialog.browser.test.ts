// The «Передать в регион» dialog page in real Chromium: it gets the rolled-up report from google.script.run, lists what is
// handed in, and on the button writes the .xlsx in the browser; the region's `collect` takes the downloaded file.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RegionHandoff } from '../../src/domain/regionHandoff';
import { regionXlsx } from '../../src/documents/regionXlsx';
import { saveWorkbook } from '../helpers/campaign';
import { workbookSession } from '../helpers/bundle';
import { runMain } from '../helpers/cliInProcess';
import { CITY_A, CITY_A_REPORTS, REGION } from '../helpers/levels';
import { launchChromium } from '../helpers/chromium';

jest.setTimeout(120_000);

/** A stand-in for Apps Script's google.script.run: regionHandoff answers window.__data or fails with window.__fail. */
const STUB = `
window.__calls = [];
(function () {
  function runner(success, failure) {
    return {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      regionHandoff: function () {
        window.__calls.push('regionHandoff');
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
let data: RegionHandoff;

beforeAll(async () => {
  browser = await launchChromium();
  data = workbookSession(CITY_A, CITY_A_REPORTS).globals.regionHandoff() as RegionHandoff;
});

afterAll(async () => {
  await browser?.close();
});

async function open(init: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.addInitScript(STUB + init);
  const html = readFileSync('dist/RegionDialog.html', 'utf8');
  await page.route(DIALOG_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return page;
}

test('the dialog lists what is handed in, then saves on the button the very file Node writes; the region collects it', async () => {
  const page = await open(`window.__data = ${JSON.stringify(data)};`);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  await page.locator('li').first().waitFor();
  expect(await page.locator('li').allTextContents()).toEqual(data.lines);
  expect(downloads).toBe(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Сохранить файл для региона: ${data.fileName}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Город А — отчёт для региона 2021.xlsx');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.equals(Buffer.from(regionXlsx(data)))).toBe(true);
  expect(await page.locator('#status').textContent()).toBe(
    'Файл скачивается. Отправьте его в региональный центр: он принимает файл командой collect.',
  );
  const dir = mkdtempSync(join(tmpdir(), 'mm-region-dialog-'));
  const file = join(dir, download.suggestedFilename());
  copyFileSync((await download.path())!, file);
  await saveWorkbook(join(dir, 'область.xlsx'), REGION);
  const r = await runMain('collect', join(dir, 'область.xlsx'), file, '--out', join(dir, 'собрано.xlsx'));
  expect(r.out.split('\n')[0]).toBe(
    `${file} → Город А (файл муниципалитета для региона): изменено ячеек 17; состояние после проверки: заполняется.`,
  );
  expect(await page.evaluate('window.__calls')).toEqual(['regionHandoff']);
  await page.close();
});

test('a refusal on the server is shown in Russian and nothing is offered', async () => {
  const refusal =
    'Файл для региона не составлен: на вкладке «Настройки» указан уровень «регион», а в регион передаёт таблица муниципалитета (уровень «муниципалитет»).';
  const page = await open(`window.__fail = ${JSON.stringify(refusal)};`);
  await page.goto(DIALOG_URL, { waitUntil: 'load' });
  await page.locator('#status.fail').waitFor();
  expect(await page.locator('#status').textContent()).toBe(refusal);
  expect(await page.locator('button').count()).toBe(0);
  await page.close();
});

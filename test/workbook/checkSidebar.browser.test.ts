// The check sidebar in real Chromium at 300 px: every finding listed, cell buttons call google.script.run.selectCell (a stub generated from the bundle's public functions), no horizontal scroll.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { publicFunctions } from '../../src/local/runtime';
import type { Finding } from '../../src/domain/model';
import { renderCheckSidebar } from '../../src/workbook/checkSidebar';
import { hostileFindings, sampleAnalysis } from '../report/fixtures';
import { launchChromium } from '../helpers/chromium';

interface Call {
  fn: string;
  args: string[];
  success: boolean;
  failure: boolean;
}

/**
 * A stand-in for Apps Script's google.script.run, GENERATED from the built bundle: it has a method for each public
 * top-level function of dist/Code.js and none for private ones (Google, guides/html/communication, «Private functions»:
 * names ending in `_` are not sent to the client), so calling a private or missing function fails here as in Sheets.
 * Each call is recorded; it succeeds (returns true) unless window.__fail is set.
 */
const PUBLIC_FUNCTIONS = publicFunctions([readFileSync('dist/Code.js', 'utf8')]);
const STUB = `
window.__calls = [];
window.__dialogs = 0;
window.alert = function () { window.__dialogs++; };
(function () {
  var names = ${JSON.stringify(PUBLIC_FUNCTIONS)};
  function runner(success, failure) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); }
    };
    names.forEach(function (fn) {
      r[fn] = function () {
        window.__calls.push({ fn: fn, args: [].slice.call(arguments), success: typeof success === 'function', failure: typeof failure === 'function' });
        setTimeout(function () {
          if (window.__fail) { if (failure) failure(new Error('Нет доступа')); }
          else if (success) success(true);
        }, 0);
      };
    });
    return r;
  }
  window.google = { script: { get run() { return runner(null, null); } } };
})();
`;

const SIDEBAR_URL = 'http://sidebar.invalid/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(findings: Finding[], fatal: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  await page.addInitScript(STUB);
  // Init scripts run on navigation (not on setContent): serve the sidebar from an intercepted address, no network involved.
  const html = renderCheckSidebar(findings, fatal);
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  return page;
}

const calls = async (page: Page) => (await page.evaluate('window.__calls')) as Call[];

async function clickFinding(page: Page, f: Finding): Promise<void> {
  await page.locator('.finding', { hasText: f.message }).locator('button.goto').click();
}

test('lists each sample finding; a cell button selects that tab and cell through google.script.run', async () => {
  const a = sampleAnalysis();
  expect(a.findings.length).toBeGreaterThan(0);
  const page = await open(a.findings, a.fatal);
  expect(await page.locator('.finding').count()).toBe(a.findings.length);
  // A message found by its text may also be part of another finding's (the same cross-check in two years, say).
  const sharing = (f: Finding) => a.findings.filter((g) => g.message.includes(f.message)).length;
  for (const f of a.findings) {
    const item = page.locator('.finding', { hasText: f.message });
    expect(await item.count()).toBe(sharing(f));
    if (sharing(f) === 1) expect(await page.locator('section.unit', { has: item }).locator('h2').textContent()).toContain(f.unit);
  }
  const withCell = a.findings.filter((f) => f.cell && sharing(f) === 1);
  expect(withCell.length).toBeGreaterThan(10);
  for (const [i, f] of withCell.entries()) {
    await clickFinding(page, f);
    const recorded = await calls(page);
    expect(recorded.length).toBe(i + 1);
    expect(recorded[i]).toEqual({ fn: 'selectCell', args: [f.tab, f.cell], success: true, failure: true });
  }
  expect(await page.locator('#status').textContent()).toBe('');
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
  await page.close();
});

test('hostile names reach selectCell unchanged, run no script, and nothing overflows 300 px', async () => {
  const findings = hostileFindings();
  const page = await open(findings, [`Фатальная ошибка настроек: «${'очень-длинное-слово'.repeat(8)}»`]);
  expect(await page.locator('.fatal').count()).toBe(1);
  expect(await page.locator('button.goto').count()).toBe(2);
  expect(await page.locator('.finding', { hasText: 'без ячейки' }).locator('button').count()).toBe(0);
  for (const f of findings.filter((x) => x.cell)) await clickFinding(page, f);
  expect((await calls(page)).map((c) => c.args)).toEqual([
    [findings[0].tab, 'C7'],
    [findings[1].tab, 'D12'],
  ]);
  expect(await page.locator('h2', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
  expect(await page.evaluate('window.__dialogs')).toBe(0);
  expect(await page.evaluate('document.scripts.length')).toBe(1);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
  await page.close();
});

test('a failed call shows the reason in the sidebar and enables the button again', async () => {
  const findings = hostileFindings();
  const page = await open(findings);
  await page.evaluate('window.__fail = true');
  await clickFinding(page, findings[0]);
  await page.waitForFunction("document.getElementById('status').textContent.length > 0");
  expect(await page.locator('#status').textContent()).toBe('Не удалось перейти к ячейке: Нет доступа');
  expect(await page.locator('.finding', { hasText: findings[0].message }).locator('button.goto').isEnabled()).toBe(true);
  await page.close();
});

test("the stub has the bundle's public functions only: a private name is not callable, as in Sheets", async () => {
  expect(PUBLIC_FUNCTIONS).toContain('selectCell');
  expect(PUBLIC_FUNCTIONS).not.toContain('reportSettings_');
  const page = await open([]);
  expect(await page.evaluate('typeof google.script.run.selectCell')).toBe('function');
  expect(await page.evaluate('typeof google.script.run.reportSettings_')).toBe('undefined');
  await page.close();
});

test('no findings: the sidebar says so', async () => {
  const page = await open([]);
  expect(await page.locator('body').textContent()).toContain('Замечаний нет.');
  expect(await page.locator('button').count()).toBe(0);
  await page.close();
});

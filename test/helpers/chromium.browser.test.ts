// The browser-test helper: the packaged Chromium by default, CHROMIUM_PATH when set, a missing one fails loudly; PDF page counting.
import { chromiumExecutable, launchChromium, pdfPageCount } from './chromium';

test('a missing Chromium is an error that says how to get one', async () => {
  await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
    'Run npm ci (it installs @sparticuz/chromium) or set CHROMIUM_PATH',
  );
});

test('CHROMIUM_PATH chooses the browser; without it the npm package unpacks its own', async () => {
  expect(await chromiumExecutable({ CHROMIUM_PATH: '/opt/my/chromium' })).toBe('/opt/my/chromium');
  const packaged = await chromiumExecutable({});
  expect(packaged).not.toBe('/usr/bin/chromium');
  expect(require('node:fs').existsSync(packaged)).toBe(true);
});

test('pdfPageCount counts /Type /Page objects, not the /Pages tree', () => {
  const pdf = Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> << /Type /Page /Parent 2 0 R >> << /Type/Page >>', 'latin1');
  expect(pdfPageCount(pdf)).toBe(2);
});

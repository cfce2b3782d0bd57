// The browser-test helper: a missing Chromium fails loudly with the install command; page counting of a PDF.
import { launchChromium, pdfPageCount } from './chromium';

test('a missing Chromium is an error that says how to install it', async () => {
  await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow('apt-get update && apt-get install -y chromium');
});

test('pdfPageCount counts /Type /Page objects, not the /Pages tree', () => {
  const pdf = Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> << /Type /Page /Parent 2 0 R >> << /Type/Page >>', 'latin1');
  expect(pdfPageCount(pdf)).toBe(2);
});

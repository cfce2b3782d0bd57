// Renders page 1 of the bundled sample's note (.docx) to docs/note-page1.png for the README: the CLI's `sample` writes the
// .docx, LibreOffice Writer (headless) turns it into PDF, Poppler's pdftoppm turns page 1 into PNG.
// Usage: npm run render-note-page [-- --page N] [--dpi N]   (needs soffice and pdftoppm; tests never run it)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ strict: true, options: { page: { type: 'string' }, dpi: { type: 'string' } } });
const page = String(Number(values.page ?? 1) || 1);
const dpi = String(Number(values.dpi ?? 90) || 90);
const target = resolve('docs', page === '1' ? 'note-page1.png' : `note-page${page}.png`);

const missing = ['soffice', 'pdftoppm'].filter((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status !== 0);
if (missing.length) {
  console.error(
    `Not found: ${missing.join(', ')}. This script needs LibreOffice Writer and Poppler:\n` +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils\n' +
      '  macOS:         brew install --cask libreoffice && brew install poppler',
  );
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'mm-note-page-'));
// LibreOffice with its own profile, so a running LibreOffice does not interfere.
const profile = mkdtempSync(join(tmpdir(), 'mm-lo-profile-'));
try {
  execFileSync(process.execPath, ['build/cli.js', 'sample', '--out', dir], { stdio: 'pipe' });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'note.docx')],
    { stdio: 'pipe', timeout: 600000 },
  );
  execFileSync('pdftoppm', ['-png', '-r', dpi, '-f', page, '-l', page, '-singlefile', join(dir, 'note.pdf'), join(dir, 'page')]);
  copyFileSync(join(dir, 'page.png'), target);
  console.log(`${target} (page ${page} of the sample's note.docx at ${dpi} dpi)`);
} finally {
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

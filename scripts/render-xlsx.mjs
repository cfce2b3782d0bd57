// Renders an .xlsx the way a desktop user prints it: LibreOffice headless → PDF → PNG pages, with the page count per tab.
// Usage: npm run render-xlsx [-- FILE.xlsx] [--out DIR] [--dpi N]   (default out/summary.xlsx → out/render/)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';

const RUNTIME_SHEET = '__mentor_monitor_runtime__';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: true,
  options: { out: { type: 'string' }, dpi: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('npm run render-xlsx [-- FILE.xlsx] [--out DIR] [--dpi N]\nRenders FILE (default out/summary.xlsx) to DIR (default out/render): one PDF, PNG pages, pages per tab.');
  process.exit(0);
}
const file = resolve(positionals[0] ?? 'out/summary.xlsx');
const outDir = resolve(values.out ?? join('out', 'render'));
const dpi = String(Number(values.dpi ?? 60) || 60);

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}
const missing = ['soffice', 'pdftoppm', 'pdfinfo'].filter((c) => !have(c));
if (missing.length) {
  console.error(`Not found: ${missing.join(', ')}. This script needs LibreOffice Calc and Poppler:\n` +
    '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y libreoffice-calc poppler-utils\n' +
    '  Fedora:        sudo dnf install libreoffice-calc poppler-utils\n' +
    '  macOS:         brew install --cask libreoffice && brew install poppler');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`No such file: ${file} (run \`npm start\` first to write out/summary.xlsx).`);
  process.exit(2);
}

function pdfPages(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Converts files to PDF in one LibreOffice run (its own profile, so a running LibreOffice does not interfere). */
function toPdf(files, dir) {
  const profile = mkdtempSync(join(tmpdir(), 'mm-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 600000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const stem = basename(file, extname(file));

// The whole workbook: what File → Export as PDF gives, one PNG per page.
toPdf([file], outDir);
const pdf = join(outDir, stem + '.pdf');
execFileSync('pdftoppm', ['-png', '-r', dpi, pdf, join(outDir, 'page')]);
const pngs = readdirSync(outDir).filter((f) => f.endsWith('.png')).length;

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(file);
const tabs = wb.worksheets.filter((w) => w.state === 'visible' && w.name !== RUNTIME_SHEET).map((w) => w.name);
const total = pdfPages(pdf);
console.log(`${file}\n  PDF: ${pdf} (${total} pages), PNG pages: ${outDir}/page-*.png (${pngs})\n  pages per tab:`);

// Pages per tab from the footer Mentor Monitor prints on every page («Tab … стр. N из M»), when every page has it.
const footers = [];
for (let p = 1; p <= total; p++) {
  const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' });
  const last = text.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
  const m = /^(.*\S)\s+стр\. \d+ из \d+$/.exec(last);
  footers.push(m && tabs.includes(m[1]) ? m[1] : null);
}
if (footers.every((t) => t !== null)) {
  for (const tab of tabs) console.log(`    ${String(footers.filter((t) => t === tab).length).padStart(3)}  ${tab}`);
  process.exit(0);
}

// Otherwise one copy of the workbook per visible tab with every other tab hidden, converted in one run (a copy
// written by ExcelJS keeps print setup but drops manual page breaks, so counts may differ slightly).
const work = mkdtempSync(join(tmpdir(), 'mm-render-'));
try {
  const copies = [];
  for (const [i, tab] of tabs.entries()) {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(file);
    for (const w of copy.worksheets) if (w.name !== tab) w.state = 'hidden';
    copy.views = [{ activeTab: copy.worksheets.findIndex((w) => w.name === tab), visibility: 'visible' }];
    const path = join(work, `tab${String(i + 1).padStart(2, '0')}.xlsx`);
    await copy.xlsx.writeFile(path);
    copies.push(path);
  }
  toPdf(copies, work);
  tabs.forEach((tab, i) => {
    const p = join(work, basename(copies[i], '.xlsx') + '.pdf');
    console.log(`    ${String(existsSync(p) ? pdfPages(p) : '?').padStart(3)}  ${tab}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

// `build --docx` as a user runs it: the Word file is read back — the note's text, tables 1–3 with header rows, A4 page setup.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { importCsvFolder } from '../../src/local/csvImport';
import { Packer } from 'docx';
import { noteDocxBuffer } from '../../src/documents/write';
import { noteDocx } from '../../src/documents/render';
import { documentBlocks } from '../../src/documents/layout';
import { sampleSession, workbookSession } from '../helpers/bundle';
import { docxPart, docxTables, docxText, flat } from '../helpers/docx';
import { chunkedCopy } from '../helpers/chunked';
import { runCliInProcess } from '../helpers/cliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'mm-docx-'));
// In this process, stdout, stderr and the exit code as a process has them (test/local/cli.test.ts runs the real bin).
const cli = runCliInProcess;
const input = join(dir, 'sample.xlsx');
const note = join(dir, 'Справка.docx');
let docx: Buffer;
/** What the bundle gives the dialog and the CLI: the expected content, computed by the same global a menu click uses. */
let data: NoteDocument;

beforeAll(async () => {
  expect((await cli('template', '--out', input, '--data', 'data/tomsk-2021')).status).toBe(0);
  const r = await cli('build', input, '--out', join(dir, 'result.xlsx'), '--docx', note);
  expect(r.stderr).not.toContain('Ошибка');
  expect(r.status).toBe(0);
  docx = readFileSync(note);
  data = sampleSession().globals.noteDocument() as NoteDocument;
});

test('the frame from «Настройки»: sender, addressees, blanks for date and number, subject, kind, signature and «исп.»', async () => {
  const paragraphs = (await docxText(docx)).split(/\n+/).map(flat).filter(Boolean);
  const f = data.note.frame;
  // The sample's settings (data/tomsk-2021/settings.csv) as seed 002 heads its letter; no date or number yet.
  expect(f.sender).toBe('Департамент общего образования Томской области');
  expect(paragraphs.slice(0, 1 + f.addressees.length + 3)).toEqual([
    f.sender,
    ...f.addressees,
    '________ № ________',
    'Об итогах мониторинга',
    'Аналитическая справка',
  ]);
  // A no-break space after «№», as everywhere in the note: the sign never ends a line apart from its number.
  expect(await docxPart(docx, 'word/document.xml')).toContain('________ №\u00a0________');
  const sig = data.note.signature;
  const signed = paragraphs.indexOf(`${sig.position} ${sig.name}`);
  expect(signed).toBeGreaterThan(0);
  expect(paragraphs.slice(signed + 1, signed + 3)).toEqual([`исп. ${sig.executor}`, `тел. ${sig.executorPhone}`]);
  // Signed under the text; the appendix follows the signature.
  expect(paragraphs.slice(signed + 3)[0]).toMatch(/^Приложение/);
});

test('the document carries the note: every heading and paragraph in order, and every addressed recommendation', async () => {
  const text = flat(await docxText(docx));
  expect(data.note.sections.length).toBeGreaterThan(5);
  let from = 0;
  for (const section of data.note.sections) {
    for (const p of [section.heading, ...section.paragraphs].filter(Boolean)) {
      const at = text.indexOf(flat(p), from);
      expect([p, at >= 0]).toEqual([p, true]);
      from = at;
    }
  }
  expect(text).toContain('Адресные рекомендации');
  expect(data.recommendations).toHaveLength(20);
  // Each unit's recommendation: as written, or in the note's own per-unit appendix («Unit: …»).
  for (const r of data.recommendations)
    expect([r.unit, text.includes(flat(r.text)) || text.includes(`${flat(r.unit)}: `)]).toEqual([r.unit, true]);
});

test("the per-unit recommendations are printed once: the note's own appendix, else a section «Адресные рекомендации»", () => {
  const addressed = (d: NoteDocument) => documentBlocks(d).filter((b) => b.kind === 'heading' && b.text === 'Адресные рекомендации').length;
  const perUnit = (p: string) => data.recommendations.some((r) => flat(p).startsWith(`${flat(r.unit)}: `) || flat(p) === flat(r.text));
  const without = {
    ...data,
    note: { ...data.note, sections: data.note.sections.filter((s) => !s.paragraphs.some(perUnit)) },
  };
  expect(addressed(without)).toBe(1);
  const items = data.recommendations.map((r) => `${r.unit}: ${r.text}`);
  const appendix = {
    role: 'appendix' as const,
    heading: 'Приложение 1. Адресные рекомендации',
    blocks: [{ kind: 'list' as const, items }],
    paragraphs: items,
  };
  expect(addressed({ ...without, note: { ...without.note, sections: [...without.note.sections, appendix] } })).toBe(0);
});

test('tables 1, 2а, 2б and 3 with their captions, header rows and the published figures', async () => {
  const text = flat(await docxText(docx));
  const tables = await docxTables(docx);
  expect(data.tables.map((t) => t.number)).toEqual(['1', '2а', '2б', '3']);
  expect(tables).toHaveLength(4);
  data.tables.forEach((t, i) => {
    expect(text).toContain(`Таблица ${t.number} ${flat(t.title)}`);
    expect(tables[i][0]).toEqual(t.header[0].map((c) => flat(c.text)));
    expect(tables[i]).toHaveLength(t.header.length + t.body.length);
  });
  // Table 1: 184 of 289 general-education organisations run «ученик–ученик» (63,67 %, seed 002 printed 63,66 %).
  expect(tables[0][1]).toEqual(['«ученик–ученик»', '289 / 184 (63,67 %)', '62 / 24 (38,71 %)', '75 % к 1 января 2023 г.']);
  // Table 2б: ЗАТО Северск's impossible 4 of 1 is not a figure but «не учтено», as the table's note says; the total is 6 of 61.
  const severskDo = tables[2].find((r) => r[0] === 'ЗАТО Северск')!;
  expect(severskDo.at(-1)).toBe('не учтено');
  expect(text).toContain('¹ «работодатель–ученик»: доля рассчитана от 61 организации дополнительного образования из 62');
  expect(text).not.toMatch(/ошибка|посчитаны по остальным|Выделено:|\* — доля/);
  expect(tables[2].at(-1)!.at(-1)).toBe('6 из 61 (9,84 %)¹');
  // Table 3: one row per indicator, then one per municipality numbered as in the seed ("1.1.").
  expect(tables[3][0]).toEqual(['№', 'Наименование показателя', 'По итогам 2020 г.', 'По итогам 2021 г.', 'Оценка']);
  expect(tables[3][1][0]).toBe('1.');
  expect(tables[3][2][0]).toBe('1.1.');
  expect(tables[3].filter((r) => /^\d+\.$/.test(r[0]))).toHaveLength(8);
});

test('page setup of an official letter: A4, margins, Times New Roman 14, numbered pages from the second, header rows repeated', async () => {
  const body = await docxPart(docx, 'word/document.xml');
  // A4 in twips (210 × 297 mm); left 30 mm, right 15 mm, top and bottom 20 mm (ГОСТ Р 7.0.97-2016, 5.1, sets the minimums).
  expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  // The first page has its own (empty) header: numbering starts to show on page 2, as the ГОСТ asks.
  expect(body).toContain('<w:titlePg/>');
  const headerRows = data.tables.reduce((n, t) => n + t.header.length, 0);
  expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(headerRows);
  const styles = await docxPart(docx, 'word/styles.xml');
  expect(styles).toMatch(
    /<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>[\s\S]*<w:sz w:val="28"\/>/,
  );
  const rels = await docxPart(docx, 'word/_rels/document.xml.rels');
  const defaultHeader = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(body)![1];
  const headerFile =
    new RegExp(`Id="${defaultHeader}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${defaultHeader}"`).exec(rels)![1];
  const header = await docxPart(docx, `word/${headerFile}`);
  expect(header).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
});

test("the font of «Настройки» («Шрифт документа Word») is the document's font", async () => {
  const imported = importCsvFolder('data/tomsk-2021');
  imported.settings.document.font = 'PT Astra Serif';
  const other = workbookSession(imported.settings, imported.reports).globals.noteDocument() as NoteDocument;
  expect(other.font).toBe('PT Astra Serif');
  const styles = await docxPart(await noteDocxBuffer(other), 'word/styles.xml');
  expect(styles).toContain(
    '<w:rFonts w:ascii="PT Astra Serif" w:cs="PT Astra Serif" w:eastAsia="PT Astra Serif" w:hAnsi="PT Astra Serif"/>',
  );
  expect(styles).not.toContain('Times New Roman');
});

test('on a workbook read over several runs (its «mentorMonitor.tabsPerRun» is 7) build --docx reads it once and writes the same text', async () => {
  const chunked = await chunkedCopy(input, dir, 7);
  const out = join(dir, 'Справка по частям.docx');
  const r = await cli('build', chunked, '--out', join(dir, 'chunked-result.xlsx'), '--docx', out);
  expect(r.status).toBe(0);
  // The note is made of what the build read: the workbook is read once (the build's runs), not a second time for the note.
  expect(r.stderr).toContain('… Большая таблица: прочитано вкладок 14 из 21. Сводка продолжит строиться сама');
  expect(r.stderr).not.toContain('Справка будет готова');
  expect(await docxText(readFileSync(out))).toBe(await docxText(docx));
});

test("the file names its author (the executor of «Настройки»), never the library's «Un-named»", async () => {
  const core = await docxPart(docx, 'docProps/core.xml');
  expect(core).toContain('<dc:creator>Фамилия И. О.</dc:creator>');
  expect(core).toContain('<cp:lastModifiedBy>Фамилия И. О.</cp:lastModifiedBy>');
  expect(core).not.toContain('Un-named');
});

test('the signature never stands alone on the last page: the text before it is kept whole and with it', async () => {
  const body = await docxPart(docx, 'word/document.xml');
  const paragraphs = body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)!;
  const signed = paragraphs.findIndex((p) => p.includes(`>${data.note.signature.position}<`));
  expect(signed).toBeGreaterThan(0);
  expect(paragraphs[signed - 1]).toContain('Рекомендации в разрезе муниципалитетов приведены в приложении 1.');
  expect(paragraphs[signed - 1]).toMatch(/<w:keepNext\/>/);
  expect(paragraphs[signed - 1]).toMatch(/<w:keepLines\/>/);
  // Only that paragraph: the body text elsewhere flows freely.
  expect(paragraphs.filter((p) => p.includes('<w:keepLines/>') && p.includes('w:firstLine="709"'))).toHaveLength(1);
});

test('black-and-white print: a share below its target is in italics as well as shaded, and the table note says so in words', async () => {
  const body = await docxPart(docx, 'word/document.xml');
  // Table 1's first row: «ученик–ученик» in general schools, 63,67 % against 75 %.
  expect(body).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>289 \/ 184 \(63,67\u00a0%\)<\/w:t>/);
  expect(body).not.toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>289 \/ 219 \(75,78\u00a0%\)<\/w:t>/);
  expect(flat(await docxText(docx))).toContain('2. Доли ниже целевого значения выделены курсивом.');
});

test('tables longer than one slice of rows (2 000 units): written a slice at a time, the very XML the docx package writes whole', async () => {
  // Each table's body repeated to just over one slice of rows (ROWS_AT_A_TIME, 200, in src/documents/write.ts): two
  // slices a table, the second a partial one, are what joining slices can get wrong; 2 000 units' ten slices only repeat
  // it (51 copies before: 62 s of this file).
  const SLICE = 200;
  const big: NoteDocument = {
    ...data,
    tables: data.tables.map((t) => ({ ...t, body: Array.from({ length: Math.ceil((SLICE + 1) / t.body.length) }, () => t.body).flat() })),
  };
  for (const t of big.tables) expect(t.body.length).toBeGreaterThan(SLICE);
  expect(Math.min(...big.tables.map((t) => t.body.length))).toBeLessThan(2 * SLICE);
  const whole = await Packer.toBuffer(noteDocx(big));
  const sliced = await noteDocxBuffer(big);
  expect(await docxPart(sliced, 'word/document.xml')).toBe(await docxPart(whole, 'word/document.xml'));
  expect(await docxTables(sliced)).toEqual(await docxTables(whole));
});

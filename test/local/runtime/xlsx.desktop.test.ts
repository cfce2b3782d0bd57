// The .xlsx a desktop user opens (Excel, LibreOffice, Р7-Офис, МойОфис): sizes, fonts, print setup, links, да/нет and
// chart pictures, read back with ExcelJS; and a round trip that gives back the spreadsheet as Sheets had it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { LocalDataValidationBuilder } from '../../../src/local/runtime';
import { createRuntime, loadXlsx, saveXlsx } from '../../../src/local/runtime';
import { SUMMARY_TABS } from '../../../src/workbook/tabNames';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mm-desktop-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const px = (width: number | undefined): number => Math.round((width ?? 0) * 7 + 5);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

interface Media {
  type: string;
  extension: string;
  buffer: Buffer;
}
function imagesOf(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): Media[] {
  return ws.getImages().map((im) => wb.getImage(Number(im.imageId)) as unknown as Media);
}

describe('the summary the CLI writes (npm start), opened with ExcelJS', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = spawnSync(process.execPath, ['build/cli.js', 'sample', '--out', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'summary.xlsx'));
  });
  const tabs = Object.values(SUMMARY_TABS);

  it('sets print setup on every summary tab: A4, fit to width, header rows repeated, a print area', () => {
    for (const name of tabs) {
      const ws = wb.getWorksheet(name)!;
      expect([name, ws.pageSetup]).toEqual([
        name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
      expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
    // Frozen header rows print on every page.
    expect(wb.getWorksheet(SUMMARY_TABS.forms)!.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?1$/);
    // Wide tables print across, the note down a portrait page.
    expect(wb.getWorksheet(SUMMARY_TABS.indicators)!.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet(SUMMARY_TABS.note)!.pageSetup.orientation).toBe('portrait');
  });

  it('gives every used column a width and no header word is broken: columns are at least as wide as their words', () => {
    const forms = wb.getWorksheet(SUMMARY_TABS.forms)!;
    for (let c = 1; c <= forms.actualColumnCount; c++) expect([c, forms.getColumn(c).width]).toEqual([c, expect.any(Number)]);
    // «работодатель–ученик», кол-во: the header breaks after the dash, never inside «работодатель».
    expect(px(forms.getColumn(9).width)).toBeGreaterThanOrEqual(100);
    // The note's text column fits a portrait A4 page (about 717 px printable), so its lines are never cut.
    expect(px(wb.getWorksheet(SUMMARY_TABS.note)!.getColumn(1).width)).toBeLessThanOrEqual(717);
  });

  it('sets row heights for wrapped text, aligned to the top, and names a font in every style', () => {
    const note = wb.getWorksheet(SUMMARY_TABS.note)!;
    const tall: number[] = [];
    note.eachRow((row, r) => {
      const text = String(row.getCell(1).value ?? '');
      if (text.length > 300) {
        tall.push(r);
        expect(row.height).toBeGreaterThan(40);
        expect(row.getCell(1).alignment).toEqual(expect.objectContaining({ wrapText: true, vertical: 'top' }));
      }
    });
    expect(tall.length).toBeGreaterThan(3);
    for (const name of tabs) {
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => expect([cell.font?.name, cell.font?.family]).toEqual(['Arial', 2])));
    }
  });

  it('holds the charts as PNG pictures under their tables, with the chart data aside', () => {
    const ws = wb.getWorksheet(SUMMARY_TABS.indicators)!;
    const images = imagesOf(wb, ws);
    expect(images.length).toBeGreaterThan(0);
    for (const im of images) {
      expect(im.extension).toBe('png');
      expect(Buffer.from(im.buffer).subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    }
    const area = /:\$?([A-Z]+)/.exec(ws.pageSetup.printArea!)![1];
    for (const im of ws.getImages()) {
      // Anchored in the first column, below the table; the data block (right of the table) stays out of print.
      expect(im.range.tl.nativeCol).toBe(0);
      expect(String(ws.getCell(im.range.tl.nativeRow + 1, 1).value ?? '')).toBe('');
    }
    // Table 3 is 11 columns wide (A–K): minimum and leader threshold per unit beside the plans (issue 12).
    expect(area).toBe('K');
  });

  it('turns «Проверка» links to #gid= into links inside the file', () => {
    const ws = wb.getWorksheet(SUMMARY_TABS.check)!;
    const links: Array<{ text: string; hyperlink: string }> = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { hyperlink?: string; text?: string } | null;
        if (v && typeof v === 'object' && 'hyperlink' in v) links.push(v as { text: string; hyperlink: string });
      }),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.hyperlink).toMatch(/^'[^']+'!\$?[A-Z]+\$?\d+$/);
      expect(wb.getWorksheet(l.hyperlink.slice(1, l.hyperlink.indexOf("'!")))).toBeDefined();
    }
  });

  it('shows the «Отчёт готов» checkboxes as да/нет', () => {
    const unit = wb.getWorksheet('г. Томск')!;
    const texts: string[] = [];
    unit.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'да' || cell.value === 'нет') texts.push(String(cell.value));
        expect(typeof cell.value).not.toBe('boolean');
      }),
    );
    expect(texts.length).toBeGreaterThan(0);
  });
});

describe('round trip of what the writer adds for desktop suites', () => {
  it('gives back the links, checkboxes, widths, heights and alignment Sheets had', async () => {
    const rt = createRuntime(undefined, { console: { log: () => undefined } });
    const app = rt.globals.SpreadsheetApp as { newDataValidation(): LocalDataValidationBuilder };
    const ss = rt.spreadsheet;
    const main = ss.getSheets()[0];
    const other = ss.insertSheet('Данные');
    main.getRange('A1:B2').setValues([
      ['Заголовок', 'x'],
      ['Очень длинный текст, который переносится по словам и занимает несколько строк в узком столбце', 'y'],
    ]);
    main.getRange('A2').setWrap(true);
    main.setColumnWidth(1, 120);
    const link = `=HYPERLINK("#gid=${other.getSheetId()}&range=C7","C7")`;
    main.getRange('C1').setFormula(link);
    main
      .getRange('D1:D2')
      .setDataValidation(app.newDataValidation().requireCheckbox().build())
      .setValues([[true], [false]]);
    const path = join(dir, 'desktop.xlsx');
    await saveXlsx(ss, path);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).height).toBeGreaterThan(30);
    expect(ws.getCell('B2').alignment).toEqual(expect.objectContaining({ vertical: 'top' }));
    expect(ws.getCell('C1').value).toEqual({ text: 'C7', hyperlink: "'Данные'!C7" });
    expect([ws.getCell('D1').value, ws.getCell('D2').value]).toEqual(['да', 'нет']);
    expect(px(ws.getColumn(2).width)).toBe(100); // Sheets' default width, written out (a suite's own default is narrower)

    const back = await loadXlsx(path);
    const sheet = back.getSheets()[0];
    expect(sheet.getRange('C1').getFormula()).toBe(link);
    expect(sheet.getRange('D1:D2').getValues()).toEqual([[true], [false]]);
    expect(sheet.getRange('D1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(sheet.getRange('A2:B2').getVerticalAlignments()).toEqual([['bottom', 'bottom']]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getRowHeight(2)]).toEqual([120, 100, 21]);
  });
});

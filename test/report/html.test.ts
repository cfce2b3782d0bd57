// Unit tests of the HTML report: self-contained page, numbers as in the summary, charts, escaping, and the generic SheetDoc renderer.
import { NBSP } from '../../src/domain/russian';
import { ORG_TYPES } from '../../src/domain/summary';
import { cellText, docBlocks, formatByNumberFormat, renderReportHtml, sheetDocToHtml } from '../../src/report/html';
import { DocBuilder } from '../../src/workbook/sheetDoc';
import { PALETTE } from '../../src/workbook/summaryTabs';
import { EVIL, hostileAnalysis, QUOTES, sampleAnalysis } from './fixtures';

const a = sampleAnalysis();
const html = renderReportHtml(a);

/** Parses a number as the page shows it: "12 345,67 %" → 12345.67. */
function parseRu(text: string): number {
  return Number(text.replace(/[\s\u00a0%]/g, '').replace(',', '.'));
}

/** The text of the first element whose attributes include all of `attrs` (in that order). */
function hooked(page: string, attrs: string): string {
  const m = new RegExp(`<t[dh][^>]*${attrs}[^>]*>([^<]*)</t[dh]>`).exec(page);
  if (!m) throw new Error(`no cell with ${attrs}`);
  return m[1];
}

function svgOf(page: string, id: string): string | null {
  const m = new RegExp(`<svg[^>]*data-indicator="${id}"[\\s\\S]*?</svg>`).exec(page);
  return m ? m[0] : null;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('renderReportHtml on the sample', () => {
  test('is one self-contained Russian page with print CSS and no scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).toContain('@page{size:A4;margin:15mm}');
    expect(html).toContain('break-before:page');
    expect(html).toContain('tr{break-inside:avoid');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('print-color-adjust:exact');
    for (const id of ['note', 'table1', 'table2', 'table3', 'charts', 'recommendations', 'check']) expect(html).toContain(`<section class="major" id="${id}">`);
  });

  test('contains the note: title, every heading and paragraph (escaped)', () => {
    expect(html).toContain(`<h1>${a.note.title}</h1>`);
    for (const s of a.note.sections) {
      expect(html).toContain(`<h3>${s.heading.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</h3>`);
      expect(s.paragraphs.length).toBeGreaterThan(0);
    }
    expect(html).toContain('63,67');
  });

  test('table 1 cells show the summary numbers, Russian-style, behind stable hooks', () => {
    for (const f of a.settings.forms) {
      for (const t of ORG_TYPES) {
        const c = a.summary.forms.forms[f.key][t];
        for (const field of ['count', 'total', 'share'] as const) {
          const text = hooked(html, `data-table="1" data-form="${f.key}" data-type="${t}" data-field="${field}"`);
          expect(parseRu(text)).toBe(c[field]);
        }
      }
    }
    expect(hooked(html, 'data-table="1" data-form="student_student" data-type="general" data-field="share"')).toBe('63,67');
  });

  test('table 2 and table 3 carry hooks with the summary values', () => {
    const row = a.summary.forms.rows[0];
    const c = row.forms.student_student.general;
    expect(parseRu(hooked(html, `data-table="2а" data-type="general" data-unit="${row.unit}" data-form="student_student" data-field="share"`))).toBe(c.share);
    for (const ind of a.summary.indicators.filter((i) => i.region.cur.value !== null)) {
      expect(parseRu(hooked(html, `data-table="3" data-indicator="${ind.id}" data-region="" data-year="cur"`))).toBe(ind.region.cur.value);
    }
  });

  test('highlights use the palette: a share below target has the below-plan background', () => {
    expect(html).toMatch(new RegExp(`style="background:${PALETTE.belowPlan}"[^>]*data-table="1" data-form="student_student" data-type="general" data-field="share"`));
    expect(html).toContain(`background:${PALETTE.header}`);
    expect(html).toContain(`background:${PALETTE.leader}`);
  });

  test('one bar chart per share indicator: one bar per unit and the plan line', () => {
    const shares = a.summary.indicators.filter((i) => i.kind === 'share');
    expect(shares.length).toBe(2);
    for (const ind of shares) {
      const svg = svgOf(html, ind.id);
      expect(svg).not.toBeNull();
      expect(count(svg!, /class="bar"/g)).toBe(ind.rows.length);
      expect(ind.rows.length).toBe(20);
      for (const r of ind.rows) expect(svg).toContain(`data-unit="${r.unit}"`);
      expect(count(svg!, /class="plan-line"/g)).toBe(1);
      expect(svg).toContain(`<title>${ind.rows[0].unit}: `);
    }
    expect(count(html, /<svg /g)).toBe(a.summary.indicators.filter((i) => !i.noDataAtAll).length);
  });

  test('count and dynamics charts: previous and current year bars per unit; no chart without data', () => {
    for (const ind of a.summary.indicators.filter((i) => i.kind !== 'share')) {
      const svg = svgOf(html, ind.id);
      if (ind.noDataAtAll) {
        expect(svg).toBeNull();
        expect(html).toMatch(new RegExp(`data-indicator-empty="${ind.id}">[\\s\\S]*?<p class="no-data">нет данных</p>`));
        continue;
      }
      const values = ind.rows.flatMap((r) => [r.prev, r.cur]).filter((v) => v !== null).length;
      expect(count(svg!, /class="bar"/g)).toBe(values);
      expect(count(svg!, /data-year="prev"/g)).toBe(ind.rows.filter((r) => r.prev !== null).length);
    }
    expect(a.summary.indicators.find((i) => i.id === '4')!.noDataAtAll).toBe(true);
  });

  test('recommendations and data-check findings are in the page', () => {
    for (const r of a.recommendations) expect(html).toContain(r.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    for (const f of a.findings) expect(html).toContain(f.message.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
  });
});

describe('escaping', () => {
  const evil = renderReportHtml(hostileAnalysis());

  test('a unit named <script> renders as text, never as a tag', () => {
    expect(evil).not.toContain(EVIL);
    expect(evil).not.toMatch(/<script/i);
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).toContain('data-unit="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  test('quotes and ampersands are escaped in text and attributes', () => {
    expect(evil).not.toContain(QUOTES);
    expect(evil).toContain('&quot;quotes&quot; &amp; амперсанд');
    expect(evil).toContain('data-unit="&quot;quotes&quot; &amp; амперсанд"');
    expect(evil).not.toMatch(/="[^"]*"quotes/);
  });
});

describe('formatByNumberFormat', () => {
  test.each([
    [63.67, '0.00', '63,67'],
    [45, '0.00', '45,00'],
    [29.054, '#,##0.##', '29,05'],
    [12345, '#,##0.##', `12${NBSP}345`],
    [0.2905, '0.00%', `29,05${NBSP}%`],
    [7.5, undefined, '7,5'],
    [-1, '#,##0.##', '-1'],
  ])('%p with %p → %p', (n, f, out) => expect(formatByNumberFormat(n, f)).toBe(out));

  test('cell text of other values', () => {
    expect(cellText({ v: null })).toBe('');
    expect(cellText({ v: true })).toBe('да');
    expect(cellText({ v: new Date(2023, 0, 1) })).toBe('01.01.2023');
  });
});

describe('sheetDocToHtml', () => {
  function doc() {
    const b = new DocBuilder('Тест');
    b.row([{ v: 'Таблица А. Заголовок', style: { bold: true } }]);
    b.row(['Единица', 'Значение', 'Статус'], { bold: true, background: PALETTE.header });
    b.row(['Первая', { v: 45, style: { numberFormat: '0.00', background: PALETTE.belowPlan } }, 'ниже плана']);
    b.row([{ v: 'Вторая', style: { italic: true } }, { v: 12345, style: { numberFormat: '#,##0.##', bold: true } }, 'выполнен']);
    b.row(['Итого', 'на две колонки']);
    b.doc.merges.push({ row: 5, col: 2, rows: 1, cols: 2 });
    b.row([{ v: 'Подзаголовок внутри таблицы', style: { bold: true } }]);
    b.row([{ v: 'Объединённая строка — заголовок следующего блока', style: { wrap: true } }]);
    b.doc.merges.push({ row: 7, col: 1, rows: 1, cols: 3 });
    b.row(['Ключ', 'значение']);
    b.row([{ v: 'Курсивная строка', style: { italic: true } }]);
    b.doc.rules.push({ box: { row: 1, col: 3, rows: 10, cols: 1 }, condition: { kind: 'textEquals', value: 'ниже плана' }, background: PALETTE.belowPlan });
    // Chart data beside the table (col 5) must not appear in the HTML.
    b.doc.cells[1].push({ v: '' }, { v: 'СКРЫТО' });
    b.doc.charts.push({ title: 'x', data: { row: 2, col: 5, rows: 1, cols: 1 }, anchorRow: 1, anchorCol: 7, type: 'column' });
    return b.doc;
  }

  test('splits at blank and title rows; honours formats, styles, merges and rules; leaves out chart data', () => {
    const d = doc();
    const kinds = docBlocks(d).map((b) => b.kind);
    expect(kinds).toEqual(['title', 'table', 'title', 'table', 'text']);
    const out = sheetDocToHtml(d);
    expect(count(out, /<table /g)).toBe(2);
    expect(out).toContain('<h3 class="doc-title">Таблица А. Заголовок</h3>');
    expect(out).toContain('<thead><tr><th scope="col"');
    expect(out).toMatch(/<td class="num" style="background:#f4cccc">45,00<\/td>/);
    expect(out).toMatch(new RegExp(`<td class="num" style="font-weight:bold">12${NBSP}345</td>`));
    expect(out).toMatch(/<td class="nw" style="font-style:italic">Вторая<\/td>/);
    expect(out).toMatch(/<td class="nw" style="background:#f4cccc">ниже плана<\/td>/);
    expect(out).toContain('<td colspan="2" class="nw">на две колонки</td>');
    expect(out).toContain('<td colspan="3" class="nw" style="font-weight:bold">Подзаголовок внутри таблицы</td>');
    expect(out).not.toContain('СКРЫТО');
    expect(out).toContain('<p class="doc-text" style="font-style:italic">Курсивная строка</p>');
  });

  test('escapes cell text', () => {
    const b = new DocBuilder('x');
    b.row([EVIL, QUOTES]);
    const out = sheetDocToHtml(b.doc);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;quotes&quot; &amp; амперсанд');
  });
});

test('a regional share that is a plain mean is labelled «среднее» on the cover, never «факт»', () => {
  const cover = html.slice(0, html.indexOf('Содержание'));
  const card1 = cover.slice(cover.indexOf('Показатель 1'), cover.indexOf('Показатель 2'));
  expect(card1).toContain('среднее*');
  expect(card1).not.toContain('факт');
  expect(cover).toContain('Среднее арифметическое долей единиц, не взвешенное по численности обучающихся');
});

// Unit tests of the HTML report: self-contained page, numbers as in the summary, charts, escaping, and the renderer of tab structures.
import { NBSP } from '../../src/domain/russian';
import { ORG_TYPES } from '../../src/domain/summary';
import { groupedChartSvg } from '../../src/report/charts';
import { reportCss } from '../../src/report/css';
import { partsHtml } from '../../src/report/docHtml';
import { escapeHtml, formatByNumberFormat, renderReportHtml, shownText } from '../../src/report/html';
import { DocBuilder } from '../../src/workbook/sheetDoc';
import { PALETTE } from '../../src/domain/palette';
import type { Recommendation } from '../../src/domain/note';
import type { Analysis } from '../../src/workbook/analyze';
import { EVIL, hostileAnalysis, mixedTypesAnalysis, QUOTES, sampleAnalysis } from './fixtures';
import { tiny } from '../helpers/tiny';
import { samplePercentagesOnly } from '../helpers/grids';
import { analyze } from '../../src/workbook/analyze';

const a = sampleAnalysis();
const html = renderReportHtml(a, { date: new Date(2026, 11, 1) });

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
    expect(html).toContain('@page{size:A4;');
    expect(html).toContain('break-before:page');
    expect(html).toContain('tr{break-inside:avoid');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('print-color-adjust:exact');
    const ids = [...html.matchAll(/<section class="major(?: wide)?" id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['note', 'table1', 'table2', 'table3', 'charts', 'check']);
  });

  test('contains the note: title, every heading and paragraph (escaped)', () => {
    expect(html).toContain(`<h1>${a.note.title}</h1>`);
    for (const s of a.note.sections.filter((n) => n.heading)) {
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
    expect(
      parseRu(hooked(html, `data-table="2а" data-type="general" data-unit="${row.unit}" data-form="student_student" data-field="share"`)),
    ).toBe(c.share);
    for (const ind of a.summary.indicators.filter((i) => i.region.cur.value !== null)) {
      expect(parseRu(hooked(html, `data-table="3" data-indicator="${ind.id}" data-region="" data-year="cur"`))).toBe(ind.region.cur.value);
    }
  });

  test('highlights use the palette: a share below target has the below-plan background, and italics that print in black and white', () => {
    expect(html).toMatch(
      new RegExp(
        `style="background:${PALETTE.belowPlan};font-style:italic"[^>]*data-table="1" data-form="student_student" data-type="general" data-field="share"`,
      ),
    );
    expect(html).toContain('ниже цели охвата (курсив)');
    // No spreadsheet voice: a value left out reads «не учтено», the footnotes are sentences, the note's table places link to the tables.
    // («ошибка» stays where it belongs: the severity column of the data check.)
    expect(html).not.toMatch(/data-table="2б"[^>]*>ошибка<|посчитаны по остальным|доля введена процентом|<p>Таблица \d<\/p>/);
    expect(html).toMatch(
      /data-table="2б" data-type="additional" data-unit="ЗАТО Северск" data-form="employer_student" data-field="share">не учтено</,
    );
    // Tables 1 and 2, referred to together, share one line (not «Таблица 1 приведена ниже…», «Таблица 2 приведена ниже…»).
    expect(html).toContain('<p>Таблицы <a href="#table1">1</a> и <a href="#table2">2</a> приведены ниже, в разделах отчёта.</p>');
    expect(html).toContain('<p>Таблица 3 приведена ниже, в <a href="#table3">разделе отчёта</a>.</p>');
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

  test('data-check findings are in the page', () => {
    for (const f of a.findings) expect(html).toContain(f.message.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
  });
});

/**
 * How many paragraphs or cells of the page give the unit's recommendation: as written («Рекомендуется: …»), or as the note's
 * appendix does («Unit: …»). A whole text, not a substring: one unit's advice may be the tail of another's.
 */
function printed(page: string, r: Recommendation): number {
  const plain = (t: string) => t.replace(/\s/g, ' ');
  const advice = plain(escapeHtml(r.text.replace(/^Рекомендуется:? /, '')));
  return [...page.matchAll(/>([^<]+)</g)]
    .map((m) => plain(m[1]))
    .filter((t) => {
      if (!t.endsWith(advice)) return false;
      const lead = t.slice(0, -advice.length).replace(/рекомендуется:? $/i, '');
      return lead === '' || lead === plain(`${escapeHtml(r.unit)}: `);
    }).length;
}
const sectionOf = (page: string, id: string) => {
  const from = page.indexOf(`id="${id}">`);
  return from < 0 ? '' : page.slice(from, page.indexOf('</section>', from));
};
/** The analysis with a note that leaves the per-unit appendix out. */
const withoutAppendix = (x: Analysis): Analysis => ({
  ...x,
  note: { ...x.note, sections: x.note.sections.filter((s) => !s.heading.startsWith('Приложение 1.')) },
});

describe('each per-unit recommendation is printed once', () => {
  test('on the sample the appendix of the note prints them: no section «Рекомендации муниципалитетам» and no entry in the contents', () => {
    expect(a.recommendations).toHaveLength(20);
    for (const r of a.recommendations) expect([r.unit, printed(html, r), printed(sectionOf(html, 'note'), r)]).toEqual([r.unit, 1, 1]);
    expect(html).not.toContain('Рекомендации муниципалитетам');
    expect(html).not.toContain('href="#recommendations"');
  });

  test.each([
    ['a note without its per-unit appendix', withoutAppendix(a)],
    ['a note without sections', { ...a, note: { ...a.note, sections: [] } }],
  ])('%s: the report adds the section with every recommendation, listed in the contents', (_, x) => {
    const page = renderReportHtml(x);
    expect(page).toContain('<li><a href="#recommendations">Рекомендации муниципалитетам</a></li>');
    const recs = sectionOf(page, 'recommendations');
    for (const r of x.recommendations) expect([r.unit, printed(page, r), printed(recs, r)]).toEqual([r.unit, 1, 1]);
    // No column that says the same in every row: all units of the sample are of one type, so no «Тип».
    expect(recs).toContain('<span>Единица отчёта</span>');
    expect(recs).not.toContain('<span>Тип</span>');
  });

  test('a unit of another type: its type is in table 2 whether or not the section is added, and in a «Тип» column when it is', () => {
    const mixed = mixedTypesAnalysis('Областная организация');
    const other = mixed.recommendations.at(-1)!;
    expect(other.type).toBe('Областная организация');
    const page = renderReportHtml(mixed);
    expect(page).not.toContain('id="recommendations"');
    expect(sectionOf(page, 'table2')).toContain('Областная организация: 1');
    expect(printed(page, other)).toBe(1);
    const recs = sectionOf(renderReportHtml(withoutAppendix(mixed)), 'recommendations');
    expect(recs).toContain('<span>Тип</span>');
    expect(recs).toContain('Областная организация (вне рейтинга)');
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
    expect(shownText({ v: null })).toBe('');
    expect(shownText({ v: true })).toBe('да');
    expect(shownText({ v: new Date(Date.UTC(2023, 0, 1)) })).toBe('01.01.2023');
  });
});

describe('partsHtml: tables rendered from the structure recorded when the tab was built', () => {
  function doc() {
    const b = new DocBuilder('Тест');
    b.title('Заголовок вкладки');
    b.table('Таблица А. Значения', { table: 'A' }, [null, { field: 'value' }]);
    b.header(['Единица', 'Значение', 'Статус']);
    b.body(['Первая', { v: 45, style: { numberFormat: '0.00', background: PALETTE.belowPlan } }, 'ниже плана'], {
      unit: 'Первая',
    });
    // Bold text inside the table stays a body row: the renderer reads the structure, not the bold.
    b.body([{ v: 'Вторая', style: { bold: true, italic: true } }, { v: 12345, style: { numberFormat: '#,##0.##' } }, 'выполнен'], {
      unit: 'Вторая',
    });
    b.spanRow({ v: 'Прочие участники', style: { bold: true } });
    b.body(['Итого', 12390, ''], { total: '' });
    b.legend('Обозначения:', [[PALETTE.belowPlan, 'ниже плана']]);
    b.text({ v: 'Примечание под таблицей', style: { italic: true } });
    // Chart data beside the table (col 5) is not part of the table.
    b.doc.cells[2].push({ v: '' }, { v: 'СКРЫТО' });
    return b.doc;
  }

  test('parts come out in order: title, table with caption, header, body, span row, legend, text', () => {
    const d = doc();
    expect(d.parts.map((p) => p.kind)).toEqual(['title', 'table', 'legend', 'text']);
    const out = partsHtml(d, d.parts);
    expect(out).toContain('<h3 class="doc-title">Заголовок вкладки</h3>');
    expect(count(out, /<table /g)).toBe(1);
    expect(out).toContain(
      '<tr class="cont"><th colspan="3"><span class="cap">Таблица А. Значения</span> <span class="cont-mark">(продолжение)</span></th></tr>',
    );
    expect(out).toContain('<div class="cap-first" aria-hidden="false"><span class="cap">Таблица А. Значения</span>');
    expect(out).toContain('<tr><th scope="col" style="background:#d9e2f3;font-weight:bold"><span>Единица</span></th>');
    expect(out).toContain(
      `<td class="num" style="background:${PALETTE.belowPlan}" data-table="A" data-unit="Первая" data-field="value">45,00</td>`,
    );
    expect(out).toContain(`<td class="num" data-table="A" data-unit="Вторая" data-field="value">12${NBSP}345</td>`);
    expect(out).toContain('<td class="nw" style="font-weight:bold;font-style:italic">Вторая</td>');
    expect(out).toContain('<tr class="sub"><td colspan="3" style="font-weight:bold">Прочие участники</td></tr>');
    expect(out).toContain('data-table="A" data-total="" data-field="value">12');
    expect(out).toContain(
      `<p class="legend"><b>Обозначения:</b> <span class="chip" style="background:${PALETTE.belowPlan}">ниже плана</span></p>`,
    );
    expect(out).toContain('<p class="doc-text" style="font-style:italic">Примечание под таблицей</p>');
    expect(out).not.toContain('СКРЫТО');
    // A short table is kept on one page.
    expect(out).toContain('<div class="tbl keep">');
  });

  test('escapes cell text and captions', () => {
    const b = new DocBuilder('x');
    b.table(EVIL);
    b.body([EVIL, QUOTES]);
    const out = partsHtml(b.doc, b.doc.parts);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;quotes&quot; &amp; амперсанд');
  });
});

describe('the printed page', () => {
  test('every page has the date and its number in the footer', () => {
    expect(html).toContain('@bottom-right{content:"стр. " counter(page) " из " counter(pages)');
    expect(html).toMatch(/@bottom-left\{content:"[^"]*отчёт сформирован 1 декабря 2026 г\."/);
  });

  test('headings count units in natural Russian, never «Муниципалитет: 20»', () => {
    expect(html).toContain('Таблица 1. Итоги по региону (20 муниципалитетов)');
    expect(html).toContain('Формы наставничества в разрезе муниципалитетов (20 муниципалитетов)');
    expect(html).not.toMatch(/Муниципалитет: \d/);
    expect(html).toContain('<h2>Проверка данных: 1 ошибка, 31 предупреждение</h2>');
    expect(html).not.toMatch(/ошибок \d/);
  });

  test('wide tables print on landscape pages', () => {
    expect(html).toContain('@page wide{size:A4 landscape}');
    expect(html).toContain('<section class="major wide" id="table1">');
    expect(html).toContain('<section class="major wide" id="table2">');
    expect(html).toContain('<section class="major wide" id="table3">');
    expect(html).toContain('<section class="major" id="check">');
  });
});

describe('count charts stay readable when one unit dwarfs the rest', () => {
  const ind = a.summary.indicators.find(
    (i) => i.kind !== 'share' && !i.noDataAtAll && !groupedChartSvg(i, 2020, 2021).includes('data-scale'),
  )!;
  const values = ind.rows.map((r) => r.cur).filter((v): v is number => v !== null);
  const giant = { ...ind, rows: ind.rows.map((r, i) => (i === 3 ? { ...r, cur: Math.max(...values) * 20 } : r)) };
  const widths = (svg: string) =>
    [...svg.matchAll(/data-year="cur" data-value="([\d.]+)"[^>]*width="([\d.]+)"/g)].map((m) => ({
      value: Number(m[1]),
      width: Number(m[2]),
    }));

  test('the scale breaks: the giant bar is marked broken and the others keep their length', () => {
    const plain = groupedChartSvg(ind, 2020, 2021);
    const broken = groupedChartSvg(giant, 2020, 2021);
    expect(plain).not.toContain('data-scale="broken"');
    expect(broken).toContain('data-scale="broken"');
    expect(count(broken, /class="break"/g)).toBe(1);
    expect(broken).toContain('Шкала разорвана');
    const largestOther = Math.max(
      ...widths(broken)
        .filter((w) => w.value !== Math.max(...values) * 20)
        .map((w) => w.width),
    );
    expect(largestOther).toBeGreaterThan(300);
  });

  test('bars are sorted, largest first', () => {
    const shown = widths(groupedChartSvg(ind, 2020, 2021)).map((w) => w.value);
    expect(shown).toEqual([...shown].sort((x, y) => y - x));
  });
});

test('a regional share that is a plain mean is labelled «среднее» on the cover, never «факт»; the official value is the «факт»', () => {
  const official = html.slice(0, html.indexOf('Содержание'));
  const card = official.slice(official.indexOf('Показатель 1'), official.indexOf('Показатель 2'));
  expect(card).toContain(`<span>факт</span><b>29,05${NBSP}%</b>`);
  const g = samplePercentagesOnly();
  const bare = renderReportHtml(analyze(g.settingsValues, g.tabs), { date: new Date(2026, 11, 1) });
  const cover = bare.slice(0, bare.indexOf('Содержание'));
  const card1 = cover.slice(cover.indexOf('Показатель 1'), cover.indexOf('Показатель 2'));
  expect(card1).toContain('среднее*');
  expect(card1).not.toContain('факт');
  expect(cover).toContain('Среднее арифметическое долей единиц, не взвешенное по численности обучающихся');
});

test('the footer text is a safe CSS string: a region named with quotes or «</style>» cannot end it', () => {
  const css = reportCss(`${QUOTES} </style><script>x</script> \\ конец`);
  const footer = /@bottom-left\{content:("(?:[^"\\]|\\.)*")/.exec(css)![1];
  expect(footer).not.toMatch(/<|>/);
  expect(footer.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
  expect(footer).toContain('конец');
});

test('the cover counts an untouched tab as not handed in: «представлено 2 из 3» beside «Не заполнены: В район»', () => {
  const b = tiny({
    'А район': { orgs: { general: 4, additional: 1 }, indicators: { 3: { prev: 1, cur: 2 } } },
    'Б район': { orgs: { general: 3, additional: 1 } },
    'В район': {},
  });
  const page = renderReportHtml(b, { date: new Date(2026, 11, 1) }).replace(/\u00a0/g, ' ');
  expect(page).toContain('представлено 2 из 3; отмечено «Отчёт готов»: 0');
  expect(page).toMatch(/Не заполнены<\/t[dh]>\s*<td[^>]*>В район</);
});

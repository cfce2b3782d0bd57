// Unit tests of the data-check sidebar: grouping by unit, counts, cell buttons, escaping, the empty and fatal states.
import type { Finding } from '../../src/domain/model';
import { PALETTE } from '../../src/domain/palette';
import { renderCheckSidebar } from '../../src/workbook/checkSidebar';
import { EVIL, hostileFindings, QUOTES, sampleAnalysis } from '../report/fixtures';

const sections = (html: string) =>
  html
    .split('<section class="unit"')
    .slice(1)
    .map((s) => s.slice(0, s.indexOf('</section>')));
const scriptOf = (html: string) => html.slice(html.indexOf('<script>'), html.indexOf('</script>'));

describe('renderCheckSidebar', () => {
  test('lists the sample findings grouped by unit, with counts and cell buttons', () => {
    const a = sampleAnalysis();
    const html = renderCheckSidebar(a.findings, a.fatal);
    const errors = a.findings.filter((f) => f.severity === 'error').length;
    expect(html).toContain(`Ошибок: ${errors}</span>`);
    expect(html).toContain(`Предупреждений: ${a.findings.length - errors}</span>`);
    const units = [...new Set(a.findings.map((f) => f.unit))];
    expect(sections(html).length).toBe(units.length);
    for (const f of a.findings) {
      expect(html).toContain(f.message);
      expect(html).toContain(`data-tab="${f.tab}" data-cell="${f.cell}"`);
    }
    expect(html).toContain(`background:${PALETTE.error}`);
    expect(html).toContain(`background:${PALETTE.warning}`);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('.selectCell(tab, cell)');
    expect(html).toContain('withSuccessHandler');
    expect(html).toContain('withFailureHandler');
  });

  test('groups by unit in order of appearance, errors first, with Russian plurals in the heading', () => {
    const f = (unit: string, severity: Finding['severity'], message: string): Finding => ({
      severity,
      rule: 'r',
      unit,
      tab: unit,
      cell: 'C5',
      label: 'Поле',
      value: '1',
      message,
    });
    const html = renderCheckSidebar([f('Б', 'warning', 'б1'), f('А', 'error', 'а1'), f('Б', 'error', 'б2'), f('Б', 'error', 'б3')], []);
    const [b, a] = sections(html);
    expect(b).toMatch(/^ data-unit="Б"><h2>Б<span class="n">2 ошибки · 1 предупреждение<\/span>/);
    expect(b.indexOf('б2')).toBeLessThan(b.indexOf('б3'));
    expect(b.indexOf('б3')).toBeLessThan(b.indexOf('б1'));
    expect(a).toContain('<span class="n">1 ошибка</span>');
  });

  test('a finding without a cell has no button', () => {
    const html = renderCheckSidebar(hostileFindings(), []);
    const noCell = html.split('<div class="finding').find((s) => s.includes('без ячейки'))!;
    expect(noCell).toBeDefined();
    expect(noCell).not.toContain('<button');
    expect((html.match(/<button /g) ?? []).length).toBe(2);
  });

  test('escapes user text in HTML and attributes and keeps it out of the script', () => {
    const html = renderCheckSidebar(hostileFindings(), [`Нет вкладки «${EVIL}»`]);
    expect(html).not.toContain(EVIL);
    expect(html).not.toContain(QUOTES);
    expect((html.match(/<script/g) ?? []).length).toBe(1);
    expect(html).toContain('data-tab="&lt;script&gt;alert(1)&lt;/script&gt;" data-cell="C7"');
    expect(html).toContain('data-tab="&quot;quotes&quot; &amp; амперсанд" data-cell="D12"');
    expect(html).toContain('&#39;); alert(&#39;x');
    expect(html).not.toMatch(/onclick|javascript:/i);
    const script = scriptOf(html);
    expect(script).not.toMatch(/quotes|alert\(1\)|C7|D12/);
  });

  test('empty and fatal states', () => {
    expect(renderCheckSidebar([], [])).toContain('Замечаний нет.');
    const fatal = renderCheckSidebar([], ['В таблице нет вкладки «Настройки».']);
    expect(fatal).toContain('<div class="fatal" role="alert">В таблице нет вкладки «Настройки».</div>');
    expect(fatal).not.toContain('Замечаний нет.');
    const both = renderCheckSidebar(hostileFindings(), ['Ошибка настроек']);
    expect(both.indexOf('class="fatal"')).toBeLessThan(both.indexOf('class="counts"'));
  });
});

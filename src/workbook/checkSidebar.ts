// The data-check sidebar (Apps Script HtmlService, 300 px wide): findings grouped by unit; a cell button selects the cell.
import { escapeHtml } from '../domain/escapeHtml';
import type { Finding } from '../domain/model';
import { countWith, type PluralForms } from '../domain/russian';
import { PALETTE } from '../domain/palette';
import { SEVERITY_NAMES } from './summaryTabs';

const ERRORS: PluralForms = ['ошибка', 'ошибки', 'ошибок'];
const WARNINGS: PluralForms = ['предупреждение', 'предупреждения', 'предупреждений'];

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font:13px/1.4 Arial,"Noto Sans",sans-serif;color:#202124;padding:10px;overflow-wrap:anywhere;word-break:break-word}
.counts{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:bold;white-space:nowrap}
.badge.error{background:${PALETTE.error};color:#7a1212}
.badge.warning{background:${PALETTE.warning};color:#6b4e00}
.fatal{background:${PALETTE.error};border:1px solid #b3261e;color:#5c0b0b;border-radius:4px;padding:8px;margin-bottom:10px;font-weight:bold}
.empty{padding:10px;border:1px solid #c9d1dc;border-radius:4px;background:#f3f7f3}
.unit{margin:0 0 12px}
.unit h2{font-size:14px;margin:0 0 6px;padding-bottom:3px;border-bottom:1px solid #c9d1dc}
.unit h2 .n{display:block;font-size:11.5px;font-weight:normal;color:#5f6368}
.finding{border:1px solid #dadce0;border-left-width:4px;border-radius:4px;padding:6px 8px;margin:0 0 6px}
.finding.error{border-left-color:#d0574d}
.finding.warning{border-left-color:#e6b800}
.label{font-weight:bold;margin:4px 0 2px}
.value,.tab{font-size:12px;color:#3c4043}
.msg{margin:3px 0 0}
.goto{margin-top:6px;max-width:100%;white-space:normal;text-align:left;font:inherit;font-size:12px;padding:3px 8px;border:1px solid #1a73e8;border-radius:4px;background:#fff;color:#1a73e8;cursor:pointer}
.goto:hover{background:#e8f0fe}
.goto:disabled{opacity:.6;cursor:wait}
#status{font-size:12px;margin:0 0 8px;color:#b3261e}
#status:empty{display:none}
`;

/** Clicking a cell button asks the server to select the cell. No user text is placed in the script: tab and cell are read from data- attributes. */
const SCRIPT = `
(function () {
  var status = document.getElementById('status');
  function show(text) { status.textContent = text; }
  document.addEventListener('click', function (event) {
    var el = event.target;
    while (el && el !== document && !(el.getAttribute && el.getAttribute('data-cell'))) el = el.parentNode;
    if (!el || el === document) return;
    var tab = el.getAttribute('data-tab');
    var cell = el.getAttribute('data-cell');
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      show('Переход к ячейке работает только в Google Таблицах.');
      return;
    }
    el.disabled = true;
    show('');
    google.script.run
      .withSuccessHandler(function (ok) {
        el.disabled = false;
        if (ok === false) show('Не удалось перейти к ячейке ' + cell + ': вкладка «' + tab + '» не найдена.');
      })
      .withFailureHandler(function (error) {
        el.disabled = false;
        show('Не удалось перейти к ячейке: ' + (error && error.message ? error.message : String(error)));
      })
      .selectCell(tab, cell);
  });
})();
`;

function counts(errors: number, warnings: number): string {
  const parts: string[] = [];
  if (errors) parts.push(countWith(errors, ERRORS));
  if (warnings) parts.push(countWith(warnings, WARNINGS));
  return parts.join(' · ');
}

function findingHtml(f: Finding): string {
  const lines = [
    `<span class="badge ${f.severity}">${escapeHtml(SEVERITY_NAMES[f.severity])}</span>`,
    f.label ? `<div class="label">${escapeHtml(f.label)}</div>` : '',
    f.value ? `<div class="value">Введено: «${escapeHtml(f.value)}»</div>` : '',
    f.tab && f.tab !== f.unit ? `<div class="tab">Вкладка «${escapeHtml(f.tab)}»</div>` : '',
    `<div class="msg">${escapeHtml(f.message)}</div>`,
    f.cell
      ? `<button type="button" class="goto" data-tab="${escapeHtml(f.tab)}" data-cell="${escapeHtml(f.cell)}" title="Выделить ячейку ${escapeHtml(f.cell)} на вкладке «${escapeHtml(f.tab)}»">Перейти к ячейке ${escapeHtml(f.cell)}</button>`
      : '',
  ];
  return `<div class="finding ${f.severity}">${lines.join('')}</div>`;
}

/** Findings by unit, in the order units first appear; errors before warnings inside a unit. */
function groups(findings: Finding[]): Array<{ unit: string; items: Finding[] }> {
  const byUnit = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.unit || f.tab || 'Общие замечания';
    byUnit.set(key, [...(byUnit.get(key) ?? []), f]);
  }
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return [...byUnit].map(([unit, items]) => ({
    unit,
    items: items
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map((x) => x.f),
  }));
}

/** The sidebar's whole HTML page: counts, fatal problems in a red box, then findings grouped by unit. */
export function renderCheckSidebar(findings: Finding[], fatal: string[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const top = [
    ...fatal.map((m) => `<div class="fatal" role="alert">${escapeHtml(m)}</div>`),
    findings.length
      ? `<div class="counts"><span class="badge error">Ошибок: ${errors}</span><span class="badge warning">Предупреждений: ${warnings}</span></div>`
      : fatal.length
        ? ''
        : '<p class="empty">Замечаний нет.</p>',
    '<div id="status" role="status"></div>',
  ];
  const body = groups(findings).map((g) => {
    const e = g.items.filter((f) => f.severity === 'error').length;
    return `<section class="unit" data-unit="${escapeHtml(g.unit)}"><h2>${escapeHtml(g.unit)}<span class="n">${escapeHtml(counts(e, g.items.length - e))}</span></h2>${g.items.map(findingHtml).join('\n')}</section>`;
  });
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<base target="_top">
<style>${CSS}</style>
</head>
<body>
${top.join('\n')}
${body.join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

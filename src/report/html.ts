// The printable report in Russian, rendered in Node from the plain data the bundle returns: one self-contained page (note, tables 1–3, charts, data check).
import { escapeHtml } from '../domain/escapeHtml';
import type { Finding, Settings } from '../domain/model';
import type { Note, NoteBlock, Recommendation } from '../domain/note';
import type { NoteTableId } from '../domain/noteModel';
import { notePrintsRecommendations } from '../domain/noteRecommendations';
import { shortValue, unitsDative, wholeDative } from '../domain/noteText';
import { countWith, formatDate, formatNumber, joinRussian, NBSP, yearLabel } from '../domain/russian';
import type { Summary } from '../domain/summary';
import type { DocPart, SheetDoc } from '../workbook/sheetDoc';
import { PALETTE } from '../domain/palette';
import { renderSummaryTabs } from '../workbook/summaryTabs';
import { SUMMARY_TABS } from '../workbook/tabNames';
import { chartFigure } from './charts';
import { reportCss } from './css';
import { partsHtml, sectionParts, WIDE_TABLE } from './docHtml';

export { formatByNumberFormat, shownText } from './format';
export { escapeHtml };

/** What the report is made of: the plain data of an analysis, as a build returns it (the CLI adds the settings). */
export interface ReportData {
  settings: Settings;
  fatal: string[];
  findings: Finding[];
  summary: Summary;
  note: Note;
  recommendations: Recommendation[];
}

export interface ReportOptions {
  /** The date printed in the footer of every page; today when not given. */
  date?: Date;
}

function card(title: string, subtitle: string, lines: string[]): string {
  return `<div class="card"><div class="card-title">${title}</div>${subtitle ? `<div class="card-sub" title="${escapeHtml(subtitle)}">${escapeHtml(subtitle)}</div>` : ''}${lines.join('')}</div>`;
}

function figure(label: string, value: string, background?: string): string {
  return `<div class="fig"${background ? ` style="background:${background}"` : ''}><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;
}

/** Key numbers on the cover: coverage of each form against its target, each indicator's regional value against its plan. */
function highlightsHtml(a: ReportData): string {
  const s = a.settings;
  const metColour = (met: boolean | null) => (met === null ? undefined : met ? PALETTE.leader : PALETTE.belowPlan);
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}${NBSP}%`);
  const forms = s.forms.map((f) => {
    const c = a.summary.forms.forms[f.key];
    const target =
      f.targetPercent === null ? '' : `цель ${formatNumber(f.targetPercent)}${NBSP}%${f.targetDate ? ` к ${f.targetDate}` : ''}`;
    return card(`«${escapeHtml(f.name)}»`, target, [
      figure('ОО', pct(c.general.share), metColour(c.general.met)),
      figure('ДО', pct(c.additional.share), metColour(c.additional.met)),
    ]);
  });
  const inds = a.summary.indicators.map((ind) => {
    const title = `Показатель ${escapeHtml(ind.id)}`;
    if (ind.noDataAtAll) return card(title, ind.name, [figure('', 'нет данных', PALETTE.noData)]);
    const { prev, cur } = ind.region;
    const shown = (v: number | null) => (v === null ? 'нет данных' : shortValue(ind, v));
    if (ind.kind === 'dynamics') {
      return card(title, ind.name, [
        figure(yearLabel(s.previousYear), shown(prev.value)),
        figure(
          yearLabel(s.reportYear),
          shown(cur.value),
          prev.value !== null && cur.value !== null && cur.value < prev.value ? PALETTE.fell : undefined,
        ),
      ]);
    }
    const plan = cur.plan === null ? [] : [figure('план', shortValue(ind, cur.plan))];
    // A plain mean of the units' shares is labelled as such, never as the fact.
    const label = cur.method === 'mean' ? 'среднее*' : 'факт';
    return card(title, ind.name, [figure(label, shown(cur.value), metColour(cur.met)), ...plan]);
  });
  return (
    `<div class="highlights"><h3>Формы наставничества: доля организаций, ${escapeHtml(yearLabel(s.reportYear))}</h3><div class="cards">${forms.join('')}</div>` +
    `<h3>Показатели эффективности по ${wholeDative(s)}, ${escapeHtml(yearLabel(s.reportYear))}</h3><div class="cards">${inds.join('')}</div>` +
    (a.summary.indicators.some((i) => i.region.cur.method === 'mean')
      ? '<p class="footnote">* Среднее арифметическое долей единиц, не взвешенное по численности обучающихся: численность указали не все.</p>'
      : '') +
    '</div>'
  );
}

/** The section of this page each table of the note stands in, and its heading: a table's place in the note links to it. */
// A unit's letter has its table in the letter only: it never stands on this page.
const TABLE_SECTIONS: Record<NoteTableId, string | null> = { table1: 'table1', table2: 'table2', table3: 'table3', letter: null };

/** «Таблица 3 приведена ниже, в разделе отчёта.»; tables referred to together in one line: «Таблицы 1 и 2 приведены ниже, …». */
function tableLine(refs: Array<{ caption: string; section: string }>): string {
  if (refs.length === 1) return `${escapeHtml(refs[0].caption)} приведена ниже, в <a href="#${refs[0].section}">разделе отчёта</a>.`;
  const links = refs.map((r) => `<a href="#${r.section}">${escapeHtml(r.caption.replace(/^Таблица\s+/, ''))}</a>`);
  return `Таблицы ${joinRussian(links)} приведены ниже, в разделах отчёта.`;
}

/** A section's paragraphs: neighbouring table places that link to this page share one line, as on the «Справка» tab. */
function noteLines(blocks: NoteBlock[]): string[] {
  const lines: string[] = [];
  let refs: Array<{ caption: string; section: string }> = [];
  const flush = () => {
    if (refs.length) lines.push(tableLine(refs));
    refs = [];
  };
  for (const b of blocks) {
    const section = b.kind === 'table' ? TABLE_SECTIONS[b.table] : null;
    if (b.kind === 'table' && section) {
      refs.push({ caption: b.caption, section });
      continue;
    }
    flush();
    lines.push(...(b.kind === 'paragraph' ? [escapeHtml(b.text)] : b.kind === 'list' ? b.items.map(escapeHtml) : [escapeHtml(b.caption)]));
  }
  flush();
  return lines;
}

function noteHtml(a: ReportData): string {
  return a.note.sections
    .map(
      (s) =>
        `<div class="note-section">${s.heading ? `<h3>${escapeHtml(s.heading)}</h3>` : ''}\n${noteLines(s.blocks)
          .map((p) => `<p>${p}</p>`)
          .join('\n')}</div>`,
    )
    .join('\n');
}

interface Section {
  id: string;
  heading: string;
  body: string;
  /** Printed on landscape pages: it holds a table too wide for portrait A4. */
  wide?: boolean;
}

/** A section of a tab document: its parts rendered, wide when one of its tables is. */
function docSection(id: string, heading: string, doc: SheetDoc, section: string): Section {
  const parts = sectionParts(doc, section);
  const wide = parts.some((p) => p.kind === 'table' && p.width >= WIDE_TABLE);
  return { id, heading, body: partsHtml(doc, parts, heading), wide };
}

/** The whole report: one self-contained page (inline CSS and SVG, no scripts), ready to print on A4. */
export function renderReportHtml(a: ReportData, options: ReportOptions = {}): string {
  const docs = renderSummaryTabs({ ...a, units: [], tabsNow: new Map() });
  const byName = (name: string) => docs.find((d) => d.name === name)!;
  const forms = byName(SUMMARY_TABS.forms);
  const indicators = byName(SUMMARY_TABS.indicators);
  const check = byName(SUMMARY_TABS.check);
  const s = a.settings;
  const units = countWith(a.summary.unitCount, s.unitNouns);
  const titleOf = (doc: SheetDoc, section: string) =>
    doc.parts.find((p): p is Extract<DocPart, { kind: 'title' }> => p.kind === 'title' && p.section === section);

  const sections: Section[] = [
    { id: 'note', heading: 'Аналитическая справка', body: noteHtml(a) },
    docSection('table1', `Формы наставничества: итоги по ${wholeDative(s)}`, forms, 'table1'),
  ];
  // The report's headings in the note's words («в разрезе муниципалитетов»), not the product's «единицы отчёта».
  const table2 = docSection('table2', `Формы наставничества в разрезе ${s.unitNouns[2]} (${units})`, forms, 'table2');
  const others = sectionParts(forms, 'otherForms');
  if (others.length) table2.body += `\n${partsHtml(forms, others, table2.heading)}`;
  if (table2.body) sections.push(table2);
  const checkTitle = titleOf(check, '');
  sections.push(
    docSection('table3', titleOf(indicators, 'heading')?.text ?? 'Таблица 3. Показатели эффективности', indicators, 'table3'),
    {
      id: 'charts',
      heading: 'Диаграммы показателей эффективности',
      body: a.summary.indicators.map((ind) => chartFigure(ind, s.previousYear, s.reportYear)).join('\n'),
    },
    // Printed once: the note's appendix already gives every unit's recommendation, and what a unit is below on is in
    // tables 2 and 3 (each value against its target, plan or minimum, in the same colour); the «Рекомендации» tab's
    // table comes in only when the note leaves the recommendations out.
    ...(notePrintsRecommendations(a.note, a.recommendations)
      ? []
      : [docSection('recommendations', `Рекомендации ${unitsDative(s)}`, byName(SUMMARY_TABS.recommendations), '')]),
    {
      ...docSection('check', checkTitle?.text ?? 'Проверка данных', check, ''),
      body: partsHtml(
        check,
        check.parts.filter((p) => p !== checkTitle),
        'Проверка данных',
      ),
    },
  );

  const kicker = [s.regionName, yearLabel(s.reportYear), units].filter(Boolean).join(' · ');
  const fatal = a.fatal.map((f) => `<p class="fatal">${escapeHtml(f)}</p>`).join('\n');
  const toc = sections.map((sec) => `<li><a href="#${sec.id}">${escapeHtml(sec.heading)}</a></li>`).join('');
  const title = a.note.title || 'Мониторинг реализации программ наставничества';
  const date = options.date ?? new Date();
  const footer = [
    s.regionName,
    `мониторинг наставничества за ${yearLabel(s.reportYear)}`,
    `отчёт сформирован ${formatDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() })}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportCss(footer)}</style>
</head>
<body>
<header class="cover">
<div class="kicker">Мониторинг наставничества · ${escapeHtml(kicker)}</div>
<h1>${escapeHtml(title)}</h1>
${fatal}
${highlightsHtml(a)}
<nav class="toc"><b>Содержание</b><ol>${toc}</ol></nav>
${partsHtml(forms, sectionParts(forms, 'completeness'), 'Полнота отчётов')}
</header>
${sections.map((sec) => `<section class="major${sec.wide ? ' wide' : ''}" id="${sec.id}">\n<h2>${escapeHtml(sec.heading)}</h2>\n${sec.body}\n</section>`).join('\n')}
</body>
</html>
`;
}

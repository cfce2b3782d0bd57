// SVG bar charts of the indicators: units sorted by value, the plan or minimum as a line, and a broken scale when one unit dwarfs the rest.
import { escapeHtml } from '../domain/escapeHtml';
import { shortValue } from '../domain/noteText';
import { formatNumber, NBSP, yearLabel } from '../domain/russian';
import type { IndicatorRow, IndicatorSummary } from '../domain/summary';

const CHART_WIDTH = 680;
const LABEL_WIDTH = 178;
const RIGHT_PAD = 60;
const PLOT_END = CHART_WIDTH - RIGHT_PAD;
/** A value this many times the next largest breaks the scale: the others would be slivers beside it. */
const DWARF_RATIO = 3;
const COLOURS = {
  bar: '#4a78c2',
  below: '#d0574d',
  leader: '#5b9d48',
  prev: '#a9bcdc',
  cur: '#2f5597',
  fell: '#e69138',
  plan: '#b3261e',
  minimum: '#8a5a00',
  grid: '#dde3ea',
  axis: '#6b7480',
};

function niceScale(max: number, integer: boolean): { max: number; step: number } {
  if (!(max > 0)) return { max: integer ? 5 : 1, step: integer ? 1 : 0.2 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  if (integer && step < 1) step = 1;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

function shortName(name: string, max = 28): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

const px = (n: number) => String(Math.round(n * 10) / 10);

interface LegendItem {
  colour: string;
  text: string;
  line?: boolean;
}

function svgLegend(items: LegendItem[], y: number): string {
  let x = LABEL_WIDTH;
  return items
    .map((it) => {
      const mark = it.line
        ? `<line x1="${px(x)}" y1="${y - 4}" x2="${px(x + 14)}" y2="${y - 4}" stroke="${it.colour}" stroke-width="2" stroke-dasharray="4 2"/>`
        : `<rect x="${px(x)}" y="${y - 9}" width="12" height="10" fill="${it.colour}"/>`;
      const out = `${mark}<text x="${px(x + 18)}" y="${y}" class="lg">${escapeHtml(it.text)}</text>`;
      x += 34 + it.text.length * 6.6;
      return out;
    })
    .join('');
}

/**
 * The horizontal scale. When one unit's largest value is more than DWARF_RATIO times the next unit's, the axis ends just
 * above the next unit's and that unit's bars are drawn broken at the end, with their value written beside them.
 * `values` holds each unit's largest value.
 */
function scaleFor(values: number[], reference: number | null, integer: boolean): { max: number; step: number; broken: boolean } {
  const sorted = [...values].sort((a, b) => b - a);
  const [top = 0, next = 0] = sorted;
  const broken = next > 0 && top > DWARF_RATIO * next;
  const cap = broken ? Math.max(next * 1.1, reference ?? 0) : Math.max(top, reference ?? 0);
  return { ...niceScale(Math.max(0, cap), integer), broken };
}

function xOf(scale: { max: number }): (v: number) => number {
  return (v) => LABEL_WIDTH + (Math.min(v, scale.max) / scale.max) * (PLOT_END - LABEL_WIDTH);
}

function axis(scale: { max: number; step: number; broken: boolean }, top: number, bottom: number, title: string): string {
  const x = xOf(scale);
  const parts: string[] = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
    parts.push(`<line x1="${px(x(v))}" y1="${top}" x2="${px(x(v))}" y2="${bottom}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text x="${px(x(v))}" y="${bottom + 14}" text-anchor="middle" class="tick">${escapeHtml(formatNumber(v))}</text>`);
  }
  parts.push(`<line x1="${LABEL_WIDTH}" y1="${top}" x2="${LABEL_WIDTH}" y2="${bottom}" stroke="${COLOURS.axis}"/>`);
  parts.push(
    `<text x="${px(LABEL_WIDTH + (PLOT_END - LABEL_WIDTH) / 2)}" y="${bottom + 30}" text-anchor="middle" class="axis-title">${escapeHtml(title)}</text>`,
  );
  if (scale.broken)
    parts.push(
      `<text x="${LABEL_WIDTH}" y="${bottom + 46}" class="axis-title">${escapeHtml('Шкала разорвана (//): самое большое значение намного больше остальных, его число подписано.')}</text>`,
    );
  return parts.join('');
}

/** Two white slashes across the end of a bar that runs past the axis. */
function breakMark(y: number, h: number): string {
  const x = PLOT_END - 10;
  return `<path class="break" d="M${px(x)} ${px(y + h + 2)} L${px(x + 5)} ${px(y - 2)} M${px(x + 5)} ${px(y + h + 2)} L${px(x + 10)} ${px(y - 2)}" stroke="#fff" stroke-width="2.5"/>`;
}

function unitLabel(name: string, y: number): string {
  return `<text x="${LABEL_WIDTH - 6}" y="${px(y)}" text-anchor="end" class="unit-name"><title>${escapeHtml(name)}</title>${escapeHtml(shortName(name))}</text>`;
}

function refLine(cls: string, colour: string, xv: number, top: number, bottom: number, label: string): string {
  return (
    `<line class="${cls}" x1="${px(xv)}" y1="${top - 4}" x2="${px(xv)}" y2="${bottom}" stroke="${colour}" stroke-width="2" stroke-dasharray="5 3"/>` +
    `<text x="${px(xv)}" y="${top - 7}" text-anchor="middle" class="ref" fill="${colour}">${escapeHtml(label)}</text>`
  );
}

function svgOpen(ind: IndicatorSummary, height: number, title: string, broken: boolean): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-indicator="${escapeHtml(ind.id)}"${broken ? ' data-scale="broken"' : ''} viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>`;
}

/** A bar from the axis to the value; past the axis end it is drawn broken and its value written inside the plot. */
function barSvg(
  attrsText: string,
  v: number,
  x: (v: number) => number,
  scaleMax: number,
  y: number,
  h: number,
  colour: string,
  tip: string,
  cls: string,
): string {
  const w = Math.max(0, x(v) - LABEL_WIDTH);
  const over = v > scaleMax;
  const label = over
    ? `<text x="${px(PLOT_END + 4)}" y="${px(y + h - 1)}" class="${cls} over">${escapeHtml(formatNumber(v))}</text>`
    : `<text x="${px(LABEL_WIDTH + w + 4)}" y="${px(y + h - 1)}" class="${cls}">${escapeHtml(formatNumber(v))}</text>`;
  return `<rect class="bar"${attrsText} data-value="${v}" x="${LABEL_WIDTH}" y="${px(y)}" width="${px(w)}" height="${h}" fill="${colour}"><title>${escapeHtml(tip)}</title></rect>${over ? breakMark(y, h) : ''}${label}`;
}

/** Units in order of the value shown, largest first; units without a value last, in their own order. */
function byValue(rows: IndicatorRow[], value: (r: IndicatorRow) => number | null): IndicatorRow[] {
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => (a.v === null ? (b.v === null ? a.i - b.i : 1) : b.v === null ? -1 : b.v - a.v || a.i - b.i))
    .map((e) => e.r);
}

/** Share indicator: one horizontal bar per unit (reporting year), largest first, coloured by status, and the year's plan as a dashed line. */
function shareChartSvg(ind: IndicatorSummary, year: number): string {
  const plan = ind.region.cur.plan;
  const rows = byValue(ind.rows, (r) => r.cur);
  const rowH = 20;
  const top = 42;
  const bottom = top + rows.length * rowH;
  const scale = scaleFor(
    rows.map((r) => r.cur).filter((v): v is number => v !== null),
    plan,
    false,
  );
  const x = xOf(scale);
  const title = `Показатель ${ind.id}, ${yearLabel(year)}: значения по единицам отчёта${plan !== null ? ` и план (${formatNumber(plan)}${NBSP}%)` : ''}`;
  const parts: string[] = [svgOpen(ind, bottom + (scale.broken ? 54 : 38), title, scale.broken)];
  const legend: LegendItem[] = [{ colour: COLOURS.bar, text: plan !== null ? 'план выполнен' : `${yearLabel(year)}` }];
  if (plan !== null) legend.push({ colour: COLOURS.below, text: 'ниже плана' });
  if (ind.leaderAbove !== null) legend.push({ colour: COLOURS.leader, text: `лидер (выше ${formatNumber(ind.leaderAbove)}${NBSP}%)` });
  if (plan !== null) legend.push({ colour: COLOURS.plan, text: `план ${yearLabel(year)}`, line: true });
  parts.push(svgLegend(legend, 14));
  parts.push(axis(scale, top, bottom, `Значение в ${yearLabel(year)}, %`));
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(unitLabel(r.unit, y + rowH / 2 + 4));
    if (r.cur === null) {
      parts.push(`<text x="${LABEL_WIDTH + 4}" y="${px(y + rowH / 2 + 4)}" class="no-data-label">нет данных</text>`);
      return;
    }
    const colour = r.status === 'ниже плана' ? COLOURS.below : r.status === 'лидер' ? COLOURS.leader : COLOURS.bar;
    parts.push(
      barSvg(
        ` data-unit="${escapeHtml(r.unit)}"`,
        r.cur,
        x,
        scale.max,
        y + 3,
        rowH - 6,
        colour,
        `${r.unit}: ${shortValue(ind, r.cur)} (${r.status})`,
        'val',
      ),
    );
  });
  if (plan !== null) parts.push(refLine('plan-line', COLOURS.plan, x(plan), top, bottom, `план ${formatNumber(plan)}${NBSP}%`));
  parts.push('</svg>');
  return parts.join('');
}

/** Count or dynamics indicator: two bars per unit (previous and reporting year), largest first, a decline in orange, the minimum as a dashed line. */
export function groupedChartSvg(ind: IndicatorSummary, prevYear: number, year: number): string {
  const rows = byValue(ind.rows, (r) => r.cur ?? r.prev);
  const rowH = 24;
  const barH = 9;
  const top = 42;
  const bottom = top + rows.length * rowH;
  const scale = scaleFor(
    rows.map((r) => Math.max(r.prev ?? 0, r.cur ?? 0)),
    ind.minimum,
    true,
  );
  const x = xOf(scale);
  const title = `Показатель ${ind.id}: ${yearLabel(prevYear)} и ${yearLabel(year)} по единицам отчёта`;
  const parts: string[] = [svgOpen(ind, bottom + (scale.broken ? 54 : 38), title, scale.broken)];
  const legend: LegendItem[] = [
    { colour: COLOURS.prev, text: yearLabel(prevYear) },
    { colour: COLOURS.cur, text: yearLabel(year) },
    { colour: COLOURS.fell, text: `${yearLabel(year)}, снижение` },
  ];
  if (ind.minimum !== null) legend.push({ colour: COLOURS.minimum, text: 'минимум', line: true });
  parts.push(svgLegend(legend, 14));
  parts.push(axis(scale, top, bottom, `Значение${ind.unit && ind.unit !== '%' ? `, ${ind.unit}` : ''}`));
  const bar = (r: IndicatorRow, v: number | null, which: 'prev' | 'cur', y: number) => {
    const label = yearLabel(which === 'prev' ? prevYear : year);
    if (v === null)
      return `<text x="${LABEL_WIDTH + 4}" y="${px(y + barH - 0.5)}" class="no-data-label val-s">${escapeHtml(label)}: нет данных</text>`;
    const colour = which === 'prev' ? COLOURS.prev : r.trend === 'снижение' ? COLOURS.fell : COLOURS.cur;
    return barSvg(
      ` data-unit="${escapeHtml(r.unit)}" data-year="${which}"`,
      v,
      x,
      scale.max,
      y,
      barH,
      colour,
      `${r.unit}, ${label}: ${shortValue(ind, v)}`,
      'val val-s',
    );
  };
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(unitLabel(r.unit, y + rowH / 2 + 4));
    parts.push(bar(r, r.prev, 'prev', y + 2));
    parts.push(bar(r, r.cur, 'cur', y + 2 + barH + 1));
  });
  if (ind.minimum !== null)
    parts.push(refLine('min-line', COLOURS.minimum, x(ind.minimum), top, bottom, `минимум ${formatNumber(ind.minimum)}`));
  parts.push('</svg>');
  return parts.join('');
}

/** The chart of one indicator in its figure, or «нет данных» when no unit reported it. */
export function chartFigure(ind: IndicatorSummary, prevYear: number, year: number): string {
  const caption = `<figcaption><b>Показатель ${escapeHtml(ind.id)}.</b> ${escapeHtml(ind.name)}</figcaption>`;
  if (ind.noDataAtAll || ind.rows.every((r) => r.prev === null && r.cur === null)) {
    return `<figure class="chart no-chart" data-indicator-empty="${escapeHtml(ind.id)}">${caption}<p class="no-data">нет данных</p></figure>`;
  }
  const svg = ind.kind === 'share' ? shareChartSvg(ind, year) : groupedChartSvg(ind, prevYear, year);
  return `<figure class="chart">${caption}${svg}</figure>`;
}

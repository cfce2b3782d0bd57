// Draws an embedded chart's definition (type, data, title, series options) as SVG: columns, lines, or both (combo).
import type { ChartTypeName } from '../charts';

export interface ChartData {
  /** Category labels (the first column of the data, under its header). */
  categories: string[];
  /** One series per further column: its header and a number (or null) per category. */
  series: Array<{ name: string; values: Array<number | null> }>;
}

export interface ChartSpec {
  type: ChartTypeName;
  options: Record<string, unknown>;
  width: number;
  height: number;
}

/** Sheets' default series colours, in order. */
const SERIES_COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];
const FONT = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart option given flat ('vAxis.title') or nested ({ vAxis: { title } }), as Apps Script accepts both. */
function option(options: Record<string, unknown>, path: string): unknown {
  if (path in options) return options[path];
  let v: unknown = options;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Round axis steps (1, 2, 5 × 10ⁿ) covering 0..max in about five ticks. */
function niceTicks(max: number): number[] {
  const top = max > 0 ? max : 1;
  const raw = top / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step * 0.999; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

function label(n: number): string {
  return String(n).replace('.', ',');
}

/** Shortens a label to `max` characters with an ellipsis. */
function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** The SVG of a column/line/combo chart; other types are drawn as columns (the data stays readable). */
export function chartSvg(spec: ChartSpec, data: ChartData): string {
  const { width: W, height: H, options } = spec;
  const title = String(option(options, 'title') ?? '');
  const vTitle = String(option(options, 'vAxis.title') ?? '');
  const colours = (option(options, 'colors') as string[] | undefined) ?? SERIES_COLOURS;
  const seriesOpt = (i: number) => (option(options, 'series') as Record<string, { type?: string; color?: string }> | undefined)?.[String(i)] ?? {};
  const isLine = (i: number) => spec.type === 'LINE' || seriesOpt(i).type === 'line';
  const colour = (i: number) => seriesOpt(i).color ?? colours[i % colours.length];

  const n = data.categories.length;
  const max = Math.max(0, ...data.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const ticks = niceTicks(max);
  const yMax = ticks[ticks.length - 1];
  const longest = Math.max(0, ...data.categories.map((c) => clip(c, 24).length));
  const rotate = n > 6;
  const labelBand = rotate ? Math.min(130, 12 + longest * 5.2 * 0.72) : 20;
  // Labels slanted at 40° reach left of their column by about 0.77 of their length: the first one must stay inside.
  const firstLabelPx = rotate && n ? clip(data.categories[0], 24).length * 6.2 * 0.77 : 0;
  const left = Math.max(48 + (vTitle ? 16 : 0), Math.ceil(firstLabelPx - (W - 64) / Math.max(1, n) / 2) + 4);
  const top = title ? 36 : 14;
  const legendH = 24;
  const plot = { x: left, y: top, w: W - left - 16, h: H - top - labelBand - legendH - 8 };
  const y = (v: number) => plot.y + plot.h - (v / yMax) * plot.h;
  const band = n ? plot.w / n : plot.w;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  if (title) out.push(`<text x="${W / 2}" y="22" font-size="14" font-weight="bold" text-anchor="middle" fill="#222">${esc(clip(title, 90))}</text>`);
  for (const t of ticks) {
    out.push(`<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${y(t)}" y2="${y(t)}" stroke="${t === 0 ? '#888' : '#e0e0e0'}"/>`);
    out.push(`<text x="${plot.x - 6}" y="${y(t) + 4}" font-size="11" text-anchor="end" fill="#444">${label(t)}</text>`);
  }
  if (vTitle) {
    out.push(`<text x="14" y="${plot.y + plot.h / 2}" font-size="11" text-anchor="middle" fill="#444" transform="rotate(-90 14 ${plot.y + plot.h / 2})">${esc(vTitle)}</text>`);
  }
  const bars = data.series.map((_, i) => i).filter((i) => !isLine(i));
  const barW = (band * 0.75) / Math.max(1, bars.length);
  bars.forEach((si, k) => {
    data.series[si].values.forEach((v, ci) => {
      if (v === null) return;
      const x = plot.x + ci * band + band * 0.125 + k * barW;
      out.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(plot.y + plot.h - y(v)).toFixed(1)}" fill="${colour(si)}"/>`);
    });
  });
  data.series.forEach((s, si) => {
    if (!isLine(si)) return;
    const pts = s.values.map((v, ci) => (v === null ? null : `${(plot.x + (ci + 0.5) * band).toFixed(1)},${y(v).toFixed(1)}`));
    const path = pts.filter((p): p is string => p !== null).join(' ');
    if (path) out.push(`<polyline points="${path}" fill="none" stroke="${colour(si)}" stroke-width="2"/>`);
  });
  data.categories.forEach((c, ci) => {
    const x = plot.x + (ci + 0.5) * band;
    const yy = plot.y + plot.h + 14;
    out.push(rotate
      ? `<text x="${x.toFixed(1)}" y="${yy}" font-size="10" text-anchor="end" fill="#444" transform="rotate(-40 ${x.toFixed(1)} ${yy})">${esc(clip(c, 24))}</text>`
      : `<text x="${x.toFixed(1)}" y="${yy}" font-size="10" text-anchor="middle" fill="#444">${esc(clip(c, 16))}</text>`);
  });
  if (option(options, 'legend.position') !== 'none' && option(options, 'legend') !== 'none') {
    let x = plot.x;
    const ly = H - 10;
    data.series.forEach((s, si) => {
      out.push(isLine(si)
        ? `<line x1="${x}" x2="${x + 14}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour(si)}" stroke-width="2"/>`
        : `<rect x="${x}" y="${ly - 10}" width="12" height="12" fill="${colour(si)}"/>`);
      out.push(`<text x="${x + 18}" y="${ly}" font-size="11" fill="#222">${esc(s.name)}</text>`);
      x += 30 + s.name.length * 7;
    });
  }
  out.push('</svg>');
  return out.join('\n');
}

// Tables 1–3 of the note as plain data for paper (the Word document): the seed note's layout, cells already in Russian text.
import type { IndicatorDef, Settings } from './model';
import type { Num } from './interpret';
import type { NoteTableId } from './noteModel';
import { deadlineText } from './note';
import { ofCount, ORG_WORDS } from './noteText';
import { formatNumber, formatPercent, NBSP, yearLabel } from './russian';
import {
  type Coverage,
  type FormsGroupSummary,
  type IndicatorRow,
  type IndicatorSummary,
  ORG_TYPES,
  type OrgType,
  type Summary,
} from './summary';

/** What a cell says beyond its text, so a renderer can shade it; the legend names every mark used. */
export type CellMark = 'below' | 'leader' | 'fell' | 'unclear' | 'noData' | 'error';

export interface TableCell {
  text: string;
  mark?: CellMark;
  /** Columns this cell spans (header cells and group rows). */
  span?: number;
  bold?: boolean;
}

export interface NoteTable {
  /** "1", "2а", "3": the number the note's text refers to. */
  number: string;
  /** The note's reference the table stands at; null for the tables of units of another type (after their section). */
  ref: NoteTableId | null;
  title: string;
  /** Header rows, repeated on every page the table runs over. */
  header: TableCell[][];
  body: TableCell[][];
  /** Relative column widths (any unit; the renderer scales them to the page). */
  widths: number[];
  /** Lines printed under the table: the legend and what was left out. */
  notes: string[];
}

/** Words of the legend, one per mark. */
export const MARK_LEGEND: Record<CellMark, string> = {
  below: 'ниже плана, минимума или цели',
  leader: 'лидер',
  fell: 'снижение',
  noData: 'нет данных',
  unclear: 'требует уточнения',
  error: 'ошибка в данных (не учтено)',
};

const DASH = '—';
const ORG_HEADINGS: Record<OrgType, string> = {
  general: 'общеобразовательные организации',
  additional: 'организации дополнительного образования',
};
const ORG_SHORT: Record<OrgType, string> = { general: 'ОО', additional: 'ДО' };

/** Keyed by the status text (Status), so a status the summary adds without a mark here is simply not shaded. */
const STATUS_MARKS: Record<string, CellMark | undefined> = {
  'ниже плана': 'below',
  'ниже минимума': 'below',
  лидер: 'leader',
  снижение: 'fell',
  'нет данных': 'noData',
  'требует уточнения': 'unclear',
};

function text(t: string, more: Omit<TableCell, 'text'> = {}): TableCell {
  return { text: t, ...more };
}

/** "184 (63,67 %)": a count with its share; the states say why there is none. */
function coverageCell(c: Coverage): TableCell {
  if (c.state === 'none') return text(DASH);
  if (c.state === 'invalid') return text('ошибка', { mark: 'error' });
  if (c.count === null || c.share === null) return text('нет данных', { mark: 'noData' });
  return text(`${formatNumber(c.count)} (${formatPercent(c.share)})`, { mark: c.met === false ? 'below' : undefined });
}

function countCell(n: Num): TableCell {
  if (n.state === 'none') return text(DASH);
  if (n.state === 'invalid') return text('ошибка', { mark: 'error' });
  if (n.value === null) return text('нет данных', { mark: 'noData' });
  return text(formatNumber(n.value));
}

function targetText(percent: number | null, date: string): string {
  if (percent === null) return DASH;
  return date ? `${formatPercent(percent)} к${NBSP}${deadlineText(date)}` : formatPercent(percent);
}

function table1(s: Settings, sum: Summary): NoteTable {
  const g = sum.forms;
  const header: TableCell[][] = [
    [text('Форма наставничества'), ...ORG_TYPES.map((t) => text(`${ORG_SHORT[t]}: всего / реализуют форму`)), text('Целевой охват')],
  ];
  const footnotes = leftOutFootnotes(s, g);
  const body = s.forms.map((f) => [
    text(`«${f.name}»`),
    ...ORG_TYPES.map((t) => {
      const c = g.forms[f.key][t];
      // The total the share was computed on (without a value left out), so the cell agrees with the note's «6 из 61».
      const denominator = c.state === 'ok' ? c.total! : g.totals[t];
      const cell = coverageCell({ ...c, total: denominator });
      return { ...cell, text: `${formatNumber(denominator)} / ${cell.text}${footnotes.markOf(f.key, t)}` };
    }),
    text(targetText(f.targetPercent, f.targetDate)),
  ]);
  const notes = footnotes.notes;
  return {
    number: '1',
    ref: 'table1',
    title: `Реализация форм наставничества: итоги по${NBSP}${s.regionName ? `региону (${s.regionName})` : 'региону'}, ${yearLabel(s.reportYear)}`,
    header,
    body,
    widths: [3, 3, 3, 2],
    notes: [`ОО — ${ORG_HEADINGS.general}, ДО — ${ORG_HEADINGS.additional}.`, ...notes],
  };
}

function table2(s: Settings, g: FormsGroupSummary, t: OrgType, number: string, ref: NoteTableId | null): NoteTable {
  const header: TableCell[][] = [[text(g.type), text(`Всего ${ORG_SHORT[t]}`), ...s.forms.map((f) => text(`«${f.name}»`))]];
  const body = g.rows.map((r) => [text(r.unit), countCell(r.totals[t]), ...s.forms.map((f) => coverageCell(r.forms[f.key][t]))]);
  const footnotes = leftOutFootnotes(s, g, [t]);
  body.push([
    text('Итого', { bold: true }),
    text(formatNumber(g.totals[t]), { bold: true }),
    ...s.forms.map((f) => {
      const c = g.forms[f.key][t];
      // A share computed on fewer organisations than the column's total names its own denominator.
      const of = c.share !== null && c.total !== g.totals[t] ? ` из ${formatNumber(c.total!)}` : '';
      const share = c.share === null ? '' : ` (${formatPercent(c.share)})`;
      return text(c.count === null ? DASH : `${formatNumber(c.count)}${of}${share}${footnotes.markOf(f.key, t)}`, { bold: true });
    }),
  ]);
  return {
    number,
    ref,
    title: `${capitalizeFirst(ORG_HEADINGS[t])}, реализующие формы наставничества (${g.type.toLowerCase()}: число и доля организаций)`,
    header,
    body,
    widths: [3.4, 1.3, ...s.forms.map(() => 2.6)],
    notes: footnotes.notes,
  };
}

const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * A numbered footnote for every share computed without a unit's value: the denominator, what was left out and why
 * («¹ «работодатель–ученик», ДО: доля рассчитана от 61 организации дополнительного образования из 62, без учёта сведений,
 * не соответствующих форме отчёта (ЗАТО Северск, приложение 2).»).
 */
function leftOutFootnotes(s: Settings, g: FormsGroupSummary, types: OrgType[] = ORG_TYPES) {
  const marks = new Map<string, string>();
  const notes: string[] = [];
  for (const t of types)
    for (const f of s.forms) {
      const c = g.forms[f.key][t];
      if (!c.leftOut.length || c.state !== 'ok') continue;
      const mark = FOOTNOTE_MARKS[notes.length] ?? `(${notes.length + 1})`;
      const state = (u: string) => g.rows.find((r) => r.unit === u)!.forms[f.key][t].state;
      const invalid = c.leftOut.filter((u) => state(u) === 'invalid');
      const partial = c.leftOut.filter((u) => state(u) !== 'invalid');
      const why = [
        invalid.length ? `сведений, не соответствующих форме отчёта (${invalid.join(', ')}, приложение${NBSP}2)` : '',
        partial.length ? `неполных сведений (${partial.join(', ')})` : '',
      ].filter(Boolean);
      const where = [s.forms.length > 1 ? `«${f.name}»` : '', types.length > 1 ? ORG_SHORT[t] : ''].filter(Boolean).join(', ');
      const share = `оля рассчитана от ${ofCount(c.total!, ORG_WORDS[t].genitive)} из ${formatNumber(g.totals[t])}`;
      marks.set(`${f.key}|${t}`, mark);
      notes.push(`${mark}${NBSP}${where ? `${where}: д` : 'Д'}${share}, без учёта ${why.join(' и ')}.`);
    }
  return { notes, markOf: (form: string, t: OrgType) => marks.get(`${form}|${t}`) ?? '' };
}

function capitalizeFirst(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function valueText(ind: IndicatorSummary, v: number): string {
  return ind.kind === 'share' ? formatPercent(v) : formatNumber(v);
}

function valueCell(ind: IndicatorSummary, v: number | null, state: Num['state']): TableCell {
  if (v === null) return state === 'invalid' ? text('ошибка', { mark: 'error' }) : text('нет данных', { mark: 'noData' });
  return text(valueText(ind, v));
}

function plansText(def: IndicatorDef, ind: IndicatorSummary): string {
  const years = Object.keys(def.plans)
    .map(Number)
    .sort((a, b) => a - b);
  if (!years.length) return ind.kind === 'dynamics' ? 'Ожидаемый результат: положительная динамика.' : '';
  return `Плановые показатели: ${years.map((y) => `${y}${NBSP}г. — ${valueText(ind, def.plans[y])}`).join('; ')}.`;
}

/** Each unit's own thresholds: «Минимум для муниципалитета — 2 (к 1 января 2023 г.); лидеры — выше 5.» */
function thresholdsText(s: Settings, ind: IndicatorSummary): string {
  const parts: string[] = [];
  if (ind.minimum !== null)
    parts.push(
      `минимум для ${s.unitNouns[1]} — ${valueText(ind, ind.minimum)}${ind.deadline ? ` (к${NBSP}${deadlineText(ind.deadline)})` : ''}`,
    );
  if (ind.leaderAbove !== null) parts.push(`лидеры — выше ${valueText(ind, ind.leaderAbove)}`);
  return parts.length ? `${capitalizeFirst(parts.join('; '))}.` : '';
}

/** How the regional value was obtained (RegionValue['method']): a plain mean of shares is never called the fact. */
const REGION_LABELS: Record<string, string | undefined> = {
  weighted: 'Факт',
  official: 'Официальное значение',
  mean: 'Справочно: среднее долей',
  sum: 'Всего',
};

function regionCell(ind: IndicatorSummary, which: 'prev' | 'cur'): TableCell {
  const r = ind.region[which];
  if (r.value === null) return text('нет данных', { mark: 'noData', bold: true });
  const label = REGION_LABELS[r.method] ?? 'Факт';
  return text(`${label}: ${valueText(ind, r.value)}`, {
    bold: true,
    mark: which === 'cur' && r.met === false ? 'below' : undefined,
  });
}

function unitRows(ind: IndicatorSummary, rows: IndicatorRow[], prefix: string, start: number): TableCell[][] {
  return rows.map((r, i) => {
    const mark = STATUS_MARKS[r.status];
    return [
      text(`${prefix}.${start + i}.`),
      text(r.unit),
      valueCell(ind, r.prev, r.prevState),
      { ...valueCell(ind, r.cur, r.curState), mark: r.curState === 'invalid' ? 'error' : mark },
      text(r.status + (r.percentOnly ? ' *' : ''), { mark }),
    ];
  });
}

function table3(s: Settings, sum: Summary): NoteTable {
  const [py, cy] = [s.previousYear, s.reportYear];
  const header: TableCell[][] = [
    [
      text('№'),
      text(`Показатель; ${sum.mainType.toLowerCase()}`),
      text(`По итогам ${py}${NBSP}г.`),
      text(`По итогам ${cy}${NBSP}г.`),
      text('Оценка'),
    ],
  ];
  const body: TableCell[][] = [];
  let percentOnly = false;
  for (const ind of sum.indicators) {
    const def = s.indicators.find((i) => i.id === ind.id)!;
    const plans = [plansText(def, ind), thresholdsText(s, ind)].filter(Boolean).join(' ');
    if (ind.noDataAtAll) {
      body.push([
        text(`${ind.id}.`, { bold: true }),
        text(`${ind.name}. Данные за ${py} и ${cy}${NBSP}гг. не представлены.`, { bold: true, span: 4 }),
      ]);
      continue;
    }
    body.push([
      text(`${ind.id}.`, { bold: true }),
      text(`${ind.name}${plans ? `. ${plans}` : ''}`, { bold: true }),
      regionCell(ind, 'prev'),
      regionCell(ind, 'cur'),
      text(ind.region.cur.met === null ? '' : ind.region.cur.met ? 'план выполнен' : 'ниже плана', {
        bold: true,
        mark: ind.region.cur.met === false ? 'below' : undefined,
      }),
    ]);
    body.push(...unitRows(ind, ind.rows, ind.id, 1));
    body.push(...unitRows(ind, ind.otherRows, ind.id, ind.rows.length + 1));
    percentOnly ||= [...ind.rows, ...ind.otherRows].some((r) => r.percentOnly);
  }
  const used = new Set(
    body
      .flat()
      .map((c) => c.mark)
      .filter((m): m is CellMark => !!m),
  );
  const notes: string[] = [];
  if (used.size) notes.push(`Выделено: ${[...used].map((m) => MARK_LEGEND[m]).join('; ')}.`);
  if (percentOnly) notes.push('* — доля указана в процентах, без численности обучающихся.');
  return {
    number: '3',
    ref: 'table3',
    title: `Показатели эффективности за ${py} и ${cy}${NBSP}гг.`,
    header,
    body,
    widths: [1.1, 6.3, 2.5, 2.5, 3.1],
    notes,
  };
}

/** Tables 1, 2а/2б (and further pairs for other types of units) and 3, in the order the note refers to them. */
export function noteTables(s: Settings, sum: Summary): NoteTable[] {
  const tables = [table1(s, sum)];
  for (const t of ORG_TYPES)
    if (sum.forms.totals[t] > 0 || sum.forms.rows.length) tables.push(table2(s, sum.forms, t, `2${t === 'general' ? 'а' : 'б'}`, 'table2'));
  tables.push(table3(s, sum));
  sum.otherForms.forEach((g, i) => {
    for (const t of ORG_TYPES) if (g.totals[t] > 0) tables.push(table2(s, g, t, `${4 + i}${t === 'general' ? 'а' : 'б'}`, null));
  });
  return tables;
}

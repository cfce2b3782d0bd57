// Tables 1–3 of the note as plain data for paper (the Word document): the seed note's layout, cells already in Russian text.
import type { IndicatorDef, Settings } from './model';
import type { Num } from './interpret';
import type { NoteTableId } from './noteModel';
import { deadlineText } from './note';
import { ofCount, ORG_WORDS, shortValue, wholeDative } from './noteText';
import { formatNumber, formatPercent, NBSP, typeset, yearLabel } from './russian';
import { regionDative } from './russianCases';
import {
  type Coverage,
  type FormsGroupSummary,
  type IndicatorRow,
  type IndicatorSummary,
  ORG_TYPES,
  orgTypeOf,
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

/**
 * What a cell marked «below» says on paper printed in black and white: shading alone does not print, so the text is in
 * italics (the renderer's one rule) and the table's note says so in words. Every other mark has its word in the cell
 * itself or in the «Оценка» column.
 */
const BELOW_IN_WORDS = 'выделены курсивом';
/** The cell of a value not counted (it does not match the report form): the note under the table says why. */
export const NOT_COUNTED = 'не учтено';

const DASH = '—';
const ORG_HEADINGS: Record<OrgType, string> = {
  general: 'общеобразовательные организации',
  additional: 'организации дополнительного образования',
};
const ORG_SHORT: Record<OrgType, string> = { general: 'ОО', additional: 'ДО' };

/** Keyed by the status text (Status), so a status the summary adds without a mark here is simply not shaded. */
export const STATUS_MARKS: Record<string, CellMark | undefined> = {
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
  if (c.state === 'invalid') return text(NOT_COUNTED, { mark: 'error' });
  if (c.count === null || c.share === null) return text('нет данных', { mark: 'noData' });
  return text(`${formatNumber(c.count)} (${formatPercent(c.share)})`, { mark: c.met === false ? 'below' : undefined });
}

function countCell(n: Num): TableCell {
  if (n.state === 'none') return text(DASH);
  if (n.state === 'invalid') return text(NOT_COUNTED, { mark: 'error' });
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
  const leftOut = leftOutFootnotes(s, g);
  const body = s.forms.map((f) => [
    text(`«${f.name}»`),
    ...ORG_TYPES.map((t) => {
      const c = g.forms[f.key][t];
      // The total the share was computed on (without a value left out), so the cell agrees with the note's «6 из 61».
      const denominator = c.state === 'ok' ? c.total! : g.totals[t];
      const cell = coverageCell({ ...c, total: denominator });
      return { ...cell, text: `${formatNumber(denominator)} / ${cell.text}${leftOut.markOf(f.key, t)}` };
    }),
    text(targetText(f.targetPercent, f.targetDate)),
  ]);
  return {
    number: '1',
    ref: 'table1',
    title: `Реализация форм наставничества: итоги по${NBSP}${wholeDativeOrName(s)}, ${yearLabel(s.reportYear)}`,
    header,
    body,
    widths: [3, 3, 3, 2],
    notes: [
      ...footnotes([`ОО — ${ORG_HEADINGS.general}, ДО — ${ORG_HEADINGS.additional}.`, ...marksNote(body, TARGET_MARK)]),
      ...leftOut.notes,
    ],
  };
}

/**
 * Lines under a table as an official document prints them: «Примечание. …» for one, «Примечания:» and numbered lines
 * for several (ГОСТ Р 7.0.97-2016 has no rule of its own; this is the form of ГОСТ 2.105, 4.4.8, common in letters).
 */
export function footnotes(lines: string[]): string[] {
  if (lines.length <= 1) return lines.map((l) => `Примечание. ${l}`);
  return ['Примечания:', ...lines.map((l, i) => `${i + 1}. ${l}`)];
}

/** Tables 1 and 2 mark a share below its target; table 3 a value below the plan or the minimum. */
const TARGET_MARK = 'Доли ниже целевого значения';
const PLAN_MARK = 'Значения ниже плана или минимума';

/** Table 3's and a unit letter's note on the marking, when a value of the body is below its plan or minimum. */
export function planMarksNote(body: TableCell[][]): string[] {
  return marksNote(body, PLAN_MARK);
}

/** The note naming the one marking that shading alone would carry, when a cell of the body has it. */
function marksNote(body: TableCell[][], what: string): string[] {
  return body.some((r) => r.some((c) => c.mark === 'below')) ? [`${what} ${BELOW_IN_WORDS}.`] : [];
}

/**
 * «Томской области», «Кемеровской области — Кузбассу»; a name not declined safely stays as typed, in quotes after «региону».
 * A municipality's name («г.о. Стрежевой») is never declined: «муниципалитету «г.о. Стрежевой»».
 */
function wholeDativeOrName(s: Pick<Settings, 'regionName' | 'level'>): string {
  const name = s.regionName;
  if (!name) return wholeDative(s);
  return (s.level === 'region' ? regionDative(name) : null) ?? `${wholeDative(s)} «${name}»`;
}

function table2(s: Settings, sum: Summary, g: FormsGroupSummary, t: OrgType, number: string, ref: NoteTableId | null): NoteTable {
  // A municipality's units are organisations of either type: the column is not headed by the first one's «Тип».
  const who = s.level === 'municipality' ? 'Организация' : g.type;
  const header: TableCell[][] = [[text(who), text(`Всего ${ORG_SHORT[t]}`), ...s.forms.map((f) => text(`«${f.name}»`))]];
  // A municipality's school is no ДО (nor its ДО a school): it has no row of «—» in the other type's table.
  const rows = s.level === 'municipality' ? g.rows.filter((r) => orgTypeOf(r.totals, r.type) === t) : g.rows;
  const body = rows.map((r) => [text(r.unit), countCell(r.totals[t]), ...s.forms.map((f) => coverageCell(r.forms[f.key][t]))]);
  const leftOut = leftOutFootnotes(s, g, [t]);
  body.push([
    text('Итого', { bold: true }),
    text(formatNumber(g.totals[t]), { bold: true }),
    ...s.forms.map((f) => {
      const c = g.forms[f.key][t];
      // A share computed on fewer organisations than the column's total names its own denominator.
      const of = c.share !== null && c.total !== g.totals[t] ? ` из ${formatNumber(c.total!)}` : '';
      const share = c.share === null ? '' : ` (${formatPercent(c.share)})`;
      return text(c.count === null ? DASH : `${formatNumber(c.count)}${of}${share}${leftOut.markOf(f.key, t)}`, { bold: true });
    }),
  ]);
  const whose = g.type === sum.mainType ? `, в разрезе ${s.unitNouns[2]}` : `: другие участники Мониторинга (${g.type})`;
  return {
    number,
    ref,
    title: `${capitalizeFirst(ORG_HEADINGS[t])}, реализующие формы наставничества${whose}`,
    header,
    body,
    widths: [3.4, 1.3, ...s.forms.map(() => 2.6)],
    notes: [
      ...footnotes([
        'В графах форм наставничества указано число организаций, реализующих форму, в скобках — их доля от общего числа организаций.',
        ...marksNote(body, TARGET_MARK),
      ]),
      ...leftOut.notes,
    ],
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

export function valueCell(ind: IndicatorSummary, v: number | null, state: Num['state']): TableCell {
  if (v === null) return state === 'invalid' ? text(NOT_COUNTED, { mark: 'error' }) : text('нет данных', { mark: 'noData' });
  return text(shortValue(ind, v));
}

function plansText(def: IndicatorDef, ind: IndicatorSummary): string {
  const years = Object.keys(def.plans)
    .map(Number)
    .sort((a, b) => a - b);
  if (!years.length) return ind.kind === 'dynamics' ? 'Ожидаемый результат: положительная динамика.' : '';
  return `Плановые показатели: ${years.map((y) => `${y}${NBSP}г. — ${shortValue(ind, def.plans[y])}`).join('; ')}.`;
}

/** Each unit's own thresholds: «Минимум для муниципалитета — 2 (к 1 января 2023 г.); лидеры — выше 5.» */
function thresholdsText(s: Settings, ind: IndicatorSummary): string {
  const parts: string[] = [];
  if (ind.minimum !== null)
    parts.push(
      `минимум для ${s.unitNouns[1]} — ${shortValue(ind, ind.minimum)}${ind.deadline ? ` (к${NBSP}${deadlineText(ind.deadline)})` : ''}`,
    );
  if (ind.leaderAbove !== null) parts.push(`лидеры — выше ${shortValue(ind, ind.leaderAbove)}`);
  return parts.length ? `${capitalizeFirst(parts.join('; '))}.` : '';
}

/** How the regional value was obtained (RegionValue['method']): a plain mean of shares is never called the fact. */
const REGION_LABELS: Record<string, string | undefined> = {
  weighted: 'Факт',
  official: 'Официальное значение',
  // One colon in the cell: «Справочно (среднее долей): 16 %», not «Справочно: среднее долей: 16 %».
  mean: 'Справочно (среднее долей)',
  sum: 'Всего',
};

export function regionCell(ind: IndicatorSummary, which: 'prev' | 'cur'): TableCell {
  const r = ind.region[which];
  if (r.value === null) return text('нет данных', { mark: 'noData', bold: true });
  const label = REGION_LABELS[r.method] ?? 'Факт';
  return text(`${label}: ${shortValue(ind, r.value)}`, {
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
    [text('№'), text('Наименование показателя'), text(`По итогам ${py}${NBSP}г.`), text(`По итогам ${cy}${NBSP}г.`), text('Оценка')],
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
  const notes = [...planMarksNote(body)];
  if (body.some((r) => r.some((c) => c.mark === 'error')))
    notes.push(`«${NOT_COUNTED}» — значение не соответствует форме отчёта и при подведении итогов не учтено (приложение 2).`);
  if (percentOnly) notes.push('Знаком «*» отмечены значения, по которым указана только доля вовлечённых обучающихся, без их численности.');
  return {
    number: '3',
    ref: 'table3',
    title: `Показатели эффективности за ${py} и ${cy}${NBSP}гг.`,
    header,
    body,
    widths: [1.1, 6.3, 2.5, 2.5, 3.1],
    notes: footnotes(notes),
  };
}

/** A table set as the note's text is (typeset): no-break spaces before «г.» and «%», «5–11» with an en dash — paper only. */
function typesetTable(t: NoteTable): NoteTable {
  const cells = (rows: TableCell[][]) => rows.map((r) => r.map((c) => ({ ...c, text: typeset(c.text) })));
  return { ...t, title: typeset(t.title), header: cells(t.header), body: cells(t.body), notes: t.notes.map(typeset) };
}

/** Tables 1, 2а/2б (and further pairs for other types of units) and 3, in the order the note refers to them. */
export function noteTables(s: Settings, sum: Summary): NoteTable[] {
  return tablesInOrder(s, sum).map(typesetTable);
}

function tablesInOrder(s: Settings, sum: Summary): NoteTable[] {
  const tables = [table1(s, sum)];
  // A type no unit has (a municipality without organisations of additional education) gets no empty table: the one
  // table left is «Таблица 2», as the note's text calls it.
  const present = ORG_TYPES.filter((t) => sum.forms.totals[t] > 0);
  const shown = present.length ? present : sum.forms.rows.length ? ORG_TYPES : [];
  for (const t of shown) tables.push(table2(s, sum, sum.forms, t, shown.length === 1 ? '2' : `2${t === 'general' ? 'а' : 'б'}`, 'table2'));
  tables.push(table3(s, sum));
  sum.otherForms.forEach((g, i) => {
    for (const t of ORG_TYPES) if (g.totals[t] > 0) tables.push(table2(s, sum, g, t, `${4 + i}${t === 'general' ? 'а' : 'б'}`, null));
  });
  return tables;
}

// A unit's own figures for its letter: each indicator's value against the region, the plan and the minimum, and its place.
import type { Settings } from './model';
import { shortValue, wholeDative } from './noteText';
import { footnotes, type NoteTable, planMarksNote, regionCell, STATUS_MARKS, type TableCell, valueCell } from './noteTables';
import { NBSP } from './russian';
import { type IndicatorRow, type IndicatorSummary, planFor, type Summary } from './summary';

const DASH = '—';

/** Where a unit stands among the units ranked on one indicator. */
export interface Place {
  place: number;
  of: number;
}

/**
 * The place of a unit of the ranked type on one indicator: by its value of the reporting year, highest first; equal values
 * share a place («1, 2, 2, 4»). Units without a value, and values to be clarified, are not ranked: null for them.
 */
export function placeOf(ind: IndicatorSummary, unit: string): Place | null {
  const ranked = ind.rows.filter((r) => r.cur !== null && !r.unclear);
  const mine = ranked.find((r) => r.unit === unit);
  if (!mine) return null;
  return { place: 1 + ranked.filter((r) => r.cur! > mine.cur!).length, of: ranked.length };
}

/** «3-е место из 20». */
export const placeText = (p: Place): string => `${p.place}-е место из ${p.of}`;

/** The unit's row on an indicator, among the ranked units or the units of another type. */
export function rowOf(ind: IndicatorSummary, unit: string): IndicatorRow | undefined {
  return ind.rows.find((r) => r.unit === unit) ?? ind.otherRows.find((r) => r.unit === unit);
}

function placeCell(ind: IndicatorSummary, row: IndicatorRow): TableCell {
  if (row.cur === null) return { text: 'нет данных', mark: 'noData' };
  if (!ind.rows.includes(row)) return { text: DASH };
  const p = placeOf(ind, row.unit);
  return p ? { text: placeText(p) } : { text: 'требует уточнения', mark: 'unclear' };
}

/**
 * The plan as the letter shows it beside one unit's value. A count's plan is the whole region's (municipality's) total —
 * «5 предприятий» for all the units together — so it says so: «5 (по региону)»; what one unit is held to is the minimum.
 */
function planText(s: Settings, ind: IndicatorSummary, plan: number | null): string {
  if (plan === null) return DASH;
  return ind.kind === 'count' ? `${shortValue(ind, plan)} (по${NBSP}${wholeDative(s)})` : shortValue(ind, plan);
}

function indicatorRow(s: Settings, ind: IndicatorSummary, row: IndicatorRow): TableCell[] {
  const def = s.indicators.find((i) => i.id === ind.id)!;
  const plan = ind.kind === 'dynamics' ? null : planFor(def, s.reportYear);
  const mark = STATUS_MARKS[row.status];
  return [
    { text: `${ind.id}.` },
    { text: ind.name },
    valueCell(ind, row.prev, row.prevState),
    { ...valueCell(ind, row.cur, row.curState), mark: row.curState === 'invalid' ? 'error' : mark },
    { ...regionCell(ind, 'cur'), bold: false },
    { text: planText(s, ind, plan) },
    { text: ind.minimum === null ? DASH : shortValue(ind, ind.minimum) },
    placeCell(ind, row),
  ];
}

/** «Таблица 1» of a letter: one row per indicator, the legend of the marks used and how the place is counted. */
export function letterTable(s: Settings, sum: Summary, unit: string): NoteTable {
  const [py, cy] = [s.previousYear, s.reportYear];
  const header: TableCell[][] = [
    [
      { text: '№' },
      { text: 'Показатель' },
      { text: `${py}${NBSP}г.` },
      { text: `${cy}${NBSP}г.` },
      { text: `По ${wholeDative(s)}, ${cy}${NBSP}г.` },
      { text: `План ${cy}${NBSP}г.` },
      { text: 'Минимум' },
      { text: 'Место' },
    ],
  ];
  const body = sum.indicators.flatMap((ind) => {
    const row = rowOf(ind, unit);
    return row ? [indicatorRow(s, ind, row)] : [];
  });
  const notes = footnotes([
    `Место — среди ${s.unitNouns[2]}, представивших значение, по убыванию значения ${cy}${NBSP}г.; при равных значениях место общее; значения, требующие уточнения, не ранжируются.`,
    ...planMarksNote(body),
  ]);
  return {
    number: '1',
    ref: 'letter',
    title: `Показатели эффективности за ${py} и ${cy}${NBSP}гг.`,
    header,
    body,
    widths: [0.8, 5.2, 1.5, 1.5, 2.2, 1.4, 1.4, 1.9],
    notes,
  };
}

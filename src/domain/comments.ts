// The coordinators' voice: what each unit wrote beside its indicators (column «Комментарий») and why values are missing.
import type { UnitData } from './interpret';
import type { Settings } from './model';

/** What a unit said about one indicator. */
export interface IndicatorComment {
  /** The indicator's id in the settings («4»). */
  indicator: string;
  /** Column «Комментарий» as typed, trimmed; '' when the unit gave only a reason in a value cell. */
  text: string;
  /** Years (previous, report) with no value for the indicator: left empty or «нет данных». */
  missingYears: number[];
  /** Reasons typed after «нет данных» in the value cells («нет данных: нет доступа к ГИР»), each once. */
  reasons: string[];
}

export interface UnitComments {
  unit: string;
  /** In the settings' order of indicators; never empty. */
  comments: IndicatorComment[];
}

/** What `unit` said about `id`, or null when it said nothing (no comment, no reason). */
function commentOn(s: Settings, u: UnitData, id: string): IndicatorComment | null {
  const values = u.indicators[id];
  const years = [
    { year: s.previousYear, v: values.prev },
    { year: s.reportYear, v: values.cur },
  ];
  const reasons = [...new Set(years.flatMap(({ v }) => (v.reason ? [v.reason] : [])))];
  const text = u.comments[id] ?? '';
  if (!text && reasons.length === 0) return null;
  const missingYears = years.filter(({ v }) => v.state === 'empty' || v.state === 'nodata').map(({ year }) => year);
  return { indicator: id, text, missingYears, reasons };
}

/** Every unit that said something about an indicator, in the settings' order of units, each in the order of indicators. */
export function collectComments(s: Settings, units: readonly UnitData[]): UnitComments[] {
  const byName = new Map(units.map((u) => [u.unit.name, u]));
  const out: UnitComments[] = [];
  for (const def of s.units) {
    const u = byName.get(def.name);
    if (!u) continue;
    const comments = s.indicators.flatMap((ind) => commentOn(s, u, ind.id) ?? []);
    if (comments.length) out.push({ unit: def.name, comments });
  }
  return out;
}

/** A unit's words in one cell of «Ход сбора»: «4. нет доступа к ГИР; Учёт ведёт школа», a line per indicator; '' if none. */
export function commentsCellText(unit: UnitComments | undefined): string {
  return unit ? unit.comments.map((c) => `${c.indicator}. ${[...c.reasons, c.text].filter(Boolean).join('; ')}`).join('\n') : '';
}

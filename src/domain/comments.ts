// The coordinators' voice: what each unit wrote beside its indicators (column «Комментарий») and why values are missing.
import type { UnitData } from './interpret';
import type { Settings } from './model';

/** One comment of a unit on one indicator. */
export interface IndicatorComment {
  /** The indicator's id in the settings («4»). */
  indicator: string;
  /** The comment as typed, trimmed. */
  text: string;
  /** Years (previous, report) with no value for the indicator — empty or «нет данных»: the comment is the reason given. */
  missingYears: number[];
}

export interface UnitComments {
  unit: string;
  /** In the settings' order of indicators; never empty. */
  comments: IndicatorComment[];
}

/** Every unit that commented on an indicator, in the settings' order of units, each comment in the order of indicators. */
export function collectComments(s: Settings, units: readonly UnitData[]): UnitComments[] {
  const byName = new Map(units.map((u) => [u.unit.name, u]));
  const out: UnitComments[] = [];
  for (const def of s.units) {
    const u = byName.get(def.name);
    if (!u) continue;
    const comments = s.indicators
      .filter((ind) => u.comments[ind.id])
      .map((ind): IndicatorComment => {
        const values = u.indicators[ind.id];
        const years: Array<[number, typeof values.prev]> = [
          [s.previousYear, values.prev],
          [s.reportYear, values.cur],
        ];
        const missingYears = years.filter(([, v]) => v.state === 'empty' || v.state === 'nodata').map(([y]) => y);
        return { indicator: ind.id, text: u.comments[ind.id], missingYears };
      });
    if (comments.length) out.push({ unit: def.name, comments });
  }
  return out;
}

/** A unit's comments in one cell of «Ход сбора»: «4. Нет доступа к данным», one indicator per line; '' without comments. */
export function commentsCellText(unit: UnitComments | undefined): string {
  return unit ? unit.comments.map((c) => `${c.indicator}. ${c.text}`).join('\n') : '';
}

// What a unit's tab holds, as raw cells addressed by meaning (form, indicator, year), before any interpretation.
import type { CellValue, UnitDef } from './model';

/** A raw cell with where it is and what it is called, so every message can name the cell. */
export interface RawField {
  raw: CellValue;
  cell: string;
  label: string;
}

export type ContactKey = 'name' | 'position' | 'phone' | 'email';

/** Cells of one indicator for one year. Share indicators use involved/total/percent, the others value. */
export interface IndicatorCells {
  value?: RawField;
  involved?: RawField;
  total?: RawField;
  percent?: RawField;
}

/** The parts of a form a school reports (level «муниципалитет»). */
export type SchoolFormPart = 'runs' | 'mentors' | 'mentees' | 'pairs';

/** A school's own block (level «муниципалитет»): per form its да/нет and counts, per document its да/нет, directions. */
export interface SchoolCells {
  forms: Record<string, Partial<Record<SchoolFormPart, RawField>>>;
  /** By document name as listed in «Документы школы». */
  documents: Record<string, RawField | undefined>;
  directions?: RawField;
}

export interface UnitInput {
  unit: UnitDef;
  tab: string;
  orgs: { general?: RawField; additional?: RawField };
  forms: Record<string, { general?: RawField; additional?: RawField; examples?: RawField }>;
  indicators: Record<string, { prev: IndicatorCells; cur: IndicatorCells; comment?: RawField }>;
  contacts: Partial<Record<ContactKey, RawField>>;
  ready: boolean;
  /** The indicator columns are labelled with other years than the settings' (a tab pasted from last year): not counted. */
  yearsMismatch?: boolean;
  /** A school's block, at the «муниципалитет» level only: there it takes the place of the organisation counts. */
  school?: SchoolCells;
}

/** Every input cell the tab's reader found, in reading order: what a fingerprint and a clarification are taken over. */
export function inputFields(input: UnitInput): RawField[] {
  const out: Array<RawField | undefined> = [input.orgs.general, input.orgs.additional];
  for (const f of Object.values(input.forms)) out.push(f.general, f.additional, f.examples);
  for (const ind of Object.values(input.indicators)) {
    for (const year of [ind.prev, ind.cur]) out.push(year.value, year.involved, year.total, year.percent);
    out.push(ind.comment);
  }
  out.push(...Object.values(input.contacts));
  if (input.school) {
    for (const f of Object.values(input.school.forms)) out.push(f.runs, f.mentors, f.mentees, f.pairs);
    out.push(...Object.values(input.school.documents), input.school.directions);
  }
  return out.filter((f): f is RawField => f !== undefined);
}

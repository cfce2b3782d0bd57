// What a school's own tab tells beyond the municipal counts (seed 001): whether it runs each form, its mentors, mentees
// and pairs, the programme documents it has and its directions. Read at the «муниципалитет» level only.

/** One form as a school reports it. */
interface SchoolFormReport {
  /** «Реализуется»: да (true) / нет (false); null when not answered. */
  runs: boolean | null;
  /** Mentors, mentees and pairs (or groups) of the form in the school; null when not typed or invalid. */
  mentors: number | null;
  mentees: number | null;
  pairs: number | null;
}

/** A school's own report. */
export interface SchoolReport {
  /** By form key (`FormDef.key`). */
  forms: Record<string, SchoolFormReport>;
  /** By document name as listed in `Settings.schoolDocuments`: has it (true), has not (false), not answered (null). */
  documents: Record<string, boolean | null>;
  /** «Направления наставничества» as typed ('' when empty). */
  directions: string;
}

/**
 * The programme documents a school is asked about unless «Настройки» lists its own (DOMAIN.md, «The school level»;
 * seed 001 names the положение, the дорожная карта and the банк данных наставников).
 */
export const DEFAULT_SCHOOL_DOCUMENTS: readonly string[] = [
  'Приказ о внедрении целевой модели наставничества',
  'Положение о наставничестве',
  'Программа наставничества',
  'Дорожная карта',
  'Приказ о назначении куратора',
  'Приказы о закреплении наставнических пар (групп)',
  'База наставников',
  'База наставляемых',
];

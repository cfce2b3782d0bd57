// Plain data types shared by the pure domain logic: settings, reported values, findings.

/** What a sheet cell can hold, as Apps Script's getValues() returns it. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type IndicatorKind = 'share' | 'count' | 'dynamics';

export interface FormDef {
  key: string;
  /** «ученик–ученик» without the quotes. */
  name: string;
  directions: string;
  /** Share of organisations that should run the form by the target date, %; null when not set. */
  targetPercent: number | null;
  targetDate: string;
}

export interface IndicatorDef {
  id: string;
  name: string;
  kind: IndicatorKind;
  /** Unit of measure as the note says it: "%", "единиц", "человек". */
  unit: string;
  /** Plural forms of the counted thing for count indicators ("предприятие", "предприятия", "предприятий"). */
  nouns: readonly [string, string, string] | null;
  /** Plan per year; a year absent from the map has no plan. */
  plans: Record<number, number>;
  /** Units above this value are named leaders; null: no leader rule. */
  leaderAbove: number | null;
  /** A unit below this minimum is advised to reach it by the deadline; null: no minimum. */
  minimum: number | null;
  /** Deadline for the minimum, as text of the settings (e.g. "01.01.2023"). */
  deadline: string;
}

export interface UnitDef {
  name: string;
  /** Type of unit ("Муниципалитет", "Областная организация"); the first type listed is ranked in the note. */
  type: string;
  email: string;
  /** Tab name in the workbook. */
  tab: string;
  /** Row of the unit in the settings tab (1-based), for messages. */
  settingsRow: number;
}

export interface Settings {
  regionName: string;
  reportYear: number;
  previousYear: number;
  /** Noun for a reporting unit in three plural forms: муниципалитет / муниципалитета / муниципалитетов. */
  unitNouns: readonly [string, string, string];
  /** The same noun for the leaders' label: "Муниципалитеты-лидеры". */
  unitNounPlural: string;
  staffEmails: string[];
  units: UnitDef[];
  forms: FormDef[];
  indicators: IndicatorDef[];
  /** General deadline for recommendations (settings text). */
  deadline: string;
  /** Resources and projects recommended to every unit (seed 004). */
  resources: string[];
}

export type Severity = 'error' | 'warning';

/** One problem found in the workbook, addressed so a coordinator can fix it. */
export interface Finding {
  severity: Severity;
  rule: string;
  unit: string;
  tab: string;
  /** A1 address of the cell, '' when the finding is about the tab or settings as a whole. */
  cell: string;
  label: string;
  /** The value as typed, as text. */
  value: string;
  message: string;
}

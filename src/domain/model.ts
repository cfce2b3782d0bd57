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
  /** Ids of indicators that should be above zero where the form runs («работодатель–ученик» → 3, 7): a zero is a contradiction. */
  evidence?: string[];
}

export interface IndicatorDef {
  id: string;
  name: string;
  /** A short name for sentences and recommendations («число студентов — наставников»); '' uses the full name. */
  shortName?: string;
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
  /** Official regional value per year typed into the settings (used for shares when pupil counts are missing). */
  official: Record<number, number>;
  /**
   * Id of the count of organisations these people represent (representatives of enterprises → the enterprises, «3»): each
   * organisation gives at least one, and none come from no organisation, so the two are cross-checked; '' or absent: none.
   */
  representativesOf?: string;
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

/**
 * Whose report the workbook is. 'region': its units are municipalities (and regional organisations); 'municipality': its
 * units are schools and other organisations, and the workbook rolls up into that municipality's tab of the region's one.
 */
export type Level = 'region' | 'municipality';

export interface Settings {
  /** At the municipality level «Регион» holds the municipality's name as the region's workbook lists it. */
  regionName: string;
  level: Level;
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
  /** The date coordinators hand their reports in by (settings text, «01.02.2022»); '' when not set. */
  reportDeadline: string;
  /** Resources, projects and events recommended to every unit (seeds 002, 004). */
  resources: Resource[];
  /** The programme documents a school's tab asks about (level «муниципалитет»); DEFAULT_SCHOOL_DOCUMENTS unless set. */
  schoolDocuments: string[];
  /** The document frame of the note: letterhead, addressees, basis, signature. */
  document: DocumentSettings;
}

/** A resource or event of the general recommendations: «всероссийский конкурс «Большая перемена»», its link, its date. */
export interface Resource {
  text: string;
  url: string;
  /** When an event takes place ("осенний период 2022 г."); '' for a standing resource. */
  when: string;
}

/** The frame of the note as the department signs it; every field is editable in «Настройки». */
export interface DocumentSettings {
  /** Letterhead: who sends the document («Департамент общего образования Томской области»). */
  sender: string;
  /** Addressees, one per line of the heading, in the dative («Руководителям …»). */
  addressees: string[];
  /** Date and number of the letter as typed; empty ones are left as blanks to fill by hand. */
  date: string;
  number: string;
  /** «Об итогах мониторинга …» */
  title: string;
  /** «Аналитическая справка» */
  documentKind: string;
  /** The programme whose indicators are monitored, without quotes («Развитие наставничества … на 2020–2024 годы»). */
  programme: string;
  /** Documents the monitoring follows, each as its full name («Распоряжения … от 27.05.2020 г. № 420-р «О …»»). */
  basis: string[];
  /** Who ran the monitoring, in the nominative («ОГБУ «Региональный центр развития образования»»). */
  organiser: string;
  /** Why, after «с целью» («анализа текущей ситуации и выработки адресных рекомендаций»). */
  purpose: string;
  /** Participants other than the units («12 областных государственных образовательных организаций»). */
  otherParticipants: string;
  /** A closing assessment typed by the staff; the note adds the computed summary before it. */
  conclusion: string;
  signerPosition: string;
  signerName: string;
  /** «исп.» block: the executor's name and phone. */
  executor: string;
  executorPhone: string;
  /** Font of the Word document. */
  font: string;
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

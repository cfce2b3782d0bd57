// Two municipalities' workbooks of made-up schools and the region they roll up into: the school → municipality → region chain.
import type { FormDef, IndicatorDef, Settings } from '../../src/domain/model';
import { writeNote, writeRecommendations } from '../../src/domain/note';
import type { SchoolReport } from '../../src/domain/schoolReport';
import type { Num, UnitData } from '../../src/domain/interpret';
import { orgTypeOf, summarize } from '../../src/domain/summary';
import type { Analysis } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { INDICATORS, tinySettings } from './tiny';

/** The tiny indicators, with representatives of enterprises (№ 7) tied to the enterprises (№ 3): neither may be summed. */
const LEVEL_INDICATORS: IndicatorDef[] = INDICATORS.map((i) => (i.id === '7' ? { ...i, representativesOf: '3' } : i));

/** A municipality's workbook: its units are schools (and one ДО), its «Значение региона» the distinct counts. */
export function municipalSettings(
  name: string,
  schools: Array<[string, string]>,
  distinct: Record<string, Record<number, number>>,
): Settings {
  const s = tinySettings(
    schools.map(([n]) => n),
    LEVEL_INDICATORS.map((i) => ({ ...i, official: distinct[i.id] ?? {} })),
  );
  return {
    ...s,
    regionName: name,
    level: 'municipality',
    unitNouns: ['школа', 'школы', 'школ'],
    unitNounPlural: 'Школы',
    units: s.units.map((u, k) => ({ ...u, type: schools[k][1] })),
  };
}

const DO = 'Организация дополнительного образования';

/** Город А: two schools, a ДО and a school that sent nothing; Школа № 2 typed a word where a number is due. */
export const CITY_A = municipalSettings(
  'Город А',
  [
    ['Школа № 1', 'Школа'],
    ['Школа № 2', 'Школа'],
    ['ДДТ', DO],
    ['Школа № 3', 'Школа'],
  ],
  { '3': { 2020: 4, 2021: 5 }, '7': { 2020: 6, 2021: 9 } },
);
export const CITY_A_REPORTS: Record<string, ReportValues> = {
  'Школа № 1': {
    school: { forms: { teacher_student: { runs: 'да', mentors: 6, mentees: 24, pairs: 12 } } },
    forms: { teacher_student: { examples: 'Клуб «Наставник» объединяет 12 пар.' } },
    indicators: {
      '1': { involvedPrev: 30, totalPrev: 300, involvedCur: 60, totalCur: 300 },
      '3': { prev: 2, cur: 3 },
      '5': { prev: 40, cur: 50 },
      '7': { prev: 3, cur: 4 },
    },
  },
  'Школа № 2': {
    school: { forms: { teacher_student: { runs: 'нет' } } },
    indicators: {
      '1': { involvedPrev: 10, totalPrev: 100, involvedCur: 20, totalCur: 200 },
      '3': { prev: 1, cur: 2 },
      '5': { prev: 10, cur: 'много' },
      '7': { prev: 1, cur: 2 },
    },
  },
  ДДТ: {
    school: { forms: { teacher_student: { runs: 'да', mentors: 2, mentees: 15, pairs: 3 } } },
    forms: { teacher_student: { examples: 'Проект «Старт»' } },
    indicators: { '1': { cur: 50 }, '3': { cur: 1 }, '5': { prev: 5, cur: 5 }, '7': { cur: 1 } },
  },
};

/** Город Б: two schools, every report complete. */
export const CITY_B = municipalSettings(
  'Город Б',
  [
    ['Лицей № 1', 'Школа'],
    ['Гимназия № 2', 'Школа'],
  ],
  { '3': { 2020: 1, 2021: 2 }, '7': { 2020: 2, 2021: 3 } },
);
export const CITY_B_REPORTS: Record<string, ReportValues> = {
  'Лицей № 1': {
    school: { forms: { teacher_student: { runs: 'да', mentors: 3, mentees: 5, pairs: 5 } } },
    indicators: {
      '1': { involvedPrev: 5, totalPrev: 50, involvedCur: 25, totalCur: 50 },
      '3': { prev: 1, cur: 2 },
      '5': { prev: 7, cur: 9 },
      '7': { prev: 2, cur: 3 },
    },
  },
  'Гимназия № 2': {
    school: { forms: { teacher_student: { runs: 'да', mentors: 4, mentees: 15, pairs: 4 } } },
    indicators: {
      '1': { involvedPrev: 15, totalPrev: 150, involvedCur: 30, totalCur: 150 },
      '3': { prev: 1, cur: 1 },
      '5': { prev: 3, cur: 4 },
      '7': { prev: 1, cur: 1 },
    },
  },
};

/** The region whose units are the two municipalities. */
export const REGION: Settings = tinySettings(['Город А', 'Город Б'], LEVEL_INDICATORS);

/**
 * The two municipalities' values as a coordinator would type them in the region's tabs, computed by hand from the schools
 * above: organisations by type, those running the form, Σ of counts, Σ involved / Σ total, distinct counts as typed.
 */
export const BY_HAND: Record<string, ReportValues> = {
  // 3 schools (one sent nothing) and the ДДТ; Школа № 1 and the ДДТ run the form. Share: (30+10)/(300+100),
  // (60+20)/(300+200) — the ДДТ's 50 % alone has no pupil count. № 5: 40+10+5, 50+5 (Школа № 2's «много» left out).
  'Город А': {
    orgs: { general: 3, additional: 1 },
    forms: {
      teacher_student: { general: 1, additional: 1, examples: 'Школа № 1: Клуб «Наставник» объединяет 12 пар; ДДТ: Проект «Старт»' },
    },
    indicators: {
      '1': { involvedPrev: 40, totalPrev: 400, involvedCur: 80, totalCur: 500 },
      '3': { prev: 4, cur: 5, comment: 'Сумма по организациям (с повторами): 2020 — 3, 2021 — 6' },
      '5': { prev: 55, cur: 55 },
      '7': { prev: 6, cur: 9, comment: 'Сумма по организациям (с повторами): 2020 — 4, 2021 — 7' },
    },
    ready: false,
  },
  'Город Б': {
    orgs: { general: 2, additional: '-' },
    forms: { teacher_student: { general: 2, additional: '-' } },
    indicators: {
      '1': { involvedPrev: 20, totalPrev: 200, involvedCur: 55, totalCur: 200 },
      '3': { prev: 1, cur: 2, comment: 'Сумма по организациям (с повторами): 2020 — 2, 2021 — 3' },
      '5': { prev: 10, cur: 13 },
      '7': { prev: 2, cur: 3, comment: 'Сумма по организациям (с повторами): 2020 — 3, 2021 — 4' },
    },
    ready: true,
  },
};

/**
 * The same schools' reports as a municipality's tab (level «регион») asks them: one general organisation, «-» for ДО,
 * and the form's «да/нет» typed as the count of organisations running it.
 */
export function asRegionTabs(reports: Record<string, ReportValues>): Record<string, ReportValues> {
  return Object.fromEntries(
    Object.entries(reports).map(([unit, r]) => {
      const forms = Object.fromEntries(
        Object.entries(r.school?.forms ?? {}).map(([key, f]) => [
          key,
          { ...r.forms?.[key], general: f.runs === 'да' ? 1 : 0, additional: '-' },
        ]),
      );
      return [unit, { ...r, orgs: { general: 1, additional: '-' }, forms }];
    }),
  );
}

/** A school's own report: the forms it runs with mentors, mentees and pairs, the documents it has (by name), directions. */
export function schoolReport(
  forms: Record<string, [runs: boolean | null, mentors?: number | null, mentees?: number | null, pairs?: number | null]>,
  documents: Record<string, boolean | null>,
): SchoolReport {
  const entries = Object.entries(forms).map(([key, [runs, mentors = null, mentees = null, pairs = null]]) => [
    key,
    { runs, mentors, mentees, pairs },
  ]);
  return { forms: Object.fromEntries(entries), documents, directions: '' };
}

const counted = (value: number): Num => ({ value, state: 'ok' });
const NO_ORGANISATIONS: Num = { value: null, state: 'none' };

/**
 * A unit with its school's own report, and the counts the school's tab derives from it (one organisation, of the type its
 * tab says; 1 or 0 running each form, nothing when not answered): the same UnitData whichever tab layout gave the rest.
 */
function withSchool(u: UnitData, s: Settings, report: SchoolReport): UnitData {
  const additional = orgTypeOf(u.orgs, u.unit.type) === 'additional';
  const mine = (n: Num) => (additional ? { general: counted(0), additional: n } : { general: n, additional: NO_ORGANISATIONS });
  const runs = (key: string): Num => {
    const r = report.forms[key]?.runs ?? null;
    return r === null ? { value: null, state: 'empty' } : counted(r ? 1 : 0);
  };
  const forms = Object.fromEntries(s.forms.map((f) => [f.key, { ...u.forms[f.key], ...mine(runs(f.key)) }]));
  return { ...u, orgs: mine(counted(1)), forms, school: report };
}

/**
 * The analysis with each school's own report put on its UnitData (as the school's tab will give it) and «Документы школы»
 * in its settings, the summary, the note and the recommendations built again from them; a unit not in `reports` has none.
 */
export function withSchoolReports(a: Analysis, reports: Record<string, SchoolReport>, schoolDocuments: string[]): Analysis {
  const settings = { ...a.settings, schoolDocuments };
  // A unit not in `reports` has no report of its own, whatever its tab gave.
  const units = a.units.map((u) => (reports[u.unit.name] ? withSchool(u, settings, reports[u.unit.name]) : { ...u, school: undefined }));
  const summary = summarize(settings, units, a.findings);
  const [note, recommendations] = [writeNote(settings, summary), writeRecommendations(settings, summary)];
  return { ...a, settings, units, summary, note, recommendations };
}

const STUDENT_STUDENT: FormDef = {
  key: 'student_student',
  name: 'ученик–ученик',
  directions: '',
  targetPercent: 75,
  targetDate: '01.01.2023',
};
const TEACHER_STUDENT: FormDef = {
  key: 'teacher_student',
  name: 'учитель–ученик',
  directions: '',
  targetPercent: 75,
  targetDate: '01.01.2023',
};
const EMPLOYER_STUDENT: FormDef = {
  key: 'employer_student',
  name: 'работодатель–ученик',
  directions: '',
  targetPercent: null,
  targetDate: '',
};

/**
 * Город В: five made-up schools and a ДО with three forms; МБОУ СОШ № 6 sent nothing. The counts of its tabs say what the
 * schools' own reports say (1 when the form runs): SCHOOL_REPORTS_V.
 */
export const CITY_V: Settings = {
  ...municipalSettings(
    'Город В',
    [
      ['МБОУ СОШ № 1', 'Школа'],
      ['МБОУ СОШ № 2', 'Школа'],
      ['МБОУ СОШ № 3', 'Школа'],
      ['МБОУ «Гимназия № 4»', 'Школа'],
      ['МБОУ СОШ № 5', 'Школа'],
      ['МАУДО «ДДТ»', DO],
      ['МБОУ СОШ № 6', 'Школа'],
    ],
    { '3': { 2020: 3, 2021: 4 }, '7': { 2020: 5, 2021: 8 } },
  ),
  forms: [STUDENT_STUDENT, TEACHER_STUDENT, EMPLOYER_STUDENT],
  schoolDocuments: ['Положение о наставничестве', 'Дорожная карта', 'База наставников'],
};

const ALL_DOCS = { 'Положение о наставничестве': true, 'Дорожная карта': true, 'База наставников': true };
export const SCHOOL_REPORTS_V: Record<string, SchoolReport> = {
  'МБОУ СОШ № 1': schoolReport(
    { student_student: [true, 12, 30, 12], teacher_student: [true, 5, 20, 5], employer_student: [true, 2, 10, 2] },
    ALL_DOCS,
  ),
  'МБОУ СОШ № 2': schoolReport(
    { student_student: [true, 8, 16, 8], teacher_student: [true, 3, 9, 0], employer_student: [false] },
    { ...ALL_DOCS, 'Положение о наставничестве': false },
  ),
  'МБОУ СОШ № 3': schoolReport(
    { student_student: [false], teacher_student: [true, 4, 4, 4], employer_student: [false] },
    { 'Положение о наставничестве': false, 'Дорожная карта': false, 'База наставников': null },
  ),
  'МБОУ «Гимназия № 4»': schoolReport(
    { student_student: [true, 20, 40, 18], teacher_student: [true], employer_student: [true, 1, 3, 1] },
    ALL_DOCS,
  ),
  'МБОУ СОШ № 5': schoolReport(
    { student_student: [true, 7, 21, 7], teacher_student: [false], employer_student: [null] },
    { 'Положение о наставничестве': null, 'Дорожная карта': null, 'База наставников': null },
  ),
  'МАУДО «ДДТ»': schoolReport({ student_student: [true, 1, 1, 1], teacher_student: [true, 6, 30, 6], employer_student: [false] }, ALL_DOCS),
};

/** да / нет as typed in a school's tab; '' when not answered. */
const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'да' : 'нет');

/** A school's report as its tab's block: per form да/нет with mentors, mentees and pairs, per document да/нет. */
function schoolBlock(r: SchoolReport) {
  const forms = Object.entries(r.forms).map(([key, f]) => [
    key,
    { runs: yesNo(f.runs), mentors: f.mentors ?? '', mentees: f.mentees ?? '', pairs: f.pairs ?? '' },
  ]);
  const documents = Object.entries(r.documents).map(([name, has]) => [name, yesNo(has)]);
  return { forms: Object.fromEntries(forms), documents: Object.fromEntries(documents), directions: r.directions };
}

/** 1 or 0 as the school answered; empty when it did not. */
const runs = (r: SchoolReport, key: string) => (r.forms[key].runs === null ? '' : r.forms[key].runs ? 1 : 0);
/** The tabs of Город В: counts of organisations and of those running each form, as the schools' reports say. */
export const CITY_V_REPORTS: Record<string, ReportValues> = Object.fromEntries(
  Object.entries(SCHOOL_REPORTS_V).map(([unit, r]) => {
    const additional = unit === 'МАУДО «ДДТ»';
    const count = (key: string) => (additional ? { general: 0, additional: runs(r, key) } : { general: runs(r, key), additional: '-' });
    return [
      unit,
      {
        orgs: additional ? { general: 0, additional: 1 } : { general: 1, additional: '-' },
        forms: Object.fromEntries(CITY_V.forms.map((f) => [f.key, count(f.key)])),
        indicators: {
          '1': { involvedPrev: 10, totalPrev: 100, involvedCur: 30, totalCur: 100 },
          '3': { prev: 1, cur: 1 },
          '5': { prev: 10, cur: 12 },
          '7': { prev: 1, cur: 2 },
        },
        // The school's own block as its tab asks it (да/нет and counts; «Документы школы» да/нет), for the tab that reads it.
        school: schoolBlock(r),
      } as ReportValues,
    ];
  }),
);

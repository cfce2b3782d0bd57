// Two municipalities' workbooks of made-up schools and the region they roll up into: the school → municipality → region chain.
import type { IndicatorDef, Settings } from '../../src/domain/model';
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

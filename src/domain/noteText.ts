// Phrases the note's parts share: organisation words, counts in the genitive, values with units, deadlines, lists with values.
import { isNotStarted } from './campaign';
import type { FormDef, IndicatorDef, Settings } from './model';
import { countWith, formatDate, formatNumber, formatPercent, joinRussian, parseRussianDate, type PluralForms } from './russian';
import type { IndicatorRow, IndicatorSummary, OrgType, Summary } from './summary';

export const ORG_WORDS: Record<
  OrgType,
  { short: string; nominative: PluralForms; genitive: readonly [string, string]; dativePlural: string }
> = {
  general: {
    short: 'ОО',
    nominative: ['общеобразовательная организация', 'общеобразовательные организации', 'общеобразовательных организаций'],
    genitive: ['общеобразовательной организации', 'общеобразовательных организаций'],
    dativePlural: 'общеобразовательным организациям',
  },
  additional: {
    short: 'ДО',
    nominative: [
      'организация дополнительного образования',
      'организации дополнительного образования',
      'организаций дополнительного образования',
    ],
    genitive: ['организации дополнительного образования', 'организаций дополнительного образования'],
    dativePlural: 'организациям дополнительного образования',
  },
};

/** "289 общеобразовательных организаций", "21 общеобразовательной организации": genitive after «из», «у», «по данным». */
export function ofCount(n: number, genitive: readonly [string, string]): string {
  return `${formatNumber(n)} ${genitiveAfterNumber(n, genitive[0], genitive[1])}`;
}

/** Genitive singular after 1, 21, 101 … (not 11, 111), genitive plural after every other number. */
export function genitiveAfterNumber(n: number, singular: string, pluralForm: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? singular : pluralForm;
}

/** The unit noun after «из», «у», «для»: "20 муниципалитетов", "1 муниципалитета". */
export function unitsOf(s: Pick<Settings, 'unitNouns'>, n: number): string {
  return ofCount(n, [s.unitNouns[1], s.unitNouns[2]]);
}

/** "муниципалитетам", "школам": the dative plural, from the genitive plural of the settings (…ов → …ам, …ий → …иям, else + ам). */
export function unitsDative(s: Settings): string {
  const g = s.unitNouns[2];
  if (g.endsWith('ов')) return `${g.slice(0, -2)}ам`;
  if (g.endsWith('ев') || g.endsWith('ей')) return `${g.slice(0, -2)}ям`;
  if (g.endsWith('ий')) return `${g.slice(0, -2)}иям`;
  return `${g}ам`;
}

/** "не менее 2 предприятий (организаций)", "менее 5 представителей": genitive after «менее». */
export function lessThan(n: number, nouns: PluralForms | null): string {
  if (!nouns) return formatNumber(n);
  return `${formatNumber(n)} ${genitiveAfterNumber(n, nouns[1], nouns[2])}`;
}

/** A deadline as the note writes it: "1 января 2023 г."; text that is not a date stays as typed. */
export function deadlineText(text: string): string {
  const d = text ? parseRussianDate(text) : null;
  return d ? formatDate(d) : text;
}

/** Whether a target date has come by the end of the reporting year (the data are «по итогам» that year); no date: due. */
export function isDue(s: Settings, dateText: string): boolean {
  const d = dateText ? parseRussianDate(dateText) : null;
  if (!d) return true;
  return d.year < s.reportYear + 1 || (d.year === s.reportYear + 1 && d.month === 1 && d.day === 1);
}

/**
 * What a count counts when «Что считаем» is empty, by its unit of measure (the unit column says «человек», «единиц» …).
 * A unit not listed here leaves the noun unknown: the settings check asks for «Что считаем» (countNounsProblem).
 */
const NOUNS_BY_UNIT: Record<string, PluralForms> = {
  человек: ['человек', 'человека', 'человек'],
  'чел.': ['человек', 'человека', 'человек'],
  чел: ['человек', 'человека', 'человек'],
  единиц: ['единица', 'единицы', 'единиц'],
  единица: ['единица', 'единицы', 'единиц'],
  'ед.': ['единица', 'единицы', 'единиц'],
  ед: ['единица', 'единицы', 'единиц'],
  организаций: ['организация', 'организации', 'организаций'],
  предприятий: ['предприятие', 'предприятия', 'предприятий'],
};

/** The nouns of a count: «Что считаем» of the settings, else the default for its unit of measure; null for a share or an unknown unit. */
export function nounsOf(def: Pick<IndicatorDef, 'kind' | 'nouns' | 'unit'>): PluralForms | null {
  if (def.kind === 'share') return null;
  return def.nouns ?? NOUNS_BY_UNIT[def.unit.trim().toLowerCase()] ?? null;
}

/**
 * The measure for a unit below the minimum, «к …» included: «обеспечить привлечение не менее 2 предприятий к реализации
 * программ наставничества …»; a count whose noun cannot be known is never a bare number: «довести значение показателя
 * «…» до 5 …».
 */
export function minimumMeasure(
  n: number,
  def: Pick<IndicatorDef, 'kind' | 'nouns' | 'unit' | 'name' | 'shortName'>,
  deadline: string,
): string {
  const by = deadline ? ` к ${deadline}` : '';
  const nouns = nounsOf(def);
  if (nouns) return `обеспечить привлечение не менее ${lessThan(n, nouns)} к реализации программ наставничества${by}`;
  return `довести значение показателя «${def.shortName || indicatorName(def.name)}» до ${formatNumber(n)}${by}`;
}

/** The aim of a dynamics indicator as a measure: «обеспечить положительную динамику числа обучающихся, …». */
export function dynamicsMeasure(def: Pick<IndicatorDef, 'name' | 'shortName'>): string {
  // «Положительная динамика числа …» is itself the aim: «Обеспечить положительную динамику числа …».
  const name = indicatorName(def.name);
  const rest = /^положительная динамика\s+/i.test(name) ? name.replace(/^положительная динамика\s+/i, '') : '';
  return rest ? `обеспечить положительную динамику ${rest}` : `обеспечить положительную динамику показателя «${def.shortName || name}»`;
}

/**
 * The measure for a unit whose count is zero and has no minimum to reach: «обеспечить привлечение предприятий
 * (организаций) к реализации программ наставничества к …»; for dynamics its aim, positive dynamics.
 */
export function zeroCountMeasure(def: Pick<IndicatorDef, 'kind' | 'nouns' | 'unit' | 'name' | 'shortName'>, deadline: string): string {
  if (def.kind === 'dynamics') return dynamicsMeasure(def);
  const by = deadline ? ` к ${deadline}` : '';
  const nouns = nounsOf(def);
  if (nouns) return `обеспечить привлечение ${nouns[2]} к реализации программ наставничества${by}`;
  return `обеспечить значение показателя «${def.shortName || indicatorName(def.name)}» выше нуля${by}`;
}

/** A value with its unit: "29,05 %", "121 предприятие (организация)", "510 человек". */
export function valueText(ind: Pick<IndicatorSummary, 'kind'>, v: number, nouns: PluralForms | null): string {
  if (ind.kind === 'share') return formatPercent(v);
  return nouns ? countWith(v, nouns) : formatNumber(v);
}

/** A bare value for lists with values: "93 %", "73". */
export function shortValue(ind: Pick<IndicatorSummary, 'kind'>, v: number): string {
  return ind.kind === 'share' ? formatPercent(v) : formatNumber(v);
}

/** "с 529 до 510 человек", "с 3 до 2 предприятий (организаций)", "с 24,6 % до 54,5 %": genitive after «до». */
export function fromTo(ind: Pick<IndicatorSummary, 'kind'>, prev: number, cur: number, nouns: PluralForms | null): string {
  return `с ${shortValue(ind, prev)} до ${ind.kind === 'share' ? formatPercent(cur) : lessThan(cur, nouns)}`;
}

/** A value in a list of units: "93 %", "73 ед.", "136 чел." (the unit abbreviated, as tables of official letters do). */
export function listValue(ind: Pick<IndicatorSummary, 'kind' | 'unit'>, v: number): string {
  if (ind.kind === 'share') return formatPercent(v);
  const unit = /^человек/.test(ind.unit) ? 'чел.' : /^единиц/.test(ind.unit) ? 'ед.' : ind.unit;
  return unit ? `${formatNumber(v)} ${unit}` : formatNumber(v);
}

/**
 * "Кривошеинский район (93 %), г. Томск (85,5 %) и …": units in the given order with their values. A value with a bracket
 * of its own («2 предприятия (организации)») is not put in brackets: «Бакчарский район — с 3 до 2 предприятий (организаций); …».
 */
export function withValues(rows: IndicatorRow[], value: (r: IndicatorRow) => string): string {
  const values = rows.map(value);
  if (values.some((v) => v.includes('('))) return rows.map((r, i) => `${r.unit} — ${values[i]}`).join('; ');
  return joinRussian(rows.map((r, i) => `${r.unit} (${values[i]})`));
}

/** The indicator's name without its trailing unit («…, человек»), for «по показателю «…»». */
export function indicatorName(name: string): string {
  return name.replace(/,\s*(%|человек|единиц|ед\.)\s*$/i, '').trim();
}

/** «ученик–ученик», «учитель–ученик» и «студент–ученик». */
export function formList(forms: FormDef[]): string {
  return joinRussian(forms.map((f) => `«${f.name}»`));
}

/** «в целом по региону» / «в целом по муниципалитету»: the whole the workbook reports on, in the dative, by its level. */
export const wholeDative = (s: Pick<Settings, 'level'>): string => (s.level === 'municipality' ? 'муниципалитету' : 'региону');

/**
 * The words of the whole's own plans and events, by the level: «регионального планового показателя», «на региональных
 * мероприятиях»; at the municipality level the plan in «Настройки» and the events are the municipality's.
 */
export function levelWords(s: Pick<Settings, 'level'>): {
  genitive: string;
  neuter: string;
  masculine: string;
  prepositional: string;
  prepositionalPlural: string;
} {
  const stem = s.level === 'municipality' ? 'муниципальн' : 'региональн';
  return {
    genitive: `${stem}ого`,
    neuter: `${stem}ое`,
    masculine: `${stem}ый`,
    prepositional: `${stem}ом`,
    prepositionalPlural: `${stem}ых`,
  };
}

/**
 * «следующему муниципалитету» / «следующей школе»: «следующий» agrees with the unit noun of «Настройки» by its gender,
 * told from its ending: a noun in -а/-я (школа, организация) is feminine, any other (муниципалитет, учреждение, район) takes
 * the masculine/neuter forms, which are the same in the genitive and dative. A noun in -ь is taken as masculine.
 */
export function following(s: Pick<Settings, 'unitNouns'>, grammaticalCase: 'genitive' | 'dative'): string {
  if (isFeminine(s)) return 'следующей';
  return grammaticalCase === 'genitive' ? 'следующего' : 'следующему';
}

/** Whether the unit noun is feminine (школа, организация), told from its ending as `following` tells it. */
const isFeminine = (s: Pick<Settings, 'unitNouns'>): boolean => /[ая]$/i.test(s.unitNouns[0].trim());

/** «все 20 муниципалитетов», but «оба муниципалитета» / «обе школы»: «все 2 школы» is not said. */
export function allUnits(s: Pick<Settings, 'unitNouns'>, n: number): string {
  if (n === 2) return `${isFeminine(s) ? 'обе' : 'оба'} ${s.unitNouns[1]}`;
  return `все ${countWith(n, s.unitNouns)}`;
}

/** Upper-cases the first letter; lower-cases it for use inside a sentence. */
export const upperFirst = (t: string): string => (t ? t.charAt(0).toUpperCase() + t.slice(1) : t);
export const lowerFirst = (t: string): string => (t && !/^[А-ЯЁA-Z]{2}/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

/** Ends a text with exactly one full stop. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Who did not report (no tab, or a tab left empty) and whose report is partial, in the settings' order. */
export function reportGaps(sum: Summary): { absent: string[]; partial: string[] } {
  const unitsIn = (states: string[]) => sum.completeness.filter((c) => states.includes(c.state)).map((c) => c.unit);
  // «не представили» is the campaign's «не начат» (one rule, src/domain/campaign.ts).
  return { absent: sum.completeness.filter(isNotStarted).map((c) => c.unit), partial: unitsIn(['partial']) };
}

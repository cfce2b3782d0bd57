// Starting content of a new workbook's settings: the four forms, the programme's indicators and a neutral document frame, all editable.
import type { DocumentSettings, FormDef, IndicatorDef, Resource, Settings } from '../domain/model';
import { DEFAULT_SCHOOL_DOCUMENTS } from '../domain/schoolReport';

/** The four forms without targets: coverage targets and their dates are the region's to set (Tomsk's come from its data folder). */
export const DEFAULT_FORMS: FormDef[] = [
  {
    key: 'student_student',
    name: 'ученик–ученик',
    directions: 'успевающий–неуспевающий, лидер–пассивный, лидер–активный, равный–равному, менеджер–проектная команда',
    targetPercent: null,
    targetDate: '',
    evidence: [],
  },
  {
    key: 'teacher_student',
    name: 'учитель–ученик',
    directions:
      'активный учитель–активный ученик, активный учитель–пассивный ученик, куратор–автор индивидуального проекта, куратор–проектная команда',
    targetPercent: null,
    targetDate: '',
    evidence: [],
  },
  {
    key: 'university_student',
    name: 'студент–ученик',
    directions: 'лидер–равнодушный, равный–другому, куратор–автор индивидуального проекта, куратор–проектная команда',
    targetPercent: null,
    targetDate: '',
    evidence: ['8'],
  },
  {
    key: 'employer_student',
    name: 'работодатель–ученик',
    directions:
      'активный профессионал–равнодушный потребитель, коллега–молодой коллега, работодатель–будущий сотрудник, куратор–автор индивидуального проекта, куратор–проектная команда, куратор–профориентационная практика',
    targetPercent: null,
    targetDate: '',
    evidence: ['3', '7'],
  },
];

const PLANS_SHARE = { 2020: 10, 2021: 20, 2022: 35, 2023: 50, 2024: 70 };
const PUPILS: [string, string, string] = ['обучающийся', 'обучающихся', 'обучающихся'];

function indicator(p: Partial<IndicatorDef> & Pick<IndicatorDef, 'id' | 'name' | 'kind' | 'unit'>): IndicatorDef {
  return { nouns: null, plans: {}, leaderAbove: null, minimum: null, deadline: '', official: {}, shortName: '', ...p };
}

const DEFAULT_INDICATORS: IndicatorDef[] = [
  indicator({
    id: '1',
    shortName: 'доля обучающихся 5–11 классов, вовлечённых в наставничество',
    kind: 'share',
    unit: '%',
    plans: PLANS_SHARE,
    leaderAbove: 50,
    name: 'Доля обучающихся 5-11 классов общеобразовательных организаций, вовлеченных в различные формы сопровождения и наставничества, %',
  }),
  indicator({
    id: '2',
    shortName: 'доля обучающихся организаций дополнительного образования, вовлечённых в наставничество',
    kind: 'share',
    unit: '%',
    plans: PLANS_SHARE,
    leaderAbove: 50,
    name: 'Доля обучающихся организаций, осуществляющих образовательную деятельность по дополнительным общеобразовательным программам, вовлеченных в различные формы наставничества, %',
  }),
  indicator({
    id: '3',
    shortName: 'число предприятий (организаций), предоставивших наставников',
    kind: 'count',
    unit: 'единиц',
    nouns: ['предприятие (организация)', 'предприятия (организации)', 'предприятий (организаций)'],
    plans: { 2020: 2, 2021: 5, 2022: 15, 2023: 20, 2024: 30 },
    leaderAbove: 5,
    minimum: 2,
    name: 'Количество предприятий (организаций), осуществляющих деятельность на территории области, вошедших в программы наставничества, предоставив своих наставников, единиц',
  }),
  indicator({
    id: '4',
    shortName: 'число обучающихся — участников высокорейтинговых мероприятий',
    kind: 'dynamics',
    unit: 'человек',
    nouns: PUPILS,
    name: 'Положительная динамика числа обучающихся, принимающих участие в высокорейтинговых мероприятиях, входящих в перечни Минпросвещения России и Минобрнауки России, человек',
  }),
  indicator({
    id: '5',
    shortName: 'число обучающихся, вовлечённых в проектную деятельность',
    kind: 'dynamics',
    unit: 'человек',
    nouns: PUPILS,
    name: 'Положительная динамика числа обучающихся, вовлеченных в проектную деятельность, человек',
  }),
  indicator({
    id: '6',
    shortName: 'число обучающихся — участников профориентационных мероприятий',
    kind: 'dynamics',
    unit: 'человек',
    nouns: PUPILS,
    name: 'Положительная динамика числа обучающихся, участвующих в профориентационных мероприятиях, человек',
  }),
  indicator({
    id: '7',
    shortName: 'число представителей предприятий (организаций) — наставников обучающихся',
    kind: 'dynamics',
    unit: 'человек',
    nouns: ['представитель', 'представителя', 'представителей'],
    leaderAbove: 5,
    minimum: 5,
    representativesOf: '3',
    name: 'Положительная динамика числа представителей предприятий (организаций), вовлеченных в качестве наставников для обучающихся, человек',
  }),
  indicator({
    id: '8',
    shortName: 'число студентов — наставников обучающихся',
    kind: 'dynamics',
    unit: 'человек',
    nouns: ['студент', 'студента', 'студентов'],
    leaderAbove: 10,
    minimum: 10,
    name: 'Положительная динамика числа студентов организаций профессионального и высшего образования, вовлеченных в качестве наставников для обучающихся, человек',
  }),
];

export const DEFAULT_PLAN_YEARS = [2020, 2021, 2022, 2023, 2024];

/** A new workbook recommends no resources until the region lists its own (links and dates are region-specific). */
const DEFAULT_RESOURCES: Resource[] = [];

/**
 * A neutral frame: generic addressees, title and purpose. What only the department knows (sender, programme, basis, organiser,
 * signer, executor) starts empty: the settings check asks for it (frameGaps) rather than the note inventing an organisation.
 */
export const DEFAULT_DOCUMENT: DocumentSettings = {
  sender: '',
  addressees: [
    'Руководителям органов местного самоуправления, осуществляющих управление в сфере образования',
    'Муниципальным и школьным координаторам реализации программ наставничества',
  ],
  date: '',
  number: '',
  title: 'Об итогах мониторинга реализации программ наставничества',
  documentKind: 'Аналитическая справка',
  programme: '',
  basis: [],
  organiser: '',
  purpose: 'анализа текущей ситуации и выработки адресных рекомендаций',
  otherParticipants: '',
  conclusion: '',
  signerPosition: '',
  signerName: '',
  executor: '',
  executorPhone: '',
  font: 'Times New Roman',
};

/**
 * An indicator's plans with the previous and the reporting year covered: a year after the programme's last plan keeps
 * that last plan (the programme's final target), so a new workbook for a later year is compared with a plan, not with none.
 */
function plansCovering(plans: Record<number, number>, years: number[]): Record<number, number> {
  const known = Object.keys(plans)
    .map(Number)
    .sort((a, b) => a - b);
  const out = { ...plans };
  for (const y of years) {
    const before = known.filter((k) => k <= y);
    if (!(y in out) && before.length) out[y] = plans[before[before.length - 1]];
  }
  return out;
}

/** A new workbook's settings: the regional programme as defaults; the units come from the user. */
export function defaultSettings(year: number): Settings {
  const indicators = DEFAULT_INDICATORS.map((i) => ({ ...i, plans: plansCovering(i.plans, [year - 1, year]) }));
  return {
    regionName: '',
    reportYear: year,
    previousYear: year - 1,
    level: 'region',
    unitNouns: ['муниципалитет', 'муниципалитета', 'муниципалитетов'],
    unitNounPlural: 'Муниципалитеты',
    staffEmails: [],
    units: [],
    forms: DEFAULT_FORMS,
    indicators,
    deadline: '',
    reportDeadline: '',
    resources: DEFAULT_RESOURCES,
    schoolDocuments: [...DEFAULT_SCHOOL_DOCUMENTS],
    document: { ...DEFAULT_DOCUMENT, addressees: [...DEFAULT_DOCUMENT.addressees], basis: [] },
  };
}

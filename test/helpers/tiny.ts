// A small workbook built in memory from chosen settings and reports, analysed by the pure pipeline: for rules at their edges.
import type { DocumentSettings, IndicatorDef, Settings } from '../../src/domain/model';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { DEFAULT_DOCUMENT } from '../../src/workbook/defaults';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookGrids } from './grids';

/** Indicators of every kind, with the thresholds the boundary tests name. */
export const INDICATORS: IndicatorDef[] = [
  {
    id: '1',
    name: 'Доля вовлечённых обучающихся, %',
    kind: 'share',
    unit: '%',
    nouns: null,
    plans: { 2020: 10, 2021: 20 },
    leaderAbove: 50,
    minimum: null,
    deadline: '',
    official: {},
  },
  {
    id: '3',
    name: 'Количество предприятий, единиц',
    kind: 'count',
    unit: 'единиц',
    nouns: ['предприятие', 'предприятия', 'предприятий'],
    plans: { 2020: 2, 2021: 5 },
    leaderAbove: 5,
    minimum: 2,
    deadline: '01.01.2023',
    official: {},
  },
  {
    id: '5',
    name: 'Динамика числа обучающихся в проектах, человек',
    kind: 'dynamics',
    unit: 'человек',
    nouns: ['обучающийся', 'обучающихся', 'обучающихся'],
    plans: {},
    leaderAbove: null,
    minimum: null,
    deadline: '',
    official: {},
  },
  {
    id: '7',
    name: 'Динамика числа представителей предприятий, человек',
    kind: 'dynamics',
    unit: 'человек',
    nouns: ['представитель', 'представителя', 'представителей'],
    plans: {},
    leaderAbove: 5,
    minimum: 5,
    deadline: '01.01.2023',
    official: {},
  },
];

/**
 * The frame the department would type, so that tests of other rules see no «fill in the frame» warning
 * (note.frameGaps.test.ts covers an empty frame). People are placeholders.
 */
export const TINY_FRAME: Partial<DocumentSettings> = {
  sender: 'Министерство образования Тестовой области',
  basis: ['приказа Министерства образования Тестовой области от 11.01.2021 № 1 «Об утверждении программы наставничества»'],
  programme: 'Наставничество в Тестовой области на 2020–2024 годы',
  organiser: 'ГАУ ДПО «Институт развития образования Тестовой области»',
  signerPosition: 'Министр',
  signerName: 'И. О. Фамилия',
  executor: 'Фамилия И. О., методист',
};

export function tinySettings(names: string[], indicators: IndicatorDef[] = INDICATORS, frame: Partial<DocumentSettings> = {}): Settings {
  return {
    regionName: 'Тестовая область',
    level: 'region',
    reportYear: 2021,
    previousYear: 2020,
    unitNouns: ['муниципалитет', 'муниципалитета', 'муниципалитетов'],
    unitNounPlural: 'Муниципалитеты',
    staffEmails: [],
    units: names.map((name, i) => ({ name, type: 'Муниципалитет', email: '', tab: name, settingsRow: i + 1 })),
    forms: [{ key: 'teacher_student', name: 'учитель–ученик', directions: '', targetPercent: 75, targetDate: '01.01.2023' }],
    indicators,
    deadline: '01.01.2023',
    reportDeadline: '',
    resources: [],
    schoolDocuments: [],
    document: { ...DEFAULT_DOCUMENT, addressees: [...DEFAULT_DOCUMENT.addressees], ...TINY_FRAME, ...frame },
  };
}

/** Analyses a workbook whose units are the keys of `reports`, in that order. */
export function tiny(
  reports: Record<string, ReportValues>,
  indicators: IndicatorDef[] = INDICATORS,
  frame: Partial<DocumentSettings> = {},
): Analysis {
  const settings = tinySettings(Object.keys(reports), indicators, frame);
  const g = workbookGrids(settings, reports);
  return analyze(g.settingsValues, g.tabs);
}

export const indicatorOf = (a: Analysis, id: string) => a.summary.indicators.find((i) => i.id === id)!;
export const rowOf = (a: Analysis, id: string, unit: string) => indicatorOf(a, id).rows.find((r) => r.unit === unit)!;
/** The note as one text, no-break spaces read as plain spaces. */
export const noteText = (a: Analysis) =>
  a.note.sections
    .flatMap((s) => [s.heading, ...s.paragraphs])
    .join('\n')
    .replace(/\u00a0/g, ' ');

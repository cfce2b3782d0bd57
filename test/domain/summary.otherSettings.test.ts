// A workbook whose settings are not Tomsk's: other units, forms, indicators, years, thresholds — the output follows them.
import type { Settings } from '../../src/domain/model';
import { DEFAULT_DOCUMENT } from '../../src/workbook/defaults';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { renderFormsTab, renderIndicatorsTab } from '../../src/workbook/summaryTabs';
import { workbookGrids } from '../helpers/grids';

const settings: Settings = {
  regionName: 'г. Новокузнецк',
  level: 'region',
  reportYear: 2025,
  previousYear: 2024,
  unitNouns: ['школа', 'школы', 'школ'],
  unitNounPlural: 'Школы',
  staffEmails: ['metodist@example.org'],
  units: [
    { name: 'МБОУ «СОШ № 1»', type: 'Школа', email: 'school1@example.org', tab: 'СОШ 1', settingsRow: 1 },
    { name: 'МБОУ «СОШ № 2»', type: 'Школа', email: '', tab: 'СОШ 2', settingsRow: 2 },
    { name: 'МАОУ «Лицей № 3»', type: 'Школа', email: '', tab: 'Лицей 3', settingsRow: 3 },
    { name: 'ГПОУ «Колледж»', type: 'Колледж', email: '', tab: 'Колледж', settingsRow: 4 },
  ],
  forms: [
    {
      key: 'teacher_teacher',
      name: 'учитель–учитель',
      directions: 'опытный педагог–молодой специалист',
      targetPercent: 60,
      targetDate: '01.09.2025',
      evidence: [],
    },
  ],
  indicators: [
    {
      id: 'A',
      name: 'Доля детей 10–19 лет, вовлечённых в наставничество в роли наставляемого, %',
      kind: 'share',
      unit: '%',
      nouns: null,
      plans: { 2024: 30, 2025: 40 },
      leaderAbove: 60,
      minimum: null,
      deadline: '',
      official: {},
      shortName: 'доля детей 10–19 лет — наставляемых',
    },
    {
      id: 'B',
      name: 'Число наставников из числа молодых специалистов, человек',
      kind: 'count',
      unit: 'человек',
      nouns: ['наставник', 'наставника', 'наставников'],
      plans: { 2025: 10 },
      leaderAbove: 8,
      minimum: 3,
      // After the reporting year 2025: a deadline already past when the note is written is not recommended (noteDates).
      deadline: '01.09.2026',
      official: {},
      shortName: '',
    },
  ],
  deadline: '01.09.2025',
  reportDeadline: '',
  schoolDocuments: [],
  resources: [{ text: 'городской конкурс «Наставник года»', url: '', when: '' }],
  document: {
    ...DEFAULT_DOCUMENT,
    sender: 'Комитет образования и науки администрации г. Новокузнецка',
    organiser: 'МАОУ ДПО «Институт повышения квалификации»',
  },
};

const reports = {
  'МБОУ «СОШ № 1»': {
    orgs: { general: 1, additional: '-' },
    forms: { teacher_teacher: { general: 1 } },
    indicators: { A: { involvedPrev: 100, totalPrev: 400, involvedCur: 300, totalCur: 400 }, B: { prev: 5, cur: 9 } },
  },
  'МБОУ «СОШ № 2»': {
    orgs: { general: 1, additional: 1 },
    forms: { teacher_teacher: { general: 0, additional: 1 } },
    indicators: { A: { involvedPrev: 50, totalPrev: 600, involvedCur: 60, totalCur: 600 }, B: { prev: 2, cur: 1 } },
  },
  'МАОУ «Лицей № 3»': {
    orgs: { general: 1, additional: 0 },
    forms: { teacher_teacher: { general: 1, additional: 0 } },
    indicators: { A: { involvedPrev: 200, totalPrev: 500, involvedCur: 250, totalCur: 500 }, B: { prev: 4, cur: 4 } },
  },
  'ГПОУ «Колледж»': {
    orgs: { general: 1, additional: 0 },
    forms: { teacher_teacher: { general: 1 } },
    indicators: { A: { prev: 90, cur: 95 }, B: { prev: 1, cur: 2 } },
  },
};

let a: Analysis;
let text: string;
let A: Analysis['summary']['indicators'][number];
let B: Analysis['summary']['indicators'][number];
beforeAll(() => {
  const g = workbookGrids(settings, reports);
  a = analyze(g.settingsValues, g.tabs);
  // No-break spaces (before %, inside numbers) read as plain spaces here.
  text = a.note.sections
    .flatMap((s) => [s.heading, ...s.paragraphs])
    .join('\n')
    .replace(/\u00a0/g, ' ');
  A = a.summary.indicators.find((i) => i.id === 'A')!;
  B = a.summary.indicators.find((i) => i.id === 'B')!;
});

test('settings read back from the tab equal the settings written', () => {
  expect(a.fatal).toEqual([]);
  expect(a.settings.units.map((u) => u.name)).toEqual(settings.units.map((u) => u.name));
  expect(a.settings.indicators.map((i) => [i.id, i.kind, i.plans, i.leaderAbove, i.minimum])).toEqual(
    settings.indicators.map((i) => [i.id, i.kind, i.plans, i.leaderAbove, i.minimum]),
  );
  expect(a.settings.forms).toEqual(settings.forms);
});

test('a share indicator with pupil counts is the weighted share Σ involved / Σ total, units of another type left out', () => {
  expect(A.region.cur).toMatchObject({ method: 'weighted', value: 40.67, plan: 40, met: true }); // (300+60+250)/(400+600+500)
  expect(A.region.prev).toMatchObject({ method: 'weighted', value: 23.33, plan: 30, met: false }); // 350/1500
  expect(A.rows.map((r) => r.unit)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»', 'МАОУ «Лицей № 3»']);
  expect(A.otherRows.map((r) => [r.unit, r.cur])).toEqual([['ГПОУ «Колледж»', 95]]);
  expect(A.groups.leaders).toEqual(['МБОУ «СОШ № 1»']);
  expect(A.groups.belowPlan).toEqual(['МБОУ «СОШ № 2»']);
});

test('count indicator: the minimum and deadline of the settings drive the groups and the advice', () => {
  expect(B.region.cur.value).toBe(14);
  expect(B.groups.belowMinimum).toEqual(['МБОУ «СОШ № 2»']);
  expect(B.groups.leaders).toEqual(['МБОУ «СОШ № 1»']);
  expect(text).toContain('менее 3 наставников');
  expect(text).toContain('к 1 сентября 2026 г.');
});

test('the note speaks of the settings: years, plan, nouns, forms, resources — nothing from Tomsk', () => {
  expect(text).toContain('В 2025 г. плановый показатель составлял 40 %');
  expect(text).toContain('Школа-лидер (значение показателя в 2025 г. выше 60 %) — МБОУ «СОШ № 1» (75 %).');
  expect(text).toContain('«учитель–учитель»');
  expect(text).toContain('городской конкурс «Наставник года»');
  expect(text).toContain('опыт школ-лидеров');
  expect(text).not.toMatch(/Томск|2021|муниципалитет|«ученик–ученик»/);
});

test('tables follow the settings: one form column pair, the unit type as the first header, the other type apart', () => {
  const forms = renderFormsTab(a)
    .cells.map((r) => r.map((c) => c.v).join('|'))
    .join('\n');
  expect(forms).toContain('«учитель–учитель», кол-во');
  expect(forms).not.toContain('ученик–ученик');
  expect(forms).toMatch(/Колледж/);
  const ind = renderIndicatorsTab(a)
    .cells.map((r) => r.map((c) => c.v).join('|'))
    .join('\n');
  expect(ind).toContain('План 2025');
  expect(ind).toContain('Школа|2024 г.|2025 г.');
  expect(renderIndicatorsTab(a).charts).toHaveLength(1);
});

test('no ДО organisations ("-") is not an error and shows as none', () => {
  const row = a.summary.forms.rows.find((r) => r.unit === 'МБОУ «СОШ № 1»')!;
  expect(row.forms.teacher_teacher.additional.state).toBe('none');
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

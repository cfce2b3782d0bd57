// Renders the summary, note, recommendations and findings as tab documents: tables 1–3 with highlighting, legends and charts.
import type { Finding, Settings } from '../domain/model';
import { renderNoteTab } from './noteTab';
import type { Num } from '../domain/interpret';
import type { Recommendation } from '../domain/note';
import { countWith, formatNumber, type PluralForms, roundHalfAway, yearLabel } from '../domain/russian';
import {
  type Coverage,
  type FormsGroupSummary,
  type IndicatorRow,
  type IndicatorSummary,
  ORG_TYPES,
  type OrgType,
  type RegionValue,
  type Status,
  type Summary,
} from '../domain/summary';
import { isDue, levelWords, wholeDative } from '../domain/noteText';
import { isNotStarted } from '../domain/campaign';
import { NOT_COUNTED } from '../domain/noteTables';
import { findingCountsText } from '../domain/findingCounts';
import type { Analysis } from './analyze';
import { PALETTE } from '../domain/palette';
import { type CellStyle, DocBuilder, type DocCell, HEADER_STYLE, type Meaning, type SheetDoc } from './sheetDoc';
import { SUMMARY_TABS } from './tabNames';

const STATUS_COLOURS: Partial<Record<Status, string>> = {
  'ниже плана': PALETTE.belowPlan,
  'ниже минимума': PALETTE.belowPlan,
  лидер: PALETTE.leader,
  снижение: PALETTE.fell,
  'нет данных': PALETTE.noData,
  'требует уточнения': PALETTE.warning,
};

const TOTAL: CellStyle = { bold: true, background: PALETTE.total };
const ORG_TITLES: Record<OrgType, string> = {
  general: 'общеобразовательные организации (ОО)',
  additional: 'организации дополнительного образования (ДО)',
};
const DASH = '—';
/** Blank rows kept under a table for its chart (a default Sheets chart is 371 px high; rows are 20–21 px). */
const CHART_ROWS = 20;
/** The regional row of table 3: a plain mean of shares is never labelled as the fact. */
/** Table 3's row of the whole: «Регион (факт)», or «Муниципалитет (факт)» in a municipality's workbook. */
const wholeLabel = (s: Pick<Settings, 'level'>, mean: boolean) =>
  `${s.level === 'municipality' ? 'Муниципалитет' : 'Регион'} (${mean ? 'среднее, не взвешенное' : 'факт'})`;

/** A share below its target: shaded, and in italics so a black-and-white print still shows it (the legend says so). */
const BELOW_TARGET: CellStyle = { background: PALETTE.belowPlan, italic: true };

function legend(b: DocBuilder, items: Array<[string, string]>): void {
  b.legend('Обозначения:', items);
}

/** Units of a type other than the settings' own noun («Областная организация»): counted as «единица отчёта». */
const UNITS: PluralForms = ['единица отчёта', 'единицы отчёта', 'единиц отчёта'];

function completenessBlock(b: DocBuilder, sum: Summary): void {
  const by = (state: string) => sum.completeness.filter((c) => c.state === state).map((c) => c.unit);
  const total = sum.completeness.length;
  b.table(null, { block: 'completeness' });
  b.body([
    { v: 'Полнота отчётов', style: { bold: true } },
    // «Представлено» counts what the campaign counts: a tab with nothing typed is not a report, as a missing tab is not.
    `представлено ${total - sum.completeness.filter(isNotStarted).length} из ${total}; отмечено «Отчёт готов»: ${sum.completeness.filter((c) => c.ready).length}`,
  ]);
  const lines: Array<[string, string[]]> = [
    ['Нет вкладки', by('missing')],
    ['Не заполнены', by('empty')],
    ['Заполнены частично', by('partial')],
  ];
  for (const [label, names] of lines) b.body([label, { v: names.length ? names.join(', ') : 'нет', style: { wrap: true } }]);
  b.body(['Ошибок в данных', `${sum.findings.errors} (значения с ошибками не учтены в итогах; см. вкладку «${SUMMARY_TABS.check}»)`]);
  b.end();
}

function countCell(n: Num): DocCell {
  if (n.state === 'none') return { v: DASH };
  if (n.state === 'invalid') return { v: NOT_COUNTED, style: { background: PALETTE.error } };
  if (n.value === null) return { v: 'нет данных', style: { background: PALETTE.noData } };
  return { v: n.value };
}

function coverageCells(c: Coverage): DocCell[] {
  if (c.state === 'none') return [{ v: DASH }, { v: DASH }];
  if (c.state === 'invalid')
    return [
      { v: c.count ?? NOT_COUNTED, style: { background: PALETTE.error } },
      { v: NOT_COUNTED, style: { background: PALETTE.error } },
    ];
  if (c.share === null)
    return [
      { v: c.count ?? 'нет данных', style: { background: PALETTE.noData } },
      { v: 'нет данных', style: { background: PALETTE.noData } },
    ];
  return [{ v: c.count! }, { v: c.share, style: c.met === false ? BELOW_TARGET : undefined }];
}

/** «20 муниципалитетов» for the ranked type, «12 единиц отчёта» for another. */
function unitsCount(s: Settings, g: FormsGroupSummary, n: number): string {
  return g.type === s.units[0]?.type ? countWith(n, s.unitNouns) : `${g.type}: ${countWith(n, UNITS)}`;
}

function formsTables(b: DocBuilder, s: Settings, g: FormsGroupSummary, tableNo: string): void {
  for (const t of ORG_TYPES) {
    const id = `${tableNo}${t === 'general' ? 'а' : 'б'}`;
    b.blank();
    const title = ORG_TITLES[t][0].toUpperCase() + ORG_TITLES[t].slice(1);
    const columns: Array<Meaning | null> = [
      null,
      { field: 'total' },
      ...s.forms.flatMap((f) => [
        { form: f.key, field: 'count' },
        { form: f.key, field: 'share' },
      ]),
    ];
    b.table(
      `Таблица ${id}. ${title}, реализующие формы наставничества (${unitsCount(s, g, g.rows.length)})`,
      { table: id, type: t },
      columns,
    );
    b.header([g.type, 'Всего организаций', ...s.forms.flatMap((f) => [`«${f.name}», кол-во`, `«${f.name}», %`])]);
    for (const r of g.rows)
      b.body([r.unit, countCell(r.totals[t]), ...s.forms.flatMap((f) => coverageCells(r.forms[f.key][t]))], {
        unit: r.unit,
      });
    b.body(
      [
        { v: 'Итого', style: TOTAL },
        { v: g.totals[t], style: TOTAL },
        ...s.forms.flatMap((f) => {
          const c = g.forms[f.key][t];
          return [
            { v: c.count ?? 0, style: TOTAL },
            { v: c.share ?? DASH, style: TOTAL },
          ];
        }),
      ],
      { total: '' },
    );
    const leftOut = s.forms.flatMap((f) => g.forms[f.key][t].leftOut.map((u) => `${u} («${f.name}»)`));
    if (leftOut.length)
      b.text({
        v: `Не учтены сведения, не соответствующие форме отчёта: ${leftOut.join(', ')}; итоговые значения рассчитаны без них.`,
        style: {},
      });
  }
}

/** Table 1's columns after the form's name: which organisations and which figure. */
const TABLE1_COLUMNS: Array<Meaning | null> = [
  null,
  { type: 'general', field: 'total' },
  { type: 'general', field: 'count' },
  { type: 'general', field: 'share' },
  { type: 'additional', field: 'total' },
  { type: 'additional', field: 'count' },
  { type: 'additional', field: 'share' },
];

export function renderFormsTab(a: Analysis): SheetDoc {
  const { settings: s, summary: sum } = a;
  const b = new DocBuilder(SUMMARY_TABS.forms);
  b.startSection('heading');
  b.title(`Свод по формам наставничества${s.regionName ? `: ${s.regionName}` : ''}, ${yearLabel(s.reportYear)}`);
  b.startSection('completeness');
  completenessBlock(b, sum);
  b.blank();
  b.startSection('table1');
  b.table(`Таблица 1. Итоги по ${wholeDative(s)} (${countWith(sum.unitCount, s.unitNouns)})`, { table: '1' }, TABLE1_COLUMNS);
  b.header([
    'Форма',
    'ОО всего',
    'ОО реализуют',
    'ОО, %',
    'ДО всего',
    'ДО реализуют',
    'ДО, %',
    'Цель, %',
    'Срок цели',
    'Цель ОО',
    'Цель ДО',
  ]);
  for (const f of s.forms) {
    const [g, d] = [sum.forms.forms[f.key].general, sum.forms.forms[f.key].additional];
    // Before the target date a shortfall is the distance still to go, not «не достигнута».
    const due = isDue(s, f.targetDate);
    const met = (c: Coverage): DocCell => {
      if (c.met === null) return { v: DASH };
      if (c.met) return { v: 'достигнута', style: { background: PALETTE.leader } };
      return due
        ? { v: 'не достигнута', style: { background: PALETTE.belowPlan } }
        : { v: `осталось ${formatNumber(f.targetPercent! - c.share!, 1)} п. п.` };
    };
    const share = (c: Coverage): DocCell => ({
      v: c.share ?? DASH,
      style: c.met === false ? BELOW_TARGET : undefined,
    });
    b.body(
      [
        `«${f.name}»`,
        g.total ?? 0,
        g.count ?? 0,
        share(g),
        d.total ?? 0,
        d.count ?? 0,
        share(d),
        f.targetPercent ?? DASH,
        f.targetDate || DASH,
        met(g),
        met(d),
      ],
      { form: f.key },
    );
  }
  legend(b, [
    [PALETTE.belowPlan, 'ниже цели охвата (курсив)'],
    [PALETTE.error, `«${NOT_COUNTED}» — значение не соответствует форме отчёта`],
    [PALETTE.noData, 'нет данных'],
    ['#ffffff', '— нет организаций этого типа'],
  ]);
  b.startSection('table2');
  formsTables(b, s, sum.forms, '2');
  b.startSection('otherForms');
  sum.otherForms.forEach((g, i) => {
    formsTables(b, s, g, `${3 + i}`);
  });
  b.widths([220]);
  b.doc.frozenRows = 1;
  return b.doc;
}

function valueCell(v: number | null, state: Num['state']): DocCell {
  if (v === null)
    return state === 'invalid'
      ? { v: NOT_COUNTED, style: { background: PALETTE.error } }
      : { v: 'нет данных', style: { background: PALETTE.noData } };
  return { v };
}

/** The cell with a status colour over its own, when there is one; «не учтено» keeps the error colour of the legend. */
function withBackground(cell: DocCell, colour: string | undefined): DocCell {
  return colour && cell.v !== NOT_COUNTED ? { ...cell, style: { ...cell.style, background: colour } } : cell;
}

/** A unit's row of table 3: values, change, the unit's own thresholds (minimum, leader); the regional plan is on the regional row only. */
function indicatorRowCells(r: IndicatorRow, ind: IndicatorSummary): DocCell[] {
  const colour = STATUS_COLOURS[r.status];
  return [
    { v: r.unit },
    valueCell(r.prev, r.prevState),
    withBackground(valueCell(r.cur, r.curState), colour),
    { v: r.change ?? '', style: { background: r.trend === 'снижение' ? PALETTE.fell : undefined } },
    { v: r.changePercent ?? '' },
    { v: '' },
    { v: '' },
    { v: ind.minimum ?? DASH },
    { v: ind.leaderAbove ?? DASH },
    { v: r.status + (r.percentOnly ? ' *' : ''), style: { background: colour } },
    { v: r.trend ?? 'нет данных' },
  ];
}

/** How the regional value was obtained, as the regional row of table 3 says it. */
const regionMethods = (s: Pick<Settings, 'level'>): Record<RegionValue['method'], string> => ({
  weighted: 'взвешенная доля (Σ вовлечённых / Σ обучающихся)',
  official: 'официальное значение (из настроек)',
  mean: `справочно: среднее арифметическое долей; ${levelWords(s).neuter} значение не рассчитано`,
  sum: 'сумма',
  none: 'нет данных',
});

export function renderIndicatorsTab(a: Analysis): SheetDoc {
  const { settings: s, summary: sum } = a;
  const b = new DocBuilder(SUMMARY_TABS.indicators);
  const [py, cy] = [s.previousYear, s.reportYear];
  b.startSection('heading');
  b.title(`Таблица 3. Показатели эффективности за ${py} и ${cy} гг. в разрезе ${s.unitNouns[2]}`);
  b.startSection('table3');
  legend(b, [
    [PALETTE.belowPlan, 'ниже плана или минимума'],
    [PALETTE.leader, 'лидер'],
    [PALETTE.fell, 'снижение'],
    [PALETTE.warning, 'требует уточнения'],
    [PALETTE.noData, 'нет данных'],
    [PALETTE.error, `«${NOT_COUNTED}» — значение не соответствует форме отчёта`],
  ]);
  b.text({ v: 'Знаком «*» отмечены значения, по которым указана только доля вовлечённых обучающихся, без их численности.', style: {} });
  for (const ind of sum.indicators) {
    const def = s.indicators.find((i) => i.id === ind.id)!;
    const planPrev = def.plans[py] ?? null;
    const planCur = def.plans[cy] ?? null;
    b.blank();
    if (ind.noDataAtAll) {
      // An indicator nobody reported is one line, not a table of «нет данных».
      b.text({
        v: `${ind.id}. ${ind.name} — данные за ${py} и ${cy} гг. не представлены`,
        style: { bold: true, background: PALETTE.noData },
      });
      continue;
    }
    b.table(`${ind.id}. ${ind.name}`, { table: '3', indicator: ind.id }, [null, { year: 'prev' }, { year: 'cur' }]);
    const top = b.header([
      sum.mainType,
      `${py} г.`,
      `${cy} г.`,
      'Изменение',
      'Изменение, %',
      `План ${py}`,
      `План ${cy}`,
      'Минимум для единицы',
      'Лидер: выше',
      'Статус',
      'Динамика',
    ]);
    for (const r of ind.rows) b.body(indicatorRowCells(r, ind), { unit: r.unit });
    b.body(regionRowCells(s, ind, planPrev, planCur), { region: '' });
    if (ind.otherRows.length) {
      b.spanRow({ v: 'Прочие участники (не входят в рейтинг и итог)', style: { bold: true } });
      for (const r of ind.otherRows) b.body(indicatorRowCells(r, ind), { unit: r.unit, other: '' });
    }
    if (ind.region.cur.method === 'mean' && ind.region.cur.weightedPartial !== null) {
      b.text({
        v: `Взвешенная доля по единицам, указавшим численность (${ind.region.cur.unitsWithCounts}): ${formatNumber(ind.region.cur.weightedPartial)} %`,
        style: {},
      });
    }
    if (ind.kind === 'share' && ind.rows.length) shareChart(b, ind, top, sum.mainType, cy, planCur);
  }
  b.widths([220, null, null, null, null, null, null, null, null, 120, 200]);
  b.doc.frozenRows = 1;
  return b.doc;
}

/** Table 3's regional row: the region's values and change, the plans, whether met, and how the value was obtained. */
function regionRowCells(s: Settings, ind: IndicatorSummary, planPrev: number | null, planCur: number | null): DocCell[] {
  return [
    { v: wholeLabel(s, ind.region.cur.method === 'mean'), style: TOTAL },
    { ...valueCell(ind.region.prev.value, 'empty'), style: TOTAL },
    {
      ...valueCell(ind.region.cur.value, 'empty'),
      style: { ...TOTAL, background: ind.region.cur.met === false ? PALETTE.belowPlan : TOTAL.background },
    },
    {
      v:
        ind.region.prev.value !== null && ind.region.cur.value !== null
          ? roundHalfAway(ind.region.cur.value - ind.region.prev.value, 2)
          : '',
      style: TOTAL,
    },
    { v: '', style: TOTAL },
    { v: planPrev ?? DASH, style: TOTAL },
    { v: planCur ?? DASH, style: TOTAL },
    { v: '', style: TOTAL },
    { v: '', style: TOTAL },
    { v: ind.region.cur.met === null ? '' : ind.region.cur.met ? 'выполнен' : 'ниже плана', style: TOTAL },
    { v: regionMethods(s)[ind.region.cur.method], style: { ...TOTAL, wrap: true } },
  ];
}

/** Table 3's columns; a share's chart data stand right of them, past one blank column. */
const TABLE3_WIDTH = 11;

/** A share's chart of the reporting year's values against the plan, under its table, with its data aside on the right. */
function shareChart(b: DocBuilder, ind: IndicatorSummary, top: number, mainType: string, cy: number, planCur: number | null): void {
  // Chart data aside, right of the table: unit, value of the reporting year, plan of the year.
  const col = TABLE3_WIDTH + 2;
  const cells = b.doc.cells;
  const put = (row: number, values: DocCell[]) => {
    const r = cells[row - 1];
    while (r.length < col - 1) r.push({ v: '' });
    r.splice(col - 1, values.length, ...values);
  };
  put(top, [
    { v: mainType, style: HEADER_STYLE },
    { v: `${cy} г.`, style: HEADER_STYLE },
    { v: `План ${cy}`, style: HEADER_STYLE },
  ]);
  ind.rows.forEach((r, i) => {
    put(top + 1 + i, [{ v: r.unit }, { v: r.cur ?? '' }, { v: planCur ?? '' }]);
  });
  // The chart under the table, over blank rows kept for it, so screen and paper show table then chart.
  b.doc.charts.push({
    title: `Показатель ${ind.id}, ${cy} г.: значения и план`,
    data: { row: top, col, rows: ind.rows.length + 1, cols: 3 },
    anchorRow: b.doc.cells.length + 2,
    anchorCol: 1,
    type: 'combo',
    lineSeries: 1,
    vAxisTitle: '%',
  });
  for (let i = 0; i < CHART_ROWS; i++) b.blank();
}

function renderRecommendationsTab(recs: Recommendation[], mainType: string): SheetDoc {
  const b = new DocBuilder(SUMMARY_TABS.recommendations);
  // A type column only when units of more than one type are listed: a column saying the same in every row says nothing.
  const typed = recs.some((r) => r.type !== mainType);
  const type = (r: Recommendation): DocCell[] => (typed ? [{ v: r.type === mainType ? r.type : `${r.type} (вне рейтинга)` }] : []);
  b.table(null, { table: 'recommendations' });
  b.header(['Единица отчёта', ...(typed ? ['Тип'] : []), 'Ниже плана, минимума или цели', 'Рекомендация']);
  for (const r of recs) {
    b.body(
      [
        r.unit,
        ...type(r),
        {
          v: r.below.join('; ') || 'нет',
          style: { wrap: true, background: r.below.length ? PALETTE.belowPlan : undefined },
        },
        { v: r.text, style: { wrap: true } },
      ],
      { unit: r.unit },
    );
  }
  b.widths(typed ? [220, null, 480, 480] : [220, 480, 480]);
  b.doc.frozenRows = 1;
  return b.doc;
}

export const SEVERITY_NAMES = { error: 'ошибка', warning: 'предупреждение' } as const;

export function renderCheckTab(findings: Finding[], fatal: string[]): SheetDoc {
  const b = new DocBuilder(SUMMARY_TABS.check);
  b.title(`Проверка данных: ${findingCountsText(findings)}`);
  for (const f of fatal) b.text({ v: f, style: { bold: true, background: PALETTE.error } });
  b.table(null, { table: 'check' });
  b.header(['Важность', 'Единица', 'Вкладка', 'Ячейка', 'Поле', 'Введено', 'Что не так и что сделать']);
  for (const f of findings) {
    const colour = f.severity === 'error' ? PALETTE.error : PALETTE.warning;
    b.body([
      { v: SEVERITY_NAMES[f.severity], style: { background: colour } },
      f.unit,
      f.tab,
      f.cell ? { v: f.cell, link: { tab: f.tab, cell: f.cell } } : '',
      { v: f.label, style: { wrap: true } },
      f.value,
      { v: f.message, style: { wrap: true } },
    ]);
  }
  if (findings.length === 0 && fatal.length === 0) b.text('Замечаний нет.');
  b.widths([null, null, null, null, null, null, 520]);
  b.doc.frozenRows = 2 + fatal.length;
  return b.doc;
}

/** All summary tabs of a build, in the order they appear. */
export function renderSummaryTabs(a: Analysis): SheetDoc[] {
  return [
    renderFormsTab(a),
    renderIndicatorsTab(a),
    renderNoteTab(a.note),
    renderRecommendationsTab(a.recommendations, a.summary.mainType),
    renderCheckTab(a.findings, a.fatal),
  ];
}

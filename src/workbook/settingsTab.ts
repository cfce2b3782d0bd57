// Renders the «Настройки» tab for a new workbook; reading it back is settingsRead.ts.
import type { CellValue, Settings } from '../domain/model';
import { type CellStyle, DocBuilder, type SheetDoc } from './sheetDoc';
import { DEFAULT_PLAN_YEARS } from './defaults';
import {
  ADDRESSEE_COLUMNS,
  BASIS_COLUMNS,
  DOCUMENT_ROWS,
  EDITABLE,
  FORM_COLUMNS,
  GENERAL,
  HEADER,
  INDICATOR_COLUMNS,
  KEY_COL,
  KIND_NAMES,
  LEVEL_NAMES,
  RESOURCE_COLUMNS,
  SCHOOL_DOCUMENT_COLUMNS,
  SECTION,
  SECTION_TITLES,
  UNIT_COLUMNS,
  unitTypeKey,
} from './settingsLayout';
import { SETTINGS_TAB } from './tabNames';

export { SETTINGS_TAB };
export { KEY_COL };
export { parseSettings } from './settingsRead';

/** A yellow cell the region may change. */
const editable = (v: CellValue) => ({ v, style: EDITABLE });

/** Adds a row with its key in the hidden column A; returns its row number. */
type KeyedRow = (key: string, cells: Array<CellValue | { v: CellValue; style?: CellStyle }>, style?: CellStyle) => number;

export function renderSettings(s: Settings, planYears: number[] = planYearsOf(s)): SheetDoc {
  const b = new DocBuilder(SETTINGS_TAB);
  const keyed: KeyedRow = (key, cells, style) => b.row([key, ...cells], style);
  keyed('title', [{ v: 'Настройки мониторинга наставничества', style: { bold: true, fontSize: 14 } }]);
  keyed('help', [
    {
      v: 'Жёлтые ячейки можно менять. Сводка берёт отсюда годы, список единиц, формы, планы и пороги, а справка — реквизиты документа, цели охвата и ресурсы: заполните их для своего региона. Строки в таблицы можно добавлять: вставьте строку внутри таблицы.',
      style: { italic: true },
    },
  ]);
  b.blank();
  keyed('sec:general', [{ v: SECTION_TITLES['sec:general'], style: SECTION }]);
  keyed('region', [GENERAL.region, editable(s.regionName)]);
  const levelRow = keyed('level', [GENERAL.level, editable(LEVEL_NAMES[s.level])]);
  const levelHelp = '«регион» — единицы отчёта муниципалитеты; «муниципалитет» — школы и другие организации.';
  b.doc.validations.push({
    box: { row: levelRow, col: KEY_COL + 2, rows: 1, cols: 1 },
    spec: { kind: 'list', values: Object.values(LEVEL_NAMES), help: levelHelp },
  });
  keyed('year', [GENERAL.year, editable(s.reportYear)]);
  keyed('prev_year', [GENERAL.prev_year, editable(s.previousYear)]);
  keyed('unit_nouns', [GENERAL.unit_nouns, ...s.unitNouns.map(editable)]);
  keyed('unit_plural', [GENERAL.unit_plural, editable(s.unitNounPlural)]);
  keyed('staff', [GENERAL.staff, editable(s.staffEmails.join(', '))]);
  keyed('deadline', [GENERAL.deadline, editable(s.deadline)]);
  keyed('report_deadline', [GENERAL.report_deadline, editable(s.reportDeadline)]);
  b.blank();

  keyed('sec:document', [{ v: SECTION_TITLES['sec:document'], style: SECTION }]);
  for (const [key, label, field] of DOCUMENT_ROWS) keyed(key, [label, editable(s.document[field])]);
  keyed('hdr:addressees', Object.values(ADDRESSEE_COLUMNS), HEADER);
  for (const a of s.document.addressees) keyed('', [editable(a)]);
  keyed('hdr:basis', Object.values(BASIS_COLUMNS), HEADER);
  for (const d of s.document.basis) keyed('', [editable(d)]);
  if (s.document.basis.length === 0) keyed('', [editable('')]);
  b.blank();

  keyed('sec:units', [{ v: SECTION_TITLES['sec:units'], style: SECTION }]);
  keyed('hdr:units', Object.values(UNIT_COLUMNS), HEADER);
  // «Тип» offers the types already used as a dropdown list; with setAllowInvalid(true) a new type may still be typed and
  // is shown with a warning, not rejected (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder:
  // requireValueInList(values, showDropdown), getAllowInvalid «shows a warning when input fails data validation»).
  const types: string[] = [];
  for (const u of s.units) if (!types.some((t) => unitTypeKey(t) === unitTypeKey(u.type))) types.push(u.type);
  for (const u of s.units) {
    const r = keyed('', [u.name, u.type, u.email, u.tab === u.name ? '' : u.tab].map(editable));
    const help = 'Выберите тип из списка; новый тип можно вписать.';
    b.doc.validations.push({ box: { row: r, col: KEY_COL + 2, rows: 1, cols: 1 }, spec: { kind: 'list', values: types, help } });
  }
  b.blank();

  keyed('sec:forms', [{ v: SECTION_TITLES['sec:forms'], style: SECTION }]);
  keyed('hdr:forms', Object.values(FORM_COLUMNS), HEADER);
  for (const f of s.forms)
    keyed('', [f.key, f.name, f.directions, f.targetPercent, f.targetDate, (f.evidence ?? []).join('; ')].map(editable));
  b.blank();
  if (s.level === 'municipality') {
    schoolDocumentsSection(keyed, s);
    b.blank();
  }

  indicatorsSection(keyed, s, planYears);
  b.blank();

  keyed('sec:resources', [{ v: SECTION_TITLES['sec:resources'], style: SECTION }]);
  keyed('hdr:resources', Object.values(RESOURCE_COLUMNS), HEADER);
  for (const r of s.resources) keyed('', [r.text, r.url, r.when].map(editable));
  // A new workbook lists no resources: one yellow row shows where the region types its own.
  if (s.resources.length === 0) keyed('', [editable(''), editable(''), editable('')]);
  keyed('sec:end', []);

  b.widths([40, 260, 160, 220, 160, 160, 90, 90, 90, 90, 90, 110, 110, 130]);
  b.doc.hiddenColumns = [KEY_COL];
  b.doc.frozenRows = 1;
  return b.doc;
}

/** «Документы школы» (level «муниципалитет» only: a region's «Настройки» stay as they were): one document per row. */
function schoolDocumentsSection(keyed: KeyedRow, s: Settings): void {
  keyed('sec:school_documents', [{ v: SECTION_TITLES['sec:school_documents'], style: SECTION }]);
  keyed('hdr:school_documents', Object.values(SCHOOL_DOCUMENT_COLUMNS), HEADER);
  for (const d of s.schoolDocuments) keyed('', [editable(d)]);
  if (s.schoolDocuments.length === 0) keyed('', [editable('')]);
}

/** «Показатели»: one row per indicator with its plans for every year shown and the region's official values. */
function indicatorsSection(keyed: KeyedRow, s: Settings, planYears: number[]): void {
  keyed('sec:indicators', [{ v: SECTION_TITLES['sec:indicators'], style: SECTION }]);
  const ic = INDICATOR_COLUMNS;
  const officialYears = [s.previousYear, s.reportYear];
  keyed(
    'hdr:indicators',
    [
      ic.id,
      ic.name,
      ic.short,
      ic.kind,
      ic.unit,
      ic.nouns,
      ...planYears.map((y) => `План ${y}`),
      ic.leader,
      ic.minimum,
      ic.deadline,
      ...officialYears.map((y) => `Значение региона ${y}`),
      ic.representativesOf,
    ],
    HEADER,
  );
  for (const i of s.indicators) {
    keyed(
      '',
      [
        i.id,
        i.name,
        i.shortName,
        KIND_NAMES[i.kind],
        i.unit,
        i.nouns ? i.nouns.join('; ') : '',
        ...planYears.map((y) => i.plans[y] ?? ''),
        i.leaderAbove ?? '',
        i.minimum ?? '',
        i.deadline,
        ...officialYears.map((y) => i.official[y] ?? ''),
        i.representativesOf ?? '',
      ].map(editable),
    );
  }
}

function planYearsOf(s: Settings): number[] {
  const years = new Set<number>(DEFAULT_PLAN_YEARS);
  for (const i of s.indicators) for (const y of Object.keys(i.plans)) years.add(Number(y));
  return [...years].sort((x, y) => x - y);
}

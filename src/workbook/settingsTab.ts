// Layout of the «Настройки» tab: rendering it for a new workbook and reading Settings back from its values.
import { parseCell, cellText } from '../domain/cellValue';
import type {
  CellValue,
  DocumentSettings,
  Finding,
  FormDef,
  IndicatorDef,
  IndicatorKind,
  Resource,
  Settings,
  UnitDef,
} from '../domain/model';
import {
  type SettingsNumberKind,
  countNounsProblem,
  settingsDateProblem,
  settingsNumberKind,
  settingsNumberProblem,
  targetDateWarning,
} from '../domain/settingsCheck';
import { a1, type CellStyle, DocBuilder, HEADER_COLOUR, INPUT_COLOUR, type SheetDoc } from './sheetDoc';
import { DEFAULT_DOCUMENT, DEFAULT_PLAN_YEARS } from './defaults';
import { isProductTab, SETTINGS_TAB, tabNameFor } from './tabNames';

export { SETTINGS_TAB };

/** Column of the hidden machine keys on every tab the product lays out. */
export const KEY_COL = 1;

const KIND_NAMES: Record<IndicatorKind, string> = { share: 'доля', count: 'количество', dynamics: 'динамика' };

const UNIT_COLUMNS = {
  name: 'Название',
  type: 'Тип',
  email: 'E-mail координатора',
  tab: 'Вкладка (если не как название)',
};
const FORM_COLUMNS = {
  key: 'Ключ',
  name: 'Название формы',
  directions: 'Направления',
  target: 'Цель охвата организаций, %',
  targetDate: 'Срок цели',
  evidence: 'Показатели, подтверждающие форму (№ через «;»)',
};
const INDICATOR_COLUMNS = {
  id: '№',
  name: 'Наименование показателя',
  short: 'Краткое название (для текста справки)',
  kind: 'Вид (доля / количество / динамика)',
  unit: 'Единица',
  nouns: 'Что считаем (1 / 2 / 5, через «;»)',
  leader: 'Лидер: значение выше',
  minimum: 'Минимум для единицы',
  deadline: 'Срок достижения минимума',
};
const RESOURCE_COLUMNS = { text: 'Ресурс, проект или мероприятие', url: 'Ссылка', when: 'Когда (для мероприятий)' };
const ADDRESSEE_COLUMNS = { text: 'Кому (в дательном падеже)' };
const BASIS_COLUMNS = { text: 'Документ (полное название, в родительном падеже)' };
const PLAN_HEADER = /^план\s+(\d{4})$/i;
/** «Значение региона 2021»: an official regional value typed by the staff, used where the units gave no pupil counts. */
const OFFICIAL_HEADER = /^значение региона\s+(\d{4})$/i;

const HEADER: CellStyle = { bold: true, background: HEADER_COLOUR, wrap: true };
const SECTION: CellStyle = { bold: true, fontSize: 12 };
const EDITABLE: CellStyle = { background: INPUT_COLOUR };

/** General settings rows: key, label and how the value is written. */
const GENERAL = {
  region: 'Регион (как в тексте: «Томская область»)',
  year: 'Отчётный год',
  prev_year: 'Предыдущий год',
  unit_nouns: 'Как называть единицу отчёта (1 / 2 / 5)',
  unit_plural: 'Во множественном числе, с заглавной буквы',
  staff: 'E-mail сотрудников регионального центра (через запятую)',
  deadline: 'Срок исполнения рекомендаций',
} as const;

/** Rows of the document frame («Справка»): key, label, field of DocumentSettings. */
const DOCUMENT_ROWS: Array<[string, string, Exclude<keyof DocumentSettings, 'addressees' | 'basis'>]> = [
  ['doc_sender', 'Бланк: кто направляет документ', 'sender'],
  ['doc_date', 'Дата документа (пусто — вписать от руки)', 'date'],
  ['doc_number', 'Номер документа', 'number'],
  ['doc_title', 'Заголовок («Об итогах мониторинга …»)', 'title'],
  ['doc_kind', 'Вид документа', 'documentKind'],
  ['doc_programme', 'Программа, показатели которой оцениваются (без кавычек)', 'programme'],
  ['doc_organiser', 'Кто провёл мониторинг (именительный падеж)', 'organiser'],
  ['doc_purpose', 'Цель мониторинга (после «с целью»)', 'purpose'],
  ['doc_participants', 'Другие участники мониторинга, кроме единиц отчёта', 'otherParticipants'],
  ['doc_conclusion', 'Вывод (общая оценка, добавляется к итогам)', 'conclusion'],
  ['doc_signer_position', 'Подпись: должность', 'signerPosition'],
  ['doc_signer_name', 'Подпись: инициалы и фамилия', 'signerName'],
  ['doc_executor', 'Исполнитель (исп.)', 'executor'],
  ['doc_executor_phone', 'Телефон исполнителя', 'executorPhone'],
  ['doc_font', 'Шрифт документа Word', 'font'],
];

export function renderSettings(s: Settings, planYears: number[] = planYearsOf(s)): SheetDoc {
  const b = new DocBuilder(SETTINGS_TAB);
  const keyed = (key: string, cells: Array<CellValue | { v: CellValue; style?: CellStyle }>, style?: CellStyle) =>
    b.row([key, ...cells], style);
  keyed('title', [{ v: 'Настройки мониторинга наставничества', style: { bold: true, fontSize: 14 } }]);
  keyed('help', [
    {
      v: 'Жёлтые ячейки можно менять. Сводка берёт отсюда годы, список единиц, формы, планы и пороги, а справка — реквизиты документа, цели охвата и ресурсы: заполните их для своего региона. Строки в таблицы можно добавлять: вставьте строку внутри таблицы.',
      style: { italic: true },
    },
  ]);
  b.blank();
  keyed('sec:general', [{ v: 'Общие', style: SECTION }]);
  const editable = (v: CellValue) => ({ v, style: EDITABLE });
  keyed('region', [GENERAL.region, editable(s.regionName)]);
  keyed('year', [GENERAL.year, editable(s.reportYear)]);
  keyed('prev_year', [GENERAL.prev_year, editable(s.previousYear)]);
  keyed('unit_nouns', [GENERAL.unit_nouns, ...s.unitNouns.map(editable)]);
  keyed('unit_plural', [GENERAL.unit_plural, editable(s.unitNounPlural)]);
  keyed('staff', [GENERAL.staff, editable(s.staffEmails.join(', '))]);
  keyed('deadline', [GENERAL.deadline, editable(s.deadline)]);
  b.blank();

  keyed('sec:document', [{ v: 'Документ: аналитическая справка', style: SECTION }]);
  for (const [key, label, field] of DOCUMENT_ROWS) keyed(key, [label, editable(s.document[field])]);
  keyed('hdr:addressees', Object.values(ADDRESSEE_COLUMNS), HEADER);
  for (const a of s.document.addressees) keyed('', [editable(a)]);
  keyed('hdr:basis', Object.values(BASIS_COLUMNS), HEADER);
  for (const d of s.document.basis) keyed('', [editable(d)]);
  if (s.document.basis.length === 0) keyed('', [editable('')]);
  b.blank();

  keyed('sec:units', [{ v: 'Единицы отчёта (по одной вкладке на каждую)', style: SECTION }]);
  keyed('hdr:units', Object.values(UNIT_COLUMNS), HEADER);
  for (const u of s.units) keyed('', [u.name, u.type, u.email, u.tab === u.name ? '' : u.tab].map(editable));
  b.blank();

  keyed('sec:forms', [{ v: 'Формы наставничества', style: SECTION }]);
  keyed('hdr:forms', Object.values(FORM_COLUMNS), HEADER);
  for (const f of s.forms)
    keyed('', [f.key, f.name, f.directions, f.targetPercent, f.targetDate, (f.evidence ?? []).join('; ')].map(editable));
  b.blank();

  keyed('sec:indicators', [{ v: 'Показатели эффективности', style: SECTION }]);
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
      ].map(editable),
    );
  }
  b.blank();

  keyed('sec:resources', [{ v: 'Ресурсы и проекты для рекомендаций', style: SECTION }]);
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

export function planYearsOf(s: Settings): number[] {
  const years = new Set<number>(DEFAULT_PLAN_YEARS);
  for (const i of s.indicators) for (const y of Object.keys(i.plans)) years.add(Number(y));
  return [...years].sort((x, y) => x - y);
}

export interface SettingsRead {
  settings: Settings;
  findings: Finding[];
  /** Problems that make a summary impossible (no year, no units). */
  fatal: string[];
}

/** Reads settings from the tab's values (one getValues of the whole tab). Never throws. */
export function parseSettings(grid: CellValue[][]): SettingsRead {
  const findings: Finding[] = [];
  const fatal: string[] = [];
  const keyRow = new Map<string, number>();
  grid.forEach((row, i) => {
    const key = cellText(row[KEY_COL - 1]);
    if (key && !keyRow.has(key)) keyRow.set(key, i);
  });
  const problem = (row: number, col: number, label: string, value: CellValue, message: string, severity: 'error' | 'warning' = 'error') =>
    findings.push({
      severity,
      rule: 'settings',
      unit: '',
      tab: SETTINGS_TAB,
      cell: a1(row + 1, col + 1),
      label,
      value: cellText(value),
      message,
    });

  const general = (key: keyof typeof GENERAL, offset = 0): CellValue => {
    const r = keyRow.get(key);
    return r === undefined ? '' : grid[r][2 + offset];
  };
  const yearOf = (key: 'year' | 'prev_year'): number | null => {
    const raw = general(key);
    const p = parseCell(raw);
    // A year as coordinators write it is accepted too: «2021 г.», «2021 год».
    const text = /^(\d{4})\s*(г\.?|год)?$/i.exec(cellText(raw));
    const y = p.kind === 'number' ? p.value : text ? Number(text[1]) : NaN;
    if (Number.isInteger(y) && y > 1990 && y < 2200) return y;
    const r = keyRow.get(key);
    if (r === undefined) fatal.push(`На вкладке «${SETTINGS_TAB}» нет строки «${GENERAL[key]}».`);
    else problem(r, 2, GENERAL[key], raw, `Укажите год четырьмя цифрами, например 2021.`);
    return null;
  };
  const reportYear = yearOf('year');
  const typedPrevious = yearOf('prev_year');
  let previousYear = typedPrevious ?? (reportYear === null ? null : reportYear - 1);
  if (reportYear === null) fatal.push(`На вкладке «${SETTINGS_TAB}» не указан отчётный год.`);
  else if (typedPrevious !== null && typedPrevious >= reportYear) {
    problem(
      keyRow.get('prev_year')!,
      2,
      GENERAL.prev_year,
      general('prev_year'),
      `Предыдущий год должен быть раньше отчётного (${reportYear}). Пока взят ${reportYear - 1}: исправьте ячейку.`,
    );
    previousYear = reportYear - 1;
  }

  const nouns = [0, 1, 2].map((k) => cellText(general('unit_nouns', k)));
  const unitNouns: [string, string, string] = nouns.every(Boolean)
    ? [nouns[0], nouns[1], nouns[2]]
    : ['муниципалитет', 'муниципалитета', 'муниципалитетов'];

  const units = readTable(grid, keyRow, 'hdr:units', UNIT_COLUMNS, problem).flatMap(({ row, get, col }) => {
    const name = cellText(get('name'));
    if (!name) return [];
    const explicit = cellText(get('tab'));
    let tab = explicit || tabNameFor(name);
    if (isProductTab(tab)) {
      // A unit tab named like a summary tab would be skipped when reading and replaced by the next build: use another name.
      const safe = tabNameFor(`Отчёт «${tab}»`);
      problem(
        row,
        explicit ? col('tab') : col('name'),
        explicit ? UNIT_COLUMNS.tab : UNIT_COLUMNS.name,
        explicit || name,
        `Вкладка «${tab}» совпала бы со служебной вкладкой, поэтому отчёт «${name}» ведётся на вкладке «${safe}». Другое название можно вписать в столбец «${UNIT_COLUMNS.tab}».`,
        'warning',
      );
      tab = safe;
    }
    return [
      {
        name,
        type: cellText(get('type')) || 'Муниципалитет',
        email: cellText(get('email')),
        tab,
        settingsRow: row + 1,
      } as UnitDef,
    ];
  });
  const seen = new Map<string, UnitDef>();
  const uniqueUnits: UnitDef[] = [];
  for (const u of units) {
    const twin = seen.get(u.name.toLowerCase()) ?? seen.get(u.tab.toLowerCase());
    if (twin) {
      problem(
        u.settingsRow - 1,
        1,
        UNIT_COLUMNS.name,
        u.name,
        `«${u.name}» уже есть в списке (строка ${twin.settingsRow}). Повтор не учитывается: переименуйте или удалите строку.`,
      );
      continue;
    }
    seen.set(u.name.toLowerCase(), u);
    seen.set(u.tab.toLowerCase(), u);
    uniqueUnits.push(u);
  }
  if (uniqueUnits.length === 0) fatal.push(`В таблице «Единицы отчёта» на вкладке «${SETTINGS_TAB}» нет ни одной единицы.`);

  /** A number of the settings, or null (with a finding) when it is missing, not a number or out of its range. */
  const numberOrNull = (raw: CellValue, row: number, col: number, label: string, kind: SettingsNumberKind, what: string): number | null => {
    const p = parseCell(raw);
    const out = p.kind === 'number' ? settingsNumberProblem(p.value, kind, what) : null;
    if (p.kind === 'number' && !out) return p.value;
    if (p.kind !== 'empty') problem(row, col, label, raw, out ?? 'Нужно число (или оставьте ячейку пустой).');
    return null;
  };
  /** A date of the settings as typed, or '' (with a finding, once: `report`) when it names no real day. */
  const dateText = (raw: CellValue, row: number, col: number, label: string, report = true): string => {
    const text = cellText(raw);
    const out = settingsDateProblem(text);
    if (out && report) problem(row, col, label, raw, out);
    return out ? '' : text;
  };
  const generalDate = (key: 'deadline' | 'doc_date', label: string): string => {
    const r = keyRow.get(key);
    return r === undefined ? '' : dateText(grid[r][2], r, 2, label);
  };

  const forms = readTable(grid, keyRow, 'hdr:forms', FORM_COLUMNS, problem).flatMap(({ row, get, col }) => {
    const key = cellText(get('key'));
    const name = cellText(get('name')).replace(/^[«"]|[»"]$/g, '');
    if (!key && !name) return [];
    return [
      {
        key: key || name,
        name: name || key,
        directions: cellText(get('directions')),
        targetPercent: numberOrNull(get('target'), row, col('target'), FORM_COLUMNS.target, 'percent', 'Цель охвата'),
        targetDate: dateText(get('targetDate'), row, col('targetDate'), FORM_COLUMNS.targetDate),
        evidence: cellText(get('evidence'))
          .split(/\s*[;,]\s*/)
          .filter(Boolean),
      } as FormDef,
    ];
  });

  const indicators = readTable(grid, keyRow, 'hdr:indicators', INDICATOR_COLUMNS, problem).flatMap(
    ({ row, get, col, planCols, officialCols }) => {
      const id = cellText(get('id')).replace(/\.$/, '');
      const name = cellText(get('name'));
      if (!id && !name) return [];
      const kindText = cellText(get('kind')).toLowerCase();
      const kind = (Object.keys(KIND_NAMES) as IndicatorKind[]).find((k) => k === kindText || KIND_NAMES[k] === kindText);
      if (!kind) {
        problem(
          row,
          col('kind'),
          INDICATOR_COLUMNS.kind,
          get('kind'),
          'Вид показателя: «доля», «количество» или «динамика». Показатель пропущен.',
        );
        return [];
      }
      const measure = settingsNumberKind(kind);
      const plans: Record<number, number> = {};
      for (const [year, c] of planCols) {
        const v = numberOrNull(grid[row][c], row, c, `План ${year}`, measure, 'План');
        if (v !== null) plans[year] = v;
      }
      const official: Record<number, number> = {};
      for (const [year, c] of officialCols) {
        const v = numberOrNull(grid[row][c], row, c, `Значение региона ${year}`, measure, 'Значение региона');
        if (v !== null) official[year] = v;
      }
      const nounParts = cellText(get('nouns'))
        .split(/\s*;\s*/)
        .filter(Boolean);
      const unit = cellText(get('unit')) || (kind === 'share' ? '%' : '');
      const nounsWarning = countNounsProblem({ kind, unit, nouns: nounParts.length === 3 ? ['', '', ''] : null });
      if (nounsWarning) problem(row, col('nouns'), INDICATOR_COLUMNS.nouns, get('nouns'), nounsWarning, 'warning');
      return [
        {
          id: id || String(row),
          name,
          shortName: cellText(get('short')),
          kind,
          unit,
          nouns: nounParts.length === 3 ? [nounParts[0], nounParts[1], nounParts[2]] : null,
          plans,
          leaderAbove: numberOrNull(get('leader'), row, col('leader'), INDICATOR_COLUMNS.leader, measure, 'Порог лидеров'),
          minimum: numberOrNull(get('minimum'), row, col('minimum'), INDICATOR_COLUMNS.minimum, measure, 'Минимум'),
          deadline: dateText(get('deadline'), row, col('deadline'), INDICATOR_COLUMNS.deadline),
          official,
        } as IndicatorDef,
      ];
    },
  );

  const resources: Resource[] = readTable(grid, keyRow, 'hdr:resources', RESOURCE_COLUMNS, problem)
    .map(({ get }) => ({ text: cellText(get('text')), url: cellText(get('url')), when: cellText(get('when')) }))
    .filter((r) => r.text);
  const lines = (hdr: string, columns: { text: string }) =>
    readTable(grid, keyRow, hdr, columns, problem)
      .map(({ get }) => cellText(get('text')))
      .filter(Boolean);
  const document = { ...DEFAULT_DOCUMENT } as DocumentSettings;
  for (const [key, label, field] of DOCUMENT_ROWS) {
    // A row deleted from an older workbook keeps the default; a row emptied by the user stays empty.
    if (keyRow.has(key)) document[field] = key === 'doc_date' ? generalDate(key, label) : cellText(grid[keyRow.get(key)!][2]);
  }
  document.addressees = keyRow.has('hdr:addressees') ? lines('hdr:addressees', ADDRESSEE_COLUMNS) : [...DEFAULT_DOCUMENT.addressees];
  document.basis = lines('hdr:basis', BASIS_COLUMNS);
  if (reportYear !== null) {
    for (const { row, get, col } of readTable(grid, keyRow, 'hdr:forms', FORM_COLUMNS, () => undefined)) {
      const warning = targetDateWarning(dateText(get('targetDate'), row, col('targetDate'), FORM_COLUMNS.targetDate, false), reportYear);
      if (warning) problem(row, col('targetDate'), FORM_COLUMNS.targetDate, get('targetDate'), warning, 'warning');
    }
  }
  const year = reportYear ?? 0;
  const settings: Settings = {
    regionName: cellText(general('region')),
    reportYear: year,
    previousYear: previousYear ?? year - 1,
    unitNouns,
    unitNounPlural: cellText(general('unit_plural')) || capitalizeFirst(unitNouns[2].replace(/ов$/, 'ы')),
    staffEmails: cellText(general('staff'))
      .split(/[,;\s]+/)
      .filter((e) => e.includes('@')),
    units: uniqueUnits,
    forms,
    indicators,
    deadline: generalDate('deadline', GENERAL.deadline),
    resources,
    document,
  };
  return { settings, findings, fatal };
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface TableRow<K extends string> {
  row: number;
  get: (k: K) => CellValue;
  col: (k: K) => number;
  planCols: Array<[number, number]>;
  officialCols: Array<[number, number]>;
}

/** Rows of a settings table: from its header row to the next section; columns found by header text. */
function readTable<K extends string>(
  grid: CellValue[][],
  keyRow: Map<string, number>,
  headerKey: string,
  columns: Record<K, string>,
  problem: (row: number, col: number, label: string, value: CellValue, message: string, severity?: 'error' | 'warning') => void,
): TableRow<K>[] {
  const h = keyRow.get(headerKey);
  if (h === undefined) return [];
  const norm = (v: CellValue) => cellText(v).toLowerCase().replace(/\s+/g, ' ');
  const headerCols = new Map<string, number>();
  const planCols: Array<[number, number]> = [];
  const officialCols: Array<[number, number]> = [];
  grid[h].forEach((v, c) => {
    if (c < KEY_COL) return;
    headerCols.set(norm(v), c);
    const m = PLAN_HEADER.exec(cellText(v));
    if (m) planCols.push([Number(m[1]), c]);
    const o = OFFICIAL_HEADER.exec(cellText(v));
    if (o) officialCols.push([Number(o[1]), c]);
  });
  const colOf = {} as Record<K, number>;
  (Object.keys(columns) as K[]).forEach((k) => {
    const c = headerCols.get(norm(columns[k]));
    if (c === undefined)
      problem(h, KEY_COL, 'Заголовок таблицы', '', `Не найден столбец «${columns[k]}»: верните его заголовок.`, 'warning');
    colOf[k] = c ?? -1;
  });
  const rows: TableRow<K>[] = [];
  for (let r = h + 1; r < grid.length; r++) {
    const key = cellText(grid[r][KEY_COL - 1]);
    if (key.startsWith('sec:') || key.startsWith('hdr:')) break;
    const row = grid[r];
    if (row.slice(KEY_COL).every((v) => cellText(v) === '')) continue;
    rows.push({
      row: r,
      get: (k) => (colOf[k] >= 0 ? row[colOf[k]] : ''),
      col: (k) => colOf[k],
      planCols,
      officialCols,
    });
  }
  return rows;
}

// Reads Settings back from the values of the «Настройки» tab, with a finding for every cell it cannot take.
import { cellText, parseCell } from '../domain/cellValue';
import { DEFAULT_SCHOOL_DOCUMENTS } from '../domain/schoolReport';
import type {
  CellValue,
  DocumentSettings,
  Finding,
  FormDef,
  IndicatorDef,
  IndicatorKind,
  Level,
  Resource,
  Settings,
  UnitDef,
} from '../domain/model';
import {
  type SettingsNumberKind,
  countNounsProblem,
  type FrameField,
  frameGaps,
  passedDateWarning,
  settingsDateProblem,
  settingsNumberKind,
  settingsNumberProblem,
  targetDateWarning,
} from '../domain/settingsCheck';
import { DEFAULT_DOCUMENT } from './defaults';
import {
  ADDRESSEE_COLUMNS,
  BASIS_COLUMNS,
  DOCUMENT_ROWS,
  FORM_COLUMNS,
  GENERAL,
  INDICATOR_COLUMNS,
  KEY_COL,
  KIND_NAMES,
  LEVEL_NAMES,
  RESOURCE_COLUMNS,
  readTable,
  SCHOOL_DOCUMENT_COLUMNS,
  UNIT_COLUMNS,
  unitTypeKey,
} from './settingsLayout';
import { a1 } from './sheetDoc';
import { isProductTab, SETTINGS_TAB, tabNameFor } from './tabNames';

export interface SettingsRead {
  settings: Settings;
  findings: Finding[];
  /** Problems that make a summary impossible (no year, no units). */
  fatal: string[];
}

type Problem = (row: number, col: number, label: string, value: CellValue, message: string, severity?: 'error' | 'warning') => void;

/** What every part of the reader shares: the grid, its keyed rows and where findings go. */
interface Reader {
  grid: CellValue[][];
  keyRow: Map<string, number>;
  problem: Problem;
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
  const problem: Problem = (row, col, label, value, message, severity = 'error') =>
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
  const reader: Reader = { grid, keyRow, problem, fatal };

  const { reportYear, previousYear } = readYears(reader);
  const nouns = [0, 1, 2].map((k) => cellText(general(reader, 'unit_nouns', k)));
  const unitNouns: [string, string, string] = nouns.every(Boolean)
    ? [nouns[0], nouns[1], nouns[2]]
    : ['муниципалитет', 'муниципалитета', 'муниципалитетов'];
  const units = readUnits(reader);
  const forms = readForms(reader);
  const indicators = readIndicators(reader);
  const resources: Resource[] = readTable(grid, keyRow, 'hdr:resources', RESOURCE_COLUMNS, problem)
    .map(({ get }) => ({ text: cellText(get('text')), url: cellText(get('url')), when: cellText(get('when')) }))
    .filter((r) => r.text);
  const document = readDocument(reader);
  warnOnFrameGaps(reader, document);
  if (reportYear !== null) warnOnPastDates(reader, { reportYear, document });
  const year = reportYear ?? 0;
  const settings: Settings = {
    regionName: cellText(general(reader, 'region')),
    level: readLevel(reader),
    reportYear: year,
    previousYear: previousYear ?? year - 1,
    unitNouns,
    unitNounPlural: cellText(general(reader, 'unit_plural')) || capitalizeFirst(unitNouns[2].replace(/ов$/, 'ы')),
    staffEmails: cellText(general(reader, 'staff'))
      .split(/[,;\s]+/)
      .filter((e) => e.includes('@')),
    units,
    forms,
    indicators,
    deadline: generalDate(reader, 'deadline', GENERAL.deadline),
    // An older workbook has no such row: no deadline, and «Ход сбора» counts no days.
    reportDeadline: generalDate(reader, 'report_deadline', GENERAL.report_deadline),
    resources,
    schoolDocuments: readSchoolDocuments(reader),
    document,
  };
  return { settings, findings, fatal };
}

/**
 * «Документы школы»: one document per row, each named once (a repeat would be asked twice on a school's tab). A workbook
 * without the table (a region's, or one made before it existed) asks about the default list.
 */
function readSchoolDocuments({ grid, keyRow, problem }: Reader): string[] {
  if (!keyRow.has('hdr:school_documents')) return [...DEFAULT_SCHOOL_DOCUMENTS];
  const documents: string[] = [];
  for (const { row, get, col } of readTable(grid, keyRow, 'hdr:school_documents', SCHOOL_DOCUMENT_COLUMNS, problem)) {
    const name = cellText(get('text'));
    if (!name) continue;
    const same = documents.find((d) => d.toLowerCase() === name.toLowerCase());
    if (same === undefined) documents.push(name);
    else
      problem(
        row,
        col('text'),
        SCHOOL_DOCUMENT_COLUMNS.text,
        name,
        `Документ «${name}» уже есть в списке выше («${same}»). Повтор не учитывается: удалите строку.`,
        'warning',
      );
  }
  return documents;
}

/** The value of a general row («Общие»), `offset` cells right of the first value cell. */
function general({ grid, keyRow }: Reader, key: keyof typeof GENERAL, offset = 0): CellValue {
  const r = keyRow.get(key);
  return r === undefined ? '' : grid[r][2 + offset];
}

/** «Уровень»: an older workbook without the row, or an empty cell, is a region's; any other text is named and read as one. */
function readLevel(reader: Reader): Level {
  const raw = general(reader, 'level');
  const text = cellText(raw).toLowerCase();
  const level = (Object.keys(LEVEL_NAMES) as Level[]).find((l) => LEVEL_NAMES[l] === text || l === text);
  if (level || text === '') return level ?? 'region';
  reader.problem(
    reader.keyRow.get('level')!,
    2,
    GENERAL.level,
    raw,
    `Уровень: «${LEVEL_NAMES.region}» (единицы отчёта — муниципалитеты) или «${LEVEL_NAMES.municipality}» (единицы — школы и другие организации). Пока взят «${LEVEL_NAMES.region}»: исправьте ячейку.`,
  );
  return 'region';
}

function readYears(reader: Reader): { reportYear: number | null; previousYear: number | null } {
  const { keyRow, problem, fatal } = reader;
  const yearOf = (key: 'year' | 'prev_year'): number | null => {
    const raw = general(reader, key);
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
      general(reader, 'prev_year'),
      `Предыдущий год должен быть раньше отчётного (${reportYear}). Пока взят ${reportYear - 1}: исправьте ячейку.`,
    );
    previousYear = reportYear - 1;
  }
  return { reportYear, previousYear };
}

function readUnits({ grid, keyRow, problem, fatal }: Reader): UnitDef[] {
  const sameType = sameTypeAs(problem);
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
        type: sameType(cellText(get('type')) || 'Муниципалитет', row, col('type')),
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
  return uniqueUnits;
}

/**
 * «Тип» is typed text: «городской округ» and «Городской округ» are one type, spelt as it first appears in the table, so
 * the note does not split the region into two groups; a differently spelt one is named with a warning.
 */
function sameTypeAs(problem: Problem): (type: string, row: number, col: number) => string {
  const first = new Map<string, string>();
  return (type, row, col) => {
    const key = unitTypeKey(type);
    const known = first.get(key);
    if (known === undefined) first.set(key, type);
    else if (known !== type)
      problem(
        row,
        col,
        UNIT_COLUMNS.type,
        type,
        `Тип «${type}» записан иначе, чем выше в таблице («${known}»): в сводке и справке это один тип, «${known}». Выберите тип из списка.`,
        'warning',
      );
    return known ?? type;
  };
}

/** A number of the settings, or null (with a finding) when it is missing, not a number or out of its range. */
function numberOrNull(
  { problem }: Reader,
  raw: CellValue,
  at: { row: number; col: number; label: string },
  kind: SettingsNumberKind,
  what: string,
): number | null {
  const p = parseCell(raw);
  const out = p.kind === 'number' ? settingsNumberProblem(p.value, kind, what) : null;
  if (p.kind === 'number' && !out) return p.value;
  if (p.kind !== 'empty') problem(at.row, at.col, at.label, raw, out ?? 'Нужно число (или оставьте ячейку пустой).');
  return null;
}

/** A date of the settings as typed, or '' (with a finding, once: `report`) when it names no real day. */
function dateText({ problem }: Reader, raw: CellValue, at: { row: number; col: number; label: string }, report = true): string {
  const text = cellText(raw);
  const out = settingsDateProblem(text);
  if (out && report) problem(at.row, at.col, at.label, raw, out);
  return out ? '' : text;
}

function generalDate(reader: Reader, key: 'deadline' | 'report_deadline' | 'doc_date', label: string): string {
  const r = reader.keyRow.get(key);
  return r === undefined ? '' : dateText(reader, reader.grid[r][2], { row: r, col: 2, label });
}

function readForms(reader: Reader): FormDef[] {
  return readTable(reader.grid, reader.keyRow, 'hdr:forms', FORM_COLUMNS, reader.problem).flatMap(({ row, get, col }) => {
    const key = cellText(get('key'));
    const name = cellText(get('name')).replace(/^[«"]|[»"]$/g, '');
    if (!key && !name) return [];
    return [
      {
        key: key || name,
        name: name || key,
        directions: cellText(get('directions')),
        targetPercent: numberOrNull(
          reader,
          get('target'),
          { row, col: col('target'), label: FORM_COLUMNS.target },
          'percent',
          'Цель охвата',
        ),
        targetDate: dateText(reader, get('targetDate'), { row, col: col('targetDate'), label: FORM_COLUMNS.targetDate }),
        evidence: cellText(get('evidence'))
          .split(/\s*[;,]\s*/)
          .filter(Boolean),
      } as FormDef,
    ];
  });
}

function readIndicators(reader: Reader): IndicatorDef[] {
  const { grid, keyRow, problem } = reader;
  return readTable(grid, keyRow, 'hdr:indicators', INDICATOR_COLUMNS, problem).flatMap(({ row, get, col, planCols, officialCols }) => {
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
    const at = (key: keyof typeof INDICATOR_COLUMNS) => ({ row, col: col(key), label: INDICATOR_COLUMNS[key] });
    const yearValues = (cols: Array<[number, number]>, label: string, what: string) => {
      const values: Record<number, number> = {};
      for (const [year, c] of cols) {
        const v = numberOrNull(reader, grid[row][c], { row, col: c, label: `${label} ${year}` }, measure, what);
        if (v !== null) values[year] = v;
      }
      return values;
    };
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
        plans: yearValues(planCols, 'План', 'План'),
        leaderAbove: numberOrNull(reader, get('leader'), at('leader'), measure, 'Порог лидеров'),
        minimum: numberOrNull(reader, get('minimum'), at('minimum'), measure, 'Минимум'),
        deadline: dateText(reader, get('deadline'), at('deadline')),
        official: yearValues(officialCols, 'Значение региона', 'Значение региона'),
        representativesOf: cellText(get('representativesOf')).replace(/\.$/, ''),
      } as IndicatorDef,
    ];
  });
}

function readDocument(reader: Reader): DocumentSettings {
  const { grid, keyRow, problem } = reader;
  const lines = (hdr: string, columns: { text: string }) =>
    readTable(grid, keyRow, hdr, columns, problem)
      .map(({ get }) => cellText(get('text')))
      .filter(Boolean);
  const document = { ...DEFAULT_DOCUMENT } as DocumentSettings;
  for (const [key, label, field] of DOCUMENT_ROWS) {
    // A row deleted from an older workbook keeps the default; a row emptied by the user stays empty.
    if (keyRow.has(key)) document[field] = key === 'doc_date' ? generalDate(reader, key, label) : cellText(grid[keyRow.get(key)!][2]);
  }
  document.addressees = keyRow.has('hdr:addressees') ? lines('hdr:addressees', ADDRESSEE_COLUMNS) : [...DEFAULT_DOCUMENT.addressees];
  document.basis = lines('hdr:basis', BASIS_COLUMNS);
  return document;
}

/**
 * Dates already past on the note's day, each kept with a warning on its cell: a form's target date (also one left from past
 * years), a deadline for a minimum, an event's «Когда». The note does not recommend them (hasPassed).
 */
function warnOnPastDates(reader: Reader, s: Pick<Settings, 'reportYear' | 'document'>): void {
  const { grid, keyRow, problem } = reader;
  const quiet = () => undefined;
  for (const { row, get, col } of readTable(grid, keyRow, 'hdr:forms', FORM_COLUMNS, quiet)) {
    const at = { row, col: col('targetDate'), label: FORM_COLUMNS.targetDate };
    const text = dateText(reader, get('targetDate'), at, false);
    const warning =
      targetDateWarning(text, s.reportYear) ??
      passedDateWarning(s, text, 'Срок цели', 'в рекомендациях справка его не называет. Укажите новый срок цели.');
    if (warning) problem(row, at.col, at.label, get('targetDate'), warning, 'warning');
  }
  for (const { row, get, col } of readTable(grid, keyRow, 'hdr:indicators', INDICATOR_COLUMNS, quiet)) {
    const at = { row, col: col('deadline'), label: INDICATOR_COLUMNS.deadline };
    const text = dateText(reader, get('deadline'), at, false);
    const warning = passedDateWarning(
      s,
      text,
      'Срок достижения минимума',
      'справка рекомендует достичь минимума без срока. Укажите новый срок.',
    );
    if (warning) problem(row, at.col, at.label, get('deadline'), warning, 'warning');
  }
  for (const { row, get, col } of readTable(grid, keyRow, 'hdr:resources', RESOURCE_COLUMNS, quiet)) {
    const [name, when] = [cellText(get('text')), cellText(get('when'))];
    const warning =
      name &&
      passedDateWarning(
        s,
        when,
        'Срок',
        `мероприятие «${name}» в справку не попадает. Укажите срок следующего мероприятия или удалите строку.`,
      );
    if (warning) problem(row, col('when'), RESOURCE_COLUMNS.when, get('when'), warning, 'warning');
  }
}

/** Where a frame field is typed: its row's value cell, or the first line under the addressees' or the basis' header. */
function frameCell({ grid, keyRow }: Reader, field: FrameField): { row: number; col: number; label: string } | null {
  if (field === 'addressees' || field === 'basis') {
    const h = keyRow.get(field === 'addressees' ? 'hdr:addressees' : 'hdr:basis');
    const label = field === 'addressees' ? ADDRESSEE_COLUMNS.text : BASIS_COLUMNS.text;
    if (h === undefined) return null;
    // Every line deleted: the next row is another section's, so the header itself is named.
    const lineRow = h + 1 < grid.length && !cellText(grid[h + 1][KEY_COL - 1]) ? h + 1 : h;
    return { row: lineRow, col: KEY_COL, label };
  }
  const [key, label] = DOCUMENT_ROWS.find(([, , f]) => f === field)!;
  const r = keyRow.get(key);
  return r === undefined ? null : { row: r, col: 2, label };
}

/** The frame the note needs and the settings lack: a warning on its cell (the note leaves the line out or blank). */
function warnOnFrameGaps(reader: Reader, document: DocumentSettings): void {
  for (const { field, message } of frameGaps(document)) {
    const at = frameCell(reader, field);
    if (at) reader.problem(at.row, at.col, at.label, reader.grid[at.row]?.[at.col] ?? '', message, 'warning');
  }
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

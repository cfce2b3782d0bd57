// Reads a folder of CSVs in the format of data/tomsk-2021 into settings and per-unit report values for a new workbook.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DocumentSettings, FormDef, IndicatorDef, IndicatorKind, Level, Settings, UnitDef } from '../domain/model';
import { DEFAULT_FORMS, defaultSettings } from '../workbook/defaults';
import type { ReportValues } from '../workbook/importer';
import { tabNameFor } from '../workbook/tabNames';
import { LEVEL_NAMES } from '../workbook/settingsLayout';
import { CELL_TEXT_LIMIT } from '../domain/cellLimit';
import { formatNumber } from '../domain/russian';
import { type CsvReading, type CsvSeparator, detectSeparator, readCsvBytes, readingNote } from './csvText';
import { InputError } from './inputError';
import { type CsvTable, readSchoolFiles, SCHOOL_FILES } from './schoolCsv';

/**
 * RFC 4180 CSV through the `csv-parse` library: quoted fields may hold separators, quotes ("") and line breaks. The
 * separator is the header's most frequent of «,», «;» and tab unless given. An unclosed quote or a row with another number
 * of fields than the header is an InputError naming the file and the line (and how the file was read, if not UTF-8 «,»).
 */
export function parseCsv(
  text: string,
  file = 'CSV',
  reading: Pick<CsvReading, 'encoding'> & { separator?: CsvSeparator } = { encoding: 'UTF-8' },
): string[][] {
  const separator = reading.separator ?? detectSeparator(text, file);
  const note = readingNote({ encoding: reading.encoding, separator });
  try {
    const rows = parse(text, { bom: true, delimiter: separator, skip_empty_lines: true, relax_column_count: false }) as string[][];
    return rows.filter((r) => r.some((c) => c.trim() !== ''));
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string };
    const line = err.lines ? `, строка ${err.lines}` : '';
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new InputError(`${file}${line}: кавычка не закрыта${note}.`);
    if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH')
      throw new InputError(`${file}${line}: число полей в строке не совпадает с заголовком${note}.`);
    throw new InputError(`${file}${line}: файл CSV не читается${note} (${err.message}).`);
  }
}

/** A CSV file read: its path, its header, and its rows by column name with their 1-based line numbers in the file. */
interface Table extends CsvTable {
  header: string[];
}

function readTable(dir: string, file: string, required: string[]): Table {
  const path = join(dir, file);
  if (!existsSync(path)) throw new InputError(`${path}: файл не найден.`);
  const reading = readCsvBytes(readFileSync(path), path);
  const [header, ...body] = parseCsv(reading.text, path, reading);
  if (!header) throw new InputError(`${path}: файл пуст.`);
  const cols = header.map((h) => h.trim());
  const missing = required.filter((c) => !cols.includes(c));
  if (missing.length) throw new InputError(`${path}: нет столбца ${missing.map((m) => `«${m}»`).join(', ')}${readingNote(reading)}.`);
  const rows = body.map((r, i) => ({ line: i + 2, get: (c: string) => (r[cols.indexOf(c)] ?? '').trim() }));
  for (const r of rows) for (const c of cols) refuseTooLong(path, r.line, `в столбце «${c}»`, r.get(c));
  return { file: path, header: cols, rows };
}

/** A text the workbook could not hold: writing it would stop with Sheets' English error, so the import refuses it. */
function refuseTooLong(file: string, line: number, where: string, text: string): void {
  if (text.length > CELL_TEXT_LIMIT)
    throw new InputError(
      `${file}, строка ${line}: ${where} ${formatNumber(text.length)} знаков, а ячейка Google Таблицы вмещает не больше ${formatNumber(CELL_TEXT_LIMIT)}. Сократите текст.`,
    );
}

/**
 * A number cell of the settings files (plans, thresholds, targets): empty is null; «30%», «пятьдесят» or «1e999» are
 * refused naming the file, the line and the column, so a plan never silently becomes NaN or 0.
 */
function numberAt(t: Table, r: Table['rows'][number], col: string, what: string): number | null {
  const v = r.get(col);
  if (v === '') return null;
  const n = Number(v.replace(',', '.'));
  if (!/^-?\d+([.,]\d+)?$/.test(v) || !Number.isFinite(n))
    throw new InputError(
      `${t.file}, строка ${r.line}, столбец «${col}»: ${what} «${v}» — ожидается число (например, 30 или 30,5), без знака «%» и без слов.`,
    );
  return n;
}

const KINDS: IndicatorKind[] = ['share', 'count', 'dynamics'];

/** `settings.csv` keys of the document frame and the fields they fill. */
const DOCUMENT_KEYS: Record<string, Exclude<keyof DocumentSettings, 'addressees' | 'basis'>> = {
  sender: 'sender',
  doc_date: 'date',
  doc_number: 'number',
  title: 'title',
  document_kind: 'documentKind',
  programme: 'programme',
  organiser: 'organiser',
  purpose: 'purpose',
  other_participants: 'otherParticipants',
  conclusion: 'conclusion',
  signer_position: 'signerPosition',
  signer_name: 'signerName',
  executor: 'executor',
  executor_phone: 'executorPhone',
  font: 'font',
};

/** A CSV cell as a coordinator would type it: numbers become numbers, anything else stays text ("+", "-", "нет данных"). */
export function typed(v: string): string | number | undefined {
  if (v === '') return undefined;
  const n = Number(v.replace(',', '.'));
  return /^-?\d+([.,]\d+)?$/.test(v) && Number.isFinite(n) ? n : v;
}

export interface ImportedWorkbook {
  settings: Settings;
  reports: Record<string, ReportValues>;
}

export function importCsvFolder(dir: string, year?: number): ImportedWorkbook {
  if (!existsSync(dir)) throw new InputError(`${dir}: папка не найдена.`);
  const general = readTable(dir, 'forms_general_schools.csv', ['municipality', 'orgs_total']);
  const additional = readTable(dir, 'forms_additional_education.csv', ['municipality', 'orgs_total']);
  const catalog = readTable(dir, 'indicator_catalog.csv', ['id', 'kind', 'name_ru']);
  const valueFiles = readdirSync(dir)
    .filter((f) => /^indicators_.*\.csv$/.test(f))
    .sort();
  if (valueFiles.length === 0) throw new InputError(`${dir}: нет ни одного файла indicators_*.csv.`);
  const values = valueFiles.map((f) => readTable(dir, f, ['indicator', 'municipality']));

  const extra = new Set(['municipality', 'orgs_total', 'type', 'email', 'tab']);
  const formKeys = general.header.filter((h) => !extra.has(h));
  const forms = readForms(dir, formKeys);
  const { units, reports, unitAt } = readOrganisations(general, additional, formKeys);
  const indicators = readCatalog(catalog);
  const years = new Set<number>();
  for (const t of values) for (const h of t.header) if (/^(value|involved|total)_\d{4}$/.test(h)) years.add(Number(h.slice(-4)));
  if (years.size === 0) throw new InputError(`${values[0].file}: нет столбцов value_ГГГГ.`);
  const reportYear = year ?? Math.max(...years);
  readIndicatorValues(values, indicators, reportYear, unitAt);
  if (existsSync(join(dir, 'examples.csv')))
    readExamples(readTable(dir, 'examples.csv', ['municipality', 'form', 'text']), formKeys, unitAt);
  const settings: Settings = { ...defaultSettings(reportYear), forms, indicators, units };
  if (existsSync(join(dir, 'settings.csv'))) readSettingsFile(readTable(dir, 'settings.csv', ['key', 'value']), settings);
  // After settings.csv: the school files name its forms and its «Документы школы».
  const schoolTables = Object.fromEntries(
    Object.entries(SCHOOL_FILES)
      .filter(([, f]) => existsSync(join(dir, f.name)))
      .map(([k, f]) => [k, readTable(dir, f.name, [...f.columns])]),
  );
  readSchoolFiles(schoolTables, settings, reports);
  return { settings, reports };
}

/** The report of the unit a row names; a unit not in forms_general_schools.csv is refused with file and line. */
type UnitAt = (t: Table, r: Table['rows'][number]) => ReportValues;

/** forms.csv (optional): each form's name, directions, target and evidence, over the built-in defaults. */
function readForms(dir: string, formKeys: string[]): FormDef[] {
  const formRows = existsSync(join(dir, 'forms.csv')) ? readTable(dir, 'forms.csv', ['key']) : null;
  return formKeys.map((key) => {
    const base: FormDef = DEFAULT_FORMS.find((f) => f.key === key) ?? {
      key,
      name: key,
      directions: '',
      targetPercent: null,
      targetDate: '',
      evidence: [],
    };
    const r = formRows?.rows.find((x) => x.get('key') === key);
    if (!r) return { ...base };
    const evidence = formRows!.header.includes('evidence')
      ? r
          .get('evidence')
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean)
      : base.evidence;
    const target = numberAt(formRows!, r, 'target_percent', 'цель');
    return {
      key,
      name: r.get('name') || base.name,
      directions: r.get('directions') || base.directions,
      targetPercent: target,
      targetDate: r.get('target_date'),
      evidence,
    };
  });
}

/** The units and their organisation and form counts: general schools (which also list the units) and ДО organisations. */
function readOrganisations(general: Table, additional: Table, formKeys: string[]) {
  const units: UnitDef[] = general.rows.map((r, i) => ({
    name: r.get('municipality'),
    type: r.get('type') || 'Муниципалитет',
    email: r.get('email'),
    tab: r.get('tab') || tabNameFor(r.get('municipality')),
    settingsRow: i + 1,
  }));
  const known = new Set(units.map((u) => u.name));
  const reports: Record<string, ReportValues> = {};
  for (const u of units) reports[u.name] = { forms: {}, indicators: {}, orgs: {} };
  const unitAt = (t: Table, r: Table['rows'][number]) => {
    const name = r.get('municipality');
    if (!known.has(name)) throw new InputError(`${t.file}, строка ${r.line}: «${name}» нет в forms_general_schools.csv.`);
    return reports[name];
  };
  for (const r of general.rows) {
    const rep = reports[r.get('municipality')];
    rep.orgs!.general = typed(r.get('orgs_total'));
    for (const k of formKeys) rep.forms![k] = { general: typed(r.get(k)) };
  }
  for (const r of additional.rows) {
    const rep = unitAt(additional, r);
    // An empty cell means the unit reported "-": it has no such organisations.
    rep.orgs!.additional = typed(r.get('orgs_total')) ?? '-';
    for (const k of formKeys) rep.forms![k] = { ...rep.forms![k], additional: typed(r.get(k)) ?? '-' };
  }
  return { units, reports, unitAt: unitAt as UnitAt };
}

/** indicator_catalog.csv: each indicator's kind, unit, plans, thresholds and nouns. */
function readCatalog(catalog: Table): IndicatorDef[] {
  const planCols = catalog.header.filter((h) => /^plan_\d{4}$/.test(h));
  // «official_2021»: the region's published value, as «Значение региона 2021» of «Настройки».
  const officialCols = catalog.header.filter((h) => /^official_\d{4}$/.test(h));
  return catalog.rows.map((r) => {
    const kind = r.get('kind') as IndicatorKind;
    if (!KINDS.includes(kind))
      throw new InputError(`${catalog.file}, строка ${r.line}: вид «${r.get('kind')}» — ожидается share, count или dynamics.`);
    const num = (c: string, what: string) => (catalog.header.includes(c) ? numberAt(catalog, r, c, what) : null);
    const plans: Record<number, number> = {};
    for (const c of planCols) {
      const plan = numberAt(catalog, r, c, 'план');
      if (plan !== null) plans[Number(c.slice(5))] = plan;
    }
    const official: Record<number, number> = {};
    for (const c of officialCols) {
      const value = numberAt(catalog, r, c, 'значение региона');
      if (value !== null) official[Number(c.slice(9))] = value;
    }
    const nouns = catalog.header.includes('nouns')
      ? r
          .get('nouns')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    const unitWord = r.get('unit');
    return {
      id: r.get('id'),
      name: r.get('name_ru'),
      shortName: catalog.header.includes('short_ru') ? r.get('short_ru') : '',
      kind,
      unit: kind === 'share' ? '%' : unitWord === 'people' ? 'человек' : unitWord === 'units' ? 'единиц' : unitWord,
      nouns: nouns.length === 3 ? [nouns[0], nouns[1], nouns[2]] : null,
      plans,
      leaderAbove: num('leader_above', 'порог лидеров'),
      minimum: num('minimum', 'минимум'),
      deadline: catalog.header.includes('deadline') ? r.get('deadline') : '',
      official,
      representativesOf: catalog.header.includes('representatives_of') ? r.get('representatives_of') : '',
    };
  });
}

/** indicators_*.csv: each unit's values for the previous and the reporting year, and the pupil counts of shares. */
function readIndicatorValues(values: Table[], indicators: IndicatorDef[], reportYear: number, unitAt: UnitAt): void {
  const previousYear = reportYear - 1;
  const ids = new Set(indicators.map((i) => i.id));
  for (const t of values) {
    for (const r of t.rows) {
      const rep = unitAt(t, r);
      const id = r.get('indicator');
      if (!ids.has(id)) throw new InputError(`${t.file}, строка ${r.line}: показателя «${id}» нет в indicator_catalog.csv.`);
      rep.indicators![id] ??= {};
      const entry = rep.indicators![id];
      const cell = (col: string) => (t.header.includes(col) ? typed(r.get(col)) : undefined);
      const prev = cell(`value_${previousYear}`);
      const cur = cell(`value_${reportYear}`);
      if (prev !== undefined) entry.prev = prev;
      if (cur !== undefined) entry.cur = cur;
      // Pupil counts of share indicators: the weighted regional share is computed from them.
      const counts: Array<[keyof typeof entry, string]> = [
        ['involvedPrev', `involved_${previousYear}`],
        ['totalPrev', `total_${previousYear}`],
        ['involvedCur', `involved_${reportYear}`],
        ['totalCur', `total_${reportYear}`],
      ];
      for (const [key, col] of counts) {
        const v = cell(col);
        if (v !== undefined) entry[key] = v;
      }
    }
  }
}

/** examples.csv (optional): short examples per unit and form, joined when a unit has several for one form. */
function readExamples(t: Table, formKeys: string[], unitAt: UnitAt): void {
  for (const r of t.rows) {
    const rep = unitAt(t, r);
    const key = r.get('form');
    if (!formKeys.includes(key)) throw new InputError(`${t.file}, строка ${r.line}: формы «${key}» нет в forms_general_schools.csv.`);
    const before = rep.forms![key]?.examples;
    const examples = before ? `${before} ${r.get('text')}` : r.get('text');
    refuseTooLong(t.file, r.line, `у примеров «${r.get('municipality')}» по форме «${key}» вместе`, examples);
    rep.forms![key] = { ...rep.forms![key], examples };
  }
}

/** settings.csv (optional): the region, the staff, the nouns, the resources and the note's frame, by key. */
function readSettingsFile(t: Table, settings: Settings): void {
  const resources: Settings['resources'] = [];
  const addressees: string[] = [];
  const basis: string[] = [];
  const schoolDocuments: string[] = [];
  for (const r of t.rows) {
    const v = r.get('value');
    const key = r.get('key');
    const field = DOCUMENT_KEYS[key];
    if (field) {
      settings.document[field] = v;
      continue;
    }
    switch (key) {
      case 'addressee':
        addressees.push(v);
        break;
      case 'basis':
        basis.push(v);
        break;
      case 'school_document':
        schoolDocuments.push(v);
        break;
      case 'region':
        settings.regionName = v;
        break;
      case 'level':
        settings.level = levelOf(t, r.line, v);
        break;
      case 'deadline':
        settings.deadline = v;
        break;
      case 'report_deadline':
        settings.reportDeadline = v;
        break;
      case 'staff':
        settings.staffEmails = v.split(/[,;\s]+/).filter((e) => e.includes('@'));
        break;
      case 'unit_nouns': {
        const n = v.split(';').map((s) => s.trim());
        if (n.length === 3) settings.unitNouns = [n[0], n[1], n[2]];
        break;
      }
      case 'unit_plural':
        settings.unitNounPlural = v;
        break;
      case 'resource': {
        const [text, url = '', when = ''] = v.split('|').map((x) => x.trim());
        resources.push({ text, url, when });
        break;
      }
      default:
        throw new InputError(`${t.file}, строка ${r.line}: неизвестный ключ «${r.get('key')}».`);
    }
  }
  if (resources.length) settings.resources = resources;
  if (addressees.length) settings.document.addressees = addressees;
  if (basis.length) settings.document.basis = basis;
  // No `school_document` line: the school's tab asks about the default list (DEFAULT_SCHOOL_DOCUMENTS).
  if (schoolDocuments.length) settings.schoolDocuments = schoolDocuments;
}

/** `level` of settings.csv: `region` or `municipality` (the Russian names of «Настройки» are taken too). */
function levelOf(t: Table, line: number, v: string): Level {
  const level = (Object.keys(LEVEL_NAMES) as Level[]).find((l) => l === v || LEVEL_NAMES[l] === v);
  if (!level)
    throw new InputError(`${t.file}, строка ${line}: уровень «${v}» неизвестен — region (регион) или municipality (муниципалитет).`);
  return level;
}

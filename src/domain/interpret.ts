// Interprets a unit's raw cells: numbers where numbers are due, known states (no data, no organisations), and findings for the rest.
import { CELL_TEXT_LIMIT } from './cellLimit';
import { cellText, parseCell, type Parsed, shownValue } from './cellValue';
import type { Finding, Settings, Severity, UnitDef } from './model';
import { formatNumber, percentOf } from './russian';
import { readSchool, requireSchoolAnswers, type SchoolRead } from './schoolRead';
import type { SchoolReport } from './schoolReport';
import { isAdditionalType } from './unitType';
import type { ContactKey, IndicatorCells, RawField, UnitInput } from './unitInput';

/** A number read from a cell, or why there is none. */
export interface Num {
  value: number | null;
  state: 'ok' | 'empty' | 'nodata' | 'none' | 'invalid';
  /** «нет данных: нет доступа к ГИР»: the reason typed after «нет данных», when there is one. */
  reason?: string;
}

/** An indicator's value for one year. For shares, `involved`/`total` are the counts when the unit gave them. */
export interface IndValue extends Num {
  involved: number | null;
  total: number | null;
  /** Where a share came from (the two counts, or a typed percentage); null for counts and for no value. */
  source: 'counts' | 'percent' | null;
}

/** A field of the flat map that validation rules address by path. */
interface FieldValue {
  value: number | null;
  cell: string;
  label: string;
  raw: string;
}

export type Completeness = 'missing' | 'empty' | 'partial' | 'complete';

export interface UnitData {
  unit: UnitDef;
  tab: string;
  orgs: { general: Num; additional: Num };
  forms: Record<string, { general: Num; additional: Num; examples: string }>;
  indicators: Record<string, { prev: IndValue; cur: IndValue }>;
  contacts: Record<ContactKey, string>;
  ready: boolean;
  /** 'missing' when the unit has no tab; otherwise decided across all units by summarize(). */
  completeness: Completeness;
  /** Whether each logical field holds anything ("orgs.general", "forms.<key>.general", "ind.<id>.cur"): for completeness. */
  filled: Record<string, boolean>;
  /** Every numeric field by path ("orgs.general", "forms.<key>.additional", "ind.<id>.cur.involved"), for rules. */
  fields: Record<string, FieldValue>;
  /** The coordinator's comment (column «Комментарий») per indicator id, trimmed; only indicators with a comment. */
  comments: Record<string, string>;
  /** A school's own report (level «муниципалитет», a school's tab); undefined for a municipality's tab. */
  school?: SchoolReport;
}

const EMPTY: Num = { value: null, state: 'empty' };
const noIndicator = (): IndValue => ({ value: null, state: 'empty', involved: null, total: null, source: null });

type Kind = 'count' | 'countOrDash' | 'percent';

/** Interprets one unit's tab. Completeness is decided later, across all units (see summarize). */
export function interpretUnit(input: UnitInput, s: Settings): { data: UnitData; findings: Finding[] } {
  if (s.level === 'municipality') return interpretSchool(input, s);
  const r = unitReader(input);
  const orgs = {
    general: r.read('orgs.general', input.orgs.general, 'count'),
    additional: r.read('orgs.additional', input.orgs.additional, 'countOrDash'),
  };
  const forms = readForms(r, input, s, orgs.additional);
  const indicators = readIndicators(r, input, s);
  const comments = readComments(r, input, s);
  const contacts = readContacts(r, input);
  const filled = filledFields(s, orgs, forms, indicators);
  requireCounts(r, input, s, filled, orgs.additional);
  return {
    data: {
      unit: input.unit,
      tab: input.tab,
      orgs,
      forms,
      indicators,
      contacts,
      ready: input.ready,
      completeness: 'partial',
      filled,
      fields: r.fields,
      comments,
    },
    findings: r.findings,
  };
}

/**
 * A school's tab (level «муниципалитет»): its block read (schoolRead.ts), and from it the counts a municipality's tab
 * holds, so the summary, the checks and the roll-up go on as before: the school is one organisation — of additional
 * education when its «Тип» says so — and runs a form when it answered «да» (1), not when «нет» (0).
 */
function interpretSchool(input: UnitInput, s: Settings): { data: UnitData; findings: Finding[] } {
  const r = unitReader(input);
  const school = readSchool(r, input.school, s);
  const additional = isAdditionalType(input.unit.type);
  const one = (is: boolean): Num => ({ value: is ? 1 : 0, state: 'ok' });
  const orgs = { general: one(!additional), additional: additional ? one(true) : NONE };
  const forms: UnitData['forms'] = {};
  for (const f of s.forms) {
    const runs = runsCount(school.runs[f.key]);
    forms[f.key] = {
      general: additional ? one(false) : runs,
      additional: additional ? runs : NONE,
      examples: r.freeText(input.forms[f.key]?.examples),
    };
  }
  const indicators = readIndicators(r, input, s);
  const comments = readComments(r, input, s);
  const contacts = readContacts(r, input);
  // The organisation counts are derived, not typed: completeness goes by the answers and the indicators.
  const filled = { ...school.filled, ...indicatorsFilled(s, indicators) };
  if (Object.values(filled).some(Boolean)) requireSchoolAnswers(r, input.school, s, school.runs);
  const { unit, tab, ready } = input;
  return {
    data: {
      unit,
      tab,
      orgs,
      forms,
      indicators,
      contacts,
      ready,
      completeness: 'partial',
      filled,
      fields: r.fields,
      comments,
      school: school.report,
    },
    findings: r.findings,
  };
}

const NONE: Num = { value: null, state: 'none' };

/** A school's «да/нет» as its count of organisations running the form. */
function runsCount(state: SchoolRead['runs'][string] | undefined): Num {
  if (state === 'yes' || state === 'no') return { value: state === 'yes' ? 1 : 0, state: 'ok' };
  return state === 'invalid' ? INVALID : EMPTY;
}

/** Reads one unit's cells into fields and findings: each cell parsed once, every finding naming the tab and the cell. */
interface UnitReader {
  findings: Finding[];
  fields: Record<string, FieldValue>;
  report(f: RawField, severity: Severity, rule: string, message: string): void;
  /** A number cell at `path` («orgs.general», «ind.1.cur.total»): its value, state and any finding. */
  read(path: string, f: RawField | undefined, kind: Kind): Num;
  /** A free-text cell (an example, a contact); one longer than a Sheets cell holds (a file from a desktop suite) is named. */
  freeText(f: RawField | undefined): string;
}

function unitReader(input: UnitInput): UnitReader {
  const findings: Finding[] = [];
  const fields: Record<string, FieldValue> = {};
  const report = (f: RawField, severity: Severity, rule: string, message: string) =>
    findings.push({
      severity,
      rule,
      unit: input.unit.name,
      tab: input.tab,
      cell: f.cell,
      label: f.label,
      value: shownValue(f.raw),
      message,
    });
  return {
    findings,
    fields,
    report,
    read: (path, f, kind) => {
      if (!f) return EMPTY;
      const ambiguous = kind === 'percent' ? null : separatorQuestion(f.raw);
      if (ambiguous) report(f, 'error', 'ambiguous_number', ambiguous);
      const num = ambiguous ? INVALID : toNum(parseCell(f.raw), f, kind, report);
      // «-» (no organisations of this type) is zero for the rules: a form's count above it is caught by «implementing ≤ total».
      fields[path] = {
        value: num.state === 'none' ? 0 : num.value,
        cell: f.cell,
        label: f.label,
        raw: shownValue(f.raw),
      };
      return num;
    },
    freeText: (f) => {
      const text = f ? cellText(f.raw) : '';
      if (f && text.length > CELL_TEXT_LIMIT) report(f, 'warning', 'too_long', tooLongMessage(text.length));
      return text;
    },
  };
}

function readForms(r: UnitReader, input: UnitInput, s: Settings, additionalOrgs: Num): UnitData['forms'] {
  const forms: UnitData['forms'] = {};
  for (const form of s.forms) {
    const cells = input.forms[form.key] ?? {};
    // With ДО organisations present, «-» in a form's ДО cell is no number: it gets the «typed a mark» warning.
    const hasAdditional = additionalOrgs.value !== null && additionalOrgs.value > 0;
    const additional = r.read(`forms.${form.key}.additional`, cells.additional, hasAdditional ? 'count' : 'countOrDash');
    forms[form.key] = {
      general: r.read(`forms.${form.key}.general`, cells.general, 'count'),
      // No ДО organisations at all: the form's ДО count is "none" too, whatever was typed.
      additional: additionalOrgs.state === 'none' ? { value: null, state: 'none' } : additional,
      examples: r.freeText(cells.examples),
    };
  }
  return forms;
}

function readIndicators(r: UnitReader, input: UnitInput, s: Settings): UnitData['indicators'] {
  const indicators: UnitData['indicators'] = {};
  for (const ind of s.indicators) {
    const cells = input.indicators[ind.id];
    if (cells && input.yearsMismatch) {
      // Which year a value belongs to is unknown: left out, shown as an error, not counted as no data.
      indicators[ind.id] = {
        prev: { ...noIndicator(), state: 'invalid' },
        cur: { ...noIndicator(), state: 'invalid' },
      };
      continue;
    }
    if (!cells) {
      indicators[ind.id] = { prev: noIndicator(), cur: noIndicator() };
      continue;
    }
    const year = (which: 'prev' | 'cur', c: IndicatorCells): IndValue => {
      const p = `ind.${ind.id}.${which}`;
      if (ind.kind === 'share') return readShare(r, p, c);
      const n = r.read(`${p}.value`, c.value, 'count');
      return { ...n, involved: null, total: null, source: null };
    };
    indicators[ind.id] = { prev: year('prev', cells.prev), cur: year('cur', cells.cur) };
  }
  return indicators;
}

/** One year of a share: from the counts when both are typed and possible, else the typed percentage. */
function readShare(r: UnitReader, p: string, c: IndicatorCells): IndValue {
  const involved = r.read(`${p}.involved`, c.involved, 'count');
  const total = r.read(`${p}.total`, c.total, 'count');
  const percent = r.read(`${p}.percent`, c.percent, 'percent');
  if (involved.value !== null && total.value !== null && total.value > 0 && involved.value <= total.value) {
    const computed = percentOf(involved.value, total.value)!;
    if (percent.value !== null && Math.abs(percent.value - computed) > 0.5 && c.percent) {
      r.report(
        c.percent,
        'warning',
        'share_mismatch',
        `Введённая доля ${shownValue(c.percent.raw)} % не совпадает с долей по числам (${formatNumber(computed)} %). В сводку идёт доля по числам; проверьте, какая верна.`,
      );
    }
    return { value: computed, state: 'ok', involved: involved.value, total: total.value, source: 'counts' };
  }
  if (percent.value !== null) return { ...percent, involved: null, total: null, source: 'percent' };
  // One count of the pair without the other and no percentage: the typed number would be dropped without a word.
  const lone =
    involved.state === 'ok' && total.state === 'empty'
      ? c.total
      : total.state === 'ok' && involved.state === 'empty'
        ? c.involved
        : undefined;
  if (lone) {
    r.report(
      lone,
      'warning',
      'share_incomplete',
      `Для доли нужны оба числа, а ${lone === c.total ? 'общее число обучающихся' : 'число вовлечённых'} не указано. Доля не посчитана: впишите его (или долю в строке «доля, %»).`,
    );
  }
  const states = [involved.state, total.state, percent.state];
  // Involved > total: the counts were typed but no share follows from them (the rule reports it) — invalid, not empty.
  const impossible = involved.value !== null && total.value !== null && involved.value > total.value;
  const state = impossible || states.includes('invalid') ? 'invalid' : states.includes('nodata') ? 'nodata' : 'empty';
  const reason = state === 'nodata' ? [involved, total, percent].find((n) => n.reason)?.reason : undefined;
  return { value: null, state, involved: null, total: null, source: null, ...(reason ? { reason } : {}) };
}

/** Column «Комментарий» beside each indicator. A tab labelled with other years is not read: its comments speak of them. */
function readComments(r: UnitReader, input: UnitInput, s: Settings): Record<string, string> {
  const comments: Record<string, string> = {};
  if (input.yearsMismatch) return comments;
  for (const ind of s.indicators) {
    const text = r.freeText(input.indicators[ind.id]?.comment);
    if (text) comments[ind.id] = text;
  }
  return comments;
}

function readContacts(r: UnitReader, input: UnitInput): Record<ContactKey, string> {
  const contacts = { name: '', position: '', phone: '', email: '' } as Record<ContactKey, string>;
  for (const k of Object.keys(contacts) as ContactKey[]) {
    const f = input.contacts[k];
    contacts[k] = r.freeText(f);
    if (f && k === 'email' && contacts[k] && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contacts[k])) {
      r.report(f, 'warning', 'email', 'Это не похоже на адрес электронной почты; проверьте.');
    }
  }
  return contacts;
}

/** Whether each logical field holds anything: what completeness and the «required» rule go by. */
function filledFields(s: Settings, orgs: UnitData['orgs'], forms: UnitData['forms'], indicators: UnitData['indicators']) {
  const filled: Record<string, boolean> = {
    'orgs.general': orgs.general.state !== 'empty',
    'orgs.additional': orgs.additional.state !== 'empty',
  };
  for (const f of s.forms)
    for (const t of ['general', 'additional'] as const) filled[`forms.${f.key}.${t}`] = forms[f.key][t].state !== 'empty';
  return { ...filled, ...indicatorsFilled(s, indicators) };
}

/**
 * Whether each indicator's year holds anything. An empty indicator cell and «нет данных» mean the same (the «Инструкция»:
 * «Нет данных — оставьте ячейку пустой или напишите «нет данных»»), so neither fills it: such a report is not in full.
 */
function indicatorsFilled(s: Settings, indicators: UnitData['indicators']): Record<string, boolean> {
  const filled: Record<string, boolean> = {};
  for (const i of s.indicators)
    for (const y of ['prev', 'cur'] as const) filled[`ind.${i.id}.${y}`] = !['empty', 'nodata'].includes(indicators[i.id][y].state);
  return filled;
}

/** Required: the organisation counts and every form's counts, once anything at all was typed in the tab. */
function requireCounts(r: UnitReader, input: UnitInput, s: Settings, filled: Record<string, boolean>, additionalOrgs: Num): void {
  if (!Object.values(filled).some(Boolean)) return;
  const required = [
    'orgs.general',
    'orgs.additional',
    ...s.forms.flatMap((f) => [`forms.${f.key}.general`, ...(additionalOrgs.state === 'none' ? [] : [`forms.${f.key}.additional`])]),
  ];
  for (const path of required) {
    const f = r.fields[path];
    if (filled[path] || !f) continue;
    r.findings.push({
      severity: 'warning',
      rule: 'required',
      unit: input.unit.name,
      tab: input.tab,
      cell: f.cell,
      label: f.label,
      value: '',
      message:
        'Обязательное поле не заполнено: впишите число (0, если таких организаций нет; «-» в столбце ДО, если организаций дополнительного образования нет).',
    });
  }
}

/** Data for a unit whose tab is missing: everything empty. */
export function missingUnit(unit: UnitDef, s: Settings): UnitData {
  const forms: UnitData['forms'] = {};
  for (const f of s.forms) forms[f.key] = { general: EMPTY, additional: EMPTY, examples: '' };
  const indicators: UnitData['indicators'] = {};
  for (const i of s.indicators) indicators[i.id] = { prev: noIndicator(), cur: noIndicator() };
  return {
    unit,
    tab: unit.tab,
    orgs: { general: EMPTY, additional: EMPTY },
    forms,
    indicators,
    contacts: { name: '', position: '', phone: '', email: '' },
    ready: false,
    completeness: 'missing',
    filled: {},
    fields: {},
    comments: {},
  };
}

const INVALID: Num = { value: null, state: 'invalid' };
/** The largest count the check accepts: far above any region's organisations or pupils, so a larger one is a typo. */
export const MAX_COUNT = 10_000_000;

function toNum(p: Parsed, f: RawField, kind: Kind, report: (f: RawField, s: Severity, rule: string, m: string) => void): Num {
  switch (p.kind) {
    case 'empty':
      return EMPTY;
    case 'nodata':
      return p.reason ? { value: null, state: 'nodata', reason: p.reason } : { value: null, state: 'nodata' };
    case 'mark':
      if (p.mark === '-' && kind === 'countOrDash') return { value: null, state: 'none' };
      report(
        f,
        'warning',
        'mark_instead_of_number',
        `Вместо числа стоит «${p.mark}». Значение не учтено в сводке: укажите число${kind === 'percent' ? ' (процент)' : ''} или «нет данных».`,
      );
      return { value: null, state: 'nodata' };
    case 'invalid':
      report(
        f,
        'error',
        'not_a_number',
        `${capitalizeFirst(p.reason)}. Значение не учтено в сводке: введите ${kind === 'percent' ? 'процент числом, например 12,5' : 'целое число'}.`,
      );
      return INVALID;
    case 'number': {
      const v = p.value;
      if (kind === 'percent') {
        if (v < 0 || v > 100) {
          report(f, 'error', 'percent_range', 'Процент должен быть от 0 до 100. Значение не учтено в сводке.');
          return INVALID;
        }
        if (p.extracted)
          report(
            f,
            'warning',
            'number_in_text',
            `Число ${formatNumber(v)} % взято из текста. Оставьте в ячейке только число, а пояснение — в столбце «Комментарий».`,
          );
        return { value: v, state: 'ok' };
      }
      if (p.percentSign) {
        report(
          f,
          'error',
          'percent_in_count',
          'Здесь нужно количество, а введён процент. Значение не учтено в сводке: введите целое число.',
        );
        return INVALID;
      }
      if (v < 0) {
        report(f, 'error', 'negative', 'Количество не может быть отрицательным. Значение не учтено в сводке.');
        return INVALID;
      }
      if (!Number.isInteger(v)) {
        // Sheets stores a typed «45%» as 0.45, so a fraction below one (v is not negative here) is most likely a percentage.
        const typedPercent = v < 1 ? ` В ячейке ${formatNumber(v)} — похоже, введён процент (${formatNumber(v * 100)} %).` : '';
        report(f, 'error', 'not_whole', `Количество должно быть целым числом.${typedPercent} Значение не учтено в сводке.`);
        return INVALID;
      }
      if (v > MAX_COUNT) {
        report(f, 'error', 'too_large', `Число больше ${formatNumber(MAX_COUNT)} — похоже на опечатку. Значение не учтено в сводке.`);
        return INVALID;
      }
      return { value: v, state: 'ok' };
    }
  }
}

/** «2.000», «1,500»: one point or comma before three digits reads both as thousands (2000) and as a fraction (2). */
const THOUSANDS_OR_FRACTION = /^[1-9]\d{0,2}([.,])\d{3}$/;

/**
 * The question for a count typed with one separator before three digits, or null. Sheets in a Russian spreadsheet takes
 * «2,000» as the number 2 and keeps «2.000» as text; a count is whole, so either reading could be meant: ask, never guess.
 */
function separatorQuestion(raw: unknown): string | null {
  const text = typeof raw === 'string' ? raw.replace(/[\u00a0\u202f]/g, ' ').trim() : '';
  const m = THOUSANDS_OR_FRACTION.exec(text);
  if (!m) return null;
  const mark = m[1] === '.' ? 'точка' : 'запятая';
  const thousands = text.replace(m[1], '');
  const fraction = formatNumber(Number(text.replace(',', '.')), 3);
  return `Непонятно, что означает «${text}»: ${thousands} (${mark} отделяет тысячи) или ${fraction} (${mark} отделяет дробную часть). Значение не учтено в сводке: впишите число без точек и запятых, например ${thousands}.`;
}

/** The finding on a text longer than a Sheets cell holds. */
function tooLongMessage(length: number): string {
  return `В ячейке ${formatNumber(length)} знаков, а ячейка Google Таблицы вмещает не больше ${formatNumber(CELL_TEXT_LIMIT)}: в Google Таблицах такой текст не сохранить. Сократите его.`;
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

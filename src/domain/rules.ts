// Validation rules in the DHIS2 manner (a part, at most its whole, severity, message), the cross-unit plausibility checks and the cross-checks of fields within a unit.
import type { Finding, IndicatorDef, Settings, Severity } from './model';
import type { UnitData } from './interpret';
import { formatNumber, joinRussian } from './russian';
import { type Contradiction, ORG_TYPES } from './summaryModel';

/** Every rule says that a part cannot exceed its whole: the left field is at most the right one. */
export interface ValidationRule {
  id: string;
  /** Path of a numeric field in UnitData.fields: the part. */
  left: string;
  /** Path of the whole. */
  right: string;
  severity: Severity;
  /** Russian message; {left}, {right} are replaced with the values. */
  message: string;
}

/** The rules that follow from the settings: for every form and organisation type, implementing ≤ total; involved ≤ total. */
export function validationRules(s: Settings): ValidationRule[] {
  const rules: ValidationRule[] = [];
  const orgTypes: Array<['general' | 'additional', string]> = [
    ['general', 'общеобразовательных организаций (ОО)'],
    ['additional', 'организаций дополнительного образования (ДО)'],
  ];
  for (const form of s.forms) {
    for (const [type, label] of orgTypes) {
      rules.push({
        id: `form_le_total:${form.key}:${type}`,
        left: `forms.${form.key}.${type}`,
        right: `orgs.${type}`,
        severity: 'error',
        message: `Форму «${form.name}» реализуют {left}, а всего ${label} {right}: реализующих не может быть больше, чем всего. Значение не учтено в сводке — исправьте одно из чисел.`,
      });
    }
  }
  for (const ind of s.indicators.filter((i) => i.kind === 'share')) {
    for (const y of ['prev', 'cur'] as const) {
      rules.push({
        id: `involved_le_total:${ind.id}:${y}`,
        left: `ind.${ind.id}.${y}.involved`,
        right: `ind.${ind.id}.${y}.total`,
        severity: 'error',
        message: `Вовлечено {left} обучающихся, а всего {right}: вовлечённых не может быть больше. Долю по этим числам посчитать нельзя — исправьте числа.`,
      });
    }
  }
  return rules;
}

/** Applies the rules to one unit. A violated error rule invalidates its left side, so totals leave it out. */
export function applyRules(rules: ValidationRule[], unit: UnitData): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const left = unit.fields[rule.left];
    const right = unit.fields[rule.right];
    if (!left || !right || left.value === null || right.value === null) continue;
    if (left.value <= right.value) continue;
    findings.push({
      severity: rule.severity,
      rule: rule.id.split(':')[0],
      unit: unit.unit.name,
      tab: unit.tab,
      cell: left.cell,
      label: left.label,
      value: left.raw,
      message: rule.message.replace('{left}', formatNumber(left.value)).replace('{right}', formatNumber(right.value)),
    });
    if (rule.severity === 'error') invalidate(unit, rule.left);
  }
  return findings;
}

/** Marks a field invalid in the unit's structured values so aggregation leaves it out. */
function invalidate(unit: UnitData, path: string): void {
  const [head, a, b] = path.split('.');
  unit.fields[path] = { ...unit.fields[path], value: null };
  // An indicator's share is never made from counts that break «involved ≤ total» (interpretUnit checks it), so for
  // the indicator rule the field alone is voided.
  if (head === 'forms') unit.forms[a][b as 'general' | 'additional'] = { value: null, state: 'invalid' };
}

/**
 * A count that was 0 in the previous year and is above 0 now (0 → 1 as well as 0 → 3567): the earlier zero is most likely
 * a year not reported (seed 002 warns of it), so the change is not a fact to report. One rule for the check's warning and
 * the note's «требует уточнения» (classify in summary.ts).
 */
export function isJumpFromZero(prev: number | null, cur: number | null): boolean {
  return prev === 0 && cur !== null && cur > 0;
}

/** A fall by more than half against the previous year: a likely typo. */
function isSharpFall(prev: number | null, cur: number | null): boolean {
  return prev !== null && cur !== null && prev > 0 && cur < prev / 2;
}

/** Check rules whose flagged values the note does not state as fact («требует уточнения»). */
export const SUSPICIOUS_RULES: readonly string[] = ['sharp_fall', 'outlier', 'fraction_as_percent', 'jump_from_zero'];

/** Median of a list (empty → null). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** A typo adds a digit: a value is an outlier only when it is this many times above every other unit's (and far by z). */
export const OUTLIER_FACTOR = 10;

/**
 * The outlier test over one list of values: far from the median by the robust modified z-score (|0,6745·(x − median)/MAD|
 * > 3,5, Iglewicz and Hoaglin) taken on log10(1 + x), since counts span orders of magnitude between a city and a village,
 * and more than OUTLIER_FACTOR times every other value. Gives the median and the next largest for the message, or null.
 */
function outlierTest(values: number[]): (v: number) => { med: number; othersMax: number } | null {
  const med = median(values);
  if (med === null) return () => null;
  const logs = values.map((v) => Math.log10(1 + Math.max(0, v)));
  const logMed = median(logs)!;
  const mad = Math.max(median(logs.map((v) => Math.abs(v - logMed)))!, 0.1);
  const [max1, max2] = [...values].sort((a, b) => b - a);
  return (v) => {
    const z = (0.6745 * (Math.log10(1 + v) - logMed)) / mad;
    const othersMax = v === max1 ? (max2 ?? 0) : max1;
    return z > 3.5 && v > OUTLIER_FACTOR * othersMax ? { med, othersMax } : null;
  };
}

const ORG_COUNT_WORDS = {
  general: 'общеобразовательных организаций (ОО)',
  additional: 'организаций дополнительного образования (ДО)',
} as const;

/**
 * A unit's count of organisations far above every other unit's (44 317 schools where districts have 8): it would swamp
 * the region's shares, so it is named before it is summed. The tabs hold no previous-year count to compare with.
 */
function orgCountWarnings(units: UnitData[]): Finding[] {
  const findings: Finding[] = [];
  for (const type of ['general', 'additional'] as const) {
    const counted = units.filter((u) => u.orgs[type].value !== null);
    const outlier = outlierTest(counted.map((u) => u.orgs[type].value!));
    for (const u of counted) {
      const v = u.orgs[type].value!;
      const far = outlier(v);
      const f = u.fields[`orgs.${type}`];
      if (!far || !f) continue;
      findings.push({
        severity: 'warning',
        rule: 'org_outlier',
        unit: u.unit.name,
        tab: u.tab,
        cell: f.cell,
        label: f.label,
        value: f.raw,
        message: `Всего ${ORG_COUNT_WORDS[type]} указано ${formatNumber(v)} — более чем в ${OUTLIER_FACTOR} раз больше, чем у любой другой единицы отчёта (медиана ${formatNumber(far.med)}, следующее по величине ${formatNumber(far.othersMax)}). Такое число меняет доли по всему региону: проверьте, нет ли опечатки.`,
      });
    }
  }
  return findings;
}

/**
 * Plausibility warnings across units, per indicator and year: a percentage typed as a fraction, a fall of more than half,
 * and values far above all others (outlierTest); and organisation counts far above all others (orgCountWarnings).
 */
export function plausibilityWarnings(s: Settings, units: UnitData[]): Finding[] {
  const findings: Finding[] = [];
  const warn = (u: UnitData, path: string, rule: string, message: string) => {
    const f = u.fields[path];
    if (f)
      findings.push({
        severity: 'warning',
        rule,
        unit: u.unit.name,
        tab: u.tab,
        cell: f.cell,
        label: f.label,
        value: f.raw,
        message,
      });
  };
  for (const ind of s.indicators) {
    // Cells already flagged as a fraction: a "fall" from 45 to 0,5 is the same slip and is not reported twice.
    const fractions = new Set<string>();
    for (const year of ['prev', 'cur'] as const) {
      const values = units
        .map((u) => u.indicators[ind.id]?.[year])
        .filter((v) => v && v.value !== null)
        .map((v) => v!.value!);
      const med = median(values);
      if (med === null) continue;
      const outlier = outlierTest(values);
      for (const u of units) {
        const v = u.indicators[ind.id]?.[year];
        if (!v || v.value === null) continue;
        const path = `ind.${ind.id}.${year}.${ind.kind === 'share' ? (v.source === 'counts' ? 'involved' : 'percent') : 'value'}`;
        if (ind.kind === 'share' && v.source === 'percent' && v.value > 0 && v.value < 1 && med > 5) {
          warn(
            u,
            path,
            'fraction_as_percent',
            `Доля ${formatNumber(v.value)} % при медиане по всем ${formatNumber(med)} %: похоже, процент введён как дробь (0,5 вместо 50). Проверьте.`,
          );
          fractions.add(`${u.unit.name}|${path}`);
          continue;
        }
        if (ind.kind === 'share') continue;
        const far = outlier(v.value);
        if (far) {
          warn(
            u,
            path,
            'outlier',
            `Значение ${formatNumber(v.value)} в десятки раз больше, чем у всех остальных (медиана ${formatNumber(far.med)}, следующее по величине ${formatNumber(far.othersMax)}). Если это не опечатка, оставьте как есть.`,
          );
        }
      }
    }
    for (const u of units) {
      const v = u.indicators[ind.id];
      if (!v || v.prev.value === null || v.cur.value === null) continue;
      const path = `ind.${ind.id}.cur.${ind.kind === 'share' ? (v.cur.source === 'counts' ? 'involved' : 'percent') : 'value'}`;
      if (isSharpFall(v.prev.value, v.cur.value)) {
        if (fractions.has(`${u.unit.name}|${path}`)) continue;
        warn(
          u,
          path,
          'sharp_fall',
          `Значение упало больше чем вдвое: ${formatNumber(v.prev.value)} → ${formatNumber(v.cur.value)}. Проверьте, нет ли опечатки.`,
        );
      } else if (ind.kind !== 'share' && isJumpFromZero(v.prev.value, v.cur.value)) {
        warn(
          u,
          `ind.${ind.id}.prev.value`,
          'jump_from_zero',
          `За предыдущий год указан 0, а за отчётный — ${formatNumber(v.cur.value)}. Рост с нуля справка не считает ростом и отмечает «требует уточнения»: если данных за предыдущий год нет, впишите «нет данных» вместо 0.`,
        );
      }
    }
  }
  findings.push(...orgCountWarnings(units));
  findings.push(...crossCheckWarnings(s, units));
  return findings;
}

/** A unit whose representatives of organisations disagree with the organisations themselves in one year. */
export interface RepresentativeMismatch {
  unit: UnitData;
  year: 'prev' | 'cur';
  representatives: IndicatorDef;
  organisations: IndicatorDef;
  /** The two values: representatives fewer than organisations, or representatives from no organisation. */
  people: number;
  orgs: number;
}

/** Every unit and year where representatives (IndicatorDef.representativesOf) are fewer than their organisations, or come from none. */
export function representativeMismatches(s: Settings, units: UnitData[]): RepresentativeMismatch[] {
  const out: RepresentativeMismatch[] = [];
  for (const representatives of s.indicators) {
    const organisations = s.indicators.find((i) => i.id === representatives.representativesOf && i.kind !== 'share');
    if (!organisations || representatives.kind === 'share') continue;
    for (const unit of units)
      for (const year of ['prev', 'cur'] as const) {
        const people = unit.indicators[representatives.id]?.[year].value ?? null;
        const orgs = unit.indicators[organisations.id]?.[year].value ?? null;
        if (people === null || orgs === null) continue;
        if (people < orgs || (orgs === 0 && people > 0)) out.push({ unit, year, representatives, organisations, people, orgs });
      }
  }
  return out;
}

/** Units running a form (ОО or ДО) while every indicator the settings link to that form (FormDef.evidence) is zero in the reporting year. */
export function formContradictions(s: Settings, units: UnitData[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const f of s.forms) {
    const ids = (f.evidence ?? []).filter((id) => s.indicators.some((i) => i.id === id));
    if (ids.length === 0) continue;
    for (const u of units) {
      const running = ORG_TYPES.reduce((n, t) => n + (u.forms[f.key][t].value ?? 0), 0);
      const total = ORG_TYPES.reduce((n, t) => n + (u.orgs[t].value ?? 0), 0);
      if (running === 0) continue;
      if (ids.every((id) => u.indicators[id]?.cur.value === 0))
        out.push({ form: f.key, unit: u.unit.name, running, total, indicators: ids });
    }
  }
  return out;
}

/**
 * The cross-checks between fields of one unit, as warnings on the cell to check: representatives against their
 * organisations (both years), and a form run against the indicators that should show it (the reporting year).
 */
function crossCheckWarnings(s: Settings, units: UnitData[]): Finding[] {
  const findings: Finding[] = [];
  const warn = (u: UnitData, path: string, rule: string, message: string) => {
    const f = u.fields[path];
    if (f) findings.push({ severity: 'warning', rule, unit: u.unit.name, tab: u.tab, cell: f.cell, label: f.label, value: f.raw, message });
  };
  for (const m of representativeMismatches(s, units)) {
    const year = m.year === 'cur' ? s.reportYear : s.previousYear;
    const orgsCell = m.unit.fields[`ind.${m.organisations.id}.${m.year}.value`]?.cell ?? '';
    const why =
      m.orgs === 0
        ? 'представители организаций указаны, а самих организаций нет'
        : 'представителей организаций не может быть меньше, чем самих организаций, — от каждой хотя бы один';
    warn(
      m.unit,
      `ind.${m.representatives.id}.${m.year}.value`,
      'representatives',
      `Показатель № ${m.representatives.id} за ${year} г. — ${formatNumber(m.people)}, а показатель № ${m.organisations.id} (ячейка ${orgsCell}) — ${formatNumber(m.orgs)}: ${why}. Проверьте оба числа.`,
    );
  }
  const byName = new Map(units.map((u) => [u.unit.name, u]));
  for (const c of formContradictions(s, units)) {
    const u = byName.get(c.unit)!;
    const form = s.forms.find((f) => f.key === c.form)!;
    const cells = c.indicators.map((id) => u.fields[`ind.${id}.cur.value`]?.cell).filter(Boolean);
    const many = c.indicators.length > 1;
    const where = (u.forms[c.form].general.value ?? 0) > 0 ? 'general' : 'additional';
    warn(
      u,
      `forms.${c.form}.${where}`,
      'form_without_evidence',
      `Форму «${form.name}» реализуют организации (всего ${formatNumber(c.running)}), а ${many ? `показатели № ${joinRussian(c.indicators)}` : `показатель № ${c.indicators[0]}`} за ${s.reportYear} г. ${many ? 'равны' : 'равен'} нулю (${cells.length > 1 ? 'ячейки' : 'ячейка'} ${cells.join(', ')}): если форма реализуется, ${many ? 'они не могут быть нулевыми' : 'он не может быть нулевым'}. Проверьте числа.`,
    );
  }
  return findings;
}

// «Пункт 2» of the note: per indicator the plan and an honest regional figure, the change over years, leaders, tiers, laggards.
import type { IndicatorDef, Settings } from './model';
import { hasPassed } from './noteDates';
import { distinctIds } from './rollUp';
import { type NoteSection, paragraph, section, tableRef } from './noteModel';
import {
  allUnits,
  deadlineText,
  following,
  fromTo,
  levelWords,
  lessThan,
  listValue,
  lowerFirst,
  minimumMeasure,
  nounsOf,
  unitsDative,
  unitsOf,
  upperFirst,
  valueText,
  wholeDative,
  withValues,
  zeroCountMeasure,
} from './noteText';
import {
  capitalize,
  countWith,
  formatGrowthFactor,
  formatNumber,
  formatPercent,
  formatPoints,
  joinRussian,
  listUnits,
  type PluralForms,
  plural,
  yearLabel,
  yearsLabel,
} from './russian';
import { dativeSingular } from './russianCases';
import type { IndicatorRow, IndicatorSummary, RegionValue } from './summary';

function indicatorsHeading(s: Settings): string {
  const programme = s.document.programme ? ` реализации программы «${s.document.programme}»` : '';
  return `Пункт 2. Достижение показателей эффективности${programme} за ${yearsLabel(s.previousYear, s.reportYear)} в динамике`;
}

export function indicatorsIntro(s: Settings): NoteSection {
  return section('point', indicatorsHeading(s), [
    paragraph(`Данные о достижении показателей эффективности в разрезе ${s.unitNouns[2]} представлены в таблице 3.`),
    tableRef('table3', 'Таблица 3'),
  ]);
}

const planVerdict = (r: RegionValue) => (r.met === null ? '' : r.met ? '; план выполнен' : '; план не выполнен');

/**
 * Whose the value typed in «Значение региона» is: the region's official figure, or, for a count the schools share at the
 * municipality level (enterprises, representatives: distinctIds), the municipality's own count without repeats.
 */
function officialWords(s: Settings, ind: Pick<IndicatorSummary, 'id'>): string {
  return isDistinctAtLevel(s, ind) ? 'по данным муниципалитета, без учёта повторов' : 'официальное значение';
}

const isDistinctAtLevel = (s: Settings, ind: Pick<IndicatorSummary, 'id'>) => s.level === 'municipality' && distinctIds(s).has(ind.id);

/** The plan and the fact of one year, when the fact may be stated (weighted from pupil counts, official, or a sum). */
function factSentence(s: Settings, ind: IndicatorSummary, year: number, r: RegionValue, nouns: PluralForms | null): string {
  const plan = r.plan === null ? 'плановый показатель не установлен' : `плановый показатель составлял ${valueText(ind, r.plan, nouns)}`;
  if (r.method === 'weighted') {
    return `В ${yearLabel(year)} ${plan}, фактически достигнутый результат — ${formatPercent(r.value!)} (${formatNumber(r.involved!)} из ${formatNumber(r.total!)} обучающихся по данным ${unitsOf(s, r.unitsWithCounts)})${planVerdict(r)}.`;
  }
  if (r.method === 'official')
    return `В ${yearLabel(year)} ${plan}, фактически достигнутый результат (${officialWords(s, ind)}) — ${valueText(ind, r.value!, nouns)}${planVerdict(r)}.`;
  if (r.method === 'sum')
    return `В ${yearLabel(year)} ${plan}, фактически достигнутый результат — ${valueText(ind, r.value!, nouns)}${planVerdict(r)}.`;
  return `В ${yearLabel(year)} ${plan}.`;
}

/** Both years' plan and fact; when neither year has a fact to state, the plans in one sentence, not «составлял» twice. */
function factSentences(s: Settings, ind: IndicatorSummary, nouns: PluralForms | null): string {
  const { prev, cur } = ind.region;
  const stated = (r: RegionValue) => r.method === 'weighted' || r.method === 'official' || r.method === 'sum';
  if (stated(prev) || stated(cur) || prev.plan === null || cur.plan === null)
    return `${factSentence(s, ind, s.previousYear, prev, nouns)} ${factSentence(s, ind, s.reportYear, cur, nouns)}`;
  return `Плановый показатель составлял ${valueText(ind, prev.plan, nouns)} в ${yearLabel(s.previousYear)} и ${valueText(ind, cur.plan, nouns)} в ${yearLabel(s.reportYear)}.`;
}

/** Shares without counts: what can and cannot be said, and the mean once, «справочно». */
function meanParagraph(s: Settings, ind: IndicatorSummary): string | null {
  const years = (
    [
      [s.previousYear, ind.region.prev],
      [s.reportYear, ind.region.cur],
    ] as Array<[number, RegionValue]>
  ).filter(([, r]) => r.method === 'mean');
  if (years.length === 0) return null;
  const [, r] = years[years.length - 1];
  const means = joinRussian(years.map(([y, v]) => `${formatPercent(v.mean!)} в ${yearLabel(y)}`));
  const reference = `Справочно: среднее арифметическое долей ${unitsOf(s, r.unitsWithData)} — ${means}; оно не учитывает численность обучающихся.`;
  if (r.unitsWithCounts === 0) {
    return `${s.unitNounPlural} указали только доли вовлечённых обучающихся, без численности обучающихся, поэтому фактическое ${levelWords(s).neuter} значение показателя рассчитать нельзя и выполнение плана не оценивается. ${reference}`;
  }
  return (
    `Численность обучающихся ${plural(r.unitsWithCounts, ['указал', 'указали', 'указали'])} ${r.unitsWithCounts} из ${unitsOf(s, r.unitsWithData)}: по ним доля вовлечённых обучающихся составляет ${formatPercent(r.weightedPartial!)} (${formatNumber(r.involved!)} из ${formatNumber(r.total!)} обучающихся). ` +
    `Остальные указали только доли, поэтому ${levelWords(s).neuter} значение показателя рассчитать нельзя и выполнение плана не оценивается. ${reference}`
  );
}

/**
 * The change of a unit's value, one style for every indicator: "с 24,6 % до 54,5 %, или на 29,9 п. п." for a share,
 * "с 3 до 136 человек, или в 45 раз", "с 529 до 510 человек, или на 3,6 %" for a count. A comma, not brackets: the text
 * often stands inside brackets already, and a noun may have its own («предприятий (организаций)»).
 */
export function changeText(ind: IndicatorSummary, r: IndicatorRow, nouns: PluralForms | null): string {
  return `${fromTo(ind, r.prev!, r.cur!, nouns)}${changeBy(ind, r.prev!, r.cur!)}`;
}

/** «, или на 29,9 п. п.», «, или на 58,5 %», «, или в 45 раз»; '' when the value did not change. */
function changeBy(ind: Pick<IndicatorSummary, 'kind'>, prev: number, cur: number): string {
  if (cur === prev) return '';
  if (ind.kind === 'share') return `, или на ${formatPoints(Math.abs(cur - prev))}`;
  const factor = formatGrowthFactor(prev, cur);
  return factor ? `, или ${factor}` : '';
}

function regionChange(s: Settings, ind: IndicatorSummary, nouns: PluralForms | null): string[] {
  const { prev, cur } = ind.region;
  // The municipality's own counts of a shared count are its change; the schools' sum would count an enterprise twice.
  if (isDistinctAtLevel(s, ind) && prev.method === 'official' && cur.method === 'official') {
    const [a, b] = [prev.value!, cur.value!];
    const verb = b > a ? 'выросло' : b < a ? 'снизилось' : 'не изменилось';
    const change = a === b ? ` и составляет ${valueText(ind, b, nouns)}` : ` ${fromTo(ind, a, b, nouns)}${changeBy(ind, a, b)}`;
    return [`В целом по ${wholeDative(s)} значение показателя (без учёта повторов) ${verb}${change}.`];
  }
  const p = ind.paired;
  if (!p) return [];
  const verb = p.cur > p.prev ? 'выросло' : p.cur < p.prev ? 'снизилось' : 'не изменилось';
  const change =
    p.cur === p.prev
      ? ` и составляет ${valueText(ind, p.cur, nouns)}`
      : ` ${fromTo(ind, p.prev, p.cur, nouns)}${changeBy(ind, p.prev, p.cur)}`;
  // The basis is stated whenever some unit is left out: the change is like for like, not the two years' totals. Units
  // whose values are to be clarified gave both years too: the basis says they are not in it, so its count adds up.
  const doubtful = p.doubtful.length ? ' (без учёта значений, требующих уточнения)' : '';
  const basis = `По данным ${unitsOf(s, p.units)}, представивших их за оба года${doubtful}, значение показателя`;
  const partial = p.leftOut.length + p.doubtful.length > 0;
  const out = [`${partial ? basis : `В целом по ${wholeDative(s)} значение показателя`} ${verb}${change}.`];
  // Values to be clarified are named in their own paragraph below; units with one year only are named here.
  if (p.leftOut.length) {
    // One unit: «Не учтены данные, …» needs no gender of the unit noun («не учтён муниципалитет» / «не учтена школа»).
    out.push(
      p.leftOut.length === 1
        ? `Не учтены данные, представленные только за один год: ${p.leftOut[0]}.`
        : `Не учтены ${lowerFirst(s.unitNounPlural)}, представившие данные только за один год: ${listUnits(p.leftOut)}.`,
    );
  }
  return out;
}

/**
 * How the units compared across years moved: «Все 20 муниципалитетов сохранили или увеличили …», not «100 % муниципалитетов
 * (20 из 20)»; a part counted as the department counts it, «14 из 15 муниципалитетов», the verb agreeing with the number;
 * one unit, or none that held, said without a count («Значение показателя по сравнению с 2020 г. выросло: …»).
 */
function comparedSentence(s: Settings, ind: IndicatorSummary, nouns: PluralForms | null): string {
  const rowOf = (u: string) => ind.rows.find((r) => r.unit === u)!;
  const since = `по сравнению с ${yearLabel(s.previousYear)}`;
  // Zero in both years and to be clarified at once is counted once, with the values to clarify (their own sentence below):
  // the units compared and those with zeros then add up to the basis of the regional change above.
  const zb = ind.groups.zeroBoth.filter((u) => !ind.groups.unclear.includes(u)).length;
  // «без учёта …», as a document says it, not «… в расчёт не включены».
  const zeros = zb ? ` (без учёта ${unitsOf(s, zb)} с нулевым значением в оба года)` : '';
  const fell = ind.groups.fell.map(rowOf);
  const fellText = withValues(fell, (r) => changeText(ind, r, nouns));
  if (ind.heldOrGrew === 0) return `Значение показателя ${since} снизилось${zeros}: ${fellText}.`;
  if (ind.comparable === 1) {
    // The one unit compared, with its change: «Наибольший рост» of one unit is not said after it.
    const [r] = [...ind.groups.grew, ...ind.groups.held].map(rowOf);
    const moved = ind.groups.grew.length ? 'выросло' : 'не изменилось';
    return `Значение показателя ${since} ${moved}${zeros}: ${ind.groups.grew.length ? withValues([r], (x) => changeText(ind, x, nouns)) : r.unit}.`;
  }
  const all = ind.heldOrGrew === ind.comparable;
  const who = all ? upperFirst(allUnits(s, ind.comparable)) : `${ind.heldOrGrew} из ${unitsOf(s, ind.comparable)}`;
  const verb = all
    ? 'сохранили или увеличили'
    : plural(ind.heldOrGrew, ['сохранил или увеличил', 'сохранили или увеличили', 'сохранили или увеличили']);
  const fallen = fell.length ? ` Значение показателя снизилось: ${fellText}.` : '';
  return `${who} ${verb} значение показателя ${since}${zeros}.${fallen}`;
}

function heldOrGrew(s: Settings, ind: IndicatorSummary, nouns: PluralForms | null): string[] {
  const out: string[] = [];
  const rowOf = (u: string) => ind.rows.find((r) => r.unit === u)!;
  if (ind.comparable > 0) out.push(comparedSentence(s, ind, nouns));
  if (ind.largestGrowth && ind.comparable > 1) {
    const r = rowOf(ind.largestGrowth.unit);
    out.push(`Наибольший рост — ${r.unit}: ${changeText(ind, r, nouns)}.`);
  }
  const unclear = ind.groups.unclear.map(rowOf);
  const jumps = unclear.filter((r) => r.prev === 0 && r.cur !== null && r.cur > 0 && ind.kind !== 'share');
  // Units named by the cross-check get its own sentence, not the general «вызывающие сомнение».
  const crossChecked = new Set(ind.mismatches.map((m) => m.unit));
  const flagged = unclear.filter((r) => !jumps.includes(r) && !crossChecked.has(r.unit));
  if (jumps.length) {
    out.push(
      // A colon before the list: «— Лесной район — с 0 до 1 предприятия (организации)» would run two dashes together.
      `Рост с нулевого значения требует уточнения (вероятно, данные за ${yearLabel(s.previousYear)} не были представлены и указаны как нулевые): ${withValues(jumps, (r) => fromTo(ind, r.prev!, r.cur!, nouns))}. ${jumps.length === 1 ? 'В сравнение по годам это значение не включено.' : 'В сравнение по годам эти значения не включены.'}`,
    );
  }
  const mismatch = mismatchSentence(s, ind);
  if (mismatch) out.push(mismatch);
  if (flagged.length) {
    const value = (r: IndicatorRow) =>
      r.prev !== null && r.cur !== null ? fromTo(ind, r.prev, r.cur, nouns) : valueText(ind, (r.cur ?? r.prev)!, nouns);
    out.push(
      flagged.length === 1
        ? `Требует уточнения значение, вызывающее сомнение при проверке: ${withValues(flagged, value)}. В сравнение по годам оно не включено.`
        : `Требуют уточнения значения, вызывающие сомнение при проверке: ${withValues(flagged, value)}. В сравнение по годам они не включены.`,
    );
  }
  return out;
}

/**
 * Representatives of organisations against the organisations (IndicatorDef.representativesOf), in the sections of both
 * indicators: «Не согласуются между собой сведения о числе предприятий (организаций) и их представителей (показатели № 3 и
 * 7): ЗАТО Северск — 57 предприятий (организаций) и 40 представителей в 2020 г., 73 … в 2021 г.; … Эти значения требуют
 * уточнения и в сравнение по годам не включены.»
 */
function mismatchSentence(s: Settings, ind: IndicatorSummary): string | null {
  if (ind.mismatches.length === 0) return null;
  const [first] = ind.mismatches;
  const def = (id: string) => s.indicators.find((i) => i.id === id)!;
  const orgNouns = nounsOf(def(first.organisations));
  const peopleNouns = nounsOf(def(first.representatives));
  const count = (v: number, nouns: PluralForms | null) => (nouns ? countWith(v, nouns) : formatNumber(v));
  const byUnit = new Map<string, string[]>();
  for (const m of ind.mismatches)
    byUnit.set(m.unit, [
      ...(byUnit.get(m.unit) ?? []),
      `${count(m.orgs, orgNouns)} и ${count(m.people, peopleNouns)} в ${yearLabel(m.year)}`,
    ]);
  // The organisations' section names the units; the representatives' section gives the figures, once.
  if (ind.id === first.organisations) {
    const about = peopleNouns ? `с числом их ${peopleNouns[2]}` : 'с показателем';
    // One year of one unit is one value: «Требует уточнения значение, не согласующееся …; … оно не включено».
    const one = ind.mismatches.length === 1;
    const head = one ? 'Требует уточнения значение, не согласующееся' : 'Требуют уточнения значения, не согласующиеся';
    const tail = one ? 'В сравнение по годам оно не включено.' : 'В сравнение по годам они не включены.';
    return `${head} ${about} (показатель № ${first.representatives}): ${listUnits([...byUnit.keys()])}. ${tail}`;
  }
  const ids = `показатели № ${first.organisations} и ${first.representatives}`;
  const what = orgNouns && peopleNouns ? `сведения о числе ${orgNouns[2]} и их ${peopleNouns[2]} (${ids})` : `значения (${ids})`;
  const units = [...byUnit].map(([unit, years]) => `${unit} — ${years.join(', ')}`).join('; ');
  return `Не согласуются между собой ${what}: ${units}. Эти значения требуют уточнения и в сравнение по годам не включены.`;
}

/** Leaders ordered by value with their values; «за счёт которых достигнут региональный результат» only when it was. */
function leadersText(s: Settings, ind: IndicatorSummary, def: IndicatorDef): string | null {
  if (ind.leaderAbove === null || ind.groups.leaders.length === 0) return null;
  const rows = ind.groups.leaders.map((u) => ind.rows.find((r) => r.unit === u)!);
  const values = withValues(rows, (r) => listValue(ind, r.cur!));
  const threshold = ind.kind === 'share' ? formatPercent(ind.leaderAbove) : lessThan(ind.leaderAbove, nounsOf(def));
  const condition = `значение показателя в ${yearLabel(s.reportYear)} выше ${threshold}`;
  // A sentence with its verb, not a heading with a colon: «Значение … выше 50 % отмечено у 3 муниципалитетов: …».
  if (ind.reached !== true)
    return `Значение показателя в ${yearLabel(s.reportYear)} выше ${threshold} отмечено у ${unitsOf(s, rows.length)}: ${values}.`;
  // A threshold with a bracket of its own («5 предприятий (организаций)») is not put in brackets: the same sentence with its verb.
  if (threshold.includes('(')) {
    const leaders = rows.length === 1 ? `1 ${s.unitNouns[1]}-лидера` : `${formatNumber(rows.length)} ${s.unitNouns[2]}-лидеров`;
    const whose = rows.length === 1 ? '' : `, за счёт которых в том числе достигнут ${levelWords(s).masculine} результат`;
    return `${capitalize(condition)} отмечено у ${leaders}${whose}: ${values}.`;
  }
  if (rows.length === 1) return `${capitalize(s.unitNouns[0])}-лидер (${condition}) — ${values}.`;
  return `${s.unitNounPlural}-лидеры, за счёт которых в том числе достигнут ${levelWords(s).masculine} результат (${condition}): ${values}.`;
}

/**
 * Three tiers of a count: leaders (above), some (from the lowest to the highest non-zero value), zero — each list once.
 * «Some» are the non-zero units that are not leaders, by the one leader rule of summary.ts (Table 3's status).
 */
function tiers(s: Settings, ind: IndicatorSummary, def: IndicatorDef): string[] {
  const nouns = nounsOf(def);
  const out: string[] = [];
  if (ind.kind === 'share') return out;
  const some = ind.rows
    .filter((r) => r.cur !== null && r.cur > 0 && !r.unclear && !ind.groups.leaders.includes(r.unit))
    .sort((a, b) => b.cur! - a.cur!);
  // Without a leader threshold the middle tier would list every unit; the zero tier is named all the same.
  if (some.length && ind.leaderAbove !== null) {
    const [lo, hi] = [some[some.length - 1].cur!, some[0].cur!];
    // «По 2 предприятия» is said of several units; one unit has its value alone: «2 предприятия (организации) — Озёрный район».
    const range =
      lo !== hi
        ? `От ${formatNumber(lo)} до ${lessThan(hi, nouns)}`
        : some.length > 1
          ? `По ${valueText(ind, lo, nouns)}`
          : valueText(ind, lo, nouns);
    out.push(`${range} — ${listUnits(some.map((r) => r.unit))}.`);
  }
  const zero = ind.groups.zero.filter((u) => !ind.groups.unclear.includes(u));
  if (zero.length) out.push(`Нулевые результаты — у ${unitsOf(s, zero.length)}: ${listUnits(zero)}.`);
  const zeroOnly = ind.groups.zeroNoMinimum;
  if (zeroOnly.length)
    out.push(
      `${upperFirst(unitsDative(s))} с нулевым результатом (${listUnits(zeroOnly)}) рекомендуется ${zeroCountMeasure(def, deadlineText(ind.deadline))}.`,
    );
  if (ind.minimum !== null && ind.groups.belowMinimum.length) {
    const below = ind.groups.belowMinimum;
    const extra = below.filter((u) => !zero.includes(u));
    // The units with zero named just above, in the number they are: «а также муниципалитет с нулевым результатом».
    const zeroUnits = `${zero.length === 1 ? s.unitNouns[0] : lowerFirst(s.unitNounPlural)} с нулевым результатом`;
    const who =
      zero.length && zero.every((u) => below.includes(u))
        ? extra.length
          ? `${listUnits(extra)}, а также ${zeroUnits}`
          : zeroUnits
        : listUnits(below);
    const leaders = ind.groups.leaders.length
      ? ` ${s.unitNouns[2]}-лидеров (${listUnits(ind.groups.leaders)})`
      : ` других ${s.unitNouns[2]}`;
    const deadline = hasPassed(s, ind.deadline) ? '' : deadlineText(ind.deadline);
    const threshold = lessThan(ind.minimum, nouns);
    const advice = `рекомендуется изучить опыт${leaders} по данному направлению и ${minimumMeasure(ind.minimum, def, deadline)}`;
    // «менее 2 предприятий (организаций) (Лесной район …)» would put a bracket after a bracket: the units are named after.
    out.push(
      threshold.includes('(')
        ? `Для ${s.unitNouns[2]} с результатом менее ${threshold} ${advice}. К ним относятся: ${who}.`
        : `Для ${s.unitNouns[2]} с результатом менее ${threshold} (${who}) ${advice}.`,
    );
  }
  return out;
}

function shareLaggards(s: Settings, ind: IndicatorSummary): string[] {
  const out: string[] = [];
  const below = ind.groups.belowPlan.filter((u) => !ind.groups.zeroBoth.includes(u));
  if (below.length) {
    // One unit is addressed in the singular: «следующему муниципалитету, показавшему …», «следующей школе, показавшей …».
    const one = below.length === 1 ? dativeSingular(s.unitNouns[0]) : null;
    const showed = following(s, 'dative') === 'следующей' ? 'показавшей' : 'показавшему';
    const whom = one ? `${following(s, 'dative')} ${one}, ${showed}` : `следующим ${unitsDative(s)}, показавшим`;
    out.push(
      `Рекомендуется усилить работу по данному направлению ${whom} значение ниже ${levelWords(s).genitive} планового показателя ${yearLabel(s.reportYear)} (${formatPercent(ind.region.cur.plan!)}): ${listUnits(below)}.`,
    );
  }
  if (ind.groups.zeroBoth.length) {
    out.push(
      `Нулевое значение показателя в ${yearsLabel(s.previousYear, s.reportYear)} (${listUnits(ind.groups.zeroBoth)}) требует срочных мер и управленческих решений по исправлению ситуации.`,
    );
  }
  return out;
}

/** One indicator's subsection of «Пункт 2». */
export function indicatorSection(s: Settings, ind: IndicatorSummary): NoteSection {
  const def = s.indicators.find((i) => i.id === ind.id)!;
  const nouns = nounsOf(def);
  const heading = `${ind.id} показатель. ${ind.name}`;
  const p: string[] = [];
  if (ind.noDataAtAll) {
    return section('indicator', heading, [
      paragraph(`Данные по показателю за ${yearsLabel(s.previousYear, s.reportYear)} не представлены, поэтому показатель не оценивается.`),
    ]);
  }
  if (ind.kind === 'dynamics') {
    p.push('Ожидаемый результат — положительная динамика.', ...regionChange(s, ind, nouns));
  } else {
    p.push(factSentences(s, ind, nouns));
    const mean = meanParagraph(s, ind);
    if (mean) p.push(mean);
    if (ind.kind === 'count') p.push(...regionChange(s, ind, nouns).slice(1));
  }
  p.push(...heldOrGrew(s, ind, nouns));
  const leaders = leadersText(s, ind, def);
  if (leaders) p.push(leaders);
  p.push(...tiers(s, ind, def));
  if (ind.kind === 'share') p.push(...shareLaggards(s, ind));
  if (ind.groups.noData.length) p.push(`Не представили данные за ${yearLabel(s.reportYear)}: ${listUnits(ind.groups.noData)}.`);
  if (ind.otherRows.some((r) => r.cur !== null)) {
    const others = ind.otherRows.filter((r) => r.cur !== null);
    p.push(`Значения показателя у других участников Мониторинга: ${withValues(others, (r) => listValue(ind, r.cur!))}.`);
  }
  return section('indicator', heading, p.map(paragraph));
}

// Recommendations as the department writes them: general ones with addressees and means, addressed ones grouped by measure, per unit.
import type { Finding, FormDef, Settings } from './model';
import { enumeration, list, type Note, type NoteBlock, type NoteSection, paragraph, type Recommendation, section } from './noteModel';
import { hasPassed, upcomingEvents } from './noteDates';
import { changeText } from './noteIndicators';
import { schoolMeasures } from './noteSchools';
import {
  deadlineText,
  dynamicsMeasure,
  indicatorName,
  lessThan,
  levelWords,
  lowerFirst,
  minimumMeasure,
  nounsOf,
  ORG_WORDS,
  reportGaps,
  shortValue,
  unitsDative,
  upperFirst,
  zeroCountMeasure,
} from './noteText';
import { formatPercent, joinRussian, listUnits, yearLabel, yearsLabel } from './russian';
import { dativeSingular } from './russianCases';
import { ORG_TYPES, type Summary } from './summary';

/** One measure addressed to a list of units, with what each of them is below on. */
interface Measure {
  /** Imperative, capitalised, no final stop: «Обеспечить привлечение не менее 2 …». */
  text: string;
  /** The same for one unit's list, without the explanations the grouped text gives. */
  short: string;
  /** Measures of one kind merged into one item of a unit's list: «довести долю … до 75 %: «ученик–ученик» (ОО и ДО)». */
  merge?: { key: string; head: string; headOne?: string; item: string; sub?: string };
  units: string[];
  /** Short "below on" item per unit, for the «Рекомендации» tab. */
  below: (unit: string) => string | null;
}

/** The indicator by its short name (or its full name without the unit) in quotes. */
export function quotedOf(s: Settings, id: string): string {
  const def = s.indicators.find((i) => i.id === id)!;
  return `«${def.shortName || indicatorName(def.name)}»`;
}

/** Every addressed measure of the summary, in the order of urgency. One definition for the note, its appendix and the tab. */
export function measures(s: Settings, sum: Summary): Measure[] {
  const out: Measure[] = [];
  const add: AddMeasure = (text, units, below, short = text, merge) => {
    if (units.length) out.push({ text, short, units, below, merge });
  };
  const { absent, partial } = reportGaps(sum);
  add('Представить отчёт о реализации программ наставничества', absent, () => 'отчёт не представлен');
  for (const ind of sum.indicators) indicatorMeasures(s, ind, add);
  formMeasures(s, sum, add);
  schoolMeasures(s, sum.schools, add);
  closingMeasures(s, sum, partial, add);
  return out;
}

/** Adds a measure for its units (none: no measure); `short` is the text by default. */
type AddMeasure = (text: string, units: string[], below: Measure['below'], short?: string, merge?: Measure['merge']) => void;

/** An indicator's measures: a zero share, below the plan, below the minimum, a fall or a zero with no minimum. */
function indicatorMeasures(s: Settings, ind: Summary['indicators'][number], add: AddMeasure): void {
  const years = yearsLabel(s.previousYear, s.reportYear);
  const quoted = () => quotedOf(s, ind.id);
  const rows = [...ind.rows, ...ind.otherRows];
  const row = (u: string) => rows.find((r) => r.unit === u)!;
  if (ind.kind === 'share') {
    add(
      `Принять срочные меры и управленческие решения по исправлению ситуации с показателем ${quoted()} (нулевое значение в ${years})`,
      ind.groups.zeroBoth,
      () => `${quoted()}: 0 % в ${years}`,
      `принять срочные меры по показателю ${quoted()} (нулевое значение в ${years})`,
    );
    const plan = ind.region.cur.plan;
    if (plan !== null) {
      add(
        `Усилить работу по показателю ${quoted()} (значение ниже ${levelWords(s).genitive} планового показателя ${yearLabel(s.reportYear)} — ${formatPercent(plan)})`,
        ind.groups.belowPlan.filter((u) => !ind.groups.zeroBoth.includes(u)),
        (u) => `${quoted()}: ${formatPercent(row(u).cur!)} при плане ${formatPercent(plan)}`,
        `усилить работу по показателю ${quoted()} (план ${yearLabel(s.reportYear)} — ${formatPercent(plan)})`,
      );
    }
  }
  const def = s.indicators.find((i) => i.id === ind.id)!;
  if (ind.minimum !== null) {
    // A deadline already past is not recommended (the settings check names its cell).
    const deadline = hasPassed(s, ind.deadline) ? '' : deadlineText(ind.deadline);
    const leaders = ind.groups.leaders.length ? `, изучив опыт ${s.unitNouns[2]}-лидеров (${listUnits(ind.groups.leaders)})` : '';
    const what = upperFirst(minimumMeasure(ind.minimum, def, deadline));
    const nouns = nounsOf(def);
    // Nouns typed in «Что считаем» tell indicators apart; a default noun («человек») may be shared, so it names its indicator.
    const typed = def.nouns !== null;
    add(
      // The indicator is named once: a measure with no noun already names it.
      nouns ? `${what} (показатель ${quoted()})${leaders}` : `${what}${leaders}`,
      ind.groups.belowMinimum,
      (u) => `${quoted()}: ${shortValue(ind, row(u).cur!)} при минимуме ${shortValue(ind, ind.minimum!)}`,
      nouns && !typed ? `${what} (показатель ${quoted()})` : what,
      // Only typed nouns merge («не менее 2 предприятий и 5 представителей»): numbers of indicators never run together.
      nouns && typed
        ? {
            key: `min|${deadline}`,
            head: `обеспечить привлечение к реализации программ наставничества${deadline ? ` к ${deadline}` : ''} не менее`,
            item: lessThan(ind.minimum, nouns),
          }
        : undefined,
    );
  }
  const zero = ind.groups.zeroNoMinimum;
  const zeroBelow = () => `${quoted()}: 0 в ${yearLabel(s.reportYear)}`;
  if (ind.kind === 'dynamics') {
    // A fall, and a zero with no minimum to reach (0 → 0 is no fall, yet it needs the same measure).
    add(
      upperFirst(dynamicsMeasure(def)),
      [...ind.groups.fell, ...zero.filter((u) => !ind.groups.fell.includes(u))],
      (u) => (ind.groups.fell.includes(u) ? `${quoted()}: ${changeText(ind, row(u), nounsOf(def))}` : zeroBelow()),
      `обеспечить положительную динамику показателя ${quoted()}`,
    );
  } else if (zero.length) {
    const what = upperFirst(zeroCountMeasure(def, deadlineText(ind.deadline)));
    add(`${what} (показатель ${quoted()}: нулевое значение в ${yearLabel(s.reportYear)})`, zero, zeroBelow);
  }
}

/** A form below its target share, per type of organisation, merged by target into one item of a unit's list. */
function formMeasures(s: Settings, sum: Summary, add: AddMeasure): void {
  for (const f of s.forms) {
    if (f.targetPercent === null) continue;
    if (s.level === 'municipality') {
      schoolFormMeasure(sum, f, add);
      continue;
    }
    for (const t of ORG_TYPES) {
      const units = sum.forms.belowTarget[f.key][t];
      const by = f.targetDate && !hasPassed(s, f.targetDate) ? ` к ${deadlineText(f.targetDate)}` : '';
      const row = (u: string) => sum.forms.rows.find((r) => r.unit === u)!.forms[f.key][t];
      add(
        `Довести долю ${ORG_WORDS[t].genitive[1]}, реализующих форму наставничества «${f.name}», до ${formatPercent(f.targetPercent)}${by}`,
        units,
        (u) =>
          `«${f.name}», ${ORG_WORDS[t].short}: ${formatPercent(row(u).share!)} при целевом значении ${formatPercent(f.targetPercent!)}`,
        '',
        {
          key: `${f.targetPercent}|${by}`,
          head: `довести долю организаций, реализующих формы наставничества, до ${formatPercent(f.targetPercent)}${by}:`,
          headOne: `довести долю организаций, реализующих форму наставничества, до ${formatPercent(f.targetPercent)}${by}:`,
          item: `«${f.name}»`,
          sub: ORG_WORDS[t].short,
        },
      );
    }
  }
}

/** The last measures: missing and unclear data, the practices to show and the leaders' experience to present. */
function closingMeasures(s: Settings, sum: Summary, partial: string[], add: AddMeasure): void {
  const unclear = new Set(sum.indicators.flatMap((i) => i.groups.unclear));
  const excluded = excludedFindings(sum);
  for (const f of excluded) if (f.unit) unclear.add(f.unit);
  for (const c of [sum.forms, ...sum.otherForms].flatMap((g) => g.contradictions)) unclear.add(c.unit);
  const order = sum.completeness.map((c) => c.unit);
  // A partial report is not «работа на достигнутом уровне»: the opening names these units, and so do the recommendations.
  add('Представить недостающие сведения в отчёте', partial, () => 'отчёт представлен не в полном объёме');
  add(
    `Уточнить сведения, представленные в отчёте (${excluded.length ? 'приложение 2 и таблица 3' : 'таблица 3'})`,
    order.filter((u) => unclear.has(u)),
    () => 'сведения требуют уточнения',
    'уточнить сведения, представленные в отчёте',
  );
  const leaders = new Set(sum.indicators.filter((i) => i.reached !== false).flatMap((i) => i.groups.leaders));
  const events = upcomingEvents(s);
  // A comma inside the brackets: the dash before the addressees («— муниципалитетам: …») stays the only one.
  const where = events.length ? ` (${joinRussian(events.map((e) => `${e.text}, ${e.when}`))})` : '';
  // One event named is «на региональном мероприятии (…)»; none or several, «на региональных мероприятиях».
  const atEvents =
    events.length === 1 ? `на ${levelWords(s).prepositional} мероприятии` : `на ${levelWords(s).prepositionalPlural} мероприятиях`;
  // A practice a unit typed as a bright example is to be shown at the region's events, in the department's words
  // («создать условия для представления лучших практик на …»); its unit then needs no second «представить опыт».
  const practiced = order.filter((u) =>
    [sum.forms, ...sum.otherForms].some((g) => g.rows.some((r) => r.unit === u && s.forms.some((f) => r.examples[f.key]))),
  );
  add(
    practiced.length > 1
      ? `Создать условия для представления практик, приведённых в отчётах как яркие примеры реализации форм наставничества, ${atEvents}${where}`
      : `Создать условия для представления практики, приведённой в отчёте как яркий пример реализации наставничества, ${atEvents}${where}`,
    practiced,
    () => null,
    `создать условия для представления практики, приведённой в отчёте как яркий пример, ${atEvents}`,
  );
  add(
    `Представить опыт реализации программ наставничества ${atEvents}${where}`,
    order.filter((u) => leaders.has(u) && !practiced.includes(u)),
    () => null,
    `представить опыт реализации программ наставничества ${atEvents}`,
  );
}

/**
 * At the municipality level a unit is one school: it runs a form or does not, so it is not told to raise a share of
 * organisations; it is named among the schools to take the form up (seed 003: «Активизировать реализацию формы
 * наставничества «Ученик-ученик» следующими образовательными организациями»).
 */
function schoolFormMeasure(sum: Summary, f: FormDef, add: AddMeasure): void {
  const units = [...new Set(ORG_TYPES.flatMap((t) => sum.forms.belowTarget[f.key][t]))];
  add(
    `Активизировать реализацию формы наставничества «${f.name}»`,
    units,
    (u) => {
      const row = sum.forms.rows.find((r) => r.unit === u)!.forms[f.key];
      const share = Math.max(...ORG_TYPES.map((t) => row[t].share ?? 0));
      return share
        ? `«${f.name}»: ${formatPercent(share)} при целевом значении ${formatPercent(f.targetPercent!)}`
        : `«${f.name}»: форма не реализуется`;
    },
    `активизировать реализацию формы наставничества «${f.name}»`,
    {
      key: 'school-forms',
      head: 'активизировать реализацию форм наставничества',
      headOne: 'активизировать реализацию формы наставничества',
      item: `«${f.name}»`,
    },
  );
}

/**
 * «, » when a measure ends inside a participial phrase («Уточнить сведения, представленные в отчёте (таблица 3), — …»,
 * «…, изучив опыт … (…), — …»): the phrase is closed by a comma before the dash. Every comma the measures put outside
 * brackets and quotes opens or closes such a phrase, so an odd count means one is still open.
 */
function closesPhrase(text: string): string {
  let depth = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '«') depth++;
    else if (ch === ')' || ch === '»') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) commas++;
  }
  return commas % 2 ? ',' : '';
}

/** «муниципалитетам: Лесной и Заречный районы», «муниципалитету: Лесной район» (a noun not declined safely is left out). */
function addressedTo(s: Settings, units: string[]): string {
  if (units.length > 1) return `${unitsDative(s)}: ${listUnits(units)}`;
  const one = dativeSingular(s.unitNouns[0]);
  return one ? `${one}: ${units[0]}` : units[0];
}

/**
 * Addressees in one sentence: with a participial phrase of their own («…, осуществляющих управление …») they are parted by
 * semicolons, as the department writes («…в сфере образования; муниципальным и школьным координаторам …»).
 */
function addresseeList(addressees: string[]): string {
  return addressees.some((a) => a.includes(',')) ? addressees.join('; ') : joinRussian(addressees);
}

/** General recommendations (targets, resources with links, events with dates) and the addressed ones grouped by measure. */
export function recommendationsSection(s: Settings, all: Measure[]): NoteSection {
  const blocks: NoteBlock[] = [];
  const d = s.document;
  const addressees = d.addressees.map(lowerFirst);
  const byTarget = new Map<string, { pct: number; date: string; names: string[] }>();
  for (const f of s.forms) {
    if (f.targetPercent === null) continue;
    // A target date already past on the note's day is not recommended: the target stays, without its date.
    const date = f.targetDate && !hasPassed(s, f.targetDate) ? f.targetDate : '';
    const key = `${f.targetPercent}|${date}`;
    const entry = byTarget.get(key) ?? { pct: f.targetPercent, date, names: [] };
    entry.names.push(`«${f.name}»`);
    byTarget.set(key, entry);
  }
  if (byTarget.size) {
    const dates = [...new Set([...byTarget.values()].map((t) => t.date))];
    const common = dates.length === 1 && dates[0] ? ` к ${deadlineText(dates[0])}` : '';
    const first = addressees[0] ?? '';
    // The participial phrase of «…, осуществляющих управление …» closes with a comma before the verb.
    const who =
      `${d.organiser ? `${upperFirst(d.organiser)} рекомендует` : 'Рекомендуется'} ${first}${first.includes(',') ? ',' : ''}`.trim();
    blocks.push(paragraph(`${who} стремиться${common} обеспечить:`));
    const items = [...byTarget.values()].map(
      (t) =>
        `${formatPercent(t.pct)} охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию ${t.names.length > 1 ? 'форм' : 'формы'} наставничества ${joinRussian(t.names)}${common || !t.date ? '' : ` к ${deadlineText(t.date)}`}`,
    );
    blocks.push(enumeration(items));
  }
  const standing = s.resources.filter((r) => !r.when);
  const events = upcomingEvents(s);
  if (standing.length) {
    const last = addressees[addressees.length - 1] ?? '';
    // One resource is «следующего ресурса»: «ресурсов, проектов и программ» would announce a list that is not there.
    const what = standing.length === 1 ? 'следующего ресурса' : 'следующих ресурсов, проектов и программ';
    blocks.push(
      paragraph(
        `${upperFirst(addresseeList(addressees)) || 'Рекомендуется'}${last.includes(',') ? ',' : ''} ${addressees.length ? 'рекомендуется ' : ''}использовать потенциал ${what} для развития деятельности по направлению наставничества:`,
      ),
    );
    blocks.push(enumeration(standing.map((r) => `${r.text}${r.url ? ` (${r.url})` : ''}`)));
  }
  if (events.length) {
    const at = events.length === 1 ? 'на следующем мероприятии' : 'на следующих мероприятиях';
    blocks.push(paragraph(`Рекомендуется создать условия для представления лучших практик ${at}:`));
    blocks.push(enumeration(events.map((r) => `${r.text}${r.url ? ` (${r.url})` : ''} — ${r.when}`)));
  }
  if (all.length) {
    blocks.push(paragraph('Адресные рекомендации по итогам Мониторинга:'));
    blocks.push(list(all.map((m, i) => `${i + 1}. ${m.text}${closesPhrase(m.text)} — ${addressedTo(s, m.units)}.`)));
    blocks.push(paragraph(`Рекомендации в разрезе ${s.unitNouns[2]} приведены в приложении 1.`));
  }
  return section('recommendations', 'Рекомендации', blocks);
}

/** One recommendation per unit from the same measures: what it is below on and what to do. */
export function perUnit(s: Settings, sum: Summary, all: Measure[]): Recommendation[] {
  const units = [sum.forms, ...sum.otherForms].flatMap((g) => g.rows.map((r) => ({ unit: r.unit, type: r.type })));
  return units.map(({ unit, type }) => {
    const mine = all.filter((m) => m.units.includes(unit));
    const below = mine.map((m) => m.below(unit)).filter((x): x is string => x !== null);
    const items: string[] = [];
    // Measures of one kind become one item: «обеспечить привлечение … не менее 2 предприятий (организаций) и 5 представителей».
    const merged = new Map<string, { head: string; headOne?: string; items: Map<string, string[]> }>();
    for (const m of mine) {
      if (!m.merge) {
        items.push(lowerFirst(m.short));
        continue;
      }
      const entry = merged.get(m.merge.key) ?? { head: m.merge.head, headOne: m.merge.headOne, items: new Map<string, string[]>() };
      entry.items.set(m.merge.item, [...(entry.items.get(m.merge.item) ?? []), ...(m.merge.sub ? [m.merge.sub] : [])]);
      if (!merged.has(m.merge.key)) items.push(`\u0000${m.merge.key}`);
      merged.set(m.merge.key, entry);
    }
    const text = mine.length
      ? `Рекомендуется: ${items
          .map((x) => {
            if (!x.startsWith('\u0000')) return x;
            const e = merged.get(x.slice(1))!;
            // One form after the colon: «реализующих форму наставничества, до 80 %: «учитель–ученик» (ДО)».
            const head = e.items.size === 1 && e.headOne ? e.headOne : e.head;
            return `${head} ${joinRussian([...e.items].map(([item, subs]) => (subs.length ? `${item} (${joinRussian(subs)})` : item)))}`;
          })
          .join('; ')}.`
      : `Рекомендуется продолжить работу на достигнутом уровне и представить опыт на ${levelWords(s).prepositionalPlural} мероприятиях.`;
    return { unit, type, below, text };
  });
}

/** «Приложение 1»: the recommendation of every unit that has one. */
export function perUnitAppendix(s: Settings, recs: Recommendation[]): NoteSection {
  const items = recs.map((r) => `${r.unit}: ${lowerFirst(r.text.replace(/^Рекомендуется: /, ''))}`);
  return section('appendix', `Приложение 1. Адресные рекомендации в разрезе ${s.unitNouns[2]}`, [list(items)]);
}

/** A field label of the report form in full words: «ДО, реализующих форму …» → «число организаций дополнительного образования, …». */
function officialLabel(label: string): string {
  return label
    .replace(/^ОО, /, 'число общеобразовательных организаций, ')
    .replace(/^ДО, /, 'число организаций дополнительного образования, ')
    .replace(/^Общее количество ОО$/, 'общее число общеобразовательных организаций')
    .replace(/^Общее количество ДО$/, 'общее число организаций дополнительного образования')
    .replace(/^Показатель /, 'показатель № ');
}

/** Why a value was left out, in the language of the document. */
const REASONS: Record<string, string> = {
  not_a_number: 'указано не число',
  percent_in_count: 'вместо количества указан процент',
  negative: 'указано отрицательное значение',
  not_whole: 'количество указано дробным числом',
  too_large: 'значение превышает допустимое',
  percent_range: 'доля вне диапазона от 0 до 100 %',
  form_le_total: 'число организаций, реализующих форму, превышает общее число организаций',
  involved_le_total: 'число вовлечённых обучающихся превышает общее число обучающихся',
  wrong_years: 'данные указаны за другие годы',
  structure: 'отчёт не соответствует утверждённой форме',
  settings: 'ошибка в настройках мониторинга',
};

/**
 * The errors «Приложение 2» lists: what a unit gave and the totals left out. A report not presented at all is not among
 * them: the opening names it, and its unit is asked to present the report, not to clarify it.
 */
export function excludedFindings(sum: Summary): Finding[] {
  return sum.findings.list.filter((f) => f.severity === 'error' && f.rule !== 'missing_tab');
}

/** «Приложение 2»: values left out of the totals, described in official language (no cells, no tabs). */
export function excludedAppendix(errors: Finding[]): NoteSection | null {
  if (errors.length === 0) return null;
  const items = errors.map((f) => {
    const what = [officialLabel(f.label), f.value ? `указано «${f.value}»` : ''].filter(Boolean).join(': ');
    return `${f.unit || 'Настройки мониторинга'}${what ? ` — ${what}` : ''} (${REASONS[f.rule] ?? 'значение не соответствует форме отчёта'}); значение не учтено.`;
  });
  return section('appendix', 'Приложение 2. Сведения, не учтённые при подведении итогов', [list(items)]);
}

/**
 * Whether the note itself prints every per-unit recommendation (as it is, or as «Unit: …» in an appendix), so a renderer
 * adds no second copy of them. Names carry no-break spaces («г.\u00a0Томск»): compared with plain spaces.
 */
export function notePrintsRecommendations(note: Note, recommendations: readonly Recommendation[]): boolean {
  const plain = (t: string) => t.replace(/\s/g, ' ');
  const printed = new Set<string>();
  // Every text before a «: » of a paragraph: a unit whose recommendation opens a paragraph as «Unit: …» is among them.
  // Sets keep the check linear in the note's size (comparing every recommendation with every paragraph took 3,6 s at 2 000 units).
  const openings = new Set<string>();
  for (const paragraph of note.sections.flatMap((s) => s.paragraphs).map(plain)) {
    printed.add(paragraph);
    for (let at = paragraph.indexOf(': '); at >= 0; at = paragraph.indexOf(': ', at + 1)) openings.add(paragraph.slice(0, at));
  }
  return recommendations.every((r) => printed.has(plain(r.text)) || openings.has(plain(r.unit)));
}

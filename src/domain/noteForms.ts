// «Пункт 1» of the note: how many organisations run each form, the ranking, targets judged by their date, best practices, contradictions.
import type { FormDef, Settings } from './model';
import { list, type NoteBlock, paragraph, tableRef } from './noteModel';
import { deadlineText, following, formList, indicatorName, isDue, ofCount, ORG_WORDS, upperFirst } from './noteText';
import { inUnits } from './russianCases';
import { countWith, formatPercent, formatPoints, joinRussian, listUnits, yearLabel } from './russian';
import { documentBlocks, experienceParagraph, schoolFormParagraph } from './noteSchools';
import { type Coverage, type FormsGroupSummary, ORG_TYPES, type OrgType, type SchoolEntry } from './summary';

/** «Пункт 1. …» heading. */
export function formsHeading(s: Settings): string {
  return `Пункт 1. Реализация в образовательных организациях мероприятий, соответствующих формам наставничества ${formList(s.forms)}`;
}

/** The full ranking of the forms for one organisation type: «…«учитель–ученик» (75,78 %), далее — … и «студент–ученик» (18,69 %)». */
function ranking(s: Settings, g: FormsGroupSummary, t: OrgType): string | null {
  const ranked = s.forms
    .map((f) => ({ f, c: g.forms[f.key][t] }))
    .filter((x) => x.c.share !== null)
    .sort((a, b) => b.c.share! - a.c.share!);
  if (ranked.length < 2) return null;
  const item = (x: (typeof ranked)[number]) => `«${x.f.name}» (${formatPercent(x.c.share!)})`;
  // Forms with the same top share lead together: «наибольшая доля … (100 %) реализует формы «А» и «Б»», never one of them first.
  const top = ranked.filter((x) => x.c.share === ranked[0].c.share);
  const whose = t === 'general' ? 'общеобразовательных организаций' : 'организаций дополнительного образования';
  const after = ranked.slice(top.length);
  if (!after.length) return `Все формы наставничества реализует одинаковая доля ${whose} — ${formatPercent(top[0].c.share!)}.`;
  const share = top.length === 1 ? '' : ` (${formatPercent(top[0].c.share!)})`;
  const what = top.length === 1 ? `форму ${item(top[0])}` : `формы ${joinRussian(top.map((x) => `«${x.f.name}»`))}`;
  // The verb agrees with what follows: «далее следует «ученик–ученик»» for one form, «следуют» for several.
  const rest = `${after.length > 1 ? 'следуют' : 'следует'} ${joinRussian(after.map(item))}`;
  return t === 'general'
    ? `Наибольшая доля общеобразовательных организаций${share} реализует ${what}, далее ${rest}.`
    : `Среди организаций дополнительного образования наибольшая доля${share} реализует ${what}, далее ${rest}.`;
}

/** "184 из 289 общеобразовательных организаций (63,67 %)" for each organisation type that exists. */
function coverageParts(g: FormsGroupSummary, f: FormDef): Array<{ t: OrgType; c: Coverage; text: string }> {
  return ORG_TYPES.filter((t) => g.forms[f.key][t].total).map((t) => {
    const c = g.forms[f.key][t];
    return { t, c, text: `${c.count} из ${ofCount(c.total!, ORG_WORDS[t].genitive)} (${formatPercent(c.share!)})` };
  });
}

/**
 * The target sentence, judged by its date: before the date, how far there is to go («до целевого значения 75 % на 1 января
 * 2023 г. остаётся 11,3 п. п. …»); once due, whether it was reached.
 */
function targetSentence(s: Settings, f: FormDef, parts: Array<{ t: OrgType; c: Coverage }>): string | null {
  if (f.targetPercent === null || parts.length === 0) return null;
  const target = formatPercent(f.targetPercent);
  const date = f.targetDate ? ` на ${deadlineText(f.targetDate)}` : '';
  const reached = parts.filter((p) => p.c.share! >= f.targetPercent!);
  const short = parts.filter((p) => p.c.share! < f.targetPercent!);
  const gaps = joinRussian(short.map((p) => `${formatPoints(f.targetPercent! - p.c.share!)} для ${ORG_WORDS[p.t].genitive[1]}`));
  const reachedFor = joinRussian(reached.map((p) => ORG_WORDS[p.t].genitive[1]));
  if (!isDue(s, f.targetDate)) {
    if (short.length === 0) return `Целевое значение ${target}${date} уже достигнуто.`;
    const head = `До целевого значения ${target}${date} остаётся ${gaps}`;
    return reached.length ? `${head}; для ${reachedFor} оно уже достигнуто.` : `${head}.`;
  }
  if (short.length === 0) return `Целевое значение ${target}${date} достигнуто.`;
  const head = `Целевое значение ${target}${date} не достигнуто: недостаёт ${gaps}`;
  return reached.length ? `${head}; для ${reachedFor} оно достигнуто.` : `${head}.`;
}

/**
 * What the totals of a form leave out, in the words of the table's footnote and of «Приложение 2»: a value that does not
 * match the report form (listed in the appendix), and an incomplete answer (not listed there); never «недостоверные».
 */
function leftOutText(g: FormsGroupSummary, f: FormDef): string {
  const leftOut = ORG_TYPES.flatMap((t) => g.forms[f.key][t].leftOut.map((unit) => ({ unit, t })));
  const stateOf = (x: { unit: string; t: OrgType }) => g.rows.find((r) => r.unit === x.unit)?.forms[f.key][x.t].state;
  const invalid = [...new Set(leftOut.filter((x) => stateOf(x) === 'invalid').map((x) => x.unit))];
  const partial = [...new Set(leftOut.filter((x) => stateOf(x) !== 'invalid').map((x) => x.unit))].filter((u) => !invalid.includes(u));
  let text = '';
  if (invalid.length) text += ` Сведения, не соответствующие форме отчёта (${listUnits(invalid)}), в итоги не включены (приложение 2).`;
  if (partial.length) text += ` Неполные сведения (${listUnits(partial)}) в итоги не включены.`;
  return text;
}

function formParagraph(s: Settings, g: FormsGroupSummary, f: FormDef): string | null {
  const parts = coverageParts(g, f);
  if (parts.length === 0) return null;
  let text = `Форму «${f.name}» реализуют ${joinRussian(parts.map((p) => p.text))}.`;
  const target = targetSentence(s, f, parts);
  if (target) text += ` ${target}`;
  const below = ORG_TYPES.filter((t) => g.belowTarget[f.key][t].length).map(
    (t) => `${countWith(g.belowTarget[f.key][t].length, s.unitNouns)} по ${ORG_WORDS[t].dativePlural}`,
  );
  if (f.targetPercent !== null && below.length) text += ` Ниже целевого значения — ${joinRussian(below)}.`;
  text += leftOutText(g, f);
  return text;
}

/**
 * «В г. Кедровом организации дополнительного образования отсутствуют.»; a name that cannot be declined safely is named
 * after the unit noun in the genitive, which needs no case of its own: «… отсутствуют у следующих муниципалитетов: …».
 */
function noAdditional(s: Settings, units: string[]): string {
  const where = inUnits(units);
  if (where) return `${upperFirst(where)} организации дополнительного образования отсутствуют.`;
  const whose = units.length === 1 ? `${following(s, 'genitive')} ${s.unitNouns[1]}` : `следующих ${s.unitNouns[2]}`;
  return `Организации дополнительного образования отсутствуют у ${whose}: ${listUnits(units)}.`;
}

/**
 * A practice as typed, its unit named after it: «Школьный клуб … объединяет 120 пар (г. Полярный).» The unit does not
 * open the line with a colon (a typed text with its own colon made three in a row), nor a bracket follow a bracket.
 */
function attributed(practice: string, unit: string): string {
  const text = practice.trim().replace(/[\s.;,]+$/, '');
  return text.endsWith(')') ? `${text} — ${unit}.` : `${text} (${unit}).`;
}

/** «Яркие примеры» typed by the units, per form, with the unit's name. */
function bestPractices(s: Settings, g: FormsGroupSummary): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const f of s.forms) {
    const items = g.rows.filter((r) => r.examples[f.key]).map((r) => attributed(r.examples[f.key], r.unit));
    if (items.length === 0) continue;
    blocks.push(paragraph(`${items.length > 1 ? 'Яркие примеры' : 'Яркий пример'} реализации формы «${f.name}»:`), list(items));
  }
  return blocks;
}

/** Units running a form while every indicator that should show it is zero: named as «требует уточнения». */
function contradictions(s: Settings, g: FormsGroupSummary): string[] {
  const out: string[] = [];
  for (const f of s.forms) {
    const found = g.contradictions.filter((c) => c.form === f.key);
    if (found.length === 0) continue;
    const names = found[0].indicators.map((id) => {
      const def = s.indicators.find((i) => i.id === id)!;
      return `«${def.shortName || indicatorName(def.name)}»`;
    });
    // The units in brackets after the form, so the sentence has one colon and needs no number of «следующих …».
    const units = found.map((c) => `${c.unit} — ${c.running} из ${ofCount(c.total, ['организации', 'организаций'])}`).join('; ');
    const values = names.length > 1 ? `значения показателей ${joinRussian(names)}` : `значение показателя ${names[0]}`;
    out.push(
      `Требуют уточнения сведения о реализации формы «${f.name}» (${units}): организации реализуют форму, ` +
        `однако ${values} в ${yearLabel(s.reportYear)} ${names.length > 1 ? 'равны' : 'равно'} нулю.`,
    );
  }
  return out;
}

/**
 * The blocks of «Пункт 1» for the ranked units; `others` for units of another type (no table references). With the
 * schools' own reports (Summary.schools) each form is told from their answers, then their documents and whose experience
 * to study (noteSchools.ts).
 */
export function formsBlocks(s: Settings, g: FormsGroupSummary, others = false, schools?: SchoolEntry[]): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const intro = ORG_TYPES.filter((t) => g.totals[t] > 0)
    .map((t) => ranking(s, g, t))
    .filter((x): x is string => x !== null);
  if (intro.length) blocks.push(paragraph(`Данные Мониторинга показывают следующее. ${intro.join(' ')}`));
  for (const f of s.forms) {
    const p = (schools && schoolFormParagraph(schools, f, (parts) => targetSentence(s, f, parts))) || formParagraph(s, g, f);
    if (p) blocks.push(paragraph(p));
  }
  if (schools) blocks.push(...documentBlocks(s, schools));
  // A school is an organisation of one type: at the municipality level no unit «lacks» organisations of the other.
  const none = s.level === 'region' ? g.rows.filter((r) => r.totals.additional.state === 'none').map((r) => r.unit) : [];
  if (none.length) blocks.push(paragraph(noAdditional(s, none)));
  blocks.push(...contradictions(s, g).map(paragraph));
  blocks.push(...bestPractices(s, g));
  if (schools) blocks.push(...experienceParagraph(s, schools));
  if (!others) {
    blocks.push(
      paragraph(
        `Обобщённые данные по ${s.forms.length > 1 ? 'всем формам' : 'форме'} наставничества представлены в таблице 1, данные в разрезе ${s.unitNouns[2]} — в таблице 2.`,
      ),
    );
    // Bare captions: the renderer puts each table's own title beside its number (the model's contract since its first version).
    blocks.push(tableRef('table1', 'Таблица 1'));
    blocks.push(tableRef('table2', 'Таблица 2'));
  }
  return blocks;
}

// The municipal note on its schools (level «муниципалитет», the schools' own reports): who runs each form and with how
// many people, the programme documents each lacks, whose experience to study, and the measures addressed to schools.
import type { FormDef, Settings } from './model';
import { hasPassed } from './noteDates';
import { enumeration, type NoteBlock, paragraph } from './noteModel';
import { deadlineText, genitiveAfterNumber, ofCount, ORG_WORDS } from './noteText';
import { countWith, formatPercent, listUnits, percentOf, plural, type PluralForms } from './russian';
import type { SchoolReport } from './schoolReport';
import { type Coverage, ORG_TYPES, type OrgType, type SchoolEntry } from './summaryModel';

const MENTORS: PluralForms = ['наставник', 'наставника', 'наставников'];
const MENTEES: PluralForms = ['наставляемый', 'наставляемых', 'наставляемых'];
const PAIRS: PluralForms = ['наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)'];
const FORMED: PluralForms = ['сформирована', 'сформированы', 'сформировано'];
const DOCUMENTS: PluralForms = ['документ', 'документа', 'документов'];
const DOCUMENTS_OF = ['документа', 'документов'] as const;
/** Any organisation of the municipality, school or ДО, after «из». */
const ORGANISATIONS = ['организации', 'организаций'] as const;

/** An entry whose school gave its own report. */
type Reported = SchoolEntry & { report: SchoolReport };
const reported = (schools: SchoolEntry[]): Reported[] => schools.filter((e): e is Reported => e.report !== null);

/** «из 6 организаций, представивших …», «из 21 организации, представившей …»: the participle agrees with the number. */
function ofOrganisations(n: number, participle: string): string {
  return `${ofCount(n, ORGANISATIONS)}, ${participle}${genitiveAfterNumber(n, 'ей', 'их')}`;
}

/** The form's run, answered or not, of one school. */
const runsOf = (e: Reported, f: FormDef): boolean | null => e.report.forms[f.key]?.runs ?? null;

/** «16 из 20 общеобразовательных организаций (80 %) и 2 из 3 организаций дополнительного образования (66,67 %)». */
function runningParts(answered: Reported[], f: FormDef): Array<{ text: string; t: OrgType; c: Coverage }> {
  return ORG_TYPES.filter((t) => answered.some((e) => e.org === t)).map((t) => {
    const total = answered.filter((e) => e.org === t).length;
    const count = answered.filter((e) => e.org === t && runsOf(e, f)).length;
    const share = percentOf(count, total)!;
    const c: Coverage = { count, total, share, state: 'ok', target: f.targetPercent, met: null };
    return { t, c, text: `${count} из ${ofCount(total, ORG_WORDS[t].genitive)} (${formatPercent(share)})` };
  });
}

/** «реализует 1 из 4 …», «реализует 21 из 40 …»: the verb agrees with the one count; two counts joined by «и» take «реализуют». */
const runVerb = (parts: Array<{ c: Coverage }>): string =>
  parts.length === 1 ? plural(parts[0].c.count ?? 0, ['реализует', 'реализуют', 'реализуют']) : 'реализуют';

/** «В реализации формы участвуют 48 наставников и 112 наставляемых, сформировано 45 наставнических пар (групп).» */
function peopleSentence(running: Reported[], f: FormDef): string {
  const gave = running.filter((e) => {
    const r = e.report.forms[f.key];
    return r.mentors !== null || r.mentees !== null || r.pairs !== null;
  });
  if (gave.length === 0) return '';
  // A figure no school gave is left out, never said to be 0.
  const sum = (k: 'mentors' | 'mentees' | 'pairs') => {
    const given = gave.map((e) => e.report.forms[f.key][k]).filter((v): v is number => v !== null);
    return given.length ? given.reduce((a, v) => a + v, 0) : null;
  };
  const [mentors, mentees, pairs] = [sum('mentors'), sum('mentees'), sum('pairs')];
  const people = [mentors === null ? '' : countWith(mentors, MENTORS), mentees === null ? '' : countWith(mentees, MENTEES)].filter(Boolean);
  const parts = [
    people.length ? `участвуют ${people.join(' и ')}` : '',
    pairs === null ? '' : `${plural(pairs, FORMED)} ${countWith(pairs, PAIRS)}`,
  ];
  const source =
    gave.length < running.length
      ? `По данным ${gave.length} из ${ofOrganisations(running.length, 'реализующ')} форму, в ней`
      : 'В реализации формы';
  return ` ${source} ${parts.filter(Boolean).join(', ')}.`;
}

/**
 * A form as the schools report it: «Форму «ученик–ученик» реализуют 16 из 20 общеобразовательных организаций (80 %).
 * Не реализуют форму: …» — the schools not running it are named while they are no more than those running it, else those that
 * run it are. `target` judges the shares by the form's target; null when no school answered for the form.
 */
export function schoolFormParagraph(
  schools: SchoolEntry[],
  f: FormDef,
  target: (parts: Array<{ t: OrgType; c: Coverage }>) => string | null,
): string | null {
  const all = reported(schools);
  const answered = all.filter((e) => runsOf(e, f) !== null);
  if (answered.length === 0) return null;
  const running = answered.filter((e) => runsOf(e, f));
  const idle = answered.filter((e) => runsOf(e, f) === false).map((e) => e.unit);
  const parts = runningParts(answered, f);
  let text =
    running.length === 0
      ? `Форму «${f.name}» не реализует ни одна из ${ofOrganisations(answered.length, 'представивш')} сведения.`
      : `Форму «${f.name}» ${runVerb(parts)} ${parts.map((p) => p.text).join(' и ')}.`;
  if (running.length && idle.length && idle.length <= running.length)
    text += ` ${idle.length === 1 ? 'Не реализует' : 'Не реализуют'} форму: ${listUnits(idle)}.`;
  else if (running.length && idle.length) text += ` Реализуют форму: ${listUnits(running.map((e) => e.unit))}.`;
  const judged = target(parts);
  if (judged) text += ` ${judged}`;
  text += peopleSentence(running, f);
  const silent = schools.filter((e) => e.report && runsOf(e as Reported, f) === null).map((e) => e.unit);
  if (silent.length) text += ` Сведения о реализации формы не представили: ${listUnits(silent)}.`;
  return text;
}

/** The documents of «Настройки» a school answered about, and whether it answered about all of them. */
function documentAnswers(s: Settings, e: Reported): { any: boolean; all: boolean } {
  const answers = s.schoolDocuments.map((d) => e.report.documents[d] ?? null);
  return { any: answers.some((a) => a !== null), all: answers.every((a) => a !== null) };
}

/**
 * «Все 3 документа программы наставничества имеют 3 из 5 организаций, представивших сведения о документах.»; all of them:
 * «… имеют все организации, представившие сведения о документах (5).»; none: «Ни одна из 5 организаций, … не имеет всех
 * 3 документов программы наставничества.»
 */
function completeSentence(docs: string[], complete: number, answered: number): string {
  const one = docs.length === 1;
  const said = 'сведения о документах';
  if (complete === 0) {
    const what = one ? `документа «${docs[0]}»` : `всех ${ofCount(docs.length, DOCUMENTS_OF)} программы наставничества`;
    return `Ни одна из ${ofOrganisations(answered, 'представивш')} ${said}, не имеет ${what}.`;
  }
  const all = one ? `Документ «${docs[0]}»` : `Все ${countWith(docs.length, DOCUMENTS)} программы наставничества`;
  if (complete === answered) return `${all} имеют все организации, представившие ${said} (${answered}).`;
  return `${all} имеют ${complete} из ${ofOrganisations(answered, 'представивш')} ${said}.`;
}

/**
 * The programme documents: how many schools have them all, which lack which (grouped by document, as seed 003 addresses
 * them), and who did not say. A school that did not answer is named as such, never counted as lacking a document.
 */
export function documentBlocks(s: Settings, schools: SchoolEntry[]): NoteBlock[] {
  const docs = s.schoolDocuments;
  if (docs.length === 0) return [];
  const answered = reported(schools).filter((e) => documentAnswers(s, e).any);
  const said = new Set(answered.map((e) => e.unit));
  const silent = schools.filter((e) => !said.has(e.unit)).map((e) => e.unit);
  const blocks: NoteBlock[] = [];
  if (answered.length) {
    const complete = answered.filter((e) => docs.every((d) => e.report.documents[d] === true)).length;
    blocks.push(paragraph(completeSentence(docs, complete, answered.length)));
    const lacking = docs
      .map((d) => ({ d, units: answered.filter((e) => e.report.documents[d] === false).map((e) => e.unit) }))
      .filter((x) => x.units.length);
    if (lacking.length) {
      blocks.push(paragraph('Отсутствуют документы программы наставничества:'));
      blocks.push(enumeration(lacking.map((x) => `«${x.d}» — ${listUnits(x.units)}`)));
    }
    const partial = answered.filter((e) => !documentAnswers(s, e).all).map((e) => e.unit);
    if (partial.length) blocks.push(paragraph(`Сведения о наличии отдельных документов не указали: ${listUnits(partial)}.`));
  }
  if (silent.length) blocks.push(paragraph(`Сведения о документах программы наставничества не представили: ${listUnits(silent)}.`));
  return blocks;
}

/** Σ of a school's pairs (groups) over the forms it runs; null when it gave none. */
function pairsOf(s: Settings, e: Reported): number | null {
  const given = s.forms.map((f) => e.report.forms[f.key]).filter((r) => r?.runs && r.pairs !== null);
  return given.length ? given.reduce((a, r) => a + r.pairs!, 0) : null;
}

/**
 * Whose experience to study: the schools running the most forms (two at least, and not every school alike), those with
 * the most pairs first: «Наибольшее число форм наставничества (3 из 4) реализуют: МБОУ СОШ № 1 — 45 наставнических пар …».
 */
export function experienceParagraph(s: Settings, schools: SchoolEntry[]): NoteBlock[] {
  const answered = reported(schools).filter((e) => s.forms.some((f) => runsOf(e, f) !== null));
  const formsRun = (e: Reported) => s.forms.filter((f) => runsOf(e, f)).length;
  const most = Math.max(0, ...answered.map(formsRun));
  const leaders = answered.filter((e) => formsRun(e) === most);
  if (most < 2 || leaders.length === answered.length) return [];
  const ranked = leaders.map((e) => ({ unit: e.unit, pairs: pairsOf(s, e) })).sort((a, b) => (b.pairs ?? -1) - (a.pairs ?? -1));
  const named = ranked.map((x) => (x.pairs === null ? x.unit : `${x.unit} — ${countWith(x.pairs, PAIRS)}`)).join('; ');
  const one = leaders.length === 1;
  return [
    paragraph(
      `Наибольшее число форм наставничества (${most} из ${s.forms.length}) ${one ? 'реализует' : 'реализуют'}: ${named}. ` +
        `Рекомендуется изучить и распространить опыт ${one ? 'этой организации' : 'этих организаций'}.`,
    ),
  ];
}

/** Adds a measure for its units: the shape noteRecommendations' measures take (text, units, below, short, merge). */
type AddSchoolMeasure = (
  text: string,
  units: string[],
  below: (unit: string) => string | null,
  short: string,
  merge: { key: string; head: string; headOne: string; item: string },
) => void;

/**
 * The measures addressed to schools (seed 003: «Руководителям ОО … № 4, 5 …: «Положение о наставничестве»»): to adopt
 * each missing document, and to assign pairs (groups) in a form the school runs without any. The date is «Срок исполнения
 * рекомендаций» of «Настройки» unless already past on the note's day (noteDates.ts); never another one.
 */
export function schoolMeasures(s: Settings, schools: SchoolEntry[] | undefined, add: AddSchoolMeasure): void {
  if (!schools) return;
  const all = reported(schools);
  const by = s.deadline && !hasPassed(s, s.deadline) ? ` к ${deadlineText(s.deadline)}` : '';
  for (const d of s.schoolDocuments) {
    const text = `Разработать и утвердить${by} документ «${d}»`;
    const units = all.filter((e) => e.report.documents[d] === false).map((e) => e.unit);
    const head = `разработать и утвердить${by}`;
    const merge = { key: 'school-documents', head: `${head} документы`, headOne: `${head} документ`, item: `«${d}»` };
    add(text, units, () => `«${d}»: документ отсутствует`, text, merge);
  }
  for (const f of s.forms) {
    const text = `Закрепить${by} наставнические пары (группы) по форме «${f.name}»`;
    const units = all.filter((e) => runsOf(e, f) && e.report.forms[f.key].pairs === 0).map((e) => e.unit);
    const head = `закрепить${by} наставнические пары (группы) по`;
    const merge = { key: 'school-pairs', head: `${head} формам`, headOne: `${head} форме`, item: `«${f.name}»` };
    add(text, units, () => `«${f.name}»: форма реализуется, пары (группы) не закреплены`, text, merge);
  }
}

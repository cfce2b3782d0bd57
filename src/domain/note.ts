// The analytic note («Справка») as a document: frame from the settings, intro, «Пункт 1–2», conclusion, recommendations, appendices.
import type { DocumentSettings, Settings } from './model';
import { commentsAppendix, commentsTitle } from './noteComments';
import {
  enumeration,
  HAND_BLANK,
  list,
  type Note,
  type NoteBlock,
  type NoteSection,
  type NoteSignature,
  paragraph,
  type Recommendation,
  section,
} from './noteModel';
import { formsBlocks, formsHeading } from './noteForms';
import { indicatorSection, indicatorsIntro } from './noteIndicators';
import { excludedAppendix, excludedFindings, measures, perUnit, perUnitAppendix, recommendationsSection } from './noteRecommendations';
import { allUnits, formList, lowerFirst, reportGaps, unitsOf, upperFirst, wholeDative } from './noteText';
import { joinRussian, listUnits, typeset, yearLabel, yearsLabel } from './russian';
import type { IndicatorSummary, Summary } from './summary';

export type { Note, NoteBlock, NoteSection, Recommendation } from './noteModel';
export { deadlineText } from './noteText';

/** Legal basis, who ran the monitoring and why, what was analysed, who took part. */
function introSection(s: Settings, sum: Summary): NoteSection {
  const d = s.document;
  const blocks: NoteBlock[] = [];
  const what = `мониторинг реализации программ наставничества за ${yearLabel(s.reportYear)} (далее — Мониторинг)`;
  if (d.basis.length) {
    blocks.push(paragraph(`${upperFirst(what)} проведён во исполнение:`));
    blocks.push(enumeration(d.basis));
  } else blocks.push(paragraph(`Проведён ${what}.`));
  const organiser = d.organiser ? `Организатор Мониторинга — ${d.organiser}. ` : '';
  blocks.push(
    paragraph(`${organiser}Мониторинг проводился с целью ${d.purpose || 'анализа текущей ситуации и выработки адресных рекомендаций'}.`),
  );
  const programme = d.programme ? `программы «${d.programme}»` : 'программы';
  blocks.push(paragraph(`В рамках Мониторинга на основе отчётов ${s.unitNouns[2]} анализировались:`));
  blocks.push(
    list([
      `реализация в образовательных организациях мероприятий, соответствующих формам наставничества ${formList(s.forms)};`,
      `исполнение показателей эффективности реализации ${programme} за ${yearsLabel(s.previousYear, s.reportYear)} в динамике.`,
    ]),
  );
  const units = sum.completeness;
  const { absent, partial } = reportGaps(sum);
  const others = d.otherParticipants ? `, а также ${d.otherParticipants}` : '';
  let took =
    absent.length === 0
      ? units.length === 1
        ? `В Мониторинге приняли участие: ${listUnits(units.map((c) => c.unit))}${others}.`
        : `В Мониторинге приняли участие ${allUnits(s, units.length)}${others}.`
      : `В Мониторинге приняли участие ${units.length - absent.length} из ${unitsOf(s, units.length)}${others}; не представили отчёт: ${listUnits(absent)}.`;
  if (partial.length)
    took += ` ${partial.length === 1 ? 'Отчёт представлен' : 'Отчёты представлены'} не в полном объёме: ${listUnits(partial)}.`;
  if (excludedFindings(sum).length)
    took += ' Сведения, не соответствующие форме отчёта, при подведении итогов не учитывались (приложение 2).';
  blocks.push(paragraph(took));
  if (sum.comments.length) blocks.push(paragraph(`${commentsTitle(s)} приведены в приложении ${commentsAppendixNumber(sum)}.`));
  return section('intro', '', blocks);
}

/** What the monitoring shows, computed, then the staff's own assessment from the settings. */
function conclusionSection(s: Settings, sum: Summary): NoteSection {
  const ids = (pred: (i: IndicatorSummary) => boolean) => sum.indicators.filter(pred).map((i) => i.id);
  const numbers = (list: string[]) => `${list.length > 1 ? 'показателям' : 'показателю'} № ${joinRussian(list)}`;
  const parts: string[] = [];
  // A dynamics indicator has no plan (its `met` is null), and only a share is ever a mean of percentages.
  const met = ids((i) => i.region.cur.met === true);
  const notMet = ids((i) => i.region.cur.met === false);
  const notJudged = ids((i) => i.region.cur.method === 'mean');
  const grew = ids((i) => i.kind === 'dynamics' && i.reached === true);
  const fell = ids((i) => i.kind === 'dynamics' && i.reached === false);
  const noData = ids((i) => i.noDataAtAll);
  if (met.length) parts.push(`плановые значения ${yearLabel(s.reportYear)} достигнуты по ${numbers(met)}`);
  // «не достигнуты» leans on the «плановые значения» just before it; alone it needs its own subject.
  const notMetSubject = met.length ? '' : `плановые значения ${yearLabel(s.reportYear)} `;
  if (notMet.length) parts.push(`${notMetSubject}не достигнуты по ${numbers(notMet)}`);
  if (grew.length) parts.push(`положительная динамика в целом по ${wholeDative(s)} отмечена по ${numbers(grew)}`);
  if (fell.length) parts.push(`снижение в целом по ${wholeDative(s)} — по ${numbers(fell)}`);
  if (notJudged.length) {
    // Some units gave the counts, others shares only: «не представлена» would deny the counts the note quotes above.
    const none = sum.indicators.filter((i) => notJudged.includes(i.id)).every((i) => i.region.cur.unitsWithCounts === 0);
    const why = none ? 'не представлена численность обучающихся' : `численность обучающихся указали не все ${lowerFirst(s.unitNounPlural)}`;
    parts.push(`по ${numbers(notJudged)} выполнение плана не оценивается, так как ${why}`);
  }
  if (noData.length) parts.push(`по ${numbers(noData)} данные не представлены`);
  const blocks: NoteBlock[] = [];
  if (parts.length) blocks.push(paragraph(`Проведённый Мониторинг показывает: ${parts.join('; ')} (таблица 3).`));
  const ranked = s.forms
    .map((f) => ({ f, c: sum.forms.forms[f.key].general }))
    .filter((x) => x.c.share !== null)
    .sort((a, b) => b.c.share! - a.c.share!);
  // The upper half by share, widened to every form sharing the boundary's share: a tie is never split into «most» and «least».
  const boundary = ranked.length >= 4 ? ranked[Math.floor(ranked.length / 2) - 1].c.share! : null;
  const most = ranked.filter((x) => boundary !== null && x.c.share! >= boundary);
  const least = ranked.filter((x) => boundary !== null && x.c.share! < boundary);
  if (least.length) {
    const names = (xs: typeof ranked) => joinRussian(xs.map((x) => `«${x.f.name}»`));
    const [verb, noun] = most.length === 1 ? ['распространена', 'форма'] : ['распространены', 'формы'];
    blocks.push(
      paragraph(`Наиболее ${verb} в общеобразовательных организациях ${noun} наставничества ${names(most)}, наименее — ${names(least)}.`),
    );
  }
  if (s.document.conclusion) blocks.push(paragraph(s.document.conclusion));
  return section('conclusion', 'Выводы', blocks);
}

/** Typography on every text of a section, URLs kept. */
export function typesetSection(x: NoteSection): NoteSection {
  const blocks = x.blocks.map((b): NoteBlock => {
    if (b.kind === 'paragraph') return paragraph(finish(b.text));
    if (b.kind === 'list') return list(b.items.map(finish));
    return { ...b, caption: finish(b.caption) };
  });
  return section(x.role, finish(x.heading), blocks);
}

/** Typography, and one full stop where an abbreviation ends a sentence («2021 г.» + «.»). */
function finish(text: string): string {
  return typeset(text)
    .replace(/([^.])\.\.(?!\.)/g, '$1.')
    .replace(/\.\.;/g, '.;');
}

/** The coordinators' comments follow «Приложение 1» (recommendations) and «Приложение 2» (values left out) when it is there. */
function commentsAppendixNumber(sum: Summary): number {
  return excludedFindings(sum).length ? 3 : 2;
}

/** The whole note. Every number and name comes from the summary; every threshold, date, noun and frame field from the settings. */
export function writeNote(s: Settings, sum: Summary): Note {
  const all = measures(s, sum);
  const sections: NoteSection[] = [introSection(s, sum)];
  sections.push(section('point', formsHeading(s), formsBlocks(s, sum.forms, false, sum.schools)));
  for (const other of sum.otherForms)
    sections.push(section('others', `Другие участники Мониторинга (${other.type})`, formsBlocks(s, other, true)));
  sections.push(indicatorsIntro(s));
  for (const ind of sum.indicators) sections.push(indicatorSection(s, ind));
  sections.push(conclusionSection(s, sum));
  sections.push(recommendationsSection(s, all));
  const recs = perUnit(s, sum, all);
  sections.push(perUnitAppendix(s, recs));
  const excluded = excludedAppendix(excludedFindings(sum));
  if (excluded) sections.push(excluded);
  const comments = commentsAppendix(s, sum.comments, commentsAppendixNumber(sum));
  if (comments) sections.push(comments);
  const d = s.document;
  const frame = {
    sender: d.sender,
    addressees: d.addressees.map(typeset),
    date: d.date,
    number: d.number,
    title: typeset(d.title),
    documentKind: d.documentKind,
    font: d.font || 'Times New Roman',
  };
  return {
    title: frame.title,
    frame,
    sections: sections.map(typesetSection),
    signature: noteSignature(d),
  };
}

/** The signature of the note and of each unit's letter: a field the settings leave empty is a line to fill by hand. */
export function noteSignature(d: DocumentSettings): NoteSignature {
  return {
    position: d.signerPosition || HAND_BLANK,
    name: d.signerName || HAND_BLANK,
    executor: d.executor || HAND_BLANK,
    executorPhone: d.executorPhone,
  };
}

/** One addressed recommendation per unit (the «Рекомендации» tab and appendix 1 of the note). */
export function writeRecommendations(s: Settings, sum: Summary): Recommendation[] {
  return perUnit(s, sum, measures(s, sum)).map((r) => ({ ...r, below: r.below.map(finish), text: finish(r.text) }));
}

// The note's appendix «Пояснения муниципалитетов к представленным сведениям»: the coordinators' comments, unit by unit.
import type { IndicatorComment, UnitComments } from './comments';
import type { Settings } from './model';
import { enumeration, type NoteBlock, type NoteSection, paragraph, section } from './noteModel';
import { indicatorName } from './noteText';
import { yearLabel, yearsLabel } from './russian';

/** «Пояснения муниципалитетов к представленным сведениям» (the settings' noun of units, genitive plural). */
export function commentsTitle(s: Settings): string {
  return `Пояснения ${s.unitNouns[2]} к представленным сведениям`;
}

/** «сведения за 2021 г. не представлены» / «… за 2020 и 2021 гг. …»: the years without a value. */
function missingText(s: Settings, years: number[]): string {
  const when = years.length === 2 ? yearsLabel(s.previousYear, s.reportYear) : yearLabel(years[0]);
  return `сведения за ${when} не представлены`;
}

/**
 * Words of a coordinator as the department quotes them: in quotes, line breaks of the cell as spaces (the note is prose),
 * and a full stop ending the quote put after the closing quote, as Russian punctuation does («… сезонно».) — unless it
 * ends an abbreviation («2021 г.», «т. д.», «чел.»: a word of three letters or fewer, or one with a dot inside).
 */
function quoted(words: string): string {
  return `«${words.replace(/\s*\n\s*/g, ' ').replace(/(?<=(?:^|\s)[^\s.]{4,})\.$/, '')}»`;
}

/**
 * One indicator of a unit: by number and short name; the years without a value; the reason typed after «нет данных»
 * stated as the reason, the comment quoted as the comment (it may speak of anything, so it is never called the reason).
 */
function commentItem(s: Settings, c: IndicatorComment): string {
  const def = s.indicators.find((i) => i.id === c.indicator)!;
  const what = `показатель № ${c.indicator} «${def.shortName || indicatorName(def.name)}»`;
  const comment = c.text ? quoted(c.text) : '';
  if (c.reasons.length) {
    const reasons = c.reasons.map(quoted).join(', ');
    return `${what} — ${missingText(s, c.missingYears)}, причина: ${reasons}${comment ? `; комментарий: ${comment}` : ''}`;
  }
  return c.missingYears.length ? `${what} (${missingText(s, c.missingYears)}): ${comment}` : `${what}: ${comment}`;
}

/** The appendix, numbered `number`; null when no unit commented. Each unit's name, then its comments as a list. */
export function commentsAppendix(s: Settings, comments: readonly UnitComments[], number: number): NoteSection | null {
  if (comments.length === 0) return null;
  const blocks: NoteBlock[] = comments.flatMap((u) => [paragraph(`${u.unit}:`), enumeration(u.comments.map((c) => commentItem(s, c)))]);
  return section('appendix', `Приложение ${number}. ${commentsTitle(s)}`, blocks);
}

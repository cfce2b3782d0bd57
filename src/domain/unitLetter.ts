// The letter to each unit on its own results: its figures and place (table 1), what needs attention, its best practices,
// its addressed recommendations and whose experience to study. Laid out as the note is, so one Word writer serves both.
import { isNotStarted } from './campaign';
import type { Settings } from './model';
import { noteSignature, typesetSection, writeRecommendations } from './note';
import { DEFAULT_DOCUMENT_FONT, type NoteDocument, noteAuthor, noteFileName, UNSAFE_IN_FILE_NAME } from './noteDocument';
import { enumeration, type Note, type NoteBlock, type NoteSection, paragraph, type Recommendation, section, tableRef } from './noteModel';
import { quotedOf } from './noteRecommendations';
import { genitiveAfterNumber, shortValue, unitsOf, wholeDative } from './noteText';
import { listUnits, typeset, yearLabel } from './russian';
import type { IndicatorSummary, Summary } from './summary';
import { letterTable, placeOf, placeText, rowOf } from './unitLetterTable';

/** A unit's letter: laid out as the note is, so the note's Word writer renders it. */
interface UnitLetter extends NoteDocument {
  /** The unit's name as in «Настройки». */
  unit: string;
}

/** Every unit's letter, in the order of «Настройки». */
export interface LettersDocument {
  /** The archive the Sheets dialog offers: «Письма_мониторинг_наставничества_Томская_область_2021.zip». */
  zipName: string;
  letters: UnitLetter[];
}

/** The note's file name with «Письма» for «Справка», as a .zip. */
const lettersZipName = (s: Settings): string =>
  noteFileName(s)
    .replace(/^Справка/, 'Письма')
    .replace(/\.docx$/, '.zip');

const MONITORING = (s: Settings) =>
  `По итогам мониторинга реализации программ наставничества за ${yearLabel(s.reportYear)} (далее — Мониторинг)`;

/** The opening: what the letter sends, or that no report came. Units of another type are not ranked, so no place is promised. */
function opening(s: Settings, sum: Summary, unit: string, absent: boolean): NoteSection {
  const ranked = sum.indicators.some((i) => i.rows.some((r) => r.unit === unit));
  if (absent)
    return section('intro', '', [
      paragraph(
        `${MONITORING(s)} сообщаем, что Ваш отчёт не представлен: показатели не оценены${ranked ? `, место среди ${s.unitNouns[2]} не определено` : ''}.`,
      ),
    ]);
  const place = ranked ? `, место среди ${s.unitNouns[2]} по каждому показателю` : '';
  return section('intro', '', [
    paragraph(
      `${MONITORING(s)} направляем результаты Вашего отчёта: значения показателей в сравнении со значениями по ${wholeDative(s)}, плановыми и минимальными значениями${place} (таблица 1), а также адресные рекомендации.`,
    ),
  ]);
}

function figures(s: Settings): NoteSection {
  return section(
    'point',
    `Показатели эффективности реализации ${s.document.programme ? `программы «${s.document.programme}»` : 'программы'}`,
    [tableRef('letter', 'Таблица 1')],
  );
}

/** What the unit is below on, as the note's addressed recommendations state it (Recommendation.below). */
function attention(rec: Recommendation | undefined): NoteSection | null {
  if (!rec?.below.length) return null;
  return section('point', 'Показатели, требующие внимания', [paragraph('По итогам Мониторинга требуют внимания:'), enumeration(rec.below)]);
}

/** Indicators where the unit is above the leaders' threshold, with its value and place; the examples typed in its report. */
function bestPractices(s: Settings, sum: Summary, unit: string): NoteSection | null {
  const blocks: NoteBlock[] = [];
  const led = sum.indicators.filter((i) => i.groups.leaders.includes(unit));
  if (led.length) {
    blocks.push(paragraph(`Значения выше порога, установленного для ${s.unitNouns[2]}-лидеров:`));
    blocks.push(
      enumeration(
        led.map((ind) => {
          const p = placeOf(ind, unit);
          return `${quotedOf(s, ind.id)}: ${shortValue(ind, rowOf(ind, unit)!.cur!)} при пороге ${shortValue(ind, ind.leaderAbove!)}${p ? `, ${placeText(p)}` : ''}`;
        }),
      ),
    );
  }
  const row = [sum.forms, ...sum.otherForms].flatMap((g) => g.rows).find((r) => r.unit === unit);
  const examples = s.forms.filter((f) => row?.examples[f.key]).map((f) => `«${f.name}»: ${row!.examples[f.key]}`);
  if (examples.length) {
    blocks.push(paragraph('Яркие примеры реализации форм наставничества, представленные в отчёте:'));
    blocks.push(enumeration(examples));
  }
  return blocks.length ? section('point', 'Лучшие практики', blocks) : null;
}

/** The unit is below the plan or the minimum, has a zero in both years, or fell: the leaders' experience is worth studying. */
function lagging(ind: IndicatorSummary, unit: string): boolean {
  const g = ind.groups;
  return [g.belowPlan, g.belowMinimum, g.zeroBoth, g.fell].some((units) => units.includes(unit));
}

/** How many leaders a letter names per indicator: the ones with the highest values; a long list is no advice. */
const LEADERS_TO_STUDY = 5;

/** The leaders to study on one indicator, the highest values first; more than LEADERS_TO_STUDY are cut, and that is said. */
function leadersText(s: Settings, leaders: string[]): string {
  const n = leaders.length;
  if (n <= LEADERS_TO_STUDY) return listUnits(leaders);
  // The genitive after «среди» agrees with the number: «21 муниципалитета-лидера», «7 муниципалитетов-лидеров».
  return `${listUnits(leaders.slice(0, LEADERS_TO_STUDY))} (наибольшие значения среди ${unitsOf(s, n)}-${genitiveAfterNumber(n, 'лидера', 'лидеров')})`;
}

/** «Рекомендуется изучить опыт муниципалитетов-лидеров: по показателю «…» — г. Томск и Томский район; …» */
function experienceToStudy(s: Settings, sum: Summary, unit: string): string | null {
  const parts = sum.indicators
    .filter((ind) => lagging(ind, unit))
    .map((ind) => ({ ind, leaders: ind.groups.leaders.filter((u) => u !== unit) }))
    .filter((x) => x.leaders.length)
    .map((x) => `по показателю ${quotedOf(s, x.ind.id)} — ${leadersText(s, x.leaders)}`);
  return parts.length ? `Рекомендуется изучить опыт ${s.unitNouns[2]}-лидеров: ${parts.join('; ')}.` : null;
}

function recommendations(s: Settings, sum: Summary, unit: string, rec: Recommendation | undefined): NoteSection {
  const study = experienceToStudy(s, sum, unit);
  const blocks = [rec?.text, study].filter((t): t is string => !!t).map(paragraph);
  return section('recommendations', 'Рекомендации', blocks);
}

/**
 * A file name after the unit that Windows, macOS and Linux all accept: no reserved characters or control characters, no
 * trailing dot or space (Microsoft, «Naming Files, Paths, and Namespaces»: «Do not end a file or directory name with a space
 * or a period»), at most 100 characters of the name; the «Письмо — » in front keeps it clear of Windows' reserved names (CON…).
 */
export function letterFileName(unit: string): string {
  const name = unit
    .replace(/\p{Cc}/gu, ' ')
    .replace(UNSAFE_IN_FILE_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/[. ]+$/, '');
  return `Письмо — ${name || 'без названия'}.docx`;
}

/**
 * File names made unique ignoring case (Windows and macOS do): a second «Письмо — X.docx» becomes «Письмо — X (2).docx», or
 * (3) and on when a unit is itself named «X (2)».
 */
function uniqueNames(names: string[]): string[] {
  const key = (n: string) => n.toLowerCase();
  const own = new Set(names.map(key));
  const used = new Set<string>();
  // A numbered name is free when no letter has it yet and no unit has it as its own name.
  const free = (name: string, original: string) => !used.has(key(name)) && (name === original || !own.has(key(name)));
  return names.map((n) => {
    let name = n;
    for (let i = 2; !free(name, n); i++) name = n.replace(/\.docx$/, ` (${i}).docx`);
    used.add(key(name));
    return name;
  });
}

/** The unit's open requests (openRequests on «Ход сбора»), numbered; none when nothing is open. */
function clarifications(requests: readonly string[]): NoteSection | null {
  if (!requests.length) return null;
  return section('point', 'Уточнение сведений', [
    paragraph('Просим уточнить следующие сведения отчёта:'),
    enumeration(requests.map((r, i) => `${i + 1}. ${r}`)),
  ]);
}

function letterNote(
  s: Settings,
  sum: Summary,
  unit: string,
  absent: boolean,
  rec: Recommendation | undefined,
  open: readonly string[],
): Note {
  const d = s.document;
  // A unit that sent no report is told so in the opening; it has no figures, nothing else to point at, no practices.
  const sections = [
    opening(s, sum, unit, absent),
    ...(absent ? [] : [figures(s), attention(rec), bestPractices(s, sum, unit)]),
    recommendations(s, sum, unit, rec),
    clarifications(open),
  ].filter((x): x is NoteSection => x !== null && x.blocks.length > 0);
  const frame = {
    sender: d.sender,
    addressees: [typeset(unit)],
    // Each letter is registered on its own: date and number stay blank to fill by hand.
    date: '',
    number: '',
    title: typeset(d.title),
    documentKind: typeset(`Итоги мониторинга за ${yearLabel(s.reportYear)}`),
    font: d.font || DEFAULT_DOCUMENT_FONT,
  };
  return {
    title: frame.title,
    frame,
    sections: sections.map(typesetSection),
    signature: noteSignature(d),
  };
}

/**
 * One letter per unit that has a tab or is listed in «Настройки», as the Word writer of the note takes it. `open` holds each
 * unit's open requests for clarification, as openRequests words them.
 */
export function unitLetters(s: Settings, sum: Summary, open: ReadonlyMap<string, readonly string[]> = new Map()): LettersDocument {
  const recs = new Map(writeRecommendations(s, sum).map((r) => [r.unit, r]));
  const names = uniqueNames(sum.completeness.map((c) => letterFileName(c.unit)));
  const letters = sum.completeness.map((c, i): UnitLetter => {
    const absent = isNotStarted(c);
    return {
      unit: c.unit,
      fileName: names[i],
      font: s.document.font.trim() || DEFAULT_DOCUMENT_FONT,
      note: letterNote(s, sum, c.unit, absent, recs.get(c.unit), open.get(c.unit) ?? []),
      // A unit that sent no report has no figures: no table (an unreferenced table would still be printed).
      tables: absent ? [] : [letterTable(s, sum, c.unit)],
      recommendations: [],
      mainType: sum.mainType,
      author: noteAuthor(s),
    };
  });
  return { zipName: lettersZipName(s), letters };
}

// Reads a school's own block of its tab (level «муниципалитет»): да/нет per form and document, the counts, the
// directions, and the checks between them (seed 001), each finding naming the cell.
import { cellText, parseCell, shownValue } from './cellValue';
import type { CellValue, FormDef, Settings, Severity } from './model';
import { formatNumber } from './russian';
import type { SchoolReport } from './schoolReport';
import type { RawField, SchoolCells } from './unitInput';

/** What the school reader needs of the unit's reader (interpret.ts): counts read as everywhere, findings on cells. */
export interface SchoolCellReader {
  read(path: string, f: RawField | undefined, kind: 'count'): { value: number | null; state: string };
  report(f: RawField, severity: Severity, rule: string, message: string): void;
  freeText(f: RawField | undefined): string;
}

/** A «да/нет» cell: answered, not answered (empty or «нет данных»), or something else (named with an error). */
export type YesNoState = 'yes' | 'no' | 'empty' | 'invalid';

export interface SchoolRead {
  report: SchoolReport;
  /** «Реализуется» per form key after the checks: «нет» beside counts above zero is 'invalid' (left out of the counts). */
  runs: Record<string, YesNoState>;
  /** Whether each answer holds anything («school.<form>.runs», «school.doc.<n>»): for completeness. */
  filled: Record<string, boolean>;
}

/**
 * «да»/«нет» as the cell's list offers them, in any letter case, with spaces or a final full stop; TRUE/FALSE (a
 * checkbox, or «ИСТИНА» typed, which Sheets keeps as a boolean) read as да/нет. Anything else — «+», «1», «Да, с 2022» —
 * could be a count typed a row too high or a half answer: it is named, never guessed. A formula is read by its result.
 */
export function yesNoOf(raw: CellValue): YesNoState {
  if (raw === true) return 'yes';
  if (raw === false) return 'no';
  const kind = parseCell(raw).kind;
  if (kind === 'empty' || kind === 'nodata') return 'empty';
  const text = cellText(raw).toLowerCase().replace(/\.$/, '');
  return text === 'да' ? 'yes' : text === 'нет' ? 'no' : 'invalid';
}

function readYesNo(r: SchoolCellReader, f: RawField | undefined): YesNoState {
  if (!f) return 'empty';
  const state = yesNoOf(f.raw);
  if (state === 'invalid')
    r.report(
      f,
      'error',
      'not_yes_no',
      `Здесь нужен ответ «да» или «нет» (выберите его из списка в ячейке), а введено «${shownValue(f.raw)}». Ответ не учтён в сводке.`,
    );
  return state;
}

const answer = (state: YesNoState): boolean | null => (state === 'yes' ? true : state === 'no' ? false : null);

/** Reads the block: every form's да/нет and counts, every document's да/нет, the directions; then the checks. */
export function readSchool(r: SchoolCellReader, cells: SchoolCells | undefined, s: Settings): SchoolRead {
  const block = cells ?? { forms: {}, documents: {} };
  const report: SchoolReport = { forms: {}, documents: {}, directions: r.freeText(block.directions) };
  const runs: SchoolRead['runs'] = {};
  const filled: SchoolRead['filled'] = {};
  for (const form of s.forms) {
    const c = block.forms[form.key] ?? {};
    const count = (part: 'mentors' | 'mentees' | 'pairs') => r.read(`school.${form.key}.${part}`, c[part], 'count');
    const [mentors, mentees, pairs] = [count('mentors'), count('mentees'), count('pairs')];
    const counts = { mentors: mentors.value, mentees: mentees.value, pairs: pairs.value };
    const { state, pairsKept } = checkForm(r, form, c, readYesNo(r, c.runs), counts, mentees.state === 'empty');
    runs[form.key] = state;
    filled[`school.${form.key}.runs`] = state !== 'empty';
    report.forms[form.key] = { runs: answer(state), ...counts, pairs: pairsKept ? pairs.value : null };
  }
  s.schoolDocuments.forEach((name, n) => {
    const state = readYesNo(r, block.documents[name]);
    report.documents[name] = answer(state);
    filled[`school.doc.${n + 1}`] = state !== 'empty';
  });
  return { report, runs, filled };
}

type Counts = Record<'mentors' | 'mentees' | 'pairs', number | null>;

/**
 * A form's answer against its counts. «нет» with mentors, mentees or pairs above zero: which is true is unknown, so the
 * answer is left out (error). Pairs above mentees: a pair or group has a mentee at least (error, pairs left out).
 * «да» with 0 mentees or none typed (warning). Returns the answer as counted and whether the pairs are.
 */
function checkForm(
  r: SchoolCellReader,
  form: FormDef,
  c: SchoolCells['forms'][string],
  answered: YesNoState,
  n: Counts,
  menteesEmpty: boolean,
): { state: YesNoState; pairsKept: boolean } {
  let state = answered;
  const typed = (['mentees', 'mentors', 'pairs'] as const).filter((k) => (n[k] ?? 0) > 0);
  if (state === 'no' && typed.length && c.runs) {
    const words = { mentors: 'наставников', mentees: 'наставляемых', pairs: 'пар (групп)' };
    const list = typed.map((k) => `${words[k]} ${formatNumber(n[k]!)}`).join(', ');
    r.report(
      c.runs,
      'error',
      'school_no_but_counts',
      `Форма «${form.name}» отмечена «нет», а указано: ${list}. Реализуется ли форма, неясно — в сводке она не учтена: выберите «да» или сотрите числа.`,
    );
    state = 'invalid';
  }
  const pairsAbove = c.pairs !== undefined && n.pairs !== null && n.mentees !== null && n.pairs > n.mentees;
  if (pairsAbove)
    r.report(
      c.pairs!,
      'error',
      'school_pairs_above_mentees',
      `Пар (групп) ${formatNumber(n.pairs!)}, а наставляемых ${formatNumber(n.mentees!)}: в каждой паре или группе есть хотя бы один наставляемый, пар не может быть больше. Число пар не учтено в сводке — исправьте одно из чисел.`,
    );
  if (state === 'yes' && c.mentees && n.mentees === 0)
    r.report(
      c.mentees,
      'warning',
      'school_no_mentees',
      `Форма «${form.name}» отмечена «да», а наставляемых 0. Если форма реализуется, впишите число наставляемых; если нет — выберите «нет».`,
    );
  if (state === 'yes' && c.mentees && menteesEmpty)
    r.report(
      c.mentees,
      'warning',
      'school_no_mentees',
      `Форма «${form.name}» отмечена «да», а число наставляемых не указано: впишите его.`,
    );
  return { state, pairsKept: !pairsAbove };
}

/** Once anything is typed in the tab, every form needs its «да/нет»: an unanswered one is named (warning). */
export function requireSchoolAnswers(r: SchoolCellReader, cells: SchoolCells | undefined, s: Settings, runs: SchoolRead['runs']): void {
  for (const form of s.forms) {
    const f = cells?.forms[form.key]?.runs;
    if (f && runs[form.key] === 'empty')
      r.report(f, 'warning', 'required', `Не указано, реализуется ли форма «${form.name}»: выберите «да» или «нет».`);
  }
}

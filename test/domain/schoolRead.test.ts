// A school's own tab (level «муниципалитет»): what a school types in its block, cell by cell, through the pure pipeline —
// the answers read, the counts derived from them, and the exact Russian finding on every cell it cannot take.
import type { CellValue, Settings } from '../../src/domain/model';
import { rollUp } from '../../src/domain/rollUp';
import { DEFAULT_SCHOOL_DOCUMENTS } from '../../src/domain/schoolReport';
import { yesNoOf } from '../../src/domain/schoolRead';
import { type Analysis, analyze } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { parseSettings } from '../../src/workbook/settingsRead';
import { renderSettings } from '../../src/workbook/settingsTab';
import { docValues, workbookGrids } from '../helpers/grids';
import { CITY_B, municipalSettings } from '../helpers/levels';
import { tinySettings } from '../helpers/tiny';

const DOCS = ['Положение о наставничестве', 'Дорожная карта'];
/** Лицей № 1 and a ДО; one form, two documents. */
const CITY: Settings = {
  ...municipalSettings(
    'Город Б',
    [
      ['Лицей № 1', 'Школа'],
      ['ДДТ', 'Организация дополнительного образования'],
    ],
    {},
  ),
  schoolDocuments: DOCS,
};
/**
 * The school's block on the tab, 1-based rows: 9 the section, 10 «реализуется», 11 mentors, 12 mentees, 13 pairs; 14 the
 * documents' section, 15 and 16 the documents, 17 the directions.
 */
const CELL = { runs: 'C10', mentors: 'C11', mentees: 'C12', pairs: 'C13', doc1: 'C15', doc2: 'C16', directions: 'C17' };

const FULL: ReportValues = {
  school: {
    forms: { teacher_student: { runs: 'да', mentors: 3, mentees: 10, pairs: 4 } },
    documents: { [DOCS[0]]: 'да', [DOCS[1]]: 'нет' },
    directions: 'профориентация, адаптация молодых педагогов',
  },
  forms: { teacher_student: { examples: 'Клуб «Наставник»' } },
  indicators: {
    '1': { involvedPrev: 5, totalPrev: 50, involvedCur: 25, totalCur: 50 },
    '3': { prev: 1, cur: 2 },
    '5': { prev: 7, cur: 9 },
    '7': { prev: 2, cur: 3 },
  },
};

const run = (reports: Record<string, ReportValues>, s: Settings = CITY): Analysis => {
  const g = workbookGrids(s, reports);
  return analyze(g.settingsValues, g.tabs);
};
const withForm = (form: Record<string, CellValue>, base: ReportValues = FULL): ReportValues => ({
  ...base,
  school: { ...base.school, forms: { teacher_student: form } },
});
const findingsOf = (a: Analysis, unit = 'Лицей № 1') =>
  a.findings
    .filter((f) => f.unit === unit)
    .map((f) => ({ severity: f.severity, rule: f.rule, tab: f.tab, cell: f.cell, message: f.message }));

test('a school’s answers are read into its report, and its «да» is its count of organisations running the form', () => {
  const a = run({ 'Лицей № 1': FULL, ДДТ: withForm({ runs: 'нет' }) });
  expect(findingsOf(a)).toEqual([]);
  const [school, additional] = a.units;
  expect(school.school).toEqual({
    forms: { teacher_student: { runs: true, mentors: 3, mentees: 10, pairs: 4 } },
    documents: { [DOCS[0]]: true, [DOCS[1]]: false },
    directions: 'профориентация, адаптация молодых педагогов',
  });
  // A school is one general organisation; a ДО is one of additional education, its «да/нет» in the ДО column.
  expect([school.orgs.general.value, school.orgs.additional.state, school.forms.teacher_student.general.value]).toEqual([1, 'none', 1]);
  expect(school.forms.teacher_student.examples).toBe('Клуб «Наставник»');
  expect([additional.orgs.general.value, additional.orgs.additional.value]).toEqual([0, 1]);
  expect([additional.forms.teacher_student.general.value, additional.forms.teacher_student.additional.value]).toEqual([0, 0]);
  // The summary and the roll-up count the same: of 1 school 1 runs the form; of 1 ДО none.
  expect(a.summary.forms.forms.teacher_student.general).toMatchObject({ count: 1, total: 1 });
  expect(rollUp(a.settings, a.units, a.summary.completeness).values).toMatchObject({
    orgs: { general: 1, additional: 1 },
    forms: { teacher_student: { general: 1, additional: 0 } },
  });
  expect(a.summary.completeness.find((c) => c.unit === 'Лицей № 1')!.state).toBe('complete');
});

describe('«да/нет» cells', () => {
  test.each<[string, CellValue, boolean | null]>([
    ['«Да» with a capital', 'Да', true],
    ['«НЕТ» in capitals', 'НЕТ', false],
    ['spaces and a full stop', ' нет. ', false],
    ['TRUE (a checkbox, or «ИСТИНА» Sheets keeps as a boolean)', true, true],
    ['FALSE', false, false],
    ['«нет данных»: not answered', 'нет данных', null],
  ])('%s', (_, raw, expected) => {
    const a = run({ 'Лицей № 1': withForm({ runs: raw }) });
    expect(a.units[0].school!.forms.teacher_student.runs).toBe(expected);
    expect(findingsOf(a).filter((f) => f.rule === 'not_yes_no')).toEqual([]);
  });

  test.each<[string, CellValue, string]>([
    ['a plus', '+', '+'],
    ['a number', 1, '1'],
    ['a half answer', 'Да, с 2022 года', 'Да, с 2022 года'],
    ['a formula’s error', '#REF!', '#REF!'],
  ])('%s is named, never guessed', (_, raw, shown) => {
    const a = run({ 'Лицей № 1': withForm({ runs: raw, mentors: 0, mentees: 0, pairs: 0 }) });
    expect(findingsOf(a)).toEqual([
      {
        severity: 'error',
        rule: 'not_yes_no',
        tab: 'Лицей № 1',
        cell: CELL.runs,
        message: `Здесь нужен ответ «да» или «нет» (выберите его из списка в ячейке), а введено «${shown}». Ответ не учтён в сводке.`,
      },
    ]);
    expect(a.units[0].forms.teacher_student.general.state).toBe('invalid');
  });

  test('a document answered «+» is named on its own cell', () => {
    const a = run({ 'Лицей № 1': { ...FULL, school: { ...FULL.school, documents: { [DOCS[0]]: 'да', [DOCS[1]]: '+' } } } });
    expect(findingsOf(a).map((f) => [f.cell, f.rule])).toEqual([[CELL.doc2, 'not_yes_no']]);
    expect(a.units[0].school!.documents[DOCS[1]]).toBeNull();
  });
});

describe('count cells of a form', () => {
  test.each<[string, CellValue, string, string]>([
    ['text', 'много', 'not_a_number', 'В ячейке текст, а нужно число. Значение не учтено в сводке: введите целое число.'],
    ['«12,5%»', '12,5%', 'percent_in_count', 'Здесь нужно количество, а введён процент. Значение не учтено в сводке: введите целое число.'],
    ['a fraction', 2.5, 'not_whole', 'Количество должно быть целым числом. Значение не учтено в сводке.'],
  ])('%s among the mentors', (_, raw, rule, message) => {
    const a = run({ 'Лицей № 1': withForm({ runs: 'да', mentors: raw, mentees: 10, pairs: 4 }) });
    expect(findingsOf(a)).toEqual([{ severity: 'error', rule, tab: 'Лицей № 1', cell: CELL.mentors, message }]);
    expect(a.units[0].school!.forms.teacher_student.mentors).toBeNull();
  });
});

describe('checks between the answer and the counts', () => {
  test('«нет» with mentees and pairs: which is true is unknown, the form is left out of the count', () => {
    const a = run({ 'Лицей № 1': withForm({ runs: 'нет', mentors: 0, mentees: 5, pairs: 3 }) });
    expect(findingsOf(a)).toEqual([
      {
        severity: 'error',
        rule: 'school_no_but_counts',
        tab: 'Лицей № 1',
        cell: CELL.runs,
        message:
          'Форма «учитель–ученик» отмечена «нет», а указано: наставляемых 5, пар (групп) 3. Реализуется ли форма, неясно — в сводке она не учтена: выберите «да» или сотрите числа.',
      },
    ]);
    expect(a.units[0].school!.forms.teacher_student.runs).toBeNull();
    expect(a.units[0].forms.teacher_student.general.state).toBe('invalid');
  });

  test('more pairs than mentees: the pairs are left out', () => {
    const a = run({ 'Лицей № 1': withForm({ runs: 'да', mentors: 2, mentees: 3, pairs: 4 }) });
    expect(findingsOf(a)).toEqual([
      {
        severity: 'error',
        rule: 'school_pairs_above_mentees',
        tab: 'Лицей № 1',
        cell: CELL.pairs,
        message:
          'Пар (групп) 4, а наставляемых 3: в каждой паре или группе есть хотя бы один наставляемый, пар не может быть больше. Число пар не учтено в сводке — исправьте одно из чисел.',
      },
    ]);
    expect(a.units[0].school!.forms.teacher_student).toEqual({ runs: true, mentors: 2, mentees: 3, pairs: null });
  });

  test('«да» with no mentees, zero or not typed: a warning, the form still counted', () => {
    const zero = run({ 'Лицей № 1': withForm({ runs: 'да', mentors: 1, mentees: 0, pairs: 0 }) });
    expect(findingsOf(zero)).toEqual([
      {
        severity: 'warning',
        rule: 'school_no_mentees',
        tab: 'Лицей № 1',
        cell: CELL.mentees,
        message:
          'Форма «учитель–ученик» отмечена «да», а наставляемых 0. Если форма реализуется, впишите число наставляемых; если нет — выберите «нет».',
      },
    ]);
    expect(zero.units[0].forms.teacher_student.general.value).toBe(1);
    const empty = run({ 'Лицей № 1': withForm({ runs: 'да' }) });
    expect(findingsOf(empty).map((f) => [f.cell, f.message])).toEqual([
      [CELL.mentees, 'Форма «учитель–ученик» отмечена «да», а число наставляемых не указано: впишите его.'],
    ]);
  });

  test('«нет» with zeros is no contradiction', () => {
    expect(findingsOf(run({ 'Лицей № 1': withForm({ runs: 'нет', mentors: 0, mentees: 0, pairs: 0 }) }))).toEqual([]);
  });

  test('a tab with something typed and no «да/нет» for a form: named; documents unanswered leave the report partial', () => {
    const a = run({ 'Лицей № 1': { ...FULL, school: { forms: {} } } });
    expect(findingsOf(a)).toEqual([
      {
        severity: 'warning',
        rule: 'required',
        tab: 'Лицей № 1',
        cell: CELL.runs,
        message: 'Не указано, реализуется ли форма «учитель–ученик»: выберите «да» или «нет».',
      },
    ]);
    expect(a.summary.completeness[0].state).toBe('partial');
    // A tab with nothing typed is «empty», with no finding on its cells.
    const untouched = run({ 'Лицей № 1': {} });
    expect([findingsOf(untouched), untouched.summary.completeness[0].state]).toEqual([[], 'empty']);
  });
});

test('yesNoOf: the one reading of a «да/нет» cell', () => {
  expect(['да', 'Нет', '', 'нет данных', '+', 0, 'да, частично'].map((v) => yesNoOf(v))).toEqual([
    'yes',
    'no',
    'empty',
    'empty',
    'invalid',
    'invalid',
    'invalid',
  ]);
});

describe('«Документы школы» in «Настройки»', () => {
  test('a municipality’s «Настройки» list the documents and read them back; a region’s have no such table', () => {
    const grid = docValues(renderSettings(CITY));
    const header = grid.findIndex((r) => r[0] === 'hdr:school_documents');
    expect(grid[header - 1][1]).toBe('Документы школы');
    expect(grid.slice(header + 1, header + 3).map((r) => r[1])).toEqual(DOCS);
    expect(parseSettings(grid).settings.schoolDocuments).toEqual(DOCS);
    const region = docValues(renderSettings(tinySettings(['А район'])));
    expect(region.some((r) => r[0] === 'hdr:school_documents')).toBe(false);
    // No table (a region's workbook, or one made before it existed): the default list.
    expect(parseSettings(region).settings.schoolDocuments).toEqual(DEFAULT_SCHOOL_DOCUMENTS);
  });

  test('a document listed twice is asked once, the repeat named', () => {
    const grid = docValues(renderSettings({ ...CITY, schoolDocuments: [...DOCS, 'дорожная карта'] }));
    const read = parseSettings(grid);
    expect(read.settings.schoolDocuments).toEqual(DOCS);
    const row = grid.findIndex((r) => r[1] === 'дорожная карта') + 1;
    expect(read.findings.map((f) => [f.cell, f.severity, f.message])).toContainEqual([
      `B${row}`,
      'warning',
      'Документ «дорожная карта» уже есть в списке выше («Дорожная карта»). Повтор не учитывается: удалите строку.',
    ]);
  });

  test('the school’s tab asks about the documents the settings list, one row each', () => {
    const a = run({ 'Лицей № 1': FULL }, { ...CITY_B, schoolDocuments: ['Программа наставничества'] });
    expect(a.units[0].school!.documents).toEqual({ 'Программа наставничества': null });
  });
});

// What a coordinator typed, cell by cell, through the pure pipeline: the state it becomes and the exact Russian finding.
import type { CellValue } from '../../src/domain/model';
import type { Analysis } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { interpretUnit } from '../../src/domain/interpret';
import type { RawField, UnitInput } from '../../src/domain/unitInput';
import { rowOf, tiny, tinySettings } from '../helpers/tiny';

const ORGS = { general: 4, additional: 2 };
const withForm = (general: CellValue, additional: CellValue = 1): ReportValues => ({
  orgs: ORGS,
  forms: { teacher_student: { general, additional } },
});
const findingsOf = (a: Analysis, unit = 'А район') =>
  a.findings.filter((f) => f.unit === unit).map((f) => ({ severity: f.severity, rule: f.rule, value: f.value, message: f.message }));

describe('count cells', () => {
  test.each<[string, CellValue, string, string, string]>([
    ['text', 'восемь', 'error', 'not_a_number', 'В ячейке текст, а нужно число. Значение не учтено в сводке: введите целое число.'],
    [
      'a percentage',
      '12%',
      'error',
      'percent_in_count',
      'Здесь нужно количество, а введён процент. Значение не учтено в сводке: введите целое число.',
    ],
    ['a negative number', -1, 'error', 'negative', 'Количество не может быть отрицательным. Значение не учтено в сводке.'],
    ['a fraction', 2.5, 'error', 'not_whole', 'Количество должно быть целым числом. Значение не учтено в сводке.'],
    // Sheets stores a typed «45%» as the number 0.45 (the local runtime's typed-input parser does the same: «12,5%» is 0.125).
    [
      '«45%» as Sheets stores it',
      0.45,
      'error',
      'not_whole',
      'Количество должно быть целым числом. В ячейке 0,45 — похоже, введён процент (45 %). Значение не учтено в сводке.',
    ],
    [
      '«95%» as Sheets stores it: any fraction below one is named as a percentage',
      0.95,
      'error',
      'not_whole',
      'Количество должно быть целым числом. В ячейке 0,95 — похоже, введён процент (95 %). Значение не учтено в сводке.',
    ],
    ['a typo of 1e15', 1e15, 'error', 'too_large', 'Число больше 10\u00a0000\u00a0000 — похоже на опечатку. Значение не учтено в сводке.'],
    [
      'a plus',
      '+',
      'warning',
      'mark_instead_of_number',
      'Вместо числа стоит «+». Значение не учтено в сводке: укажите число или «нет данных».',
    ],
    [
      'a checkbox',
      true,
      'error',
      'not_a_number',
      'В ячейке флажок (ИСТИНА/ЛОЖЬ), а нужно число. Значение не учтено в сводке: введите целое число.',
    ],
  ])('%s in a form count: %s %s', (_what, typed, severity, rule, message) => {
    const a = tiny({ 'А район': withForm(typed) });
    expect(findingsOf(a)).toEqual([expect.objectContaining({ severity, rule, message })]);
    expect(a.summary.forms.rows[0].forms.teacher_student.general.count).toBeNull();
  });

  test('0 and 10 000 000 are counts; «нет данных» is no data, not zero', () => {
    const a = tiny({
      'А район': { orgs: { general: 10_000_000, additional: 2 }, forms: { teacher_student: { general: 0, additional: 'нет данных' } } },
    });
    expect(findingsOf(a)).toEqual([]);
    expect(a.summary.forms.rows[0].forms.teacher_student.general).toMatchObject({ count: 0, total: 10_000_000, share: 0 });
    expect(a.summary.forms.rows[0].forms.teacher_student.additional).toMatchObject({ count: null, state: 'missing' });
  });

  test("«-» in the ДО total means no such organisations: the form's ДО cell is then «none» whatever it holds", () => {
    const a = tiny({ 'А район': { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 1, additional: 3 } } } });
    expect(a.summary.forms.rows[0].totals.additional).toEqual({ value: null, state: 'none' });
    expect(a.summary.forms.rows[0].forms.teacher_student.additional.state).toBe('none');
    // «-» counts as none (0) for the rules, so a number of ДО running the form above it is still an error to fix.
    expect(findingsOf(a)).toEqual([
      {
        severity: 'error',
        rule: 'form_le_total',
        value: '3',
        message:
          'Форму «учитель–ученик» реализуют 3, а всего организаций дополнительного образования (ДО) 0: реализующих не может быть больше, чем всего. Значение не учтено в сводке — исправьте одно из чисел.',
      },
    ]);
  });

  test("0 ДО organisations: «-» in a form's ДО cell is the expected answer, not a mark to fix", () => {
    const a = tiny({ 'А район': { orgs: { general: 4, additional: 0 }, forms: { teacher_student: { general: 1, additional: '-' } } } });
    expect(findingsOf(a)).toEqual([]);
    expect(a.summary.forms.rows[0].forms.teacher_student.additional).toMatchObject({ state: 'none', total: 0 });
  });

  test("0 ДО organisations: a «+» in a form's ДО cell is still a mark to fix, only «-» means none", () => {
    const a = tiny({ 'А район': { orgs: { general: 4, additional: 0 }, forms: { teacher_student: { general: 1, additional: '+' } } } });
    expect(findingsOf(a).map((f) => [f.rule, f.value])).toEqual([['mark_instead_of_number', '+']]);
  });

  test("«-» in a form's ДО cell when the unit has ДО organisations is a mark, not «none»", () => {
    const a = tiny({ 'А район': withForm(1, '-') });
    expect(findingsOf(a)).toEqual([
      {
        severity: 'warning',
        rule: 'mark_instead_of_number',
        value: '-',
        message: 'Вместо числа стоит «-». Значение не учтено в сводке: укажите число или «нет данных».',
      },
    ]);
  });
});

describe('share cells', () => {
  test.each<[string, CellValue, string, string]>([
    ['above 100', 101, 'percent_range', 'Процент должен быть от 0 до 100. Значение не учтено в сводке.'],
    ['below 0', -0.5, 'percent_range', 'Процент должен быть от 0 до 100. Значение не учтено в сводке.'],
    ['text', 'много', 'not_a_number', 'В ячейке текст, а нужно число. Значение не учтено в сводке: введите процент числом, например 12,5.'],
  ])('a percentage %s is an error', (_what, typed, rule, message) => {
    const a = tiny({ 'А район': { ...withForm(1), indicators: { 1: { cur: typed } } } });
    expect(findingsOf(a)).toEqual([expect.objectContaining({ severity: 'error', rule, message })]);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: null, curState: 'invalid' });
  });

  test('0 % and 100 % are shares; a «+» in a share is a mark asking for a percentage', () => {
    const a = tiny({
      'А район': { ...withForm(1), indicators: { 1: { prev: 0, cur: 100 } } },
      'Б район': { ...withForm(1), indicators: { 1: { cur: '+' } } },
    });
    expect(findingsOf(a)).toEqual([]);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ prev: 0, cur: 100 });
    expect(findingsOf(a, 'Б район')).toEqual([
      expect.objectContaining({
        rule: 'mark_instead_of_number',
        message: 'Вместо числа стоит «+». Значение не учтено в сводке: укажите число (процент) или «нет данных».',
      }),
    ]);
  });

  test('a percentage found in a comment is used, with a warning to keep only the number', () => {
    const a = tiny({ 'А район': { ...withForm(1), indicators: { 1: { cur: 'Во все 4 формы вовлечены 12,5%' } } } });
    expect(findingsOf(a)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'number_in_text',
        message: 'Число 12,5 % взято из текста. Оставьте в ячейке только число, а пояснение — в столбце «Комментарий».',
      }),
    ]);
    expect(rowOf(a, '1', 'А район').cur).toBe(12.5);
  });

  test('counts win over a typed percentage; a difference over half a point is reported, up to half a point is not', () => {
    const a = tiny({
      'А район': {
        ...withForm(1),
        indicators: { 1: { prev: 54.5, involvedPrev: 100, totalPrev: 200, cur: 50.5, involvedCur: 100, totalCur: 200 } },
      },
    });
    expect(findingsOf(a)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'share_mismatch',
        message: 'Введённая доля 54,5 % не совпадает с долей по числам (50 %). В сводку идёт доля по числам; проверьте, какая верна.',
      }),
    ]);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ prev: 50, cur: 50, percentOnly: false });
  });

  test('one count without the other is reported and no share is made; with a typed percentage the percentage counts', () => {
    const a = tiny({
      'А район': { ...withForm(1), indicators: { 1: { involvedCur: 100 } } },
      'Б район': { ...withForm(1), indicators: { 1: { totalCur: 300 } } },
      'В район': { ...withForm(1), indicators: { 1: { involvedCur: 100, cur: 30 } } },
    });
    expect(findingsOf(a)).toEqual([
      expect.objectContaining({
        rule: 'share_incomplete',
        message:
          'Для доли нужны оба числа, а общее число обучающихся не указано. Доля не посчитана: впишите его (или долю в строке «доля, %»).',
      }),
    ]);
    expect(findingsOf(a, 'Б район')).toEqual([
      expect.objectContaining({
        rule: 'share_incomplete',
        message: 'Для доли нужны оба числа, а число вовлечённых не указано. Доля не посчитана: впишите его (или долю в строке «доля, %»).',
      }),
    ]);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: null, curState: 'empty' });
    expect(rowOf(a, '1', 'В район')).toMatchObject({ cur: 30, percentOnly: true });
  });

  test('a count that is not a number beside an empty one: only the text is reported, not «нужны оба числа»', () => {
    const a = tiny({
      'А район': { ...withForm(1), indicators: { 1: { involvedCur: 'сто', totalCur: '' } } },
      'Б район': { ...withForm(1), indicators: { 1: { involvedCur: '', totalCur: 'триста' } } },
    });
    expect(findingsOf(a).map((f) => f.rule)).toEqual(['not_a_number']);
    expect(findingsOf(a, 'Б район').map((f) => f.rule)).toEqual(['not_a_number']);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: null, curState: 'invalid' });
  });

  test('a total of 0 pupils gives no share; «нет данных» in a share is no data', () => {
    const a = tiny({ 'А район': { ...withForm(1), indicators: { 1: { involvedCur: 0, totalCur: 0, prev: 'нет данных' } } } });
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: null, prev: null, prevState: 'nodata' });
  });

  test('with a total of 0 pupils a typed percentage counts; with counts only, an empty percentage cell raises nothing', () => {
    const a = tiny({
      'А район': { ...withForm(1), indicators: { 1: { involvedCur: 0, totalCur: 0, cur: 5 } } },
      'Б район': { ...withForm(1), indicators: { 1: { involvedCur: 20, totalCur: 80 } } },
    });
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: 5, percentOnly: true });
    expect(rowOf(a, '1', 'Б район')).toMatchObject({ cur: 25, percentOnly: false });
    expect(findingsOf(a, 'Б район')).toEqual([]);
  });

  test('more pupils involved than there are: that error only, no share from the counts, the typed percentage stands', () => {
    const a = tiny({ 'А район': { ...withForm(1), indicators: { 1: { involvedCur: 120, totalCur: 100, cur: 50 } } } });
    expect(findingsOf(a).map((f) => f.rule)).toEqual(['involved_le_total']);
    expect(rowOf(a, '1', 'А район')).toMatchObject({ cur: 50, curState: 'ok', percentOnly: true });
  });
});

describe('contacts, required fields, readiness', () => {
  test('an e-mail that is not one is a warning; a good one is not', () => {
    const bad = tiny({ 'А район': { ...withForm(1), contacts: { email: 'ivanov(at)mail.ru' } } });
    expect(findingsOf(bad)).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'email', message: 'Это не похоже на адрес электронной почты; проверьте.' }),
    ]);
    expect(findingsOf(tiny({ 'А район': { ...withForm(1), contacts: { email: 'ivanov@mail.ru' } } }))).toEqual([]);
    // Only the e-mail cell is checked as an address: a name, a position or a phone is not.
    expect(
      findingsOf(
        tiny({ 'А район': { ...withForm(1), contacts: { name: 'Иванова И. И.', position: 'методист', phone: '8 (000) 000-00-00' } } }),
      ),
    ).toEqual([]);
  });

  test('once anything is typed, empty organisation and form counts are asked for; ДО cells not when there is no ДО', () => {
    const a = tiny({ 'А район': { orgs: { general: 4, additional: '-' }, indicators: { 3: { cur: 1 } } } });
    expect(findingsOf(a).map((f) => [f.rule, f.severity])).toEqual([['required', 'warning']]);
    expect(a.findings.find((f) => f.rule === 'required')!.label).toContain('ОО, реализующих форму');
    expect(findingsOf(tiny({ 'А район': {} }))).toEqual([]);
  });
});

describe('a tab whose indicator columns are labelled with other years', () => {
  // The workbook layer sets yearsMismatch when the years header differs from the settings (wrong_years, tested through the bundle).
  const s = tinySettings(['А район']);
  const at = (raw: CellValue, cell: string): RawField => ({ raw, cell, label: `Показатель 3, ${cell}` });
  const input = (yearsMismatch: boolean): UnitInput => ({
    unit: s.units[0],
    tab: 'А район',
    orgs: {},
    forms: {},
    indicators: { 3: { prev: { value: at(2, 'D20') }, cur: { value: at(5, 'E20') } } },
    contacts: {},
    ready: false,
    yearsMismatch,
  });

  test('its indicator values are errors left out of the summary, not data; indicators it does not hold stay no data', () => {
    const { data } = interpretUnit(input(true), s);
    expect(data.indicators['3'].prev).toMatchObject({ value: null, state: 'invalid' });
    expect(data.indicators['3'].cur).toMatchObject({ value: null, state: 'invalid' });
    expect(data.indicators['1'].cur.state).not.toBe('invalid');
  });

  test('with the right years the same cells are the values', () => {
    const { data } = interpretUnit(input(false), s);
    expect([data.indicators['3'].prev.value, data.indicators['3'].cur.value]).toEqual([2, 5]);
  });
});

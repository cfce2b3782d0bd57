// Bad cell contents typed into one unit of the sample workbook: each gives its exact finding, no input cell changes, and the build completes.
import {
  cellOf,
  checkAndBuild,
  damagedSample,
  expectListed,
  finding,
  formsRow,
  indicatorRegion,
  indicatorRow,
  sampleSession,
  typeInto,
} from '../helpers/badInputs';

const T = 'Бакчарский район';
const base = (() => {
  const s = sampleSession();
  return checkAndBuild(s).build;
})();

/** The build completed and still summarises all 20 units. */
function expectBuilt(build: typeof base) {
  expect(build.ok).toBe(true);
  expect(build.message).toMatch(/^Сводка построена: 20 муниципалитетов, ошибок \d+, предупреждений \d+\.$/);
  expect(build.output!.summary.unitCount).toBe(20);
}

describe('marks typed instead of numbers (seed 000: «+», «-» for indicators 4–8)', () => {
  test('«+» in an indicator cell: a warning, the value is not counted, the region sum goes on without it', () => {
    let cell = '';
    const { s, check, build, added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:5:value', 'D', '+')));
    const f = finding({
      severity: 'warning',
      rule: 'mark_instead_of_number',
      unit: T,
      tab: T,
      cell,
      label: 'Показатель 5, 2021 г.',
      value: '+',
      message: 'Вместо числа стоит «+». Значение не учтено в сводке: укажите число или «нет данных».',
    });
    expect(added).toEqual([f]);
    expectListed(s.ss, added[0]);
    expect(check.ok).toBe(true);
    expectBuilt(build);
    expect(indicatorRow(build, '5', T)).toMatchObject({ prev: 186, cur: null, curState: 'nodata' });
    expect(indicatorRegion(build, '5').cur).toMatchObject({
      value: indicatorRegion(base, '5').cur.value! - 221,
      unitsWithData: 19,
    });
  });

  test('«-» in an indicator cell: the same warning naming «-»', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:7:value', 'C', '-')));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'mark_instead_of_number',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 7, 2020 г.',
        value: '-',
        message: 'Вместо числа стоит «-».',
      }),
    ]);
    expect(indicatorRow(build, '7', T)).toMatchObject({ prev: null, cur: 2, prevState: 'nodata' });
  });

  test('«+» in a percent cell: the warning asks for a percentage', () => {
    let cell = '';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:1:percent', 'C', '+')));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'mark_instead_of_number',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 1, 2020 г.: доля, %',
        value: '+',
        message: 'Вместо числа стоит «+». Значение не учтено в сводке: укажите число (процент) или «нет данных».',
      }),
    ]);
  });

  test('«-» in the ДО total means «no ДО organisations»: no finding, the ДО columns show a dash', () => {
    const { added, build } = damagedSample((x) => {
      typeInto(x.ss, T, 'orgs', 'D', '-');
      for (const f of ['student_student', 'teacher_student', 'university_student', 'employer_student'])
        typeInto(x.ss, T, `form:${f}`, 'D', '-');
    });
    expect(added).toEqual([]);
    const row = formsRow(build, T);
    expect(row.totals.additional.state).toBe('none');
    expect(row.forms.teacher_student.additional.state).toBe('none');
    expect(build.output!.summary.forms.totals.additional).toBe(base.output!.summary.forms.totals.additional - 4);
  });

  test("«-» in a form's ДО cell while the unit has ДО organisations: the mark warning, left out of that form's ДО total", () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'form:teacher_student', 'D', '-')));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'mark_instead_of_number',
        unit: T,
        tab: T,
        cell,
        label: 'ДО, реализующих форму «учитель–ученик»',
        value: '-',
        message: 'Вместо числа стоит «-». Значение не учтено в сводке: укажите число или «нет данных».',
      }),
    ]);
    expect(build.output!.summary.forms.forms.teacher_student.additional.leftOut).toEqual([T]);
  });

  test("«-» in the ДО total while a form's ДО cell still says 4: implementing > total (0), an error instead of a silent drop", () => {
    let cell = '';
    const { added, build } = damagedSample((x) => {
      typeInto(x.ss, T, 'orgs', 'D', '-');
      cell = typeInto(x.ss, T, 'form:teacher_student', 'D', 4);
    });
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'form_le_total',
        unit: T,
        tab: T,
        cell,
        label: 'ДО, реализующих форму «учитель–ученик»',
        value: '4',
        message:
          'Форму «учитель–ученик» реализуют 4, а всего организаций дополнительного образования (ДО) 0: реализующих не может быть больше, чем всего.',
      }),
    ]);
    expect(formsRow(build, T).forms.teacher_student.additional.state).toBe('none');
  });

  test('«нет данных» is a known state, not an error', () => {
    const { added, build } = damagedSample((x) => typeInto(x.ss, T, 'ind:8:value', 'D', 'нет данных'));
    expect(added).toEqual([]);
    expect(indicatorRow(build, '8', T)).toMatchObject({ cur: null, curState: 'nodata' });
  });
});

describe('percentages', () => {
  test('«12,5%» typed as text in a percent cell is accepted as 12,5 without a finding', () => {
    let cell = '';
    const { s, added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:1:percent', 'D', '12,5%')));
    expect(s.ss.getSheetByName(T)!.getRange(cell).getValue()).toBe('12,5%');
    expect(added).toEqual([]);
    expect(indicatorRow(build, '1', T)).toMatchObject({ prev: 24.6, cur: 12.5, curState: 'ok', percentOnly: true });
  });

  test('«Во все 4 формы вовлечены 12,5%» is accepted as 12,5 with a warning to keep only the number', () => {
    let cell = '';
    const text = 'Во все 4 формы вовлечены 12,5%';
    const { s, added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:1:percent', 'C', text)));
    const f = finding({
      severity: 'warning',
      rule: 'number_in_text',
      unit: T,
      tab: T,
      cell,
      label: 'Показатель 1, 2020 г.: доля, %',
      value: text,
      message: 'Число 12,5 % взято из текста. Оставьте в ячейке только число, а пояснение — в столбце «Комментарий».',
    });
    expect(added).toEqual([f]);
    expectListed(s.ss, added[0]);
    expect(indicatorRow(build, '1', T)).toMatchObject({ prev: 12.5, cur: 54.5 });
  });

  test('0,5 typed as a share among values like 45: one warning that it looks like a fraction, the value still counts', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:1:percent', 'D', '0,5')));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'fraction_as_percent',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 1, 2021 г.: доля, %',
        value: '0,5',
        message: 'похоже, процент введён как дробь (0,5 вместо 50). Проверьте.',
      }),
    ]);
    expect(indicatorRow(build, '1', T).cur).toBe(0.5);
  });

  test('«12,5%» as Sheets stores it when typed into a plain cell (0,125 formatted as percent) is caught as a fraction', () => {
    let cell = '';
    const { added } = damagedSample((x) => {
      cell = typeInto(x.ss, T, 'ind:1:percent', 'D', 0.125);
      x.ss.getSheetByName(T)!.getRange(cell).setNumberFormat('0.00%');
    });
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'fraction_as_percent',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 1, 2021 г.: доля, %',
        value: '0,125',
        message: 'похоже, процент введён как дробь',
      }),
    ]);
  });

  test('a percentage above 100 or below 0 is an error and is left out', () => {
    const cells: string[] = [];
    const { added, build } = damagedSample((x) => {
      cells.push(typeInto(x.ss, T, 'ind:2:percent', 'D', 1e15));
      cells.push(typeInto(x.ss, T, 'ind:2:percent', 'C', '-5'));
    });
    const msg = 'Процент должен быть от 0 до 100. Значение не учтено в сводке.';
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'percent_range',
        unit: T,
        tab: T,
        cell: cells[1],
        label: 'Показатель 2, 2020 г.: доля, %',
        value: '-5',
        message: msg,
      }),
      finding({
        severity: 'error',
        rule: 'percent_range',
        unit: T,
        tab: T,
        cell: cells[0],
        label: 'Показатель 2, 2021 г.: доля, %',
        value: '1000000000000000',
        message: msg,
      }),
    ]);
    expect(indicatorRow(build, '2', T)).toMatchObject({
      prev: null,
      cur: null,
      prevState: 'invalid',
      curState: 'invalid',
    });
    expect(indicatorRegion(build, '2').cur.unitsWithData).toBe(indicatorRegion(base, '2').cur.unitsWithData - 1);
  });
});

describe('not a number where a number is due', () => {
  test("«восемь» in a count cell: an error; the unit's ОО columns are left out of the totals, its ДО columns still count", () => {
    let cell = '';
    const { s, check, build, added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'orgs', 'C', 'восемь')));
    const f = finding({
      severity: 'error',
      rule: 'not_a_number',
      unit: T,
      tab: T,
      cell,
      label: 'Общее количество ОО',
      value: 'восемь',
      message: 'В ячейке текст, а нужно число. Значение не учтено в сводке: введите целое число.',
    });
    expect(added).toEqual([f]);
    expectListed(s.ss, added[0]);
    expect(check.errors).toBe(2);
    expectBuilt(build);
    const totals = build.output!.summary.forms.totals;
    expect(totals).toEqual({
      general: base.output!.summary.forms.totals.general - 8,
      additional: base.output!.summary.forms.totals.additional,
    });
    const ss = build.output!.summary.forms.forms.student_student;
    expect(ss.general.leftOut).toEqual([T]);
    expect(ss.general.total).toBe(base.output!.summary.forms.forms.student_student.general.total! - 8);
    expect(ss.additional).toEqual(base.output!.summary.forms.forms.student_student.additional);
    expect(formsRow(build, T).totals.general.state).toBe('invalid');
  });

  test('a percentage typed in a count cell is an error that says it looks like a percentage', () => {
    // Sheets stores a typed «45%» as the number 0,45 with a percent format (setValue parses strings as typed input:
    // brucemcpherson/gas-fakes#15), so the tab's reader sees 0,45 — not a whole number.
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:3:value', 'D', '45%')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'not_whole',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 3, 2021 г.',
        value: '0,45',
        message: 'Количество должно быть целым числом. В ячейке 0,45 — похоже, введён процент (45 %). Значение не учтено в сводке.',
      }),
    ]);
    expect(indicatorRow(build, '3', T)).toMatchObject({ prev: 3, cur: null, curState: 'invalid' });
  });

  test('a sentence with a percentage in a count cell is the same error, with the text kept as typed', () => {
    let cell = '';
    const text = 'Во все 4 формы вовлечены 12,5%';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:6:value', 'C', text)));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'percent_in_count',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 6, 2020 г.',
        value: text,
        message: 'Здесь нужно количество, а введён процент.',
      }),
    ]);
  });

  test('a formula error «#DIV/0!» is an error naming it', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'form:teacher_student', 'C', '#DIV/0!')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'not_a_number',
        unit: T,
        tab: T,
        cell,
        label: 'ОО, реализующих форму «учитель–ученик»',
        value: '#DIV/0!',
        message: 'Формула в ячейке вернула ошибку #DIV/0!',
      }),
    ]);
    expect(build.output!.summary.forms.forms.teacher_student.general.leftOut).toEqual([T]);
  });

  test('a date in a number cell (a real Date, as Sheets makes of «1.5») is an error that says so', () => {
    let cell = '';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:5:value', 'C', new Date(2021, 4, 1))));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'not_a_number',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 5, 2020 г.',
        value: '01.05.2021',
        message: 'В ячейке дата, а нужно число (Таблица могла сама превратить «1.5» в дату — введите число заново)',
      }),
    ]);
  });

  test('TRUE (typed «ИСТИНА») in a number cell is an error', () => {
    let cell = '';
    const { s, added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'orgs', 'D', 'ИСТИНА')));
    expect(s.ss.getSheetByName(T)!.getRange(cell).getValue()).toBe(true);
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'not_a_number',
        unit: T,
        tab: T,
        cell,
        label: 'Общее количество ДО',
        value: 'ИСТИНА',
        message: 'В ячейке флажок (ИСТИНА/ЛОЖЬ), а нужно число.',
      }),
    ]);
  });
});

describe('numbers that cannot be counts', () => {
  test('1e15 in a count cell is an error («похоже на опечатку»), not a region total of 10^15', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:6:value', 'D', '1e15')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'too_large',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 6, 2021 г.',
        value: '1000000000000000',
        message: 'похоже на опечатку. Значение не учтено в сводке.',
      }),
    ]);
    expect(indicatorRegion(build, '6').cur.value).toBe(indicatorRegion(base, '6').cur.value! - 876);
  });

  test('a negative count is an error', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'form:employer_student', 'C', '-5')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'negative',
        unit: T,
        tab: T,
        cell,
        label: 'ОО, реализующих форму «работодатель–ученик»',
        value: '-5',
        message: 'Количество не может быть отрицательным. Значение не учтено в сводке.',
      }),
    ]);
    expect(build.output!.summary.forms.forms.employer_student.general.leftOut).toEqual([T]);
  });

  test('a negative count pasted from Word with a typographic minus («−3») is still reported as negative', () => {
    let cell = '';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:8:value', 'C', '−3')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'negative',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 8, 2020 г.',
        value: '−3',
        message: 'Количество не может быть отрицательным.',
      }),
    ]);
  });

  test('a non-integer count is an error', () => {
    let cell = '';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:7:value', 'D', '7,5')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'not_whole',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 7, 2021 г.',
        value: '7,5',
        message: 'Количество должно быть целым числом. Значение не учтено в сводке.',
      }),
    ]);
  });
});

describe('rules across cells', () => {
  test("implementing > total: an error; left out of that form's region total while the unit's other values still count", () => {
    let cell = '';
    const { s, build, added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'form:student_student', 'C', 9)));
    const f = finding({
      severity: 'error',
      rule: 'form_le_total',
      unit: T,
      tab: T,
      cell,
      label: 'ОО, реализующих форму «ученик–ученик»',
      value: '9',
      message:
        'Форму «ученик–ученик» реализуют 9, а всего общеобразовательных организаций (ОО) 8: реализующих не может быть больше, чем всего.',
    });
    expect(added).toEqual([f]);
    expectListed(s.ss, added[0]);
    expectBuilt(build);
    const now = build.output!.summary.forms;
    const was = base.output!.summary.forms;
    // Бакчарский: 8 ОО, 5 of them ran «ученик–ученик» in the published data; now neither 9 nor its 8 count for this form.
    expect(now.forms.student_student.general).toMatchObject({
      count: was.forms.student_student.general.count! - 5,
      total: was.forms.student_student.general.total! - 8,
      leftOut: [T],
    });
    // Its other values still count: the organisation totals, the other forms, its ДО column of the same form.
    expect(now.totals).toEqual(was.totals);
    expect(now.forms.teacher_student).toEqual(was.forms.teacher_student);
    expect(now.forms.student_student.additional).toEqual(was.forms.student_student.additional);
    expect(formsRow(build, T).forms.student_student.general.state).toBe('invalid');
    expect(formsRow(build, T).forms.teacher_student.general).toMatchObject({ count: 8, total: 8, state: 'ok' });
  });

  test('pupils involved > pupils total for a share: an error, the year is marked invalid and left out', () => {
    const cells: string[] = [];
    const { build, added } = damagedSample((x) => {
      cells.push(typeInto(x.ss, T, 'ind:1:percent', 'D', ''));
      cells.push(typeInto(x.ss, T, 'ind:1:involved', 'D', 500));
      cells.push(typeInto(x.ss, T, 'ind:1:total', 'D', 400));
    });
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'involved_le_total',
        unit: T,
        tab: T,
        cell: cells[1],
        label: 'Показатель 1, 2021 г.: вовлечено обучающихся',
        value: '500',
        message:
          'Вовлечено 500 обучающихся, а всего 400: вовлечённых не может быть больше. Долю по этим числам посчитать нельзя — исправьте числа.',
      }),
    ]);
    expect(indicatorRow(build, '1', T)).toMatchObject({ prev: 24.6, cur: null, curState: 'invalid' });
    expect(indicatorRegion(build, '1').cur.unitsWithData).toBe(19);
  });

  test('counts of pupils are preferred to a percentage typed beside them, with a warning when the two disagree', () => {
    let cell = '';
    const { build, added } = damagedSample((x) => {
      typeInto(x.ss, T, 'ind:1:involved', 'D', 300);
      typeInto(x.ss, T, 'ind:1:total', 'D', 600);
      cell = typeInto(x.ss, T, 'ind:1:percent', 'D', 54.5);
    });
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'share_mismatch',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 1, 2021 г.: доля, %',
        value: '54,5',
        message: 'Введённая доля 54,5 % не совпадает с долей по числам (50 %).',
      }),
    ]);
    expect(indicatorRow(build, '1', T).cur).toBe(50);
  });

  test('pupils involved typed without pupils total (and no percentage): a warning on the empty cell instead of a silent drop', () => {
    const cells: string[] = [];
    const { added, build } = damagedSample((x) => {
      typeInto(x.ss, T, 'ind:2:percent', 'D', '');
      cells.push(typeInto(x.ss, T, 'ind:2:involved', 'D', 40));
      cells.push(cellOf(x.ss, T, 'ind:2:total', 'D'));
    });
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'share_incomplete',
        unit: T,
        tab: T,
        cell: cells[1],
        label: 'Показатель 2, 2021 г.: всего обучающихся',
        value: '',
        message:
          'Для доли нужны оба числа, а общее число обучающихся не указано. Доля не посчитана: впишите его (или долю в строке «доля, %»).',
      }),
    ]);
    expect(indicatorRow(build, '2', T)).toMatchObject({ prev: 1, cur: null });
  });

  test('a fall of more than half against the previous year is a warning', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:5:value', 'D', 80)));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'sharp_fall',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 5, 2021 г.',
        value: '80',
        message: 'Значение упало больше чем вдвое: 186 → 80. Проверьте, нет ли опечатки.',
      }),
    ]);
    expect(indicatorRow(build, '5', T)).toMatchObject({ cur: 80, trend: 'снижение' });
  });

  test('a count ten times above every other unit is a warning (median-based), and still counts', () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'ind:6:value', 'D', 400000)));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'outlier',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 6, 2021 г.',
        value: '400000',
        message: 'в десятки раз больше, чем у всех остальных',
      }),
    ]);
    expect(added[0].message).toMatch(
      /^Значение 400\s000 в десятки раз больше, чем у всех остальных \(медиана [\d\s,]+, следующее по величине 34\s600\)/,
    );
    expect(indicatorRegion(build, '6').cur.value).toBe(indicatorRegion(base, '6').cur.value! - 876 + 400000);
  });

  test('empty required fields in a partly filled tab: one warning per empty cell, naming it', () => {
    const cells: string[] = [];
    const { s, added, build } = damagedSample((x) => {
      cells.push(typeInto(x.ss, T, 'orgs', 'D', ''));
      cells.push(typeInto(x.ss, T, 'form:university_student', 'C', ''));
    });
    const msg = 'Обязательное поле не заполнено: впишите число';
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'required',
        unit: T,
        tab: T,
        cell: cells[0],
        label: 'Общее количество ДО',
        value: '',
        message: msg,
      }),
      finding({
        severity: 'warning',
        rule: 'required',
        unit: T,
        tab: T,
        cell: cells[1],
        label: 'ОО, реализующих форму «студент–ученик»',
        value: '',
        message: msg,
      }),
    ]);
    for (const f of added) expectListed(s.ss, f);
    expect(build.output!.summary.completeness.find((c) => c.unit === T)!.state).toBe('partial');
  });

  test('a tab with nothing typed at all gets no «required» warnings: it is reported as not filled', () => {
    const { added, build } = damagedSample((x) => {
      const sheet = x.ss.getSheetByName(T)!;
      const keys = sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .map((r) => String(r[0]));
      keys.forEach((k, i) => {
        if (k === 'orgs' || k.startsWith('form:') || /^ind:\d+:(value|involved|total|percent)$/.test(k))
          sheet.getRange(i + 1, 3, 1, 2).setValues([['', '']]);
      });
    });
    expect(added.filter((f) => f.unit === T)).toEqual([]);
    expect(build.output!.summary.completeness.find((c) => c.unit === T)!.state).toBe('empty');
    // The build's message names the empty tab instead of a bare count of findings.
    expect(build.message).toMatch(
      new RegExp(`^Сводка построена: 20 муниципалитетов, ошибок \\d+, предупреждений \\d+; не заполнены: ${T}\\.$`),
    );
    expect(build.output!.summary.unitCount).toBe(20);
  });
});

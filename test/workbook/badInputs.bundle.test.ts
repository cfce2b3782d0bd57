// The bad-input corpus' headline cases: the impossible value in the published sample, and many damages at once that still leave a complete build.
import type { Finding } from '../../src/domain/model';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { checkAndBuild, expectListed, finding, formsRow, sampleSession, typeInto } from '../helpers/badInputs';

const SEVERSK = 'ЗАТО Северск';

describe('the bundled sample (published figures of Tomsk region, 2020–2021)', () => {
  const s = sampleSession();
  const { check, build } = checkAndBuild(s);
  const impossible = finding({
    severity: 'error',
    rule: 'form_le_total',
    unit: SEVERSK,
    tab: SEVERSK,
    cell: 'D15',
    label: 'ДО, реализующих форму «работодатель–ученик»',
    value: '4',
    message:
      'Форму «работодатель–ученик» реализуют 4, а всего организаций дополнительного образования (ДО) 1: реализующих не может быть больше, чем всего. Значение не учтено в сводке — исправьте одно из чисел.',
  });

  test('the check reports the impossible published value: 4 of 1 ДО organisation running «работодатель–ученик» in ЗАТО Северск', () => {
    expect(check.ok).toBe(true);
    expect(check.errors).toBe(1);
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([impossible]);
    expect(check.message).toBe('Проверка: ошибок 1, предупреждений 31. Подробности — на вкладке «Проверка».');
    expect(s.ss.getSheetByName(SEVERSK)!.getRange('B15').getValue()).toMatch(/^«работодатель–ученик»/);
    expect(s.ss.getSheetByName(SEVERSK)!.getRange('D15').getValue()).toBe(4);
    expectListed(s.ss, check.findings.find((f) => f.severity === 'error')!);
  });

  test("the build completes; the value is left out of the form's ДО total, marked in the table and listed in the note's appendix", () => {
    expect(build.ok).toBe(true);
    expect(build.message).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
    const forms = build.output!.summary.forms;
    expect(forms.forms.employer_student.additional).toMatchObject({ count: 6, total: 61, leftOut: [SEVERSK] });
    // Северск's other values still count: its ДО total and the ДО column of the other forms.
    expect(forms.totals.additional).toBe(62);
    expect(formsRow(build, SEVERSK).forms.student_student.additional).toMatchObject({
      count: 1,
      total: 1,
      state: 'ok',
    });
    expect(forms.forms.student_student.additional.leftOut).toEqual([]);
    const table = s.ss.getSheetByName(SUMMARY_TABS.forms)!.getDataRange().getValues();
    expect(table.filter((r) => r.includes(SEVERSK)).some((r) => r.includes('не учтено'))).toBe(true);
    // The note describes the excluded value in the document's language: no cell, no tab, no instructions to the user.
    const appendix = build.output!.note.sections.find((x) => x.heading === 'Приложение 2. Сведения, не учтённые при подведении итогов')!;
    expect(appendix.paragraphs).toEqual([
      `${SEVERSK} — число организаций дополнительного образования, реализующих форму «работодатель–ученик»: указано «4» (число организаций, реализующих форму, превышает общее число организаций); значение не учтено.`,
    ]);
  });
});

test("many coordinators' slips at once: every one is reported with its cell, and the build still summarises all 20 units", () => {
  const s = sampleSession();
  const typed: Array<[string, string, 'C' | 'D', unknown, Partial<Finding>]> = [
    ['Александровский район', 'ind:5:value', 'D', '+', { rule: 'mark_instead_of_number', severity: 'warning' }],
    ['Асиновский район', 'ind:1:percent', 'D', 'Во все 4 формы вовлечены 12,5%', { rule: 'number_in_text', severity: 'warning' }],
    ['Верхнекетский район', 'orgs', 'C', 'восемь', { rule: 'not_a_number', severity: 'error' }],
    ['Зырянский район', 'ind:6:value', 'C', new Date(2021, 4, 1), { rule: 'not_a_number', severity: 'error', value: '01.05.2021' }],
    ['Каргасокский район', 'ind:3:value', 'D', 1e15, { rule: 'too_large', severity: 'error' }],
    ['Кожевниковский район', 'form:student_student', 'C', -3, { rule: 'negative', severity: 'error' }],
    ['Колпашевский район', 'ind:7:value', 'D', '#DIV/0!', { rule: 'not_a_number', severity: 'error' }],
    ['Молчановский район', 'ind:8:value', 'D', true, { rule: 'not_a_number', severity: 'error', value: 'ИСТИНА' }],
    ['Парабельский район', 'form:teacher_student', 'C', 99, { rule: 'form_le_total', severity: 'error' }],
  ];
  const cells = typed.map(([tab, key, col, value]) => typeInto(s.ss, tab, key, col, value));
  const { check, build } = checkAndBuild(s);
  typed.forEach(([unit, , , , expected], i) => {
    const f = check.findings.find((x) => x.unit === unit && x.cell === cells[i]);
    expect(f).toMatchObject({ unit, tab: unit, cell: cells[i], ...expected });
    expectListed(s.ss, f!);
  });
  expect(check.errors).toBe(1 + typed.filter((t) => t[4].severity === 'error').length);
  expect(build.ok).toBe(true);
  expect(build.output!.summary.unitCount).toBe(20);
  expect(build.output!.summary.forms.forms.teacher_student.general.leftOut).toEqual(['Верхнекетский район', 'Парабельский район']);
  for (const tab of Object.values(SUMMARY_TABS)) expect(s.ss.getSheetByName(tab)).not.toBeNull();
});

// literalText() keeps «ИСТИНА»/«TRUE»/«ЛОЖЬ»/«FALSE» as typed, so «Проверка» does not turn the text into a boolean.
test('the value «ИСТИНА» as typed is listed on «Проверка» as text, not turned into a boolean', () => {
  const s = sampleSession();
  const cell = typeInto(s.ss, 'Молчановский район', 'ind:8:value', 'D', 'ИСТИНА');
  const { check } = checkAndBuild(s);
  expectListed(s.ss, check.findings.find((f) => f.cell === cell && f.unit === 'Молчановский район')!);
});

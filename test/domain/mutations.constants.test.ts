// The domain's thresholds and constants that no other test held on both sides of their boundary, each with the exact
// result a user sees; scripts/named-mutations.mjs moves each across its boundary and these tests must fail.
import { splitForCells } from '../../src/domain/cellLimit';
import type { Settings } from '../../src/domain/model';
import type { SchoolEntry } from '../../src/domain/summaryModel';
import { hasPassed } from '../../src/domain/noteDates';
import { experienceParagraph } from '../../src/domain/noteSchools';
import { lowerFirst } from '../../src/domain/noteText';
import { rollUp } from '../../src/domain/rollUp';
import { countWith, formatGrowthFactor, formatPoints } from '../../src/domain/russian';
import { settingsNumberProblem, targetDateWarning } from '../../src/domain/settingsCheck';
import { letterFileName, unitLetters } from '../../src/domain/unitLetter';
import { analyze } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookGrids } from '../helpers/grids';
import { CITY_B, CITY_B_REPORTS } from '../helpers/levels';
import { noteText, rowOf, tiny, tinySettings } from '../helpers/tiny';

const analyseWith = (s: Settings, reports: Record<string, ReportValues>) => {
  const g = workbookGrids(s, reports);
  return analyze(g.settingsValues, g.tabs);
};

test('a sharp fall is judged from any positive previous value: 1 → 0 is one, 0 → 0 is not', () => {
  const a = tiny({
    'Спад район': { indicators: { 5: { prev: 1, cur: 0 } } },
    'Ноль район': { indicators: { 5: { prev: 0, cur: 0 } } },
  });
  const falls = a.findings.filter((f) => f.rule === 'sharp_fall');
  expect(falls.map((f) => [f.unit, f.message])).toEqual([
    ['Спад район', 'Значение упало больше чем вдвое: 1 → 0. Проверьте, нет ли опечатки.'],
  ]);
});

test('a count in «Настройки» below zero is refused, even −0,5; zero is kept', () => {
  expect(settingsNumberProblem(-0.5, 'count', 'Минимум')).toBe(
    'Минимум -0,5 — количество не может быть отрицательным. В справку не попадает: исправьте ячейку.',
  );
  expect(settingsNumberProblem(0, 'count', 'Минимум')).toBeNull();
});

test('a target dated in the reporting year serves; one dated the year before is warned of', () => {
  expect(targetDateWarning('01.01.2021', 2021)).toBeNull();
  expect(targetDateWarning('31.12.2020', 2021)).toBe(
    'Срок цели раньше отчётного 2021 года: цель, вероятно, осталась от прошлых лет. Укажите актуальные цель и срок.',
  );
});

test('a period named by its year alone lasts to 31 December: not past on 15 December, past on 31 December', () => {
  const on = (date: string) => ({ reportYear: 2021, document: { ...tinySettings([]).document, date } });
  expect(hasPassed(on('15.12.2022'), 'осенний период 2022 г.')).toBe(false);
  expect(hasPassed(on('31.12.2022'), 'осенний период 2022 г.')).toBe(true);
});

describe('«Яркие примеры» of the schools fill the municipality’s cell up to 50 000 characters exactly', () => {
  // «Лицей № 1: » (11) + first + «; » (2) + «Гимназия № 2: » (14) + second.
  const withExamples = (second: number) => ({
    'Лицей № 1': {
      ...CITY_B_REPORTS['Лицей № 1'],
      forms: { teacher_student: { general: 1, additional: '-', examples: 'а'.repeat(25_000) } },
    },
    'Гимназия № 2': {
      ...CITY_B_REPORTS['Гимназия № 2'],
      forms: { teacher_student: { general: 1, additional: '-', examples: 'б'.repeat(second) } },
    },
  });
  const rolled = (second: number) => {
    const a = analyseWith(CITY_B, withExamples(second));
    return rollUp(a.settings, a.units, a.summary.completeness);
  };

  test('50 000 characters in all: both kept', () => {
    const r = rolled(24_973);
    expect(String(r.values.forms!.teacher_student.examples).length).toBe(50_000);
    expect(r.examplesLeftOut).toEqual([]);
  });

  test('50 001: the second school left out whole and named', () => {
    const r = rolled(24_974);
    expect(r.values.forms!.teacher_student.examples).toBe(`Лицей № 1: ${'а'.repeat(25_000)}`);
    expect(r.examplesLeftOut).toEqual([{ form: 'teacher_student', unit: 'Гимназия № 2' }]);
  });
});

test('a long text is cut after a clause only in the second half of the cell, else at the last space', () => {
  // The comma at 6 of a 20-character cell is in the first half: the cut falls at the last space instead.
  expect(splitForCells('Восемь, два три четыре пять шесть', 20)).toEqual(['Восемь, два три', 'четыре пять шесть']);
  // At 11 it is in the second half: the cut follows the clause.
  expect(splitForCells('Одиннадцать, два три четыре пять', 20)).toEqual(['Одиннадцать,', 'два три четыре пять']);
});

test('a letter’s file name keeps 100 characters of the unit’s name, and cuts the 101st', () => {
  expect(letterFileName('а'.repeat(100))).toBe(`Письмо — ${'а'.repeat(100)}.docx`);
  expect(letterFileName(`${'а'.repeat(100)}б`)).toBe(`Письмо — ${'а'.repeat(100)}.docx`);
});

test('two units whose letters would share a file name: the second gets « (2)», as a file manager names a copy', () => {
  const twins = tiny({ 'Школа: 5': {}, 'школа 5': {} });
  expect(unitLetters(twins.settings, twins.summary).letters.map((l) => l.fileName)).toEqual([
    'Письмо — Школа 5.docx',
    'Письмо — школа 5 (2).docx',
  ]);
});

test('a count’s noun agrees with the number as printed to 2 decimals: «1,04 муниципалитета», «1 муниципалитет»', () => {
  const forms = ['муниципалитет', 'муниципалитета', 'муниципалитетов'] as const;
  expect(countWith(1.04, [...forms])).toBe('1,04 муниципалитета');
  expect(countWith(1.004, [...forms])).toBe('1 муниципалитет');
});

test('a unit’s change is rounded to 2 decimals: 24,6 % → 54,55 % is +29,95', () => {
  const a = tiny({ 'А район': { indicators: { 1: { prev: 24.6, cur: 54.55 } } } });
  expect(rowOf(a, '1', 'А район').change).toBe(29.95);
});

describe('«Пункт 1» ranks the forms from two forms on; one form is not ranked', () => {
  const twoForms = (names: string[]): Settings => {
    const s = tinySettings(names);
    return {
      ...s,
      forms: [...s.forms, { key: 'student_student', name: 'ученик–ученик', directions: '', targetPercent: 75, targetDate: '01.01.2023' }],
    };
  };
  const report = { orgs: { general: 4, additional: '-' }, forms: { teacher_student: { general: 3 }, student_student: { general: 1 } } };

  test('two forms: the first named, the other after it («следует»: one form follows)', () => {
    const text = noteText(analyseWith(twoForms(['А район']), { 'А район': report }));
    expect(text).toContain(
      'Наибольшая доля общеобразовательных организаций реализует форму «учитель–ученик» (75 %), далее следует «ученик–ученик» (25 %).',
    );
  });

  test('one form: no ranking', () => {
    expect(noteText(tiny({ 'А район': report }))).not.toContain('Наибольшая доля общеобразовательных организаций');
  });
});

test('a change of a share in percentage points has one decimal: 11,25 → «11,3 п. п.», 11,24 → «11,2 п. п.»', () => {
  expect(formatPoints(11.25)).toBe('11,3\u00a0п.\u00a0п.');
  expect(formatPoints(11.24)).toBe('11,2\u00a0п.\u00a0п.');
});

test('growth under twice is said «на N %» with one decimal: 100 → 184,56 is «на 84,6 %»', () => {
  expect(formatGrowthFactor(100, 184.56)).toBe('на 84,6\u00a0%');
  expect(formatGrowthFactor(100, 199.99)).toBe('на 100\u00a0%');
});

test('a unit’s change in percent is rounded to 2 decimals: 3 → 7 enterprises is +133,33 %', () => {
  const a = tiny({ 'А район': { indicators: { 3: { prev: 3, cur: 7 } } } });
  expect(rowOf(a, '3', 'А район').changePercent).toBe(133.33);
});

test('a quoted comment ends an abbreviation of up to three letters inside the quote («12 чел.»), a longer word outside («есть»)', () => {
  const a = tiny({
    'А район': {
      indicators: { '3': { prev: 1, cur: 2, comment: 'Данные есть.' }, '7': { prev: 5, cur: 6, comment: 'Учтено 12 чел.' } },
    },
  });
  const appendix = a.note.sections.at(-1)!.paragraphs.map((p) => p.replace(/\u00a0/g, ' '));
  expect(appendix).toEqual([
    'А район:',
    'показатель № 3 «Количество предприятий»: «Данные есть»;',
    'показатель № 7 «Динамика числа представителей предприятий»: «Учтено 12 чел.».',
  ]);
});

test('a word of two capitals is an abbreviation and keeps its case in mid-sentence: «ОО», while «Муниципалитеты» is lowered', () => {
  expect(lowerFirst('ОО')).toBe('ОО');
  expect(lowerFirst('Муниципалитеты')).toBe('муниципалитеты');
  expect(lowerFirst('Оо')).toBe('оо');
});

describe('the schools to learn from run the most forms, at least two of them', () => {
  const form = (key: string, name: string) => ({ key, name, directions: '', targetPercent: null, targetDate: '' });
  const s: Settings = {
    ...tinySettings([]),
    forms: [
      form('teacher_student', 'учитель–ученик'),
      form('student_student', 'ученик–ученик'),
      form('employer_student', 'работодатель–ученик'),
    ],
  };
  const school = (unit: string, runs: boolean[]): SchoolEntry => ({
    unit,
    org: 'general',
    report: {
      forms: Object.fromEntries(s.forms.map((f, i) => [f.key, { runs: runs[i], mentors: null, mentees: null, pairs: null }])),
      documents: {},
      directions: '',
    },
  });
  const said = (schools: SchoolEntry[]) => experienceParagraph(s, schools);

  test('two forms at most: the school is named', () => {
    expect(said([school('Школа № 1', [true, true, false]), school('Школа № 2', [true, false, false])])).toEqual([
      {
        kind: 'paragraph',
        text: 'Наибольшее число форм наставничества (2 из 3) реализует: Школа № 1. Рекомендуется изучить и распространить опыт этой организации.',
      },
    ]);
  });

  test('one form at most: no school is named', () => {
    expect(said([school('Школа № 1', [true, false, false]), school('Школа № 2', [false, false, false])])).toEqual([]);
  });
});

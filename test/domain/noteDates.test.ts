// Dates are checked everywhere, not only in «Пункт 1»: a target date, a deadline for a minimum or an event already past on
// the note's day is not recommended, and the settings check names its cell.
import type { CellValue } from '../../src/domain/model';
import { hasPassed, noteDayText } from '../../src/domain/noteDates';
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
/** Row (1-based) of «Настройки» whose column B holds `text`: a form's key, an indicator's №, a resource's name. */
const rowOf = (values: CellValue[][], text: string) => values.findIndex((r) => r[1] === text) + 1;

function region(dir: string, date?: string) {
  const { settings, reports } = importCsvFolder(dir);
  if (date !== undefined) settings.document.date = date;
  const g = workbookGrids(settings, reports);
  const a = analyze(g.settingsValues, g.tabs);
  const text = plain(a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n'));
  return { values: g.settingsValues, a, text, settingsFindings: a.findings.filter((f) => f.rule === 'settings') };
}

describe('data/north-2024: the note dated 15.02.2025, «учитель–ученик» targeted for 01.01.2025', () => {
  const { values, text, settingsFindings } = region('data/north-2024');
  test('the general recommendation keeps the target without its past date; the others keep theirs', () => {
    expect(text).toContain(
      '80 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию формы наставничества «учитель–ученик»;',
    );
    expect(text).toContain(
      '75 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию формы наставничества «ученик–ученик» к 1 сентября 2025 г.;',
    );
    expect(text).not.toContain('к 1 января 2025 г.');
  });
  test('the settings warning names the target date cell', () => {
    expect(settingsFindings.map((f) => [f.severity, f.cell, f.label, f.value, f.message])).toEqual([
      [
        'warning',
        `F${rowOf(values, 'teacher_student')}`,
        'Срок цели',
        '01.01.2025',
        'Срок цели «01.01.2025» прошёл к дате справки (15 февраля 2025 г.): в рекомендациях справка его не называет. Укажите новый срок цели.',
      ],
    ]);
  });
});

describe('the Tomsk sample dated 10.03.2023: targets and minimums due 01.01.2023, a contest in autumn 2022', () => {
  const { values, text, settingsFindings } = region('data/tomsk-2021', '10.03.2023');
  test('the note recommends no past date and no past event', () => {
    expect(text).toContain(
      'ОГБУ «Региональный центр развития образования» (региональный наставнический центр в системе общего образования) рекомендует руководителям органов местного самоуправления, осуществляющих управление в сфере образования Томской области, стремиться обеспечить:',
    );
    expect(text).toContain(
      '4. Обеспечить привлечение не менее 2 предприятий (организаций) к реализации программ наставничества (показатель «число предприятий (организаций), предоставивших наставников»), изучив опыт',
    );
    expect(text).not.toMatch(/Педагогический опыт XXI века|осенний период 2022|лучших практик на следующих мероприятиях/);
    // Only «Пункт 1» speaks of 1 January 2023: it judges the 2021 data against the target on its date.
    const recommendations = text.slice(text.indexOf('\nРекомендации\n'));
    expect(recommendations).not.toMatch(/1 января 2023|2022 г\./);
  });
  test('each past date is a warning on its cell', () => {
    const passed = (what: string, date: string, then: string) => `${what} «${date}» прошёл к дате справки (10 марта 2023 г.): ${then}`;
    const target = passed('Срок цели', '01.01.2023', 'в рекомендациях справка его не называет. Укажите новый срок цели.');
    const minimum = passed('Срок достижения минимума', '01.01.2023', 'справка рекомендует достичь минимума без срока. Укажите новый срок.');
    const contest = 'V открытый конкурс педагогического мастерства «Педагогический опыт XXI века. Идеи. Инновации»';
    expect(settingsFindings.map((f) => [f.cell, f.label, f.message])).toEqual([
      ...['student_student', 'teacher_student', 'university_student', 'employer_student'].map((k) => [
        `F${rowOf(values, k)}`,
        'Срок цели',
        target,
      ]),
      ...['3', '7', '8'].map((id) => [`O${rowOf(values, id)}`, 'Срок достижения минимума', minimum]),
      [
        `D${rowOf(values, contest)}`,
        'Когда (для мероприятий)',
        passed(
          'Срок',
          'осенний период 2022 г.',
          `мероприятие «${contest}» в справку не попадает. Укажите срок следующего мероприятия или удалите строку.`,
        ),
      ],
    ]);
  });
});

test('the Tomsk sample as published (no date: the note follows 2021) keeps its dates and its contest, with no date warning', () => {
  const { text, settingsFindings } = region('data/tomsk-2021');
  expect(text).toContain('стремиться к 1 января 2023 г. обеспечить:');
  expect(text).toContain(
    'V открытый конкурс педагогического мастерства «Педагогический опыт XXI века. Идеи. Инновации» — осенний период 2022 г.',
  );
  expect(settingsFindings).toEqual([]);
});

describe('hasPassed: a date, a month, a season, words alone', () => {
  const report2024 = (date = '') => ({ reportYear: 2024, document: { date } as never });
  test.each([
    ['01.01.2025', '', true],
    ['02.01.2025', '', false],
    ['октябрь 2025 г.', '31.10.2025', true],
    ['октябрь 2025 г.', '30.10.2025', false],
    ['в мае 2025 года', '01.06.2025', true],
    ['осенний период 2024 г.', '', true],
    ['осенний период 2025 г.', '15.02.2025', false],
    ['ежегодно, осенью', '15.02.2030', false],
    ['', '', false],
  ])('«%s», note dated «%s» → %s', (when, date, past) => {
    expect(hasPassed(report2024(date), when)).toBe(past);
  });
  test('the day a warning measures from', () => {
    expect(noteDayText(report2024('15.02.2025'))).toBe('к дате справки (15 февраля 2025 г.)');
    expect(noteDayText(report2024())).toBe('к подведению итогов 2024 г.');
    // A date before the year's end is not the note's day: a note cannot report a year before it ends.
    expect(noteDayText(report2024('15.02.2024'))).toBe('к подведению итогов 2024 г.');
  });
});

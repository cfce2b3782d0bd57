// The municipal note speaks of its schools from their own reports: who runs each form and with how many people, which
// documents each lacks, whose experience to study, and what each school is to do, by the date of «Настройки» only.
import type { Settings } from '../../src/domain/model';
import { writeNote } from '../../src/domain/note';
import { summarize } from '../../src/domain/summary';
import { unitLetters } from '../../src/domain/unitLetter';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { CITY_A, CITY_A_REPORTS, CITY_V, CITY_V_REPORTS, SCHOOL_REPORTS_V, schoolReport, withSchoolReports } from '../helpers/levels';
import { noteText } from '../helpers/tiny';

const analysed = (s: Settings, reports = CITY_V_REPORTS) => {
  const g = workbookGrids(s, reports);
  return analyze(g.settingsValues, g.tabs);
};
const cityV = (s: Settings = CITY_V, reports = SCHOOL_REPORTS_V): Analysis => withSchoolReports(analysed(s), reports, s.schoolDocuments);

test('each form: how many schools and ДО run it, the few that do not, and the mentors, mentees and pairs they gave', () => {
  const text = noteText(cityV());
  expect(text).toContain(
    'Форму «ученик–ученик» реализуют 4 из 5 общеобразовательных организаций (80 %) и 1 из 1 организации дополнительного образования (100 %). ' +
      'Не реализует форму: МБОУ СОШ № 3. Целевое значение 75 % на 1 января 2023 г. уже достигнуто. ' +
      'В реализации формы участвуют 48 наставников и 108 наставляемых, сформировано 46 наставнических пар (групп).',
  );
  // МБОУ «Гимназия № 4» runs the form but gave no figures: the totals say whose they are.
  expect(text).toContain(
    'По данным 4 из 5 организаций, реализующих форму, в ней участвуют 18 наставников и 63 наставляемых, сформировано 15 наставнических пар (групп).',
  );
  // More schools without the form than with it: those that run it are named; one that did not answer is named as such.
  expect(text).toContain(
    'Форму «работодатель–ученик» реализуют 2 из 4 общеобразовательных организаций (50 %) и 0 из 1 организации дополнительного образования (0 %). ' +
      'Реализуют форму: МБОУ СОШ № 1 и МБОУ «Гимназия № 4». В реализации формы участвуют 3 наставника и 13 наставляемых, ' +
      'сформированы 3 наставнические пары (группы). Сведения о реализации формы не представили: МБОУ СОШ № 5.',
  );
  // The ДО is one of the municipality's organisations, not «другие участники».
  expect(text).not.toContain('Другие участники');
  expect(text).not.toContain('у других участников Мониторинга');
});

test('numerals agree: 1 наставник, 21 наставляемый, 1 пара is «сформирована»', () => {
  const one = { 'МБОУ СОШ № 1': schoolReport({ student_student: [true, 1, 21, 1] }, {}) };
  expect(noteText(cityV(CITY_V, one))).toContain(
    'В реализации формы участвуют 1 наставник и 21 наставляемый, сформирована 1 наставническая пара (группа).',
  );
});

test('documents: how many schools have them all, which lack which, and who did not say (not counted as lacking)', () => {
  const note = cityV().note;
  const point = note.sections.find((x) => x.heading.startsWith('Пункт 1'))!.paragraphs.map((p) => p.replace(/\u00a0/g, ' '));
  expect(point).toEqual(
    expect.arrayContaining([
      'Все 3 документа программы наставничества имеют 3 из 5 организаций, представивших сведения о документах.',
      'Отсутствуют документы программы наставничества:',
      '«Положение о наставничестве» — МБОУ СОШ № 2 и МБОУ СОШ № 3;',
      '«Дорожная карта» — МБОУ СОШ № 3.',
      'Сведения о наличии отдельных документов не указали: МБОУ СОШ № 3.',
      'Сведения о документах программы наставничества не представили: МБОУ СОШ № 5 и МБОУ СОШ № 6.',
    ]),
  );
  // «База наставников» not answered by МБОУ СОШ № 3 is not said to be missing.
  expect(noteText(cityV())).not.toContain('«База наставников» —');
});

test('whose experience to study: the schools running the most forms, most pairs first', () => {
  expect(noteText(cityV())).toContain(
    'Наибольшее число форм наставничества (3 из 3) реализуют: МБОУ СОШ № 1 — 19 наставнических пар (групп); ' +
      'МБОУ «Гимназия № 4» — 19 наставнических пар (групп). Рекомендуется изучить и распространить опыт этих организаций.',
  );
});

test('recommendations addressed to schools, dated by «Срок исполнения рекомендаций»; a past date is left out, never replaced', () => {
  const a = cityV();
  const text = noteText(a);
  expect(text).toContain(
    '4. Разработать и утвердить к 1 января 2023 г. документ «Положение о наставничестве» — школам: МБОУ СОШ № 2 и МБОУ СОШ № 3.',
  );
  expect(text).toContain('6. Закрепить к 1 января 2023 г. наставнические пары (группы) по форме «учитель–ученик» — школе: МБОУ СОШ № 2.');
  expect(text).toContain(
    'МБОУ СОШ № 3: активизировать реализацию формы наставничества «ученик–ученик»; разработать и утвердить к 1 января 2023 г. документы «Положение о наставничестве» и «Дорожная карта»',
  );
  const school2 = a.recommendations.find((r) => r.unit === 'МБОУ СОШ № 2')!;
  expect(school2.below).toEqual([
    '«Положение о наставничестве»: документ отсутствует',
    '«учитель–ученик»: форма реализуется, пары (группы) не закреплены',
  ]);
  const past = noteText(cityV({ ...CITY_V, deadline: '01.09.2021' }));
  expect(past).toContain('4. Разработать и утвердить документ «Положение о наставничестве» — школам: МБОУ СОШ № 2 и МБОУ СОШ № 3.');
  expect(past).not.toContain('к 1 сентября 2021');
});

test('without the schools’ own reports the note is as it was; at the region level they are not read', () => {
  const a = cityV();
  const bare = a.units.map((u) => ({ ...u, school: undefined }));
  const sum = summarize(a.settings, bare, a.findings);
  expect(sum.schools).toBeUndefined();
  const text = writeNote(a.settings, sum)
    .sections.flatMap((x) => x.paragraphs)
    .join('\n')
    .replace(/\u00a0/g, ' ');
  expect(text).toContain('Форму «ученик–ученик» реализуют 4 из 5 общеобразовательных организаций (80 %) и 1 из 1 организации');
  expect(text).not.toContain('наставников');
  expect(text).not.toContain('документ');
  const region = { ...a.settings, level: 'region' as const };
  const atRegion = summarize(region, a.units, a.findings);
  expect(atRegion.schools).toBeUndefined();
  expect(writeNote(region, atRegion)).toEqual(writeNote(region, summarize(region, bare, a.findings)));
});

test('«следующей школе»: «следующий» agrees with a feminine unit noun', () => {
  const a = analyze(workbookGrids(CITY_A, CITY_A_REPORTS).settingsValues, workbookGrids(CITY_A, CITY_A_REPORTS).tabs);
  const below = noteText(a)
    .split('\n')
    .find((p) => p.startsWith('Рекомендуется усилить работу по данному направлению'));
  expect(below).toMatch(
    /^Рекомендуется усилить работу по данному направлению следующей школе, показавшей значение ниже муниципального планового показателя 2021 г\./,
  );
});

test('documents held by every school, or by none, are said so', () => {
  const docs = { 'Положение о наставничестве': true, 'Дорожная карта': true, 'База наставников': true };
  const all = { 'МБОУ СОШ № 1': schoolReport({}, docs), 'МБОУ СОШ № 2': schoolReport({}, docs) };
  expect(noteText(cityV(CITY_V, all))).toContain(
    'Все 3 документа программы наставничества имеют все организации, представившие сведения о документах (2).',
  );
  const none = { 'МБОУ СОШ № 1': schoolReport({}, { ...docs, 'Дорожная карта': false }) };
  expect(noteText(cityV(CITY_V, none))).toContain(
    'Ни одна из 1 организации, представившей сведения о документах, не имеет всех 3 документов программы наставничества.',
  );
});

test('a school’s letter compares it with the municipality and carries its own recommendations', () => {
  const a = cityV();
  const letter = unitLetters(a.settings, a.summary).letters.find((l) => l.unit === 'МБОУ СОШ № 2')!;
  const text = letter.note.sections
    .flatMap((x) => x.paragraphs)
    .join('\n')
    .replace(/\u00a0/g, ' ');
  expect(text).toContain('значения показателей в сравнении со значениями по муниципалитету, плановыми');
  expect(text).toContain('разработать и утвердить к 1 января 2023 г. документ «Положение о наставничестве»');
  expect(letter.tables[0].header[0].map((c) => c.text.replace(/\u00a0/g, ' '))).toContain('По муниципалитету, 2021 г.');
});

test('a figure no school gave is left out, never said to be 0', () => {
  const pairsOnly = { 'МБОУ СОШ № 1': schoolReport({ student_student: [true, null, null, 3] }, {}) };
  expect(noteText(cityV(CITY_V, pairsOnly))).toContain('В реализации формы сформированы 3 наставнические пары (группы).');
  const peopleOnly = { 'МБОУ СОШ № 1': schoolReport({ student_student: [true, 2, null, null] }, {}) };
  expect(noteText(cityV(CITY_V, peopleOnly))).toContain('В реализации формы участвуют 2 наставника.');
});

test('the verb agrees with one count: «реализует 1 из 4», «реализуют» for two counts joined by «и»', () => {
  const only = (runs: boolean | null) =>
    schoolReport({ student_student: [runs, 1, 2, 1], teacher_student: [true, 1, 1, 1], employer_student: [false] }, {});
  const reports = {
    'МБОУ СОШ № 1': only(true),
    'МБОУ СОШ № 2': only(false),
    'МБОУ СОШ № 3': only(false),
    'МБОУ «Гимназия № 4»': only(false),
    'МАУДО «ДДТ»': only(null),
  };
  const text = noteText(cityV(CITY_V, reports));
  expect(text).toContain('Форму «ученик–ученик» реализует 1 из 4 общеобразовательных организаций (25 %).');
  expect(text).toContain('Форму «учитель–ученик» реализуют 4 из 4 общеобразовательных организаций (100 %) и 1 из 1 организации');
});

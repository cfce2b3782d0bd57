// The letter to each unit: its figures against the region, plan and minimum, its place, what needs attention, its best
// practices, its recommendations and whose experience to study, its open clarifications — the exact sentences for a unit below
// plan, a leader, no report, a unit asked to clarify.
import { accepted, EMPTY_RECORD, openRequests, withRequest } from '../../src/domain/campaignMarks';
import { letterFileName, unitLetters } from '../../src/domain/unitLetter';
import { placeOf } from '../../src/domain/unitLetterTable';
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { indicatorOf, tiny, tinySettings } from '../helpers/tiny';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const a = tiny({
  'Б район': {
    orgs: { general: 4, additional: 2 },
    forms: { teacher_student: { general: 4, additional: 2, examples: 'Клуб наставников «Вместе»' } },
    indicators: {
      1: { involvedPrev: 40, totalPrev: 100, involvedCur: 90, totalCur: 100 },
      3: { prev: 3, cur: 8 },
      5: { prev: 100, cur: 150 },
      7: { prev: 4, cur: 9 },
    },
  },
  'В район': {
    orgs: { general: 4, additional: 2 },
    forms: { teacher_student: { general: 1, additional: 2 } },
    indicators: {
      1: { involvedPrev: 30, totalPrev: 100, involvedCur: 16, totalCur: 100 },
      3: { prev: 1, cur: 1 },
      5: { prev: 100, cur: 86 },
      7: { prev: 2, cur: 2 },
    },
  },
  'Г район': {
    orgs: { general: 4, additional: 2 },
    forms: { teacher_student: { general: 3, additional: 2 } },
    indicators: {
      1: { involvedPrev: 30, totalPrev: 100, involvedCur: 25, totalCur: 100 },
      3: { prev: 2, cur: 3 },
      5: { prev: 100, cur: 120 },
      7: { prev: 3, cur: 5 },
    },
  },
  'Д район': {},
});
const letters = unitLetters(a.settings, a.summary).letters;
const letterOf = (unit: string) => letters.find((l) => l.unit === unit)!;
/** Each section as its heading and its paragraphs (a list item is a paragraph), no-break spaces read as spaces. */
const sections = (unit: string) =>
  letterOf(unit).note.sections.map((s) => ({ heading: plain(s.heading), paragraphs: s.paragraphs.map(plain) }));
const section = (unit: string, heading: string) => sections(unit).find((s) => s.heading === heading)?.paragraphs;
const tableRows = (unit: string) => letterOf(unit).tables[0].body.map((r) => r.map((c) => plain(c.text)));

test('one letter per unit, in the order of «Настройки», each named after its unit', () => {
  expect(letters.map((l) => l.fileName)).toEqual([
    'Письмо — Б район.docx',
    'Письмо — В район.docx',
    'Письмо — Г район.docx',
    'Письмо — Д район.docx',
  ]);
});

test('the frame of the note: sender and signature from «Настройки», the unit as addressee, date and number left blank', () => {
  const l = letterOf('В район');
  expect(l.note.frame).toEqual({
    sender: a.settings.document.sender,
    addressees: ['В район'],
    date: '',
    number: '',
    title: 'Об итогах мониторинга реализации программ наставничества',
    documentKind: 'Итоги мониторинга за 2021\u00a0г.',
    font: 'Times New Roman',
  });
  const d = a.settings.document;
  expect(l.note.signature).toEqual({ position: d.signerPosition, name: d.signerName, executor: d.executor, executorPhone: '' });
  expect(d.signerPosition).not.toBe('');
});

test('a unit below plan: its figures against the region, plan and minimum, its place, what needs attention, the leaders to study', () => {
  expect(plain(sections('В район')[0].paragraphs[0])).toBe(
    'По итогам мониторинга реализации программ наставничества за 2021 г. (далее — Мониторинг) направляем результаты Вашего отчёта: значения показателей в сравнении со значениями по региону, плановыми и минимальными значениями, место среди муниципалитетов по каждому показателю (таблица 1), а также адресные рекомендации.',
  );
  // The region's share is weighted over the pupils: (90 + 16 + 25) / 300 = 43,67 %.
  expect(tableRows('В район')).toEqual([
    ['1.', 'Доля вовлечённых обучающихся, %', '30 %', '16 %', 'Факт: 43,67 %', '20 %', '—', '3-е место из 3'],
    // A count's plan is the region's total, and the letter says so; the unit itself is held to the minimum.
    ['3.', 'Количество предприятий, единиц', '1', '1', 'Всего: 12', '5 (по региону)', '2', '3-е место из 3'],
    ['5.', 'Динамика числа обучающихся в проектах, человек', '100', '86', 'Всего: 356', '—', '—', '3-е место из 3'],
    ['7.', 'Динамика числа представителей предприятий, человек', '2', '2', 'Всего: 16', '—', '5', '3-е место из 3'],
  ]);
  expect(letterOf('В район').tables[0].body[0][3].mark).toBe('below');
  expect(section('В район', 'Показатели, требующие внимания')).toEqual([
    'По итогам Мониторинга требуют внимания:',
    '«Доля вовлечённых обучающихся»: 16 % при плане 20 %;',
    '«Количество предприятий»: 1 при минимуме 2;',
    '«Динамика числа обучающихся в проектах»: с 100 до 86 обучающихся, или на 14 %;',
    '«Динамика числа представителей предприятий»: 2 при минимуме 5;',
    '«учитель–ученик», ОО: 25 % при целевом значении 75 %.',
  ]);
  expect(section('В район', 'Рекомендации')).toEqual([
    'Рекомендуется: усилить работу по показателю «Доля вовлечённых обучающихся» (план 2021 г. — 20 %); обеспечить привлечение к реализации программ наставничества к 1 января 2023 г. не менее 2 предприятий и 5 представителей; обеспечить положительную динамику показателя «Динамика числа обучающихся в проектах»; довести долю организаций, реализующих форму наставничества, до 75 % к 1 января 2023 г.: «учитель–ученик» (ОО).',
    'Рекомендуется изучить опыт муниципалитетов-лидеров: по показателю «Доля вовлечённых обучающихся» — Б район; по показателю «Количество предприятий» — Б район; по показателю «Динамика числа представителей предприятий» — Б район.',
  ]);
  expect(section('В район', 'Лучшие практики')).toBeUndefined();
});

test('the recommendation is the note’s own (appendix 1 and the «Рекомендации» tab say the same)', () => {
  const own = a.recommendations.find((r) => r.unit === 'В район')!;
  expect(letterOf('В район').note.sections.find((s) => s.role === 'recommendations')!.paragraphs[0]).toBe(own.text);
});

test('a leader: its values above the leaders’ threshold with their place, the examples from its report, nothing to attend to', () => {
  expect(section('Б район', 'Лучшие практики')).toEqual([
    'Значения выше порога, установленного для муниципалитетов-лидеров:',
    '«Доля вовлечённых обучающихся»: 90 % при пороге 50 %, 1-е место из 3;',
    '«Количество предприятий»: 8 при пороге 5, 1-е место из 3;',
    '«Динамика числа представителей предприятий»: 9 при пороге 5, 1-е место из 3.',
    'Яркие примеры реализации форм наставничества, представленные в отчёте:',
    '«учитель–ученик»: Клуб наставников «Вместе».',
  ]);
  expect(section('Б район', 'Показатели, требующие внимания')).toBeUndefined();
  expect(section('Б район', 'Рекомендации')).toEqual([
    'Рекомендуется: создать условия для представления практики, приведённой в отчёте как яркий пример, на региональных мероприятиях.',
  ]);
});

test('a unit that sent no report: told so, no table, no place, asked to present the report', () => {
  expect(sections('Д район')).toEqual([
    {
      heading: '',
      paragraphs: [
        'По итогам мониторинга реализации программ наставничества за 2021 г. (далее — Мониторинг) сообщаем, что Ваш отчёт не представлен: показатели не оценены, место среди муниципалитетов не определено.',
      ],
    },
    { heading: 'Рекомендации', paragraphs: ['Рекомендуется: представить отчёт о реализации программ наставничества.'] },
  ]);
  expect(letterOf('Д район').tables).toEqual([]);
});

test('the place: highest value first, equal values share a place, no value and a value to clarify are not ranked', () => {
  const b = tiny({
    'А район': { indicators: { 3: { prev: 4, cur: 7 }, 5: { prev: 0, cur: 300 } } },
    'Б район': { indicators: { 3: { prev: 4, cur: 7 }, 5: { prev: 10, cur: 12 } } },
    'В район': { indicators: { 3: { prev: 4, cur: 2 }, 5: { prev: 10, cur: 11 } } },
    'Г район': { indicators: { 5: { prev: 10, cur: 10 } } },
  });
  const three = indicatorOf(b, '3');
  expect(['А район', 'Б район', 'В район', 'Г район'].map((u) => placeOf(three, u))).toEqual([
    { place: 1, of: 3 },
    { place: 1, of: 3 },
    { place: 3, of: 3 },
    null,
  ]);
  // 0 → 300 is to be clarified: not first of 4, and the others rank among 3.
  const five = indicatorOf(b, '5');
  expect(['А район', 'Б район'].map((u) => placeOf(five, u))).toEqual([null, { place: 1, of: 3 }]);
  const row = unitLetters(b.settings, b.summary).letters[0].tables[0].body[2];
  expect(row[7]).toEqual({ text: 'требует уточнения', mark: 'unclear' });
});

test('of many leaders a letter names the five with the highest values and says how many there are', () => {
  const leaders = Object.fromEntries(
    ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж'].map((x, i) => [`${x} район`, { indicators: { 3: { prev: 6, cur: 20 - i } } }]),
  );
  const b = tiny({ ...leaders, 'З район': { indicators: { 3: { prev: 1, cur: 1 } } } });
  const rec = unitLetters(b.settings, b.summary)
    .letters.at(-1)!
    .note.sections.find((x) => x.role === 'recommendations')!;
  expect(plain(rec.paragraphs[1])).toBe(
    'Рекомендуется изучить опыт муниципалитетов-лидеров: по показателю «Количество предприятий» — А, Б, В, Г и Д районы (наибольшие значения среди 7 муниципалитетов-лидеров).',
  );
  const many = Object.fromEntries(
    Array.from({ length: 21 }, (_, i) => [`Район ${i + 1}`, { indicators: { 3: { prev: 6, cur: 40 - i } } }]),
  );
  const c = tiny({ ...many, 'Район 22': { indicators: { 3: { prev: 1, cur: 1 } } } });
  const last = unitLetters(c.settings, c.summary)
    .letters.at(-1)!
    .note.sections.find((x) => x.role === 'recommendations')!;
  expect(plain(last.paragraphs[1])).toMatch(/\(наибольшие значения среди 21 муниципалитета-лидера\)\.$/);
});

test('a unit of another type is not ranked: no place promised, «—» in the place column, its own figures still there', () => {
  const settings = tinySettings(['А район', 'Б район', 'Лицей']);
  settings.units[2].type = 'Областная организация';
  const report = (cur: number) => ({ indicators: { 3: { prev: 1, cur } } });
  const g = workbookGrids(settings, { 'А район': report(3), 'Б район': report(4), Лицей: report(9) });
  const b = analyze(g.settingsValues, g.tabs);
  const lyceum = unitLetters(b.settings, b.summary).letters[2];
  expect(plain(lyceum.note.sections[0].paragraphs[0])).toBe(
    'По итогам мониторинга реализации программ наставничества за 2021 г. (далее — Мониторинг) направляем результаты Вашего отчёта: значения показателей в сравнении со значениями по региону, плановыми и минимальными значениями (таблица 1), а также адресные рекомендации.',
  );
  expect(lyceum.tables[0].body[1].map((c) => c.text)).toEqual([
    '3.',
    'Количество предприятий, единиц',
    '1',
    '9',
    'Всего: 7',
    '5 (по\u00a0региону)',
    '2',
    '—',
  ]);
});

test('file names: characters Windows refuses, a trailing dot, two names that would make one file get a number', () => {
  expect(letterFileName('МБОУ «СОШ № 5» / филиал: с. Новое?')).toBe('Письмо — МБОУ «СОШ № 5» филиал с. Новое.docx');
  expect(letterFileName('г. Кедровый.')).toBe('Письмо — г. Кедровый.docx');
  expect(letterFileName('\u0007')).toBe('Письмо — без названия.docx');
  // Windows and macOS compare file names ignoring case.
  // A unit named «Школа 5 (2)» keeps its own name; the second «Школа 5» takes the next number.
  const twins = tiny({ 'Школа: 5': {}, 'школа 5': {}, 'Школа 5 (2)': {} });
  expect(unitLetters(twins.settings, twins.summary).letters.map((l) => l.fileName)).toEqual([
    'Письмо — Школа 5.docx',
    'Письмо — школа 5 (3).docx',
    'Письмо — Школа 5 (2).docx',
  ]);
});

test('the open clarifications close the letter as a numbered list in the words of «Запросы для письма»; none when nothing is open', () => {
  const asked = withRequest(EMPTY_RECORD, {
    cell: 'C12',
    label: 'Общее количество ОО',
    asked: '4',
    comment: 'В прошлом году было 6 — проверьте',
    date: '01.12.2026',
  });
  // A second request on an empty cell, and the whole report asked about in «Что уточнить».
  const twice = withRequest(
    { ...asked, comment: 'Приложите пояснение к снижению показателя 1' },
    {
      cell: 'D30',
      label: 'Показатель 2, 2021 г.',
      asked: '',
      comment: '',
      date: '01.12.2026',
    },
  );
  const open = new Map([
    ['В район', openRequests(twice)],
    ['Д район', openRequests({ ...EMPTY_RECORD, decision: 'clarification' })],
    ['Б район', openRequests(accepted(asked))],
  ]);
  const withOpen = unitLetters(a.settings, a.summary, open).letters;
  const clarifications = (unit: string) => {
    const l = withOpen.find((x) => x.unit === unit)!.note.sections.at(-1)!;
    return { heading: l.heading, paragraphs: l.paragraphs.map(plain) };
  };
  expect(clarifications('В район')).toEqual({
    heading: 'Уточнение сведений',
    paragraphs: [
      'Просим уточнить следующие сведения отчёта:',
      '1. Ячейка C12 («Общее количество ОО»; указано: 4) — В прошлом году было 6 — проверьте;',
      '2. Ячейка D30 («Показатель 2, 2021 г.»; указано: пусто) — проверьте значение;',
      '3. Отчёт в целом — Приложите пояснение к снижению показателя 1.',
    ],
  });
  // A unit that sent no report and is asked about it as a whole.
  expect(clarifications('Д район')).toEqual({
    heading: 'Уточнение сведений',
    paragraphs: ['Просим уточнить следующие сведения отчёта:', '1. Отчёт в целом — проверьте и дополните сведения.'],
  });
  // Accepted (its requests closed), or never asked: no such section, the letter as it was.
  for (const unit of ['Б район', 'Г район']) {
    const l = withOpen.find((x) => x.unit === unit)!;
    expect(l.note.sections.map((x) => x.heading)).not.toContain('Уточнение сведений');
    expect(l.note).toEqual(letterOf(unit).note);
  }
});

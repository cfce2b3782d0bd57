// The coordinators' comments beside indicators: collected in the settings' order, and the note's appendix that quotes them.
import { CELL_TEXT_LIMIT } from '../../src/domain/cellLimit';
import { parseCell } from '../../src/domain/cellValue';
import { collectComments } from '../../src/domain/comments';
import { interpretUnit } from '../../src/domain/interpret';
import { writeNote } from '../../src/domain/note';
import type { UnitInput } from '../../src/domain/unitInput';
import { analyze } from '../../src/workbook/analyze';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookGrids } from '../helpers/grids';
import { noteText, tiny, tinySettings } from '../helpers/tiny';

const ASINO = 'Асиновский район';
const BAKCHAR = 'Бакчарский район';
const STREZHEVOY = 'г.о. Стрежевой';

/** Three units in this order: Асино comments on 3 and 1, Бакчар says nothing, Стрежевой explains a missing value. */
function reports(): Record<string, ReportValues> {
  return {
    [ASINO]: {
      indicators: {
        '3': { prev: 1, cur: 2, comment: '  Предприятия района работают сезонно.  ' },
        '1': { involvedPrev: 30, totalPrev: 100, involvedCur: 40, totalCur: 100, comment: 'Учтены только 5-11 классы' },
      },
    },
    [BAKCHAR]: { indicators: { '3': { prev: 2, cur: 3 } } },
    [STREZHEVOY]: {
      indicators: {
        '7': { prev: 5, cur: 6, comment: '=СУММ(A1:A3)' },
        '5': { prev: 10, cur: 'нет данных', comment: 'Нет доступа к данным ГИР «Одарённые дети»' },
      },
    },
  };
}

const APPENDIX = 'Приложение 2. Пояснения муниципалитетов к представленным сведениям';

test('comments are collected per unit in the settings order, per indicator in the settings order; a silent unit is not listed', () => {
  const a = tiny(reports());
  expect(a.summary.comments).toEqual([
    {
      unit: ASINO,
      comments: [
        { indicator: '1', text: 'Учтены только 5-11 классы', missingYears: [], reasons: [] },
        { indicator: '3', text: 'Предприятия района работают сезонно.', missingYears: [], reasons: [] },
      ],
    },
    {
      unit: STREZHEVOY,
      comments: [
        { indicator: '5', text: 'Нет доступа к данным ГИР «Одарённые дети»', missingYears: [2021], reasons: [] },
        { indicator: '7', text: '=СУММ(A1:A3)', missingYears: [], reasons: [] },
      ],
    },
  ]);
});

test('the appendix quotes each comment under its unit, with the indicator number and name, and the years without a value', () => {
  const a = tiny(reports());
  const appendix = a.note.sections.find((s) => s.heading === APPENDIX)!;
  expect(appendix.role).toBe('appendix');
  expect(appendix.paragraphs.map((p) => p.replace(/\u00a0/g, ' '))).toEqual([
    'Асиновский район:',
    'показатель № 1 «Доля вовлечённых обучающихся»: «Учтены только 5–11 классы»;',
    'показатель № 3 «Количество предприятий»: «Предприятия района работают сезонно».',
    'г.о. Стрежевой:',
    'показатель № 5 «Динамика числа обучающихся в проектах» (сведения за 2021 г. не представлены): «Нет доступа к данным ГИР „Одарённые дети“»;',
    'показатель № 7 «Динамика числа представителей предприятий»: «=СУММ(A1:A3)».',
  ]);
  // The last section of the note; the intro refers to it.
  expect(a.note.sections.at(-1)).toBe(appendix);
  expect(noteText(a)).toContain('Пояснения муниципалитетов к представленным сведениям приведены в приложении 2.');
});

test('an empty and a «нет данных» value are both missing years; a comment beside them is quoted, never called the reason', () => {
  const a = tiny({ [ASINO]: { indicators: { '5': { cur: 'нет данных', comment: 'Учёт не вёлся' } } } });
  expect(a.summary.comments[0].comments[0]).toEqual({ indicator: '5', text: 'Учёт не вёлся', missingYears: [2020, 2021], reasons: [] });
  expect(noteText(a)).toContain(
    'показатель № 5 «Динамика числа обучающихся в проектах» (сведения за 2020 и 2021 гг. не представлены): «Учёт не вёлся».',
  );
});

test.each([
  ['нет данных: нет доступа к ГИР', { kind: 'nodata', reason: 'нет доступа к ГИР' }],
  ['Нет данных — учёт не ведётся', { kind: 'nodata', reason: 'учёт не ведётся' }],
  ['нет данных. Учёт не ведётся.', { kind: 'nodata', reason: 'Учёт не ведётся.' }],
  ['н/д (не собирались)', { kind: 'nodata', reason: 'не собирались' }],
  ['не собиралось; нет формы', { kind: 'nodata', reason: 'нет формы' }],
  ['нет данных.', { kind: 'nodata' }],
  ['нет данных: ', { kind: 'nodata' }],
  ['нет данных — ?', { kind: 'nodata' }],
  ['нет данных по школам', { kind: 'invalid', reason: 'в ячейке текст, а нужно число' }],
])('a value cell %p reads as %p', (raw, expected) => {
  expect(parseCell(raw)).toEqual(expected);
});

test('a reason typed after «нет данных» in the value cell is the reason: no error, collected once, printed as «причина»', () => {
  const a = tiny({
    [ASINO]: {
      indicators: {
        '5': { prev: 'нет данных: нет доступа к ГИР', cur: 'Нет данных — нет доступа к ГИР' },
        '7': { prev: 4, cur: 'н/д (учёт ведут предприятия)', comment: 'Запрошено у работодателей' },
        '1': { involvedCur: 'нет данных, т. к. контингент не уточнён', totalCur: 'нет данных' },
      },
    },
  });
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(a.summary.comments[0].comments).toEqual([
    { indicator: '1', text: '', missingYears: [2020, 2021], reasons: ['т. к. контингент не уточнён'] },
    { indicator: '5', text: '', missingYears: [2020, 2021], reasons: ['нет доступа к ГИР'] },
    { indicator: '7', text: 'Запрошено у работодателей', missingYears: [2021], reasons: ['учёт ведут предприятия'] },
  ]);
  expect(a.note.sections.at(-1)!.paragraphs.map((p) => p.replace(/\u00a0/g, ' '))).toEqual([
    'Асиновский район:',
    'показатель № 1 «Доля вовлечённых обучающихся» — сведения за 2020 и 2021 гг. не представлены, причина: «т. к. контингент не уточнён»;',
    'показатель № 5 «Динамика числа обучающихся в проектах» — сведения за 2020 и 2021 гг. не представлены, причина: «нет доступа к ГИР»;',
    'показатель № 7 «Динамика числа представителей предприятий» — сведения за 2021 г. не представлены, причина: «учёт ведут предприятия»; комментарий: «Запрошено у работодателей».',
  ]);
});

test('a full stop ending a comment goes after the quote, one ending an abbreviation stays', () => {
  const items = (comment: string) => {
    const a = tiny({ [ASINO]: { indicators: { '3': { prev: 1, cur: 2, comment } } } });
    return a.note.sections.at(-1)!.paragraphs[1].replace(/\u00a0/g, ' ');
  };
  expect(items('Данные уточнены.')).toBe('показатель № 3 «Количество предприятий»: «Данные уточнены».');
  expect(items('Данные за 2021 г.')).toBe('показатель № 3 «Количество предприятий»: «Данные за 2021 г.».');
  expect(items('Ярмарки, конкурсы и т.д.')).toBe('показатель № 3 «Количество предприятий»: «Ярмарки, конкурсы и т.д.».');
  expect(items('Все ли учтены?')).toBe('показатель № 3 «Количество предприятий»: «Все ли учтены?».');
});

test('nobody commented: no appendix and no reference to it', () => {
  const r = reports();
  delete r[ASINO].indicators!['1'].comment;
  delete r[ASINO].indicators!['3'].comment;
  delete r[STREZHEVOY].indicators!['5'].comment;
  r[STREZHEVOY].indicators!['7'].comment = '   ';
  const a = tiny(r);
  expect(a.summary.comments).toEqual([]);
  expect(noteText(a)).not.toContain('Пояснения');
  expect(a.note.sections.filter((s) => s.role === 'appendix').map((s) => s.heading)).toEqual([
    'Приложение 1. Адресные рекомендации в разрезе муниципалитетов',
  ]);
});

test('after «Приложение 2» (values left out) the comments are «Приложение 3»; the heading takes the settings noun of units', () => {
  const settings = tinySettings([ASINO, BAKCHAR, STREZHEVOY]);
  settings.unitNouns = ['школа', 'школы', 'школ'];
  const r = reports();
  r[BAKCHAR].indicators!['3'].cur = -4;
  const g = workbookGrids(settings, r);
  const a = analyze(g.settingsValues, g.tabs);
  const headings = a.note.sections.filter((s) => s.role === 'appendix').map((s) => s.heading);
  expect(headings.at(-2)).toBe('Приложение 2. Сведения, не учтённые при подведении итогов');
  expect(headings.at(-1)).toBe('Приложение 3. Пояснения школ к представленным сведениям');
  expect(noteText(a)).toContain('Пояснения школ к представленным сведениям приведены в приложении 3.');
});

test('a long comment is kept whole in the note; a multi-line one reads as one paragraph', () => {
  const long = `${'Наставничество ведётся в сетевой форме. '.repeat(200)}Конец…`;
  const a = tiny({ [ASINO]: { indicators: { '3': { prev: 1, cur: 2, comment: `${long}\nВторая строка` } } } });
  const item = a.note.sections.at(-1)!.paragraphs[1];
  expect(item).toContain(`«${long} Вторая строка»`);
});

test('collectComments keeps the settings order of units whatever order the units come in', () => {
  const a = tiny(reports());
  const reversed = [...a.units].reverse();
  expect(collectComments(a.settings, reversed).map((u) => u.unit)).toEqual([ASINO, STREZHEVOY]);
  const note = writeNote(a.settings, a.summary);
  expect(note.sections.at(-1)!.heading).toBe(APPENDIX);
});

test("a tab labelled with other years gives no comments (they speak of those years); with the settings' years it does", () => {
  const s = tinySettings([ASINO]);
  const input = (yearsMismatch: boolean): UnitInput => ({
    unit: s.units[0],
    tab: ASINO,
    orgs: {},
    forms: {},
    indicators: { 3: { prev: {}, cur: {}, comment: { raw: 'Данные 2019 г.', cell: 'E22', label: 'Комментарий к показателю 3' } } },
    contacts: {},
    ready: false,
    yearsMismatch,
  });
  expect(interpretUnit(input(true), s).data.comments).toEqual({});
  expect(interpretUnit(input(false), s).data.comments).toEqual({ '3': 'Данные 2019 г.' });
});

test('a comment longer than a Sheets cell (a desktop file) is a warning naming the cell, and is still quoted whole', () => {
  const long = 'а'.repeat(CELL_TEXT_LIMIT + 1);
  const a = tiny({ [ASINO]: { indicators: { '3': { prev: 1, cur: 2, comment: long } } } });
  expect(a.findings.filter((f) => f.rule === 'too_long').map((f) => [f.label, f.message.replace(/[\u00a0\u202f]/g, ' ')])).toEqual([
    [
      'Комментарий к показателю 3',
      'В ячейке 50 001 знаков, а ячейка Google Таблицы вмещает не больше 50 000: в Google Таблицах такой текст не сохранить. Сократите его.',
    ],
  ]);
  expect(a.summary.comments[0].comments[0].text).toHaveLength(CELL_TEXT_LIMIT + 1);
});

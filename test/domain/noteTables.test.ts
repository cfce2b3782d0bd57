// Tables 1–3 of the Word note as plain data: the seed's layout, the figures in Russian, the marks a renderer shades and their legend.
import { DEFAULT_DOCUMENT_FONT, noteDocument, noteFileName } from '../../src/domain/noteDocument';
import { type NoteTable, noteTables, type TableCell } from '../../src/domain/noteTables';
import { findingCountsText } from '../../src/domain/findingCounts';
import type { Finding } from '../../src/domain/model';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { sampleGrids, workbookGrids } from '../helpers/grids';
import { tinySettings } from '../helpers/tiny';

/** A cell as one readable string: its text, then [mark], * when bold, {span} when it spans columns. */
const show = (c: TableCell) => `${c.text}${c.mark ? `[${c.mark}]` : ''}${c.bold ? '*' : ''}${c.span ? `{${c.span}}` : ''}`;
const rows = (t: NoteTable) =>
  t.body.map((r) =>
    r
      .map(show)
      .join(' | ')
      .replace(/\u00a0/g, ' '),
  );
const row = (t: NoteTable, first: string) => rows(t).find((r) => r.startsWith(first))!;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the bundled Tomsk sample', () => {
  const g = sampleGrids();
  const a = analyze(g.settingsValues, g.tabs);
  const tables = noteTables(a.settings, a.summary);
  const byNumber = (n: string) => tables.find((t) => t.number === n)!;

  test('tables 1, 2а, 2б and 3, each where the note refers to it', () => {
    expect(tables.map((t) => [t.number, t.ref])).toEqual([
      ['1', 'table1'],
      ['2а', 'table2'],
      ['2б', 'table2'],
      ['3', 'table3'],
    ]);
    expect(tables.map((t) => plain(t.title))).toEqual([
      // The region in the dative from its name in «Настройки»; no «(муниципалитет: число и доля организаций)».
      'Реализация форм наставничества: итоги по Томской области, 2021 г.',
      'Общеобразовательные организации, реализующие формы наставничества, в разрезе муниципалитетов',
      'Организации дополнительного образования, реализующие формы наставничества, в разрезе муниципалитетов',
      'Показатели эффективности за 2020 и 2021 гг.',
    ]);
  });

  test('table 1: region totals per form, shares below the target marked, the target with its date, the value left out named', () => {
    const t = byNumber('1');
    expect(t.header.map((r) => r.map(show))).toEqual([
      ['Форма наставничества', 'ОО: всего / реализуют форму', 'ДО: всего / реализуют форму', 'Целевой охват'],
    ]);
    expect(rows(t)).toEqual([
      '«ученик–ученик» | 289 / 184 (63,67 %)[below] | 62 / 24 (38,71 %)[below] | 75 % к 1 января 2023 г.',
      '«учитель–ученик» | 289 / 219 (75,78 %) | 62 / 36 (58,06 %)[below] | 75 % к 1 января 2023 г.',
      '«студент–ученик» | 289 / 54 (18,69 %)[below] | 62 / 9 (14,52 %)[below] | 50 % к 1 января 2023 г.',
      // One denominator: the share was computed on 61 organisations (ЗАТО Северск's impossible 4 of 1 left out), as the text says «6 из 61».
      '«работодатель–ученик» | 289 / 105 (36,33 %)[below] | 61 / 6 (9,84 %)¹[below] | 50 % к 1 января 2023 г.',
    ]);
    // Notes as an official table prints them; the marking named in words, as black-and-white paper shows it; the numbered
    // footnote names the denominator of the share that left a value out.
    expect(t.notes.map(plain)).toEqual([
      'Примечания:',
      '1. ОО — общеобразовательные организации, ДО — организации дополнительного образования.',
      '2. Доли ниже целевого значения выделены курсивом.',
      '¹ «работодатель–ученик», ДО: доля рассчитана от 61 организации дополнительного образования из 62, без учёта сведений, не соответствующих форме отчёта (ЗАТО Северск, приложение 2).',
    ]);
    expect(t.widths).toHaveLength(4);
  });

  test('tables 2а/2б: one row per municipality, a bold total, an invalid value shown as «не учтено» and left out of the total', () => {
    const ga = byNumber('2а');
    expect(ga.header[0].map(show)).toEqual([
      'Муниципалитет',
      'Всего ОО',
      '«ученик–ученик»',
      '«учитель–ученик»',
      '«студент–ученик»',
      '«работодатель–ученик»',
    ]);
    expect(ga.body).toHaveLength(21);
    expect(row(ga, 'Кривошеинский район')).toBe(
      'Кривошеинский район | 10 | 4 (40 %)[below] | 4 (40 %)[below] | 4 (40 %)[below] | 4 (40 %)[below]',
    );
    expect(row(ga, 'г. Кедровый')).toBe('г. Кедровый | 2 | 2 (100 %) | 2 (100 %) | 1 (50 %) | 2 (100 %)');
    expect(rows(ga).at(-1)).toBe('Итого* | 289* | 184 (63,67 %)* | 219 (75,78 %)* | 54 (18,69 %)* | 105 (36,33 %)*');
    expect(ga.notes).toEqual([
      'Примечания:',
      '1. В графах форм наставничества указано число организаций, реализующих форму, в скобках — их доля от общего числа организаций.',
      '2. Доли ниже целевого значения выделены курсивом.',
    ]);
    expect(ga.widths).toEqual([3.4, 1.3, 2.6, 2.6, 2.6, 2.6]);

    const gb = byNumber('2б');
    expect(row(gb, 'ЗАТО Северск')).toBe('ЗАТО Северск | 1 | 1 (100 %) | 1 (100 %) | 0 (0 %)[below] | не учтено[error]');
    expect(rows(gb).at(-1)).toBe('Итого* | 62* | 24 (38,71 %)* | 36 (58,06 %)* | 9 (14,52 %)* | 6 из 61 (9,84 %)¹*');
    expect(gb.notes.map(plain)).toEqual([
      'Примечания:',
      '1. В графах форм наставничества указано число организаций, реализующих форму, в скобках — их доля от общего числа организаций.',
      '2. Доли ниже целевого значения выделены курсивом.',
      '¹ «работодатель–ученик»: доля рассчитана от 61 организации дополнительного образования из 62, без учёта сведений, не соответствующих форме отчёта (ЗАТО Северск, приложение 2).',
    ]);
    expect([...ga.notes, ...gb.notes].join('\n')).not.toMatch(/ошибк|итог и доля|посчитаны/);
  });

  test('table 3: each indicator with its plans and thresholds, the regional value named by how it was obtained, then its units', () => {
    const t = byNumber('3');
    expect(t.header[0].map((c) => plain(c.text))).toEqual([
      '№',
      'Наименование показателя',
      'По итогам 2020 г.',
      'По итогам 2021 г.',
      'Оценка',
    ]);
    const ind = (id: string) => rows(t).find((r) => r.startsWith(`${id}.* | `))!;
    expect(ind('1')).toBe(
      '1.* | Доля обучающихся 5–11 классов общеобразовательных организаций, вовлеченных в различные формы сопровождения и наставничества, %. ' +
        'Плановые показатели: 2020 г. — 10 %; 2021 г. — 20 %; 2022 г. — 35 %; 2023 г. — 50 %; 2024 г. — 70 %. Лидеры — выше 50 %.* | ' +
        'Официальное значение: 25,25 %* | Официальное значение: 29,05 %* | план выполнен*',
    );
    expect(ind('3')).toMatch(
      /Минимум для муниципалитета — 2 \(к 1 января 2023 г\.\); лидеры — выше 5\.\* \| Всего: 92\* \| Всего: 121\* \| план выполнен\*$/,
    );
    expect(ind('4')).toBe(
      '4.* | Положительная динамика числа обучающихся, принимающих участие в высокорейтинговых мероприятиях, входящих в перечни Минпросвещения России и Минобрнауки России, человек. ' +
        'Данные за 2020 и 2021 гг. не представлены.*{4}',
    );
    expect(ind('5')).toMatch(/человек\. Ожидаемый результат: положительная динамика\.\* \| Всего: 12 927\* \| Всего: 22 670\* \| \*$/);
    expect(row(t, '1.9. ')).toBe('1.9. | Кривошеинский район | 91 % | 93 %[leader] | лидер *[leader]');
    expect(row(t, '1.20. ')).toBe('1.20. | ЗАТО Северск | 31 % | 35 % | выполнен *');
    expect(row(t, '3.9. ')).toBe('3.9. | Кривошеинский район | 3 | 0[unclear] | требует уточнения[unclear]');
    expect(row(t, '5.18. ')).toBe('5.18. | г. Томск | 6689 | 12 345 | рост');
    expect(row(t, '6.9. ')).toBe('6.9. | Кривошеинский район | 529 | 510[fell] | снижение[fell]');
    // 0 representatives in 2020 against 3 enterprises: the cross-check doubts both years' zero.
    expect(row(t, '7.9. ')).toBe('7.9. | Кривошеинский район | 0 | 0[unclear] | требует уточнения[unclear]');
    expect(row(t, '7.1. ')).toBe('7.1. | Александровский район | 0 | 0[below] | ниже минимума[below]');
    // Every other mark has its word in the «Оценка» column: the note names only the italics, and what «*» means.
    expect(t.notes).toEqual([
      'Примечания:',
      '1. Значения ниже плана или минимума выделены курсивом.',
      '2. Знаком «*» отмечены значения, по которым указана только доля вовлечённых обучающихся, без их численности.',
    ]);
  });

  test('the Word document: the tables, the font from the settings or Times New Roman, a file name a desktop accepts', () => {
    const doc = noteDocument(a.settings, a.summary, a.note, a.recommendations);
    expect(doc.tables.map((t) => t.number)).toEqual(['1', '2а', '2б', '3']);
    expect(doc.mainType).toBe('Муниципалитет');
    expect(doc.fileName).toBe('Справка_мониторинг_наставничества_Томская_область_2021.docx');
    expect(doc.font).toBe(a.note.frame.font.trim() || DEFAULT_DOCUMENT_FONT);
    const blankFont = noteDocument(a.settings, a.summary, { ...a.note, frame: { ...a.note.frame, font: '  ' } }, []);
    expect(blankFont.font).toBe('Times New Roman');
    expect(blankFont.recommendations).toEqual([]);
  });
});

test('the file name drops the characters Windows and macOS refuse, and the region when none is set', () => {
  const s = tinySettings(['А район']);
  expect(noteFileName({ ...s, regionName: 'Край: «Север/Юг»?' })).toBe('Справка_мониторинг_наставничества_Край_«СеверЮг»_2021.docx');
  expect(noteFileName({ ...s, regionName: '' })).toBe('Справка_мониторинг_наставничества_2021.docx');
});

describe('a small region with a unit of another type and faulty values', () => {
  const FORM = (general: unknown, additional: unknown = 0) => ({ teacher_student: { general, additional } });
  const settings = tinySettings(['А район', 'Б район', 'Колледж']);
  settings.units[2] = { ...settings.units[2], type: 'Колледж' };
  const reports = {
    'А район': {
      orgs: { general: 4, additional: 2 },
      forms: FORM(1, 2),
      indicators: { 1: { prev: 5, cur: 6 }, 3: { prev: 1, cur: 'много' }, 5: { prev: 1, cur: 1 }, 7: { prev: 1, cur: 1 } },
    },
    'Б район': { orgs: { general: 2, additional: 1 }, forms: FORM(2, 0), indicators: { 1: { prev: 5, cur: 60 }, 3: { prev: 3, cur: 7 } } },
    Колледж: { orgs: { general: 1, additional: '-' }, forms: FORM(1), indicators: { 1: { prev: 40, cur: 95 }, 5: { prev: 1, cur: 2 } } },
  };
  const g = workbookGrids(settings, reports as never);
  const a: Analysis = analyze(g.settingsValues, g.tabs);
  const tables = noteTables(a.settings, a.summary);
  const t3 = tables.find((t) => t.number === '3')!;

  test('units of another type get their own table after table 3, with no reference in the note', () => {
    expect(tables.map((t) => [t.number, t.ref])).toEqual([
      ['1', 'table1'],
      ['2а', 'table2'],
      ['2б', 'table2'],
      ['3', 'table3'],
      ['4а', null],
    ]);
    const other = tables[4];
    expect(other.title).toBe('Общеобразовательные организации, реализующие формы наставничества: другие участники Мониторинга (Колледж)');
    expect(rows(other)).toEqual(['Колледж | 1 | 1 (100 %)', 'Итого* | 1* | 1 (100 %)*']);
  });

  test('in table 3 they follow the ranked units, numbered on; an invalid value reads «не учтено», a missing one «нет данных»', () => {
    expect(row(t3, '1.1. ')).toBe('1.1. | А район | 5 % | 6 %[below] | ниже плана *[below]');
    expect(row(t3, '1.3. ')).toBe('1.3. | Колледж | 40 % | 95 %[leader] | лидер *[leader]');
    expect(row(t3, '3.1. ')).toBe('3.1. | А район | 1 | не учтено[error] | нет данных[noData]');
    expect(row(t3, '3.3. ')).toBe('3.3. | Колледж | нет данных[noData] | нет данных[noData] | нет данных[noData]');
    expect(row(t3, '5.1. ')).toBe('5.1. | А район | 1 | 1 | без изменений');
    expect(row(t3, '3.* ')).toMatch(/\| Всего: 4\* \| Всего: 7\* \| план выполнен\*$/);
    expect(t3.notes.slice(0, 3)).toEqual([
      'Примечания:',
      '1. Значения ниже плана или минимума выделены курсивом.',
      '2. «не учтено» — значение не соответствует форме отчёта и при подведении итогов не учтено (приложение 2).',
    ]);
  });

  test('table 1 gives the region share of each form against its target', () => {
    expect(rows(tables[0])).toEqual(['«учитель–ученик» | 6 / 3 (50 %)[below] | 3 / 2 (66,67 %)[below] | 75 % к 1 января 2023 г.']);
  });
});

describe('how many errors and warnings a check found', () => {
  const findings = (errors: number, warnings: number): Finding[] =>
    [...Array(errors).fill('error'), ...Array(warnings).fill('warning')].map((severity) => ({ severity }) as Finding);
  test.each([
    [0, 0, '0 ошибок, 0 предупреждений'],
    [1, 1, '1 ошибка, 1 предупреждение'],
    [2, 3, '2 ошибки, 3 предупреждения'],
    [5, 11, '5 ошибок, 11 предупреждений'],
    [21, 111, '21 ошибка, 111 предупреждений'],
  ])('%i errors and %i warnings: «%s»', (errors, warnings, expected) => {
    expect(findingCountsText(findings(errors, warnings))).toBe(expected);
  });
});

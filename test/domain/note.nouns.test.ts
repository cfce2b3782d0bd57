// Every count in the note has its noun: «Что считаем» of the settings, else a default by the unit of measure; a count
// whose noun cannot be known is named by its indicator, and the settings check asks for «Что считаем». Numbers of
// different indicators are never run together as «не менее 2, 5 и 10».
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';
import { INDICATORS, tiny } from '../helpers/tiny';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const textOf = (a: ReturnType<typeof analyze>) => plain(a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n'));

describe('the Tomsk data with «Что считаем» left empty, as settings filled from data files only', () => {
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  settings.indicators = settings.indicators.map((i) => ({ ...i, nouns: null }));
  const g = workbookGrids(settings, reports);
  const a = analyze(g.settingsValues, g.tabs);
  const text = textOf(a);

  test('no «не менее N к реализации»: each minimum has the noun of its unit of measure', () => {
    expect(text).not.toMatch(/не менее \d+ к реализации/);
    expect(text).not.toMatch(/не менее \d+, \d+ и \d+/);
    expect(text).toContain(
      '6. Обеспечить привлечение не менее 5 человек к реализации программ наставничества к 1 января 2023 г. (показатель «число представителей предприятий (организаций) — наставников обучающихся»), изучив опыт муниципалитетов-лидеров (Томский и Колпашевский районы), — муниципалитетам:',
    );
    expect(text).toContain(
      'по данному направлению и обеспечить привлечение не менее 2 единиц к реализации программ наставничества к 1 января 2023 г.',
    );
  });

  test('a default noun shared by two indicators is not merged: each measure names its indicator', () => {
    const r = plain(a.recommendations.find((x) => x.unit === 'Александровский район')!.text);
    expect(r).toContain(
      'обеспечить привлечение не менее 2 единиц к реализации программ наставничества к 1 января 2023 г. (показатель «число предприятий (организаций), предоставивших наставников»); ' +
        'обеспечить привлечение не менее 5 человек к реализации программ наставничества к 1 января 2023 г. (показатель «число представителей предприятий (организаций) — наставников обучающихся»); ' +
        'обеспечить привлечение не менее 10 человек к реализации программ наставничества к 1 января 2023 г. (показатель «число студентов — наставников обучающихся»);',
    );
  });
});

describe('a count whose unit of measure gives no noun («штук») and no «Что считаем»', () => {
  const defs = INDICATORS.map((d) => (d.id === '7' ? { ...d, nouns: null, unit: 'штук', shortName: 'представители предприятий' } : d));
  const a = tiny(
    {
      'А район': { indicators: { 1: { prev: 10, cur: 60 }, 3: { prev: 1, cur: 6 }, 5: { prev: 10, cur: 8 }, 7: { prev: 6, cur: 9 } } },
      'Б район': { indicators: { 1: { prev: 20, cur: 15 }, 3: { prev: 1, cur: 1 }, 5: { prev: 0, cur: 300 }, 7: { prev: 2, cur: 2 } } },
    },
    defs,
  );

  test('the settings check asks for «Что считаем», naming the cell', () => {
    const f = a.summary.findings.list.filter((x) => x.tab === 'Настройки' && x.label.startsWith('Что считаем'));
    expect(f.map((x) => [x.severity, x.cell, x.label, x.message])).toEqual([
      [
        'warning',
        'G51',
        'Что считаем (1 / 2 / 5, через «;»)',
        'Не указано, что считает показатель: заполните «Что считаем» тремя формами через «;» (например, «предприятие; предприятия; предприятий»), иначе справка назовёт число только названием показателя.',
      ],
    ]);
  });

  test('the measure names the indicator instead of a bare number, in the section, the list and the unit’s item', () => {
    const text = textOf(a);
    expect(text).toContain(
      'Для муниципалитетов с результатом менее 5 (Б район) рекомендуется изучить опыт муниципалитетов-лидеров (А район) по данному направлению и довести значение показателя «представители предприятий» до 5 к 1 января 2023 г.',
    );
    expect(text).toContain(
      '4. Довести значение показателя «представители предприятий» до 5 к 1 января 2023 г., изучив опыт муниципалитетов-лидеров (А район), — муниципалитету: Б район.',
    );
    expect(plain(a.recommendations.find((x) => x.unit === 'Б район')!.text)).toBe(
      'Рекомендуется: усилить работу по показателю «Доля вовлечённых обучающихся» (план 2021 г. — 20 %); обеспечить привлечение к реализации программ наставничества к 1 января 2023 г. не менее 2 предприятий; довести значение показателя «представители предприятий» до 5 к 1 января 2023 г.; представить недостающие сведения в отчёте; уточнить сведения, представленные в отчёте.',
    );
  });
});

// Cases of unit and region names in the note, and the constructions it falls back to when a name cannot be declined safely.
import { analyze } from '../../src/workbook/analyze';
import { noteTables, footnotes } from '../../src/domain/noteTables';
import { dativeSingular, inUnits, regionDative, unitPrepositional } from '../../src/domain/russianCases';
import { renderNoteTab } from '../../src/workbook/noteTab';
import { sampleGrids, workbookGrids } from '../helpers/grids';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');

test('a unit after «в»: cities after «г.» and districts declined, names after «ЗАТО» or «г.о.» kept, anything else refused', () => {
  expect(unitPrepositional('г. Кедровый')).toBe('г. Кедровом');
  expect(unitPrepositional('г. Томск')).toBe('г. Томске');
  expect(unitPrepositional('г. Кемерово')).toBe('г. Кемерово');
  expect(unitPrepositional('Каргасокский район')).toBe('Каргасокском районе');
  expect(unitPrepositional('Лесной район')).toBe('Лесном районе');
  expect(unitPrepositional('Тисульский муниципальный округ')).toBe('Тисульском муниципальном округе');
  expect(unitPrepositional('ЗАТО Северск')).toBe('ЗАТО Северск');
  expect(unitPrepositional('г.о. Стрежевой')).toBe('г.о. Стрежевой');
  // Not sure of the case: «Тверь» (Твери or Тверe?), «Б район» (no adjective), a school, two words after «г.».
  for (const name of ['г. Тверь', 'Б район', 'МБОУ «СОШ № 5»', 'г. Великий Новгород', 'Петропавловск-Камчатский район'])
    expect([name, unitPrepositional(name)]).toEqual([name, null]);
});

test('several units after one «в»: districts share their word in the plural, as listUnits lists them; one unknown name refuses all', () => {
  expect(inUnits(['г. Кедровый'])).toBe('в г. Кедровом');
  expect(inUnits(['г. Кедровый', 'Лесной район'])).toBe('в г. Кедровом и Лесном районе');
  expect(inUnits(['Каргасокский район', 'г. Томск', 'Тегульдетский район'])).toBe('в г. Томске, Каргасокском и Тегульдетском районах');
  expect(inUnits(['Лесной район', 'Б район'])).toBeNull();
});

test('one addressee in the dative singular; a noun not declined safely is refused', () => {
  expect(dativeSingular('муниципалитет')).toBe('муниципалитету');
  expect(dativeSingular('школа')).toBe('школе');
  expect(dativeSingular('организация')).toBe('организации');
  expect(dativeSingular('учреждение')).toBe('учреждению');
  expect(dativeSingular('край')).toBe('краю');
  expect(dativeSingular('область')).toBeNull();
  expect(dativeSingular('муниципальное образование')).toBeNull();
});

test('the region in the dative for «итоги по …»; the name after «Республика» keeps its case; unknown shapes refused', () => {
  expect(regionDative('Томская область')).toBe('Томской области');
  expect(regionDative('Кемеровская область — Кузбасс')).toBe('Кемеровской области — Кузбассу');
  expect(regionDative('Красноярский край')).toBe('Красноярскому краю');
  expect(regionDative('Ханты-Мансийский автономный округ — Югра')).toBe('Ханты-Мансийскому автономному округу — Югре');
  expect(regionDative('Республика Саха (Якутия)')).toBe('Республике Саха (Якутия)');
  expect(regionDative('Удмуртская Республика')).toBe('Удмуртской Республике');
  expect(regionDative('г. Москва')).toBeNull();
});

describe('table 1 names the region in the dative from «Настройки», or in quotes when it cannot be declined', () => {
  const g = sampleGrids();
  const titleFor = (regionName: string) => {
    const w = workbookGrids({ ...g.settings, regionName }, g.reports);
    const a = analyze(w.settingsValues, w.tabs);
    return plain(noteTables(a.settings, a.summary)[0].title);
  };
  test('«итоги по Кемеровской области — Кузбассу», never «итоги по региону (Кемеровская область — Кузбасс)»', () => {
    expect(titleFor('Кемеровская область — Кузбасс')).toBe(
      'Реализация форм наставничества: итоги по Кемеровской области — Кузбассу, 2021 г.',
    );
    expect(titleFor('г. Москва')).toBe('Реализация форм наставничества: итоги по региону «г. Москва», 2021 г.');
    expect(titleFor('')).toBe('Реализация форм наставничества: итоги по региону, 2021 г.');
  });
});

test('notes under a table: one is «Примечание. …», several are «Примечания:» numbered', () => {
  expect(footnotes([])).toEqual([]);
  expect(footnotes(['ОО — общеобразовательные организации.'])).toEqual(['Примечание. ОО — общеобразовательные организации.']);
  expect(footnotes(['А.', 'Б.'])).toEqual(['Примечания:', '1. А.', '2. Б.']);
});

test('the «Справка» tab: no bare «Таблица 1» line, where each table stands instead; no blanks for the date and number', () => {
  const g = sampleGrids();
  const a = analyze(g.settingsValues, g.tabs);
  const lines = renderNoteTab(a.note).cells.map((r) => plain(String(r[0]?.v ?? '')));
  // Two tables on one tab are named in one line, not «Таблица 1 приведена …», «Таблица 2 приведена …» one after the other.
  expect(lines).toContain('Таблицы 1 и 2 приведены на вкладке «Свод по формам».');
  expect(lines.filter((l) => l.startsWith('Таблица 1') || l.startsWith('Таблица 2'))).toEqual([]);
  expect(lines).toContain('Таблица 3 приведена на вкладке «Свод по показателям».');
  expect(lines.filter((l) => /^Таблица \d$/.test(l))).toEqual([]);
  expect(lines.some((l) => l.includes('____'))).toBe(false);
  const dated = renderNoteTab({ ...a.note, frame: { ...a.note.frame, date: '15.02.2025', number: '12-345' } });
  expect(dated.cells.map((r) => plain(String(r[0]?.v ?? '')))).toContain('от 15.02.2025 № 12-345');
  // «№» is bound to its number by a no-break space, as in the text of the note.
  expect(dated.cells.map((r) => String(r[0]?.v ?? ''))).toContain('от 15.02.2025 №\u00a012-345');
});

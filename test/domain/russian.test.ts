// Tests for Russian-language formatting: plurals, numbers, percents, dates, lists of units.
import * as vm from 'node:vm';
import {
  NBSP,
  type PluralForms,
  capitalize,
  countWith,
  formatDate,
  formatGrowthFactor,
  formatNumber,
  formatPercent,
  formatSigned,
  formatSignedPercent,
  formatYearRange,
  isValidDate,
  joinRussian,
  listUnits,
  parseRussianDate,
  percentOf,
  plural,
  quote,
  roundHalfAway,
  typeset,
  yearLabel,
  yearsLabel,
} from '../../src/domain/russian';

const MUN: PluralForms = ['муниципалитет', 'муниципалитета', 'муниципалитетов'];
const PEOPLE: PluralForms = ['человек', 'человека', 'человек'];
const PCT: PluralForms = ['процент', 'процента', 'процентов'];

describe('plural', () => {
  it.each([
    [0, 'муниципалитетов'],
    [1, 'муниципалитет'],
    [2, 'муниципалитета'],
    [4, 'муниципалитета'],
    [5, 'муниципалитетов'],
    [11, 'муниципалитетов'],
    [12, 'муниципалитетов'],
    [14, 'муниципалитетов'],
    [21, 'муниципалитет'],
    [22, 'муниципалитета'],
    [25, 'муниципалитетов'],
    [101, 'муниципалитет'],
    [111, 'муниципалитетов'],
    [112, 'муниципалитетов'],
    [1.5, 'муниципалитета'],
    [-1, 'муниципалитет'],
    [-3, 'муниципалитета'],
  ])('%p → %s', (n, expected) => {
    expect(plural(n, MUN)).toBe(expected);
  });

  it('non-integers take the few form', () => {
    expect(plural(2.5, PCT)).toBe('процента');
  });
});

describe('countWith', () => {
  it('agrees the noun with the number', () => {
    expect(countWith(1, MUN)).toBe('1 муниципалитет');
    expect(countWith(2, MUN)).toBe('2 муниципалитета');
    expect(countWith(11, MUN)).toBe('11 муниципалитетов');
    expect(countWith(21, MUN)).toBe('21 муниципалитет');
  });

  it('formats the number with formatNumber', () => {
    expect(countWith(12345, PEOPLE)).toBe(`12${NBSP}345 человек`);
    expect(countWith(2.5, PCT)).toBe('2,5 процента');
  });

  it('chooses the form for the number as printed', () => {
    expect(countWith(1.001, MUN)).toBe('1 муниципалитет');
  });
});

describe('roundHalfAway', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(63.665, 2)).toBe(63.67);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(1.234, 2)).toBe(1.23);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma and drops trailing zeros', () => {
    expect(formatNumber(20)).toBe('20');
    expect(formatNumber(20.0)).toBe('20');
    expect(formatNumber(29.05)).toBe('29,05');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(17.2)).toBe('17,2');
    expect(formatNumber(0)).toBe('0');
  });

  it('rounds robustly', () => {
    expect(formatNumber(1.005)).toBe('1,01');
    expect(formatNumber(63.665)).toBe('63,67');
    expect(formatNumber(2.4449, 1)).toBe('2,4');
    expect(formatNumber(2.45, 1)).toBe('2,5');
    expect(formatNumber(2.5, 0)).toBe('3');
  });

  it('groups thousands with a no-break space from 10 000', () => {
    expect(formatNumber(12345)).toBe('12\u00A0345');
    expect(formatNumber(1234567.891)).toBe('1\u00A0234\u00A0567,89');
    expect(formatNumber(10000)).toBe('10\u00A0000');
    expect(formatNumber(1044)).toBe('1044');
    expect(formatNumber(9999.996)).toBe('10\u00A0000');
  });

  it('writes negatives with an ASCII hyphen-minus', () => {
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(-12345.5)).toBe('-12\u00A0345,5');
    expect(formatNumber(-0.001)).toBe('0');
  });

  it('prints a dash for values that are not numbers', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('—');
  });

  it('keeps a number past 10^22 readable with its sign (toFixed would give exponent digits)', () => {
    expect(formatNumber(1e22)).toBe('1e+22');
    expect(formatNumber(-2e22)).toBe('-2e+22');
  });
});

describe('percents', () => {
  it('formatPercent puts a no-break space before %', () => {
    expect(formatPercent(29.05)).toBe('29,05\u00A0%');
    expect(formatPercent(100)).toBe('100\u00A0%');
    expect(formatPercent(17.2)).toBe('17,2\u00A0%');
  });

  it('percentOf rounds, not truncates', () => {
    expect(percentOf(184, 289)).toBe(63.67);
    expect(formatPercent(percentOf(184, 289) as number)).toBe('63,67\u00A0%');
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(5, 5)).toBe(100);
  });

  it('percentOf is null for a zero total', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(3, 0)).toBeNull();
  });
});

describe('growth as the note says it (formatGrowthFactor)', () => {
  test('from twice the earlier value it is «в N раз»; just under twice, a percent change', () => {
    expect(formatGrowthFactor(10, 20)).toBe('в 2 раза');
    expect(formatGrowthFactor(10, 19.9)).toBe(`на 99${NBSP}%`);
  });
  test('one decimal below ten times, a whole number from ten times', () => {
    expect(formatGrowthFactor(10, 99.4)).toBe('в 9,9 раза');
    expect(formatGrowthFactor(10, 104)).toBe('в 10 раз');
    expect(formatGrowthFactor(3, 136)).toBe('в 45 раз');
  });
  test('no factor from zero', () => {
    expect(formatGrowthFactor(0, 136)).toBeNull();
  });
});

describe('signed values', () => {
  it('formatSigned', () => {
    expect(formatSigned(5)).toBe('+5');
    expect(formatSigned(-3)).toBe('-3');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(0.001)).toBe('0');
    expect(formatSigned(2.5)).toBe('+2,5');
    expect(formatSigned(12345)).toBe('+12\u00A0345');
  });

  it('formatSignedPercent', () => {
    expect(formatSignedPercent(84.56)).toBe('+84,56\u00A0%');
    expect(formatSignedPercent(-3)).toBe('-3\u00A0%');
    expect(formatSignedPercent(0)).toBe('0\u00A0%');
  });
});

describe('dates', () => {
  it('formatDate writes the genitive month', () => {
    expect(formatDate({ year: 2023, month: 1, day: 1 })).toBe('1 января 2023 г.');
    expect(formatDate({ year: 2022, month: 8, day: 18 })).toBe('18 августа 2022 г.');
    expect(formatDate({ year: 2024, month: 5, day: 9 })).toBe('9 мая 2024 г.');
    expect(formatDate({ year: 2021, month: 12, day: 31 })).toBe('31 декабря 2021 г.');
  });

  it('formatDate rejects impossible dates', () => {
    expect(() => formatDate({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => formatDate({ year: 2023, month: 13, day: 1 })).toThrow(RangeError);
  });

  it('isValidDate knows leap years', () => {
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2023, month: 4, day: 31 })).toBe(false);
  });

  it('isValidDate refuses fractional parts (a number cell like 3,5 is not a month)', () => {
    expect(isValidDate({ year: 2024, month: 2.5, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2024, month: 2, day: 1.5 })).toBe(false);
  });

  const JAN1 = { year: 2023, month: 1, day: 1 };

  it.each([
    '01.01.2023',
    '1.1.2023',
    '01.01.2023 г.',
    '1 января 2023',
    '1 января 2023 г.',
    '1 января 2023 года',
    '  1\u00A0января  2023г. ',
    '1 Января 2023',
    '1 январь 2023',
    '2023-01-01',
    '2023-01-01T00:00:00',
  ])('parses %p', (text) => {
    expect(parseRussianDate(text)).toEqual(JAN1);
  });

  it('parses other months', () => {
    expect(parseRussianDate('18.08.2022')).toEqual({ year: 2022, month: 8, day: 18 });
    expect(parseRussianDate('27 мая 2020 г.')).toEqual({ year: 2020, month: 5, day: 27 });
    expect(parseRussianDate('29 февраля 2024')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['', 'завтра', '32.01.2023', '29.02.2023', '1 януари 2023', '2023-13-01', '01/01/2023'])('rejects %p', (text) => {
    expect(parseRussianDate(text)).toBeNull();
  });

  it('reads a Date as the calendar date in its UTC fields (the workbook layer reads cells so), whatever the machine’s zone', () => {
    expect(parseRussianDate(new Date(Date.UTC(2023, 0, 1)))).toEqual(JAN1);
    expect(parseRussianDate(new Date(Date.UTC(2022, 7, 18, 23, 30)))).toEqual({ year: 2022, month: 8, day: 18 });
    expect(parseRussianDate(new Date(NaN))).toBeNull();
  });

  it('reads a Date made in another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2023, 0, 1))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(parseRussianDate(foreign)).toEqual(JAN1);
  });

  it('reads a Sheets serial day number', () => {
    expect(parseRussianDate(44927)).toEqual(JAN1);
    expect(parseRussianDate(44927.75)).toEqual(JAN1);
    expect(parseRussianDate(1)).toEqual({ year: 1899, month: 12, day: 31 });
    for (const impossible of [Number.NaN, Number.POSITIVE_INFINITY, 1e15]) expect(parseRussianDate(impossible)).toBeNull();
    expect(parseRussianDate(60)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(parseRussianDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(parseRussianDate(NaN)).toBeNull();
  });

  it('formats what it parses', () => {
    expect(formatDate(parseRussianDate('01.01.2023')!)).toBe('1 января 2023 г.');
  });
});

describe('years', () => {
  it('yearLabel', () => {
    expect(yearLabel(2021)).toBe('2021 г.');
  });

  it('yearsLabel', () => {
    expect(yearsLabel(2020, 2021)).toBe('2020 и 2021 гг.');
    expect(yearsLabel(2021, 2021)).toBe('2021 г.');
  });

  it('formatYearRange', () => {
    expect(formatYearRange(2020, 2024)).toBe('2020–2024 гг.');
    expect(formatYearRange(2022, 2022)).toBe('2022 г.');
  });
});

describe('joinRussian', () => {
  it('joins with commas and a final «и»', () => {
    expect(joinRussian([])).toBe('');
    expect(joinRussian(['А'])).toBe('А');
    expect(joinRussian(['А', 'Б'])).toBe('А и Б');
    expect(joinRussian(['А', 'Б', 'В'])).toBe('А, Б и В');
    expect(joinRussian(['А', 'Б', 'В', 'Г'])).toBe('А, Б, В и Г');
  });
});

describe('listUnits', () => {
  it('collapses districts, saying «районы» once, «и» before the last', () => {
    expect(listUnits(['Каргасокский район', 'Тегульдетский район', 'Верхнекетский район'])).toBe(
      'Каргасокский, Тегульдетский и Верхнекетский районы',
    );
    expect(listUnits(['Шегарский район', 'Кривошеинский район'])).toBe('Шегарский и Кривошеинский районы');
  });

  it('keeps a single district in the singular', () => {
    expect(listUnits(['Каргасокский район'])).toBe('Каргасокский район');
  });

  it('puts prefixed names first and the collapsed group last', () => {
    expect(listUnits(['г. Томск', 'Колпашевский район', 'Молчановский район', 'Бакчарский район'])).toBe(
      'г. Томск, Колпашевский, Молчановский и Бакчарский районы',
    );
    expect(listUnits(['Шегарский район', 'г.о. Стрежевой', 'Кривошеинский район'])).toBe(
      'г.о. Стрежевой, Шегарский и Кривошеинский районы',
    );
  });

  it('never collapses prefixed names', () => {
    expect(listUnits(['г. Томск', 'г.о. Стрежевой', 'ЗАТО Северск', 'г. Кедровый'])).toBe(
      'г. Томск, г.о. Стрежевой, ЗАТО Северск и г. Кедровый',
    );
  });

  it('keeps a lone district at its place among the others', () => {
    expect(listUnits(['ЗАТО Северск', 'Томский район', 'г. Томск'])).toBe('ЗАТО Северск, Томский район и г. Томск');
  });

  it('lists schools as they are, quotes preserved', () => {
    const schools = ['МБОУ «СОШ № 5»', 'Лицей № 84', 'МАОУ "Гимназия № 1" г. Томска', 'ОГБОУ «Кадетская школа-интернат»'];
    expect(listUnits(schools)).toBe('МБОУ «СОШ № 5», Лицей № 84, МАОУ "Гимназия № 1" г. Томска и ОГБОУ «Кадетская школа-интернат»');
  });

  it('does not mistake an organisation for a district', () => {
    expect(listUnits(['МБОУ «СОШ № 1» Томский район', 'МБОУ «СОШ № 2» Томский район'])).toBe(
      'МБОУ «СОШ № 1» Томский район и МБОУ «СОШ № 2» Томский район',
    );
  });

  it('handles the other generic words', () => {
    expect(listUnits(['Ленский улус', 'Мирнинский улус'])).toBe('Ленский и Мирнинский улусы');
    expect(listUnits(['Северный округ', 'Южный округ'])).toBe('Северный и Южный округа');
    expect(listUnits(['Томский муниципальный район', 'Шегарский муниципальный район'])).toBe('Томский и Шегарский муниципальные районы');
    expect(listUnits(['Кировский муниципальный округ', 'Лесной муниципальный округ'])).toBe('Кировский и Лесной муниципальные округа');
    expect(listUnits(['Анжеро-Судженский городской округ', 'Беловский городской округ'])).toBe(
      'Анжеро-Судженский и Беловский городские округа',
    );
    expect(listUnits(['Ивановское поселение', 'Петровское поселение'])).toBe('Ивановское и Петровское поселения');
    expect(listUnits(['Первомайский сельсовет', 'Майский сельсовет'])).toBe('Первомайский и Майский сельсоветы');
  });

  it('keeps separate groups for different generic words, in order of appearance', () => {
    expect(listUnits(['Томский район', 'Ленский улус', 'г. Томск', 'Шегарский район', 'Мирнинский улус', 'Лицей № 84'])).toBe(
      'г. Томск, Лицей № 84, Томский и Шегарский районы, Ленский и Мирнинский улусы',
    );
  });

  it('does not confuse «район» with «муниципальный район»', () => {
    expect(listUnits(['Томский район', 'Шегарский муниципальный район', 'Бакчарский район'])).toBe(
      'Шегарский муниципальный район, Томский и Бакчарский районы',
    );
  });

  it('handles empty input, blanks and repeats', () => {
    expect(listUnits([])).toBe('');
    expect(listUnits(['', '  '])).toBe('');
    expect(listUnits([' Томский район ', 'Томский район'])).toBe('Томский район');
  });
});

describe('capitalize and quote', () => {
  it('capitalize', () => {
    expect(capitalize('город Кедровый')).toBe('Город Кедровый');
    expect(capitalize('ёлка')).toBe('Ёлка');
    expect(capitalize('')).toBe('');
  });

  it('quote', () => {
    expect(quote('учитель-ученик')).toBe('«учитель-ученик»');
  });
});

describe('typeset: Russian typography on a finished sentence', () => {
  test('quotes inside quotes become „…“ at any depth; an unbalanced closing quote stays «»»', () => {
    expect(typeset('Программа «Развитие «наставничества» в школах»')).toBe('Программа «Развитие „наставничества“ в школах»');
    expect(typeset('«а «б «в» б» а»')).toBe('«а „б „в“ б“ а»');
    expect(typeset('лишняя » кавычка')).toBe('лишняя » кавычка');
  });

  test('no-break spaces after a number, «№», «г.» of a city and «г.о.»; en dashes in ranges; URLs untouched', () => {
    const nb = '\u00a0';
    expect(typeset('в 2020 и 2021 гг. 5 муниципалитетов')).toBe(`в 2020 и 2021${nb}гг. 5${nb}муниципалитетов`);
    expect(typeset('приказ № 12, г. Томск, г.о. Стрежевой, 5-11 классы')).toBe(
      `приказ №${nb}12, г.${nb}Томск, г.о.${nb}Стрежевой, 5–11${nb}классы`,
    );
    expect(typeset('см. https://example.org/a-1 2 раза')).toBe(`см. https://example.org/a-1 2${nb}раза`);
  });

  test('a negative number in the text takes the minus sign, not a hyphen; ranges and hyphenated words keep theirs', () => {
    const nb = '\u00a0';
    expect(typeset('с 20 % до 15 % (-5 п. п.), итог -3')).toBe(`с 20${nb}% до 15${nb}% (\u22125${nb}п.${nb}п.), итог \u22123`);
    expect(typeset('-2 балла')).toBe(`\u22122${nb}балла`);
    expect(typeset('Усть-Ишимский, 5-11 классы, ВКС-2')).toBe(`Усть-Ишимский, 5–11${nb}классы, ВКС-2`);
  });
});

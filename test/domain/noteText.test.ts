// The small Russian phrases the note is built from: cases after numbers and prepositions, deadlines, values with units.
import { enumeration } from '../../src/domain/noteModel';
import type { PluralForms } from '../../src/domain/russian';
import {
  deadlineText,
  following,
  fromTo,
  indicatorName,
  isDue,
  lessThan,
  listValue,
  lowerFirst,
  ofCount,
  sentence,
  unitsDative,
  unitsOf,
  upperFirst,
  valueText,
} from '../../src/domain/noteText';
import { tinySettings } from '../helpers/tiny';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const PEOPLE: PluralForms = ['человек', 'человека', 'человек'];
const FIRMS: PluralForms = ['предприятие (организация)', 'предприятия (организации)', 'предприятий (организаций)'];
const share = { kind: 'share' as const };
const count = { kind: 'count' as const };

test('the genitive after «из»: singular after 1, 21, 101, plural after 2, 5, 11, 111', () => {
  const ORGS = ['общеобразовательной организации', 'общеобразовательных организаций'] as const;
  expect([1, 2, 5, 11, 21, 101, 111].map((n) => plain(ofCount(n, ORGS)))).toEqual([
    '1 общеобразовательной организации',
    '2 общеобразовательных организаций',
    '5 общеобразовательных организаций',
    '11 общеобразовательных организаций',
    '21 общеобразовательной организации',
    '101 общеобразовательной организации',
    '111 общеобразовательных организаций',
  ]);
  const s = tinySettings(['А район']);
  expect([plain(unitsOf(s, 1)), plain(unitsOf(s, 20))]).toEqual(['1 муниципалитета', '20 муниципалитетов']);
});

test('the dative plural of the unit noun, from its genitive plural in the settings', () => {
  const dative = (genitive: string) => unitsDative({ ...tinySettings([]), unitNouns: ['x', 'x', genitive] });
  expect(['муниципалитетов', 'районов', 'учителей', 'консультантов', 'округов'].map(dative)).toEqual([
    'муниципалитетам',
    'районам',
    'учителям',
    'консультантам',
    'округам',
  ]);
  expect(dative('ОГОУ')).toBe('ОГОУам');
  expect(dative('школ')).toBe('школам');
  expect(dative('организаций')).toBe('организациям');
  expect(dative('музеев')).toBe('музеям');
});

test('«менее N …» takes the genitive; a count with no nouns is the bare number', () => {
  expect(plain(lessThan(2, FIRMS))).toBe('2 предприятий (организаций)');
  expect(plain(lessThan(1, FIRMS))).toBe('1 предприятия (организации)');
  expect(plain(lessThan(21, PEOPLE))).toBe('21 человека');
  expect(plain(lessThan(10000, null))).toBe('10 000');
});

test('a deadline is written out; text that is not a date stays as typed; a target is due by 1 January after the year', () => {
  expect(plain(deadlineText('01.01.2023'))).toBe('1 января 2023 г.');
  expect(deadlineText('к концу года')).toBe('к концу года');
  expect(deadlineText('')).toBe('');
  const s = tinySettings(['А район']); // report year 2021
  expect(isDue(s, '')).toBe(true);
  expect(isDue(s, 'когда-нибудь')).toBe(true);
  expect(isDue(s, '31.12.2021')).toBe(true);
  expect(isDue(s, '01.01.2022')).toBe(true);
  expect(isDue(s, '02.01.2022')).toBe(false);
  expect(isDue(s, '01.02.2022')).toBe(false);
  expect(isDue(s, '01.01.2023')).toBe(false);
  expect(isDue(s, '15.06.2020')).toBe(true);
});

test('values with their units: a share in per cent, a count with its noun, abbreviated units in lists', () => {
  expect(plain(valueText(share, 29.05, null))).toBe('29,05 %');
  expect(plain(valueText(count, 121, FIRMS))).toBe('121 предприятие (организация)');
  expect(plain(valueText(count, 510, null))).toBe('510');
  expect(plain(fromTo(count, 529, 510, PEOPLE))).toBe('с 529 до 510 человек');
  expect(plain(fromTo(share, 24.6, 54.5, null))).toBe('с 24,6 % до 54,5 %');
  expect(plain(listValue({ kind: 'share', unit: '%' }, 93))).toBe('93 %');
  expect(plain(listValue({ kind: 'count', unit: 'человек' }, 136))).toBe('136 чел.');
  expect(plain(listValue({ kind: 'count', unit: 'единиц' }, 73))).toBe('73 ед.');
  expect(plain(listValue({ kind: 'count', unit: 'мероприятий' }, 4))).toBe('4 мероприятий');
  expect(plain(listValue({ kind: 'count', unit: '' }, 4))).toBe('4');
});

test('names and sentences: the trailing unit dropped, the first letter raised or lowered (not in an abbreviation), one full stop', () => {
  expect(indicatorName('Количество предприятий, единиц')).toBe('Количество предприятий');
  expect(indicatorName('Доля обучающихся, %')).toBe('Доля обучающихся');
  expect(indicatorName('Число наставников, человек ')).toBe('Число наставников');
  expect(indicatorName('Число наставников')).toBe('Число наставников');
  expect([upperFirst('рост'), upperFirst('')]).toEqual(['Рост', '']);
  expect([lowerFirst('Рост'), lowerFirst('ОО реализуют'), lowerFirst('')]).toEqual(['рост', 'ОО реализуют', '']);
  expect([sentence(' Итог '), sentence('Итог.'), sentence('Итог?'), sentence('Итог…')]).toEqual(['Итог.', 'Итог.', 'Итог?', 'Итог…']);
});

test('a list closes each item with «;» and the last with «.», keeping a mark typed in the settings, never doubling it', () => {
  expect(enumeration(['приказ № 1;', 'распоряжение от 01.02.2021 г.', 'письмо, '])).toEqual({
    kind: 'list',
    items: ['приказ № 1;', 'распоряжение от 01.02.2021 г.;', 'письмо.'],
  });
  expect(enumeration(['конкурс — май 2026 г.'])).toEqual({ kind: 'list', items: ['конкурс — май 2026 г.'] });
});

test('«следующий» agrees with the unit noun of «Настройки» by its gender', () => {
  const nouns = (one: string) => ({ unitNouns: [one, '', ''] as const });
  expect(following(nouns('школа'), 'dative')).toBe('следующей');
  expect(following(nouns('организация'), 'genitive')).toBe('следующей');
  expect(following(nouns('муниципалитет'), 'dative')).toBe('следующему');
  expect(following(nouns('учреждение'), 'genitive')).toBe('следующего');
});

// What coordinators really type, parsed: numbers, percentages, marks, "no data", and everything else explained.
import { cellText, parseCell, shownValue } from '../../src/domain/cellValue';

const number = (value: number, percentSign = false, extracted = false) => ({ kind: 'number', value, percentSign, extracted });
const invalid = (reason: string) => ({ kind: 'invalid', reason });

// Whole objects, not a subset: which of percentSign and extracted is set decides the message a coordinator gets.
test.each([
  [12, number(12)],
  ['12,5', number(12.5)],
  ['12.5', number(12.5)],
  ['12,5%', number(12.5, true)],
  ['12,5 %', number(12.5, true)],
  ['12 345', number(12345)],
  ['12\u00a0345', number(12345)],
  ['−5', number(-5)],
  ['1e3', number(1000)],
  ['Во все 4 формы вовлечены 12,5%', number(12.5, true, true)],
  ['+', { kind: 'mark', mark: '+' }],
  ['-', { kind: 'mark', mark: '-' }],
  ['—', { kind: 'mark', mark: '-' }],
  ['', { kind: 'empty' }],
  [null, { kind: 'empty' }],
  [undefined, { kind: 'empty' }],
  ['  ', { kind: 'empty' }],
  ['нет данных', { kind: 'nodata' }],
  ['Н/Д', { kind: 'nodata' }],
  ['#DIV/0!', invalid('формула в ячейке вернула ошибку #DIV/0!')],
  ['восемь', invalid('в ячейке текст, а нужно число')],
  ['9'.repeat(400), invalid('в ячейке слишком большое число')],
  [true, invalid('в ячейке флажок (ИСТИНА/ЛОЖЬ), а нужно число')],
  [new Date(2021, 4, 1), invalid('в ячейке дата, а нужно число (Таблица могла сама превратить «1.5» в дату — введите число заново)')],
  [Number.NaN, invalid('в ячейке не число')],
])('%p → %p', (raw, expected) => {
  expect(parseCell(raw as never)).toEqual(expected);
});

test('a date in a number cell is explained as Sheets turning «1.5» into a date', () => {
  const p = parseCell(new Date(2021, 4, 1));
  expect(p.kind === 'invalid' && p.reason).toContain('дата');
  // A date is a calendar date in its UTC fields: 23:30 of 01.05 stays 01.05 on a machine east of UTC.
  expect(shownValue(new Date(Date.UTC(2021, 4, 1, 23, 30)))).toBe('01.05.2021');
});

test('values are shown as a coordinator reads them', () => {
  expect(shownValue(12.5)).toBe('12,5');
  expect(shownValue(false)).toBe('ЛОЖЬ');
  expect(shownValue(undefined)).toBe('');
  expect(shownValue(null)).toBe('');
  // Free text (examples, contacts) is kept as typed, without the spaces around it.
  expect(cellText('  Наставник — учитель  ')).toBe('Наставник — учитель');
  expect(cellText(null)).toBe('');
});

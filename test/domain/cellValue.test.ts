// What coordinators really type, parsed: numbers, percentages, marks, "no data", and everything else explained.
import { parseCell, shownValue } from '../../src/domain/cellValue';

test.each([
  [12, { kind: 'number', value: 12 }],
  ['12,5', { kind: 'number', value: 12.5 }],
  ['12.5', { kind: 'number', value: 12.5 }],
  ['12,5%', { kind: 'number', value: 12.5, percentSign: true }],
  ['12 345', { kind: 'number', value: 12345 }],
  ['12\u00a0345', { kind: 'number', value: 12345 }],
  ['Во все 4 формы вовлечены 12,5%', { kind: 'number', value: 12.5, extracted: true }],
  ['+', { kind: 'mark', mark: '+' }],
  ['-', { kind: 'mark', mark: '-' }],
  ['—', { kind: 'mark', mark: '-' }],
  ['', { kind: 'empty' }],
  [null, { kind: 'empty' }],
  ['  ', { kind: 'empty' }],
  ['нет данных', { kind: 'nodata' }],
  ['Н/Д', { kind: 'nodata' }],
  ['#DIV/0!', { kind: 'invalid' }],
  ['восемь', { kind: 'invalid' }],
  [true, { kind: 'invalid' }],
  [new Date(2021, 4, 1), { kind: 'invalid' }],
  [Number.NaN, { kind: 'invalid' }],
])('%p → %p', (raw, expected) => {
  expect(parseCell(raw as never)).toMatchObject(expected);
});

test('a date in a number cell is explained as Sheets turning «1.5» into a date', () => {
  const p = parseCell(new Date(2021, 4, 1));
  expect(p.kind === 'invalid' && p.reason).toContain('дата');
  expect(shownValue(new Date(2021, 4, 1))).toBe('01.05.2021');
});

test('values are shown as a coordinator reads them', () => {
  expect(shownValue(12.5)).toBe('12,5');
  expect(shownValue(false)).toBe('ЛОЖЬ');
  expect(shownValue(undefined)).toBe('');
});

// Column letters of A1 notation, the one conversion the workbook layer and the local runtime share.
import { columnLetter, columnNumber } from '../../src/domain/columns';

test('column numbers and letters at the edges of one, two and three letters', () => {
  const pairs: Array<[number, string]> = [
    [1, 'A'],
    [2, 'B'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [18278, 'ZZZ'],
  ];
  for (const [n, letters] of pairs) {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  }
  expect(columnNumber('aa')).toBe(27);
  expect(columnLetter(0)).toBe('');
});

test('letters and numbers round-trip for every column up to ZZZ (18 278)', () => {
  const broken = Array.from({ length: 18278 }, (_, i) => i + 1).filter((n) => columnNumber(columnLetter(n)) !== n);
  expect(broken).toEqual([]);
});

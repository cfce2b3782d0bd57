// A paragraph longer than a Sheets cell is split between clauses or words, never inside an emoji; a long cell is cut with «…».
import { CELL_TEXT_LIMIT, fitCell, splitForCells } from '../../src/domain/cellLimit';

test("the limit is Google's 50 000 characters per cell (Drive Help, «Files you can store in Google Drive»)", () => {
  expect(CELL_TEXT_LIMIT).toBe(50_000);
});

test('a list of units longer than a cell is split after a comma; the pieces, joined by a space, are the paragraph', () => {
  const names = Array.from({ length: 1200 }, (_, i) => `МБОУ «Средняя общеобразовательная школа № ${i + 1}»`);
  const paragraph = `Не представили отчёт: ${names.join(', ')}.`;
  const pieces = splitForCells(paragraph);
  expect(paragraph.length).toBe(57_714);
  expect(pieces).toHaveLength(2);
  expect(pieces.every((p) => p.length <= CELL_TEXT_LIMIT)).toBe(true);
  expect(pieces.slice(0, -1).every((p) => p.endsWith('»,'))).toBe(true);
  expect(pieces.join(' ')).toBe(paragraph);
});

test('without clause breaks the cut is at a space; without spaces, never between the halves of an emoji', () => {
  expect(splitForCells('аа бб вв', 5)).toEqual(['аа', 'бб вв']);
  expect(splitForCells('абвг😀де', 5)).toEqual(['абвг', '😀де']);
  expect(splitForCells('короткий')).toEqual(['короткий']);
});

test('a cell longer than the limit is cut to exactly the limit, ending with «…»', () => {
  expect(fitCell('я'.repeat(CELL_TEXT_LIMIT))).toBe('я'.repeat(CELL_TEXT_LIMIT));
  const cut = fitCell('я'.repeat(CELL_TEXT_LIMIT + 1));
  expect([cut.length, cut.endsWith('я…')]).toEqual([CELL_TEXT_LIMIT, true]);
  expect(fitCell('абвг😀', 5)).toBe('абвг…');
  expect(fitCell('абв😀д', 5)).toBe('абв…');
});

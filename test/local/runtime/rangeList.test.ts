// Sheet.getRangeList: several ranges of one sheet in one call, as a protection's unprotected ranges.
import { LocalSpreadsheet } from '../../../src/local/runtime';

test('getRangeList names every range in one call; the ranges can be a protection’s unprotected ranges', () => {
  const ss = new LocalSpreadsheet({ sheetNames: ['Район'] });
  const sheet = ss.getSheetByName('Район')!;
  ss.env.recorder.reset();
  const ranges = sheet.getRangeList(['C5:C5', 'C10:D10', 'E12']).getRanges();
  expect(ranges.map((r) => r.getA1Notation())).toEqual(['C5', 'C10:D10', 'E12']);
  expect(ss.env.recorder.counts.byTargetMethod).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.getRanges': 1, 'Range.getA1Notation': 3 });
  const p = sheet.protect().setUnprotectedRanges(ranges);
  expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C5', 'C10:D10', 'E12']);
});

test('getRangeList refuses an empty list and a notation outside the sheet', () => {
  const sheet = new LocalSpreadsheet({ sheetNames: ['Район'] }).getSheetByName('Район')!;
  // Google: «a non-empty list of A1 notations» (reference/spreadsheet/sheet#getRangeList).
  expect(() => sheet.getRangeList([])).toThrow('A range list needs a non-empty list of A1 notations.');
  expect(() => sheet.getRangeList(['C5', 'ZZZ99999'])).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
});

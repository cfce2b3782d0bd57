// The CLI's heap bound as README «Command line» states it: 2 MB per 1 000 declared cells of the workbook, at least 512 MB.
import { heapLimitFor, heapLimitMb } from '../../src/local/heapLimit';

test('the heap bound grows with the cells the workbook declares, never below what a small workbook needs', () => {
  expect(heapLimitMb(0)).toBe(512);
  // The Tomsk sample with its 20 unit tabs and a workbook of 200 units: the floor.
  expect(heapLimitMb(4_000)).toBe(512);
  expect(heapLimitMb(256_000)).toBe(512);
  // 2 000 generated units (test/helpers/scaledCsv.ts, then `tabs`): 365 287 declared cells → 731 MB.
  expect(heapLimitMb(365_287)).toBe(731);
  // A region the size of Sheets' limit gets what it needs: 10 million cells → 20 000 MB.
  expect(heapLimitMb(10_000_000)).toBe(20_000);
});

test('a call without a workbook to size it by runs as it is', () => {
  expect(heapLimitFor(undefined)).toBeNull();
  expect(heapLimitFor('data/tomsk-2021/forms.csv')).toBeNull();
  expect(heapLimitFor('/no/such/file.xlsx')).toBeNull();
});

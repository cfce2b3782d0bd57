// The unit tab is read by key: inserted rows, moved blocks and deleted keys behave as a coordinator would expect.
import { parseUnitTab } from '../../src/workbook/unitTab';
import { literalText } from '../../src/workbook/sheetDoc';
import { sampleGrids } from '../helpers/grids';

const g = sampleGrids();
const unit = g.settings.units.find((u) => u.name === 'г. Томск')!;
const grid = g.tabs.find((t) => t.name === 'г. Томск')!.values;

test('rows inserted in the middle and blocks moved do not change what is read', () => {
  const plain = parseUnitTab(grid, g.settings, unit, 'г. Томск').input;
  const shuffled = [...grid.slice(0, 5), ['', 'вставленная строка', 'мусор', 99], ...grid.slice(20), ...grid.slice(5, 20)];
  const read = parseUnitTab(shuffled, g.settings, unit, 'г. Томск');
  expect(read.findings).toEqual([]);
  expect(read.input.orgs.general!.raw).toBe(plain.orgs.general!.raw);
  expect(read.input.indicators['5'].cur.value!.raw).toBe(12345);
  expect(read.input.indicators['5'].cur.value!.cell).not.toBe(plain.indicators['5'].cur.value!.cell);
});

test('a deleted key is reported by the row label, and the other fields are still read', () => {
  const damaged = grid.map((r) => (r[0] === 'ind:7:value' ? ['', ...r.slice(1)] : r));
  const read = parseUnitTab(damaged, g.settings, unit, 'г. Томск');
  expect(read.findings).toHaveLength(1);
  expect(read.findings[0]).toMatchObject({ severity: 'error', rule: 'structure' });
  expect(read.findings[0].message).toContain('7. Положительная динамика числа представителей');
  expect(read.input.indicators['8'].cur.value!.raw).toBe(354);
});

test('text that Sheets would turn into a formula or a number is written with a leading apostrophe', () => {
  expect(literalText('=1+1')).toBe("'=1+1");
  expect(literalText('+7 999')).toBe("'+7 999");
  expect(literalText('@user')).toBe("'@user");
  expect(literalText('1.5')).toBe("'1.5");
  expect(literalText('г. Томск')).toBe('г. Томск');
});

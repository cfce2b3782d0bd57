// «Тип» of a unit: a dropdown list of the types already used, and types that differ only in case or spaces are one type,
// spelt as it first appears, with a warning on the differently spelt cell — the region is never split into two groups.
import { analyze } from '../../src/workbook/analyze';
import { renderSettings } from '../../src/workbook/settingsTab';
import { parseSettings } from '../../src/workbook/settingsRead';
import { docValues, workbookGrids } from '../helpers/grids';
import { tinySettings } from '../helpers/tiny';

const settings = tinySettings(['А район', 'Б район', 'Северный округ', 'Южный округ']);
settings.units = settings.units.map((u, i) => ({
  ...u,
  type: ['Муниципалитет', 'муниципалитет', 'Городской округ', 'городской  округ'][i],
}));
const doc = renderSettings(settings);
/** The dropdowns of «Тип», one a unit (the first list of «Настройки» is «Уровень»). */
const typeCells = doc.validations.filter((v) => v.spec.kind === 'list' && v.box.row > doc.validations[0].box.row);

test('the «Тип» cell of every unit offers the types already used, each once in its first spelling, and lets a new one be typed', () => {
  const grid = docValues(doc);
  expect(typeCells.map((v) => grid[v.box.row - 1][v.box.col - 1])).toEqual([
    'Муниципалитет',
    'муниципалитет',
    'Городской округ',
    'городской  округ',
  ]);
  expect(grid[typeCells[0].box.row - 2][typeCells[0].box.col - 1]).toBe('Тип');
  expect(typeCells[0].spec).toEqual({
    kind: 'list',
    values: ['Муниципалитет', 'Городской округ'],
    help: 'Выберите тип из списка; новый тип можно вписать.',
  });
});

test('types that differ only in case are one type, spelt as it first appears, with a warning naming the cell', () => {
  const read = parseSettings(docValues(doc));
  expect(read.settings.units.map((u) => u.type)).toEqual(['Муниципалитет', 'Муниципалитет', 'Городской округ', 'Городской округ']);
  expect(read.findings.map((f) => [f.severity, f.cell, f.value, f.message])).toEqual([
    [
      'warning',
      `C${typeCells[1].box.row}`,
      'муниципалитет',
      'Тип «муниципалитет» записан иначе, чем выше в таблице («Муниципалитет»): в сводке и справке это один тип, «Муниципалитет». Выберите тип из списка.',
    ],
    [
      'warning',
      `C${typeCells[3].box.row}`,
      'городской  округ',
      'Тип «городской  округ» записан иначе, чем выше в таблице («Городской округ»): в сводке и справке это один тип, «Городской округ». Выберите тип из списка.',
    ],
  ]);
});

test('the note ranks both municipalities together and counts both districts as one other group', () => {
  const g = workbookGrids(settings, {
    'А район': { orgs: { general: 2, additional: 1 } },
    'Б район': { orgs: { general: 3, additional: 1 } },
    'Северный округ': { orgs: { general: 4, additional: 1 } },
    'Южный округ': { orgs: { general: 5, additional: 1 } },
  });
  const a = analyze(g.settingsValues, g.tabs);
  expect(a.summary.forms.rows.map((r) => r.unit)).toEqual(['А район', 'Б район']);
  expect(a.summary.otherForms.map((f) => [f.type, f.rows.map((r) => r.unit)])).toEqual([
    ['Городской округ', ['Северный округ', 'Южный округ']],
  ]);
  expect(a.note.sections.filter((s) => s.role === 'others').map((s) => s.heading)).toEqual([
    'Другие участники Мониторинга (Городской округ)',
  ]);
});

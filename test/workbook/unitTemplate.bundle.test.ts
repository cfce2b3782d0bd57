// «Создать вкладки» copies one prepared template tab per unit: the tabs are the layout's, named each for its unit, made
// in a fixed number of formatting calls per run instead of a dozen per tab.
import { generateWorkbook } from '../../src/local/bench/generate';
import type { LocalSheet } from '../../src/local/runtime';
import { newSession } from '../helpers/bundle';

const UNITS = 20;

function made() {
  const { settings } = generateWorkbook(UNITS);
  // A unit whose name Sheets would read as a number: the tab must still name it as text.
  settings.units[0] = { ...settings.units[0], name: '2021' };
  const s = newSession();
  s.globals.setupWorkbookWith_(settings);
  s.runtime.resetCalls();
  const result = s.globals.createTabs() as { ok: boolean; pending?: boolean; message: string };
  return { s, settings, result };
}

/** Everything of a unit tab's layout the runtime keeps: cells with their formats and validation, columns, frozen rows. */
function layoutOf(tab: LocalSheet) {
  const range = tab.getRange(1, 1, tab.getMaxRows(), tab.getMaxColumns());
  return {
    values: range.getValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
    wraps: range.getWraps(),
    validations: range.getDataValidations().map((row) => row.map((v) => (v ? [String(v.getCriteriaType()), v.getHelpText()] : null))),
    widths: [1, 2, 3, 4, 5].map((c) => tab.getColumnWidth(c)),
    hiddenKeyColumn: tab.isColumnHiddenByUser(1),
    frozenRows: tab.getFrozenRows(),
    hidden: tab.isSheetHidden(),
  };
}

test('every new tab is a copy of the template: the same layout, its own unit named as text, visible, no template left', () => {
  const { s, settings, result } = made();
  expect(result).toMatchObject({ ok: true, message: expect.stringMatching(new RegExp(`^Создано ${UNITS} вкладок: `)) });
  const names = s.ss.getSheets().map((x) => x.getName());
  expect(names.filter((n) => n.startsWith('~'))).toEqual([]);
  expect(names.slice(-UNITS)).toEqual(settings.units.map((u) => u.tab));

  const [first, second] = settings.units.map((u) => layoutOf(s.ss.getSheetByName(u.tab)!));
  expect(first.values[1][2]).toBe('2021');
  expect(second.values[1][2]).toBe(settings.units[1].name);
  // Apart from the unit's own cell, two tabs are the same in every cell, column and setting.
  second.values[1][2] = '2021';
  expect(second).toEqual(first);
  expect(first).toMatchObject({ widths: [40, 380, 150, 150, 360], hiddenKeyColumn: true, frozenRows: 3, hidden: false });
});

test('the layout is written once a run, whatever the number of tabs: one call per property, one copy and four calls per tab', () => {
  const { s } = made();
  const calls = s.runtime.calls.byTargetMethod;
  for (const layoutCall of [
    'Range.setValues',
    'Range.setBackgrounds',
    'Range.setDataValidations',
    'Range.setNumberFormats',
    'Sheet.hideColumns',
  ])
    expect({ [layoutCall]: calls[layoutCall] }).toEqual({ [layoutCall]: 1 });
  expect(calls['Sheet.setColumnWidths']).toBe(4);
  // The template and one copy per tab; then each copy's unit cell, frozen rows (Google does not say a copy keeps them),
  // visibility (nor whether it stays hidden like the template) and name.
  expect(calls['Spreadsheet.insertSheet']).toBe(UNITS + 1);
  expect(calls['Range.setValue']).toBe(UNITS);
  expect(calls['Sheet.setFrozenRows']).toBe(UNITS + 1);
  expect(calls['Sheet.showSheet']).toBe(UNITS);
  expect(calls['Sheet.setName']).toBe(UNITS);
  expect(calls['Spreadsheet.deleteSheet']).toBe(1);
});

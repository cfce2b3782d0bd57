// insertSheet with a template: what the copy carries, what it does not, and what Sheets refuses.
import { LocalDataValidationBuilder, LocalSpreadsheet } from '../../../src/local/runtime';

/** A template as «Создать вкладки» writes it: values, a formula, formats, validation, widths, a hidden column, frozen rows, hidden. */
function templateIn(ss: LocalSpreadsheet) {
  const t = ss.insertSheet('~образец', 1);
  t.getRange('A1:C2').setValues([
    ['unit', 'Единица', ''],
    ['x', 'Число', '=1+1'],
  ]);
  t.getRange('C1:C2').setNumberFormats([['@'], ['0.##']]);
  t.getRange('B1:B2').setBackgrounds([['#d9e2f3'], ['#fff9db']]);
  t.getRange('B2').setNote('подсказка');
  t.getRange('C1').setDataValidation(new LocalDataValidationBuilder(ss.env).requireCheckbox().build());
  t.setColumnWidths(2, 1, 380);
  t.hideColumns(1);
  t.setFrozenRows(1);
  t.hideSheet();
  return t;
}

test('the copy carries the cells (values, formulas, formats, notes) and the columns (widths, hidden), the grid size and the hidden state', () => {
  const ss = new LocalSpreadsheet({ sheetNames: ['Настройки'] });
  const t = templateIn(ss);
  const copy = ss.insertSheet('Район', 2, { template: t });
  expect(copy.getRange('A1:B2').getValues()).toEqual([
    ['unit', 'Единица'],
    ['x', 'Число'],
  ]);
  expect(copy.getRange('C2').getFormula()).toBe('=1+1');
  expect(copy.getRange('C1:C2').getNumberFormats()).toEqual([['@'], ['0.##']]);
  expect(copy.getRange('B1:B2').getBackgrounds()).toEqual([['#d9e2f3'], ['#fff9db']]);
  expect(copy.getRange('B2').getNote()).toBe('подсказка');
  expect(copy.getRange('C1').getDataValidation()!.getCriteriaType().toString()).toBe('CHECKBOX');
  expect(copy.getColumnWidth(2)).toBe(380);
  expect(copy.isColumnHiddenByUser(1)).toBe(true);
  expect([copy.getMaxRows(), copy.getMaxColumns()]).toEqual([t.getMaxRows(), t.getMaxColumns()]);
  // Google does not say: the runtime takes the side a product must not rely on — hidden like the template, not frozen.
  expect(copy.isSheetHidden()).toBe(true);
  expect(copy.getFrozenRows()).toBe(0);
  expect(copy.getProtections('SHEET' as never)).toEqual([]);
  // A change to the copy leaves the template as it was.
  copy.getRange('C1').setValue('Асиновский район');
  expect(t.getRange('C1').getValue()).toBe('');
  expect(ss.getSheets().map((x) => x.getName())).toEqual(['Настройки', '~образец', 'Район']);
});

test('Sheets refuses a template from another spreadsheet, and a name already taken', () => {
  const ss = new LocalSpreadsheet({ sheetNames: ['Настройки'] });
  const t = templateIn(ss);
  const other = new LocalSpreadsheet({ sheetNames: ['Лист1'] });
  // Google, insertSheet's `template`: «The sheet template must be one of the sheets of the Spreadsheet object».
  expect(() => other.insertSheet('Район', { template: t })).toThrow(
    'The sheet template must be one of the sheets of the Spreadsheet object.',
  );
  expect(() => ss.insertSheet('настройки', 1, { template: t })).toThrow(
    'A sheet with the name "настройки" already exists. Please enter another name.',
  );
  ss.deleteSheet(t);
  expect(() => ss.insertSheet('Район', 1, { template: t })).toThrow(
    'The sheet template must be one of the sheets of the Spreadsheet object.',
  );
  expect(other.getSheets()).toHaveLength(1);
});

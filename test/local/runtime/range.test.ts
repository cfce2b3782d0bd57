// Range and Sheet behaviour the add-in relies on: shapes, A1 notation, value typing, growth, structure edits.
import { type LocalSpreadsheet, createRuntime } from '../../../src/local/runtime';

function fresh(): LocalSpreadsheet {
  return createRuntime(undefined, { console: { log: () => undefined } }).spreadsheet;
}

describe('setValues shape', () => {
  it('rejects a wrong number of rows with the Apps Script message', () => {
    const sh = fresh().getSheets()[0];
    expect(() =>
      sh.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('rejects a wrong number of columns with the Apps Script message', () => {
    const sh = fresh().getSheets()[0];
    expect(() =>
      sh.getRange(1, 1, 2, 2).setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
  });

  it('checks the shape of every plural setter the same way', () => {
    const sh = fresh().getSheets()[0];
    const r = sh.getRange('A1:B2');
    expect(() => r.setBackgrounds([['#ff0000', null]])).toThrow('The data has 1 but the range has 2.');
    expect(() => r.setNumberFormats([['0'], ['0']])).toThrow('The number of columns in the data does not match');
    expect(() =>
      r.setFontWeights([
        ['bold', 'bold', 'bold'],
        ['bold', 'bold', 'bold'],
      ]),
    ).toThrow('The data has 3 but the range has 2.');
    expect(() => r.setNotes([['a', 'b']])).toThrow('The number of rows in the data');
    expect(() => r.setDataValidations([[null, null]])).toThrow('The number of rows in the data');
    expect(() =>
      r.setFormulas([
        ['=1', '=2', '=3'],
        ['', '', ''],
      ]),
    ).toThrow('The number of columns in the data');
  });

  it('names the wrong parameter type like Apps Script when given a flat array', () => {
    const sh = fresh().getSheets()[0];
    expect(() => sh.getRange(1, 1, 1, 2).setValues([1, 2] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe('ranges and A1 notation', () => {
  it('uses 1-based rows and columns', () => {
    const sh = fresh().getSheets()[0];
    const r = sh.getRange(2, 3, 4, 2);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 2]);
    expect(sh.getRange(5, 26).getA1Notation()).toBe('Z5');
    sh.insertColumnsAfter(26, 2);
    expect(sh.getRange(5, 28).getA1Notation()).toBe('AB5');
    expect(sh.getRange('B2').getA1Notation()).toBe('B2');
    const b = sh.getRange('B2:D9');
    expect([b.getRow(), b.getColumn(), b.getNumRows(), b.getNumColumns()]).toEqual([2, 2, 8, 3]);
  });

  it('throws the Apps Script messages for bad coordinates', () => {
    const sh = fresh().getSheets()[0];
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sh.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sh.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sh.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange('nonsense!!')).toThrow('Range not found');
  });

  it('reports data range, last row and last column from content only', () => {
    const sh = fresh().getSheets()[0];
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getDataRange().getA1Notation()).toBe('A1');
    sh.getRange('C5').setBackground('#ff0000');
    expect(sh.getLastRow()).toBe(0);
    sh.getRange('B3').setValue('x');
    sh.getRange('D2').setFormula('=B3');
    expect(sh.getLastRow()).toBe(3);
    expect(sh.getLastColumn()).toBe(4);
    expect(sh.getDataRange().getA1Notation()).toBe('A1:D3');
    expect(sh.getMaxRows()).toBe(1000);
    expect(sh.getMaxColumns()).toBe(26);
  });
});

describe('values as Sheets stores them', () => {
  it('turns "=…" into a formula, strips a leading apostrophe and keeps types', () => {
    const sh = fresh().getSheets()[0];
    const when = new Date(2021, 8, 1);
    sh.getRange(1, 1, 1, 6).setValues([['=SUM(B2:B3)', "'=not a formula", 42, true, when, 'текст']]);
    expect(sh.getRange('A1').getFormula()).toBe('=SUM(B2:B3)');
    expect(sh.getRange('A1').getValue()).toBe('');
    expect(sh.getRange('B1').getFormula()).toBe('');
    const values = sh.getRange(1, 1, 1, 6).getValues()[0];
    expect(values[1]).toBe('=not a formula');
    expect(values[2]).toBe(42);
    expect(values[3]).toBe(true);
    expect(values[4]).toBeInstanceOf(Date);
    expect((values[4] as Date).getTime()).toBe(when.getTime());
    expect(values[5]).toBe('текст');
    expect(sh.getRange(1, 1, 1, 6).getFormulas()[0]).toEqual(['=SUM(B2:B3)', '', '', '', '', '']);
  });

  it('returns empty strings for empty cells and fresh arrays every time', () => {
    const sh = fresh().getSheets()[0];
    sh.getRange('A1').setValue(1);
    const v1 = sh.getRange('A1:B2').getValues();
    expect(v1).toEqual([
      [1, ''],
      ['', ''],
    ]);
    v1[0][0] = 99;
    expect(sh.getRange('A1').getValue()).toBe(1);
  });

  it('parses typed numbers and booleans as Sheets does (ru locale), keeps apostrophe text', () => {
    const sh = fresh().getSheets()[0];
    sh.getRange(1, 1, 1, 6).setValues([['12', '12,5', 'TRUE', '007', "'007", '12.5']]);
    expect(sh.getRange(1, 1, 1, 6).getValues()[0]).toEqual([12, 12.5, true, 7, '007', '12.5']);
  });

  it('keeps text in plain-text cells', () => {
    const sh = fresh().getSheets()[0];
    const r = sh.getRange('A1');
    r.setNumberFormat('@');
    r.setValue('0123');
    expect(r.getValue()).toBe('0123');
  });

  it('clears with null and empty string', () => {
    const sh = fresh().getSheets()[0];
    sh.getRange('A1:B1').setValues([[1, 2]]);
    sh.getRange('A1:B1').setValues([[null, '']]);
    expect(sh.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sh.getRange('A1:B1').isBlank()).toBe(true);
  });

  it('puts a date format on a cell that receives a Date and keeps the formats set on numbers', () => {
    const sh = fresh().getSheets()[0];
    const ss = sh.getParent();
    // Midnight in the spreadsheet's zone (Asia/Tomsk, UTC+7).
    const d = new Date(Date.UTC(2023, 0, 1) - 7 * 3600 * 1000);
    sh.getRange('A1').setValue(d);
    expect(sh.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    expect((sh.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    sh.getRange('B1:D1').setValues([[1234567, 0.5, 29.05]]);
    sh.getRange('C1').setNumberFormat('0.00%');
    sh.getRange('B1').setNumberFormat('#,##0');
    expect(sh.getRange('B1:D1').getValues()).toEqual([[1234567, 0.5, 29.05]]);
    expect(sh.getRange('B1:D1').getNumberFormats()).toEqual([['#,##0', '0.00%', '0.###############']]);
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
  });

  it('adjusts relative references when one formula is set on a block', () => {
    const sh = fresh().getSheets()[0];
    sh.getRange('C1:C3').setFormula('=A1*$B$1');
    expect(sh.getRange('C1:C3').getFormulas()).toEqual([['=A1*$B$1'], ['=A2*$B$1'], ['=A3*$B$1']]);
  });
});

describe('formats', () => {
  it('reports Sheets defaults and normalised colours', () => {
    const sh = fresh().getSheets()[0];
    const r = sh.getRange('A1:B1');
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(r.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    r.setBackgrounds([['red', '#ABC']]);
    r.setFontWeight('bold');
    r.setFontColor('#00FF00');
    r.setFontStyle('italic');
    r.setFontSize(12);
    r.setHorizontalAlignment('center');
    r.setVerticalAlignment('middle');
    r.setWrap(true);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#aabbcc']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColor()).toBe('#00ff00');
    expect(r.getFontStyle()).toBe('italic');
    expect(r.getFontSize()).toBe(12);
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(r.getVerticalAlignment()).toBe('middle');
    expect(r.getWrap()).toBe(true);
    expect(r.getWrapStrategy()).toBe('WRAP');
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    r.clearFormat();
    expect(r.getFontWeight()).toBe('normal');
  });

  it('clear() clears contents and formats and keeps notes; clear({ commentsOnly }) clears the notes', () => {
    // Google, reference/spreadsheet/range: clear() «Clears the range of contents and formats»; clear(options) clears
    // what the options name (commentsOnly, contentsOnly, formatOnly, validationsOnly).
    const sh = fresh().getSheets()[0];
    sh.getRange('A1:B1').setNotes([['первая', '']]);
    expect(sh.getRange('A1:B1').getNotes()).toEqual([['первая', '']]);
    sh.getRange('A1').setValue(5).setBackground('#ff0000');
    sh.getRange('A1:B1').clearContent();
    expect(sh.getRange('A1').getNote()).toBe('первая');
    sh.getRange('A1').setValue(5);
    sh.getRange('A1:B1').clear();
    expect([sh.getRange('A1').getValue(), sh.getRange('A1').getBackground(), sh.getRange('A1').getNote()]).toEqual([
      '',
      '#ffffff',
      'первая',
    ]);
    sh.getRange('A1:B1').clear({ commentsOnly: true });
    expect(sh.getRange('A1').getNote()).toBe('');
  });
});

describe('merges', () => {
  it('merges, keeps only the top-left value and reports merged ranges', () => {
    const sh = fresh().getSheets()[0];
    sh.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sh.getRange('A1:B2').merge();
    expect(sh.getRange('A1:B2').getValues()).toEqual([
      [1, ''],
      ['', ''],
    ]);
    expect(
      sh
        .getRange('B2')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B2']);
    expect(() => sh.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sh.getRange('D1:F2').mergeAcross();
    expect(
      sh
        .getRange('D1:F2')
        .getMergedRanges()
        .map((r) => r.getA1Notation())
        .sort(),
    ).toEqual(['D1:F1', 'D2:F2']);
    sh.getRange('A1:B2').breakApart();
    expect(sh.getRange('A1').isPartOfMerge()).toBe(false);
  });
});

describe('sheets', () => {
  it('rejects duplicate names on insert and rename, ignoring case', () => {
    const ss = fresh();
    ss.insertSheet('Свод');
    expect(() => ss.insertSheet('Свод')).toThrow('A sheet with the name "Свод" already exists. Please enter another name.');
    expect(() => ss.insertSheet('свод')).toThrow('A sheet with the name "свод" already exists. Please enter another name.');
    const other = ss.insertSheet('Другой');
    expect(() => other.setName('Свод')).toThrow('A sheet with the name "Свод" already exists. Please enter another name.');
    expect(ss.getSheetByName('Нет такого')).toBeNull();
    expect(ss.getSheetByName('Свод')?.getName()).toBe('Свод');
  });

  it('numbers sheets, gives default names and inserts after the active sheet', () => {
    const ss = fresh();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    const a = ss.insertSheet('A');
    ss.insertSheet('B');
    ss.setActiveSheet(a);
    ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1', 'A', 'Лист4', 'B']);
    ss.insertSheet('First', 0);
    expect(ss.getSheets()[0].getName()).toBe('First');
    expect(ss.getSheetByName('B')?.getIndex()).toBe(5);
    ss.deleteSheet(ss.getSheetByName('B')!);
    expect(ss.getNumSheets()).toBe(4);
  });

  it('cannot delete the only sheet or hide every sheet', () => {
    const ss = fresh();
    const only = ss.getSheets()[0];
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
    expect(() => only.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('grows with appendRow and insertRows, and on write when autoGrow is set', () => {
    const ss = fresh();
    const sh = ss.getSheets()[0];
    sh.getRange(1000, 1).setValue('last');
    sh.appendRow(['appended', 2]);
    expect(sh.getMaxRows()).toBe(1001);
    expect(sh.getRange(1001, 1, 1, 2).getValues()).toEqual([['appended', 2]]);
    sh.insertRowsAfter(1001, 10);
    expect(sh.getMaxRows()).toBe(1011);
    sh.insertColumnsAfter(26, 4);
    expect(sh.getMaxColumns()).toBe(30);
    const wide = new Array(35).fill('x');
    sh.appendRow(wide);
    expect(sh.getMaxColumns()).toBe(35);
    expect(() => sh.getRange(2000, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    ss.autoGrow = true;
    sh.getRange(2000, 40).setValue(1);
    expect(sh.getMaxRows()).toBe(2000);
    expect(sh.getMaxColumns()).toBe(40);
  });

  it('deletes rows shifting cells, merges, protections, rules and hidden rows', () => {
    const rt = createRuntime();
    const ss = rt.spreadsheet;
    const sh = ss.getSheets()[0];
    sh.getRange('A1:A6').setValues([[1], [2], [3], [4], [5], [6]]);
    sh.getRange('B5:C6').merge();
    sh.getRange('A2:A3').merge();
    sh.getRange('D5:D6').protect().setDescription('низ');
    const rule = rt.globals.SpreadsheetApp as {
      newConditionalFormatRule(): import('../../../src/local/runtime').LocalConditionalFormatRuleBuilder;
    };
    sh.setConditionalFormatRules([
      rule
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#eeeeee')
        .setRanges([sh.getRange('A4:A6')])
        .build(),
    ]);
    sh.hideRows(6);
    sh.deleteRows(2, 2);
    expect(sh.getRange('A1:A4').getValues()).toEqual([[1], [4], [5], [6]]);
    expect(
      sh
        .getRange('A1:D10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B3:C4']);
    expect(sh.getProtections('RANGE')[0].getRange().getA1Notation()).toBe('D3:D4');
    expect(sh.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:A4');
    expect(sh.isRowHiddenByUser(4)).toBe(true);
    expect(sh.getMaxRows()).toBe(998);
    sh.insertRowsBefore(1, 1);
    expect(sh.getRange('A2').getValue()).toBe(1);
    expect(
      sh
        .getRange('A1:D10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B4:C5']);
    expect(() => sh.deleteRows(1, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sh.deleteRows(998, 5)).toThrow('Those rows are out of bounds.');
  });

  it('hides and sizes columns, freezes rows', () => {
    const sh = fresh().getSheets()[0];
    sh.hideColumns(2, 2);
    expect([sh.isColumnHiddenByUser(1), sh.isColumnHiddenByUser(2), sh.isColumnHiddenByUser(3)]).toEqual([false, true, true]);
    sh.showColumns(3);
    expect(sh.isColumnHiddenByUser(3)).toBe(false);
    expect(sh.getColumnWidth(1)).toBe(100);
    sh.setColumnWidths(1, 2, 240);
    expect(sh.getColumnWidth(2)).toBe(240);
    sh.setFrozenRows(2);
    sh.setFrozenColumns(1);
    expect([sh.getFrozenRows(), sh.getFrozenColumns()]).toEqual([2, 1]);
    expect(sh.getRowHeight(1)).toBe(21);
  });
});

describe('parameter checks', () => {
  it('rejects getRange(row) without a column like Apps Script', () => {
    const sh = fresh().getSheets()[0];
    expect(() => (sh.getRange as (a: number) => unknown)(5)).toThrow(
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });
});

// Values as Apps Script reads and writes them, checked against Google's reference and public parity tests.
import { LocalSpreadsheet } from '../../../src/local/runtime';

const sheet = (locale = 'ru_RU') => new LocalSpreadsheet({ locale, timeZone: 'Asia/Tomsk' }).getSheets()[0];

describe('setValues parses strings as typed input (gas-fakes parity tests: «gas automatically detects and converts types», brucemcpherson/gas-fakes#15)', () => {
  test("dates in the locale's order become Dates at midnight in the spreadsheet's zone, with a date format", () => {
    const ru = sheet();
    ru.getRange('A1:B1').setValues([['01.02.2021', '31.02.2021']]);
    const [[d, notADate]] = ru.getRange('A1:B1').getValues();
    expect((d as Date).toISOString()).toBe('2021-01-31T17:00:00.000Z');
    expect(notADate).toBe('31.02.2021');
    expect(ru.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    const en = sheet('en_US');
    en.getRange('A1').setValue('2/1/2021');
    expect((en.getRange('A1').getValue() as Date).toISOString()).toBe('2021-01-31T17:00:00.000Z');
  });

  test('percentages become fractions with a percent format; an apostrophe keeps the text', () => {
    const ru = sheet();
    ru.getRange('A1:C1').setValues([['45%', '12,5%', "'45%"]]);
    expect(ru.getRange('A1:C1').getValues()).toEqual([[0.45, 0.125, '45%']]);
    expect(ru.getRange('A1:B1').getNumberFormats()).toEqual([['0%', '0.00%']]);
  });
});

describe('numbers under date formats (reference/spreadsheet/range getValues: Number, Boolean, Date or String «depending on the value of the cell»)', () => {
  test("a serial number under a date format reads back as a Date in the spreadsheet's zone", () => {
    const sh = sheet();
    sh.getRange('A1').setNumberFormat('dd.MM.yyyy').setValue(44228);
    expect((sh.getRange('A1').getValue() as Date).toISOString()).toBe('2021-01-31T17:00:00.000Z');
    expect(sh.getSheetValues(1, 1, 1, 1)[0][0]).toBeInstanceOf(Date);
  });

  test('a date under a number format reads back as its serial number', () => {
    const sh = sheet();
    sh.getRange('A1').setNumberFormat('0.00').setValue(new Date('2021-01-31T17:00:00.000Z'));
    expect(sh.getRange('A1').getValue()).toBe(44228);
  });
});

describe('A1 forms Sheet.getRange accepts (reference/spreadsheet/sheet getRange(a1Notation): «A1 notation or R1C1 notation»)', () => {
  test('whole rows, whole columns, open ends and R1C1', () => {
    const sh = sheet();
    const shape = (a1: string) => {
      const r = sh.getRange(a1);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    };
    expect(shape('2:5')).toEqual([2, 1, 4, 26]);
    expect(shape('A:C')).toEqual([1, 1, 1000, 3]);
    expect(shape('B3:C')).toEqual([3, 2, 998, 2]);
    expect(shape('R2C3:R4C5')).toEqual([2, 3, 3, 3]);
    expect(shape('r7c1')).toEqual([7, 1, 1, 1]);
    expect(() => sh.getRange('R0C1')).toThrow('Range not found');
  });
});

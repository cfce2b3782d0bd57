// The text a cell shows under the number formats the product and the runtime give cells; it sizes .xlsx columns.
import { displayValue } from '../../../src/local/runtime';

// Tokens per Google's «Date and number formats» guide (developers.google.com/sheets/api/guides/formats): d/dd day,
// M/MM month (m is minutes after h or before s), yyyy year, H hour (24-hour without an AM/PM indicator), ss seconds;
// 0 a required digit, # an optional one, % multiplies by 100, «,» groups thousands. The ru_RU locale shows a decimal
// comma and a no-break-space thousands separator.
const RU = { locale: 'ru_RU', timeZone: 'Asia/Tomsk' };
const EN = { locale: 'en_US', timeZone: 'Asia/Tomsk' };
const TOMSK_HOURS = 7;

describe('displayValue under the formats the product writes', () => {
  // 01.09.2021 15:30:05 and midnight of the same day, as wall clock in Asia/Tomsk (UTC+7).
  const afternoon = new Date(Date.UTC(2021, 8, 1, 15 - TOMSK_HOURS, 30, 5));
  const midnight = new Date(Date.UTC(2021, 8, 1) - TOMSK_HOURS * 3600 * 1000);

  it('shows dates with the automatic date formats of ru_RU and en_US (cell.ts autoDateFormat)', () => {
    expect(displayValue(midnight, 'dd.MM.yyyy', RU)).toBe('01.09.2021');
    expect(displayValue(afternoon, 'dd.MM.yyyy H:mm:ss', RU)).toBe('01.09.2021 15:30:05');
    expect(displayValue(midnight, 'M/d/yyyy', EN)).toBe('9/1/2021');
    expect(displayValue(afternoon, 'M/d/yyyy H:mm:ss', EN)).toBe('9/1/2021 15:30:05');
    // A Date in a cell without a date format, and a serial day number under one (44440 days after 30.12.1899).
    expect(displayValue(midnight, undefined, RU)).toBe('01.09.2021');
    expect(displayValue(44440, 'dd.MM.yyyy', RU)).toBe('01.09.2021');
  });

  it('shows numbers, percentages, text and booleans', () => {
    expect(displayValue(1234567, '#,##0', RU)).toBe('1\u00a0234\u00a0567');
    expect(displayValue(0.5, '0%', RU)).toBe('50%');
    expect(displayValue(0.125, '0.00%', RU)).toBe('12,50%');
    expect(displayValue(2.5, '0.##', RU)).toBe('2,5');
    expect(displayValue(29.05, 'General', RU)).toBe('29,05');
    expect(displayValue(29.05, undefined, EN)).toBe('29.05');
    expect(displayValue(12, '@', RU)).toBe('12');
    expect(displayValue('Школ', '@', RU)).toBe('Школ');
    expect(displayValue(true, undefined, RU)).toBe('ИСТИНА');
    expect(displayValue('', 'dd.MM.yyyy', RU)).toBe('');
  });
});

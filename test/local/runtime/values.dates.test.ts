// A date survives the .xlsx save and load to the millisecond in every zone, 1900 included, and Utilities.formatDate
// reads the wall clock of the zone it is given.
import { createRuntime, LocalSpreadsheet, loadXlsxBuffer, xlsxBuffer } from '../../../src/local/runtime';
import { wallClock } from '../../../src/local/runtime/values';

const ZONES = ['Asia/Tomsk', 'Europe/Moscow', 'UTC', 'America/Los_Angeles'];
/** Before about 1920 the zones ran on local mean time (Moscow +2:30:17, Tomsk +5:39:51): seconds, not minutes. */
const TYPED = ['01.03.1900', '31.12.1899', '01.09.2025'];

describe.each(ZONES)('a spreadsheet in %s', (zone) => {
  const ss = new LocalSpreadsheet({ timeZone: zone, locale: 'ru_RU' });
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:A3').setValues(TYPED.map((t) => [t]));
  const typed = sheet
    .getRange('A1:A3')
    .getValues()
    .map((row) => row[0] as Date);

  test('typed dates become midnight of that day in the spreadsheet’s zone', () => {
    expect(typed.map((d) => Object.prototype.toString.call(d))).toEqual(TYPED.map(() => '[object Date]'));
    const shown = typed.map((d) => {
      const w = wallClock(d, zone);
      return [w.day, w.month, w.year, w.hour, w.minute, w.second];
    });
    expect(shown).toEqual([
      [1, 3, 1900, 0, 0, 0],
      [31, 12, 1899, 0, 0, 0],
      [1, 9, 2025, 0, 0, 0],
    ]);
  });

  test('the .xlsx save and load keeps each date to the millisecond', async () => {
    const back = await loadXlsxBuffer(await xlsxBuffer(ss));
    const read = back
      .getSheets()[0]
      .getRange('A1:A3')
      .getValues()
      .map((row) => (row[0] as Date).getTime());
    expect(read).toEqual(typed.map((d) => d.getTime()));
  });
});

test('Utilities.formatDate gives the wall clock in the zone it is given, and refuses letters it does not imitate', () => {
  const utilities = createRuntime().globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
  const tomskMidnight = new Date(Date.UTC(2025, 7, 31, 17)); // 01.09.2025 00:00 in Tomsk (UTC+7)
  expect(utilities.formatDate(tomskMidnight, 'Asia/Tomsk', 'yyyy MM dd HH mm ss')).toBe('2025 09 01 00 00 00');
  expect(utilities.formatDate(tomskMidnight, 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('31.08.2025 20:00');
  expect(() => utilities.formatDate(tomskMidnight, 'UTC', 'EEE')).toThrow('the pattern «EEE» is not imitated');
});

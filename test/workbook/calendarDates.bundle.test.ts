// A date typed in «Настройки» reaches the note as the day typed, in the jest process itself, for spreadsheets 14 hours
// east and 11 hours west of UTC: whatever this machine's zone, the instant Sheets hands over lies on another day here.
import { sampleSession } from '../helpers/bundle';

const NBSP = '\u00a0';

test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
  'a target typed 01.09.2025 in a spreadsheet in %s prints «1 сентября 2025 г.»',
  (zone) => {
    const s = sampleSession();
    s.ss.timeZone = zone; // before typing: Sheets turns typed text into midnight in the spreadsheet's zone
    const cell = s.ss.getSheetByName('Настройки')!.getRange('F65');
    cell.setValue('01.09.2025');
    expect(Object.prototype.toString.call(cell.getValue())).toBe('[object Date]');
    const build = s.globals.buildSummary() as { output: { note: unknown } };
    const note = JSON.stringify(build.output.note);
    expect(note).toContain(`До целевого значения 75${NBSP}% на 1${NBSP}сентября 2025${NBSP}г.`);
    expect(note).not.toMatch(/31\u00a0августа|2\u00a0сентября/);
  },
);

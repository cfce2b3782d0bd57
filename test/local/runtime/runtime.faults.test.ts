// The fault-injection switch: the k-th call of a kind fails with Apps Script's own service error, before it takes effect.
import { createRuntime, LocalSpreadsheet, serviceFailureMessage } from '../../../src/local/runtime';

function setup() {
  const ss = new LocalSpreadsheet({ name: 'Тест', id: 'doc-1' });
  const rt = createRuntime(ss, { console: { log: () => undefined } });
  return { ss, rt, sheet: ss.insertSheet('Лист') };
}

test('the message is the service error users see from Apps Script, naming the document', () => {
  // Reported text of the Documents service: «Service Documents failed while accessing document with id …»
  // (github.com/alexwforsythe/code-blocks/issues/168); the Spreadsheet service names itself «Spreadsheets».
  expect(serviceFailureMessage('doc-1')).toBe('Service Spreadsheets failed while accessing document with id doc-1.');
});

test('the k-th write fails before it changes anything; the calls before it stand and the fault is spent', () => {
  const { rt, sheet } = setup();
  const message = rt.failCall('write', 2);
  sheet.getRange('A1').setValue(1);
  expect(sheet.getRange('A1').getValue()).toBe(1); // reads do not count towards a write fault
  expect(() => sheet.getRange('A2').setValue(2)).toThrow(message);
  expect(sheet.getRange('A2').getValue()).toBe('');
  expect(rt.pendingFault).toBeNull();
  sheet.getRange('A3').setValue(3);
  expect(sheet.getRange('A3').getValue()).toBe(3);
});

test("'any' counts calls of every kind, and the thrown error is an Apps Script exception", () => {
  const { rt, sheet } = setup();
  rt.failCall('any', 3);
  const range = sheet.getRange('B1'); // 1: getRange
  range.setValue('x'); // 2: setValue
  let error: Error | null = null;
  try {
    range.getValue(); // 3
  } catch (e) {
    error = e as Error;
  }
  expect(error?.name).toBe('Exception');
  expect(error?.message).toBe('Service Spreadsheets failed while accessing document with id doc-1.');
});

test('a fault can be cleared before it fires, and a position must be a positive whole number', () => {
  const { rt, sheet } = setup();
  rt.failCall('structure', 1);
  rt.clearFault();
  expect(() => sheet.setName('Другой')).not.toThrow();
  expect(() => rt.failCall('write', 0)).toThrow(RangeError);
  expect(() => rt.failCall('write', 1.5)).toThrow(RangeError);
});

// One line per finding as `check` prints it: severity, unit, Tab!Cell (quoted when needed), field, value as typed, what to do.
import { Finding } from '../../src/domain/model';
import { countsLine, findingLine } from '../../src/local/findingsText';

const finding = (f: Partial<Finding>): Finding => ({ severity: 'error', rule: 'x', unit: 'Бакчарский район', tab: 'Бакчарский район', cell: 'C7', label: 'ОО всего', value: 'восемь', message: 'Нужно число.', ...f });

test('a cell of a tab whose name has a space is quoted as in a formula; the value is shown as typed', () => {
  expect(findingLine(finding({}))).toBe("ошибка · Бакчарский район · 'Бакчарский район'!C7 · поле «ОО всего» · введено «восемь» · Нужно число.");
});

test('a one-word tab is not quoted; a quote inside a name is doubled', () => {
  expect(findingLine(finding({ tab: 'Томск', severity: 'warning' }))).toContain('предупреждение · Бакчарский район · Томск!C7 ·');
  expect(findingLine(finding({ tab: "Д'Артаньян район" }))).toContain("'Д''Артаньян район'!C7");
});

test('a finding about a whole tab (no cell, no field, no value) names the tab and leaves the rest out', () => {
  expect(findingLine(finding({ cell: '', label: '', value: '', message: 'Нет вкладки «Бакчарский район».' })))
    .toBe('ошибка · Бакчарский район · вкладка «Бакчарский район» · Нет вкладки «Бакчарский район».');
});

test('counts in Russian plural forms', () => {
  expect(countsLine([finding({}), finding({}), finding({ severity: 'warning' })])).toBe('2 ошибки, 1 предупреждение');
  expect(countsLine([])).toBe('0 ошибок, 0 предупреждений');
});

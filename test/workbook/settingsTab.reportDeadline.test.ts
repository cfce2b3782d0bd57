// «Срок сдачи отчётов» is a row of «Общие» in «Настройки»: written, read back, refused when it names no day, absent in
// older workbooks (then no deadline), and importable from settings.csv like the other general rows.
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder } from '../../src/local/csvImport';
import { defaultSettings } from '../../src/workbook/defaults';
import { parseSettings, renderSettings } from '../../src/workbook/settingsTab';
import { docValues } from '../helpers/grids';
import { TINY_FRAME } from '../helpers/tiny';

const grid = (reportDeadline: string) => {
  // A whole frame, so the only findings are the deadline's own.
  const base = defaultSettings(2021);
  const s = { ...base, reportDeadline, document: { ...base.document, ...TINY_FRAME } };
  s.units = [{ name: 'Асиновский район', type: 'Муниципалитет', email: '', tab: 'Асиновский район', settingsRow: 0 }];
  return docValues(renderSettings(s));
};

test('the deadline typed in «Общие» is read back as typed', () => {
  const g = grid('01.02.2022');
  const row = g.findIndex((r) => r[0] === 'report_deadline');
  expect(g[row][1]).toBe('Срок сдачи отчётов');
  expect(parseSettings(g).settings.reportDeadline).toBe('01.02.2022');
});

test('a day that does not exist is refused, naming the cell, and no deadline is taken', () => {
  const read = parseSettings(grid('30.02.2022'));
  expect(read.settings.reportDeadline).toBe('');
  expect(read.findings.map((f) => [f.cell, f.label, f.message])).toEqual([
    ['C13', 'Срок сдачи отчётов', 'Даты 30.02.2022 нет в календаре. В справку не попадает: исправьте ячейку. Укажите дату как 01.01.2023.'],
  ]);
});

test('an older workbook without the row keeps working: no deadline, no finding', () => {
  const read = parseSettings(grid('01.02.2022').filter((r) => r[0] !== 'report_deadline'));
  expect(read.settings.reportDeadline).toBe('');
  expect(read.findings).toEqual([]);
  expect(read.fatal).toEqual([]);
});

test('settings.csv takes report_deadline like the other general rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-deadline-'));
  for (const f of readdirSync('data/tomsk-2021')) copyFileSync(join('data/tomsk-2021', f), join(dir, f));
  const settingsCsv = join(dir, 'settings.csv');
  const before = existsSync(settingsCsv) ? readFileSync(settingsCsv, 'utf8') : 'key,value\n';
  writeFileSync(settingsCsv, `${before.trimEnd()}\nreport_deadline,01.02.2022\n`);
  expect(importCsvFolder(dir).settings.reportDeadline).toBe('01.02.2022');
});

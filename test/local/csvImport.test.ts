// The CSV folder format: csv-parse errors name the file and line; pupil counts and bright examples reach the unit tabs.
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder, InputError, parseCsv } from '../../src/local/csvImport';

test('quoted fields may hold commas, quotes and line breaks (RFC 4180)', () => {
  expect(parseCsv('a,b\n"x, ""y""","line 1\nline 2"\n')).toEqual([['a', 'b'], ['x, "y"', 'line 1\nline 2']]);
});

test('an unclosed quote is an error naming the file and the line', () => {
  expect(() => parseCsv('a,b\n1,"2\n3,4\n', 'examples.csv')).toThrow(new InputError('examples.csv, строка 3: кавычка не закрыта.'));
});

test('a ragged row is an error naming the file and the line', () => {
  expect(() => parseCsv('a,b\n1,2\n3,4,5\n', 'x.csv')).toThrow(new InputError('x.csv, строка 3: число полей в строке не совпадает с заголовком.'));
});

test('a broken file in a data folder is named with its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
  cpSync('data/north-2024', dir, { recursive: true });
  writeFileSync(join(dir, 'examples.csv'), `${readFileSync(join(dir, 'examples.csv'), 'utf8')}Лесной район,student_student,"не закрыто\n`);
  expect(() => importCsvFolder(dir)).toThrow(`${join(dir, 'examples.csv')}, строка 5: кавычка не закрыта.`);
});

test('pupil counts (involved_YYYY, total_YYYY) and examples.csv reach the report values; the years come from the columns', () => {
  const { settings, reports } = importCsvFolder('data/north-2024');
  expect([settings.previousYear, settings.reportYear]).toEqual([2023, 2024]);
  expect(reports['г. Полярный'].indicators!['1']).toEqual({ involvedPrev: 3000, totalPrev: 10000, involvedCur: 5000, totalCur: 10000 });
  expect(reports['Заречный район'].indicators!['2']).toEqual({ prev: 10, cur: 15 });
  expect(reports['Озёрный район'].forms!.teacher_student.examples).toBe('Проектные мастерские учителей и учеников работают в каждой школе района.');
  expect(settings.forms.find((f) => f.key === 'teacher_student')).toMatchObject({ targetPercent: 80, targetDate: '01.01.2025' });
  expect(settings.document.organiser).toBe('ГАУ ДПО «Институт развития образования Северной области»');
  expect(settings.resources[1]).toEqual({ text: 'областной конкурс «Наставник года»', url: 'https://example.org/konkurs', when: 'октябрь 2025 г.' });
});

test('the published Tomsk folder loads as before: percentages only, no examples', () => {
  const { reports } = importCsvFolder('data/tomsk-2021');
  expect(reports['г. Томск'].indicators!['1']).toEqual({ prev: 79.2, cur: 85.5 });
  expect(Object.values(reports).every((r) => Object.values(r.forms!).every((f) => f.examples === undefined))).toBe(true);
});

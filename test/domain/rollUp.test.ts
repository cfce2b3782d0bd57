// The roll-up of a municipality's schools into its values in the region's workbook, and the level read from «Настройки».
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder } from '../../src/local/csvImport';
import { parseSettings } from '../../src/workbook/settingsRead';
import { renderSettings } from '../../src/workbook/settingsTab';
import { analyze } from '../../src/workbook/analyze';
import { rollUp } from '../../src/domain/rollUp';
import { BY_HAND, CITY_A, CITY_A_REPORTS, CITY_B, CITY_B_REPORTS } from '../helpers/levels';
import { docValues, workbookGrids } from '../helpers/grids';
import type { Settings } from '../../src/domain/model';
import type { ReportValues } from '../../src/workbook/importer';

const rolled = (s: Settings, reports: Record<string, ReportValues>) => {
  const g = workbookGrids(s, reports);
  const a = analyze(g.settingsValues, g.tabs);
  return { a, r: rollUp(a.settings, a.units, a.summary.completeness) };
};

test('a municipality with a ДО, a school that sent nothing and a word for a number: the sums and shares by hand', () => {
  const { r } = rolled(CITY_A, CITY_A_REPORTS);
  expect(r.values).toEqual(BY_HAND['Город А']);
  expect(r.missing).toEqual(['Школа № 3']);
  expect(r.withErrors).toEqual(['Школа № 2']);
  expect(r.percentOnly).toEqual([{ id: '1', units: ['ДДТ'] }]);
  // Distinct counts come from the municipality's «Значение региона», the schools' sum (with repeats) beside them.
  expect(r.distinct).toEqual([
    { id: '3', year: 2020, municipal: 4, schoolsSum: 3 },
    { id: '3', year: 2021, municipal: 5, schoolsSum: 6 },
    { id: '7', year: 2020, municipal: 6, schoolsSum: 4 },
    { id: '7', year: 2021, municipal: 9, schoolsSum: 7 },
  ]);
});

test('a municipality of schools only: «-» for ДО, every report in, ready', () => {
  const { r } = rolled(CITY_B, CITY_B_REPORTS);
  expect(r.values).toEqual(BY_HAND['Город Б']);
  expect([r.missing, r.withErrors, r.percentOnly]).toEqual([[], [], []]);
});

test('a distinct count the municipality did not type is left empty, the schools’ sum still shown beside it', () => {
  const bare = { ...CITY_B, indicators: CITY_B.indicators.map((i) => ({ ...i, official: {} })) };
  const { r } = rolled(bare, CITY_B_REPORTS);
  expect(r.values.indicators!['3']).toEqual({ comment: 'Сумма по организациям (с повторами): 2020 — 2, 2021 — 3' });
  expect(r.distinct[1]).toEqual({ id: '3', year: 2021, municipal: null, schoolsSum: 3 });
});

test('«Яркие примеры» that would take the cell past 50 000 characters are left out whole and named', () => {
  const long = (n: number) => `${'Пример. '.repeat(n)}Конец`;
  const reports = {
    'Лицей № 1': { ...CITY_B_REPORTS['Лицей № 1'], forms: { teacher_student: { general: 1, additional: '-', examples: long(3000) } } },
    'Гимназия № 2': {
      ...CITY_B_REPORTS['Гимназия № 2'],
      forms: { teacher_student: { general: 1, additional: '-', examples: long(4000) } },
    },
  };
  const { r } = rolled(CITY_B, reports);
  expect(r.values.forms!.teacher_student.examples).toBe(`Лицей № 1: ${long(3000)}`);
  expect(r.examplesLeftOut).toEqual([{ form: 'teacher_student', unit: 'Гимназия № 2' }]);
});

describe('«Уровень» of «Настройки»', () => {
  const grid = (s: Settings) => docValues(renderSettings(s));
  const levelRow = (g: ReturnType<typeof grid>) => g.findIndex((r) => r[0] === 'level');

  test('written as «муниципалитет» and read back', () => {
    const g = grid(CITY_A);
    expect(g[levelRow(g)].slice(1, 3)).toEqual(['Уровень (регион / муниципалитет)', 'муниципалитет']);
    expect(parseSettings(g).settings.level).toBe('municipality');
  });

  test('an older workbook without the row, or an empty cell, is a region’s', () => {
    const g = grid(CITY_A);
    const row = levelRow(g);
    expect(parseSettings([...g.slice(0, row), ...g.slice(row + 1)]).settings.level).toBe('region');
    g[row][2] = '';
    const read = parseSettings(g);
    expect(read.settings.level).toBe('region');
    expect(read.findings.filter((f) => f.label.startsWith('Уровень'))).toEqual([]);
  });

  test('an unknown value is named on its cell and read as «регион»', () => {
    const g = grid(CITY_A);
    const row = levelRow(g);
    g[row][2] = 'школа';
    const read = parseSettings(g);
    expect(read.settings.level).toBe('region');
    expect(read.findings.find((f) => f.label.startsWith('Уровень'))).toMatchObject({
      severity: 'error',
      cell: `C${row + 1}`,
      value: 'школа',
      message:
        'Уровень: «регион» (единицы отчёта — муниципалитеты) или «муниципалитет» (единицы — школы и другие организации). Пока взят «регион»: исправьте ячейку.',
    });
  });
});

describe('`level` of settings.csv', () => {
  const withLevel = (value: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-level-'));
    cpSync('data/tomsk-2021', dir, { recursive: true });
    appendFileSync(join(dir, 'settings.csv'), `level,${value}\n`);
    return dir;
  };

  test('`municipality` (or «муниципалитет») makes a municipality’s workbook; without the key it is a region’s', () => {
    expect(importCsvFolder(withLevel('municipality')).settings.level).toBe('municipality');
    expect(importCsvFolder(withLevel('муниципалитет')).settings.level).toBe('municipality');
    expect(importCsvFolder('data/tomsk-2021').settings.level).toBe('region');
  });

  test('an unknown level stops the import, naming the file and line', () => {
    const dir = withLevel('school');
    expect(() => importCsvFolder(dir)).toThrow(
      `${join(dir, 'settings.csv')}, строка 30: уровень «school» неизвестен — region (регион) или municipality (муниципалитет).`,
    );
  });
});

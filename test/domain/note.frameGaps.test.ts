// The note's frame is asked for, not invented: a region whose «Настройки» come only from the data CSVs (no settings.csv)
// gets a warning on each empty frame cell, and its note names no made-up organiser and leaves lines to sign by hand.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/domain/model';
import { HAND_BLANK } from '../../src/domain/noteModel';
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze } from '../../src/workbook/analyze';
import { workbookGrids } from '../helpers/grids';

/** The Tomsk data without settings.csv: everything «Настройки» holds comes from the other CSVs and the defaults. */
function csvOnlyRegion() {
  const dir = mkdtempSync(join(tmpdir(), 'mm-frame-'));
  cpSync('data/tomsk-2021', dir, { recursive: true });
  rmSync(join(dir, 'settings.csv'));
  const { settings, reports } = importCsvFolder(dir);
  const grids = workbookGrids(settings, reports);
  return { grid: grids.settingsValues, a: analyze(grids.settingsValues, grids.tabs) };
}

const { grid, a } = csvOnlyRegion();
const plain = (t: string) => t.replace(/\u00a0/g, ' ');
/** A1 address of the cell right of a label in column B of «Настройки» (the value cell of that row). */
const valueCell = (values: CellValue[][], label: string, col = 'C') => `${col}${values.findIndex((r) => r[1] === label) + 1}`;
const frameFindings = a.findings.filter((f) => f.rule === 'settings');

test('each empty frame field is a warning naming its cell, in the order of the frame', () => {
  expect(frameFindings.map((f) => [f.severity, f.tab, f.cell, f.label])).toEqual([
    ['warning', 'Настройки', valueCell(grid, 'Бланк: кто направляет документ'), 'Бланк: кто направляет документ'],
    [
      'warning',
      'Настройки',
      `B${grid.findIndex((r) => r[1] === 'Документ (полное название, в родительном падеже)') + 2}`,
      'Документ (полное название, в родительном падеже)',
    ],
    [
      'warning',
      'Настройки',
      valueCell(grid, 'Программа, показатели которой оцениваются (без кавычек)'),
      'Программа, показатели которой оцениваются (без кавычек)',
    ],
    ['warning', 'Настройки', valueCell(grid, 'Кто провёл мониторинг (именительный падеж)'), 'Кто провёл мониторинг (именительный падеж)'],
    ['warning', 'Настройки', valueCell(grid, 'Подпись: должность'), 'Подпись: должность'],
    ['warning', 'Настройки', valueCell(grid, 'Подпись: инициалы и фамилия'), 'Подпись: инициалы и фамилия'],
    ['warning', 'Настройки', valueCell(grid, 'Исполнитель (исп.)'), 'Исполнитель (исп.)'],
  ]);
  expect(frameFindings.map((f) => f.message)).toEqual([
    'Не указано, кто направляет справку: впишите орган, от имени которого она направляется (например, «Министерство образования … области»). Пока справка выйдет без бланка.',
    'Не указано, во исполнение каких документов проведён мониторинг: впишите их в родительном падеже (например, «приказа … от 01.02.2023 № 1 «Об утверждении …»»). Пока справка начнётся словами «Проведён мониторинг …».',
    'Не указана программа, показатели которой оцениваются: впишите её название без кавычек. Пока справка пишет «реализации программы» без названия.',
    'Не указано, кто провёл мониторинг: впишите полное наименование организации, как в её уставе (например, ГАУ ДПО «Институт развития образования … области»). Пока справка не называет организатора.',
    'Не указана должность подписывающего справку. Пока в справке на её месте линия «__________» для заполнения от руки.',
    'Не указаны инициалы и фамилия подписывающего справку. Пока в справке на их месте линия «__________» для заполнения от руки.',
    'Не указан исполнитель: впишите фамилию, инициалы и должность (строка «исп.» в конце справки). Пока в справке «исп. __________» для заполнения от руки.',
  ]);
  // The cells are the ones named: the sender's value cell is C, on the row labelled «Бланк…».
  expect(frameFindings[0].cell).toMatch(/^C\d+$/);
});

test('the note invents no organisation: no organiser sentence, «Рекомендуется», blank lines to sign by hand', () => {
  const text = plain(a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n'));
  expect(text).not.toMatch(/Региональный наставнический центр|Организатор Мониторинга/);
  expect(plain(a.note.sections[0].paragraphs.join('\n'))).toContain(
    'Проведён мониторинг реализации программ наставничества за 2021 г. (далее — Мониторинг).\nМониторинг проводился с целью анализа текущей ситуации и выработки адресных рекомендаций.',
  );
  expect(text).toContain(
    'Рекомендуется руководителям органов местного самоуправления, осуществляющих управление в сфере образования, стремиться к 1 января 2023 г. обеспечить:',
  );
  expect(a.note.frame.sender).toBe('');
  expect(a.note.signature).toEqual({ position: HAND_BLANK, name: HAND_BLANK, executor: HAND_BLANK, executorPhone: '' });
  expect(HAND_BLANK).toBe('__________');
});

test('a workbook made before the frame was asked for: the generic organiser is named as not a legal entity', () => {
  const values = grid.map((r) => [...r]);
  const row = values.findIndex((r) => r[1] === 'Кто провёл мониторинг (именительный падеж)');
  values[row][2] = 'Региональный наставнический центр';
  const found = analyze(values, []).findings.filter((f) => f.rule === 'settings' && f.label.startsWith('Кто провёл'));
  expect(found.map((f) => [f.cell, f.value, f.message])).toEqual([
    [
      `C${row + 1}`,
      'Региональный наставнический центр',
      '«Региональный наставнический центр» — общее название, а не наименование организации: впишите полное наименование, как в уставе (например, ГАУ ДПО «Институт развития образования … области»).',
    ],
  ]);
});

test('the Tomsk sample and data/north-2024 fill the whole frame: no frame warning', () => {
  for (const dir of ['data/tomsk-2021', 'data/north-2024']) {
    const { settings, reports } = importCsvFolder(dir);
    const g = workbookGrids(settings, reports);
    const labels = analyze(g.settingsValues, g.tabs)
      .findings.filter((f) => f.rule === 'settings')
      .map((f) => f.label);
    expect(labels.filter((l) => /Бланк|Документ|Программа|Кто провёл|Подпись|Исполнитель|Кому/.test(l))).toEqual([]);
  }
});

test('every addressee line deleted: the warning names the header «Кому», and the note goes without addressees', () => {
  const header = grid.findIndex((r) => r[1] === 'Кому (в дательном падеже)');
  const values = grid.filter((_, i) => !(i > header && i <= header + 2)).map((r) => [...r]);
  expect(values[header + 1][0]).toBe('hdr:basis');
  const found = analyze(values, []).findings.filter((f) => f.label === 'Кому (в дательном падеже)');
  expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
    [
      'warning',
      `B${header + 1}`,
      'Не указано, кому направляется справка: впишите адресатов в дательном падеже (например, «Руководителям органов местного самоуправления, осуществляющих управление в сфере образования»). Пока справка выйдет без адресатов.',
    ],
  ]);
});

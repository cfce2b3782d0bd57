// The note read as the department's analyst reads it, on a region whose «Настройки» come only from the data CSVs (the
// Tomsk data without settings.csv): counts that add up, the number of every noun and verb, one colon, tables typeset.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteTables } from '../../src/domain/noteTables';
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze } from '../../src/workbook/analyze';
import { sampleGrids, workbookGrids } from '../helpers/grids';

function csvOnlyRegion() {
  const dir = mkdtempSync(join(tmpdir(), 'mm-reading-'));
  cpSync('data/tomsk-2021', dir, { recursive: true });
  rmSync(join(dir, 'settings.csv'));
  const { settings, reports } = importCsvFolder(dir);
  const grids = workbookGrids(settings, reports);
  return analyze(grids.settingsValues, grids.tabs);
}

const a = csvOnlyRegion();
const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const sectionText = (start: string) => plain(a.note.sections.find((s) => plain(s.heading).startsWith(start))!.paragraphs.join('\n'));

test('the basis of a change and the units compared add up: 13 = 5 compared + 8 with zeros; the 7 to clarify counted once', () => {
  const seven = sectionText('7 показатель');
  expect(seven).toContain(
    'По данным 13 муниципалитетов, представивших их за оба года (без учёта значений, требующих уточнения), значение показателя выросло с 132 до 146 представителей, или на 10,6 %.',
  );
  // Шегарский, Асиновский … (0 → 0 and contradicting indicator 3) are among the values to clarify, not also among the zeros.
  expect(seven).toContain(
    'Все 5 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. (без учёта 8 муниципалитетов с нулевым значением в оба года).',
  );
  expect(seven).toContain('Нулевые результаты — у 8 муниципалитетов:');
});

test('a part of the units counted as the department counts it, and a fall said with its verb', () => {
  expect(sectionText('6 показатель')).toContain(
    '14 из 15 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. Значение показателя снизилось: Кривошеинский район (с 529 до 510 обучающихся, или на 3,6 %).',
  );
  expect(a.note.sections.flatMap((s) => s.paragraphs).join('\n')).not.toMatch(/% муниципалитетов \(|Снижение: /);
});

test('forms run while their indicators are zero: the units in brackets, one colon in the sentence', () => {
  expect(sectionText('Пункт 1')).toContain(
    'Требуют уточнения сведения о реализации формы «студент–ученик» (Парабельский район — 2 из 10 организаций; г.о. Стрежевой — 4 из 12 организаций): организации реализуют форму, однако значение показателя «число студентов — наставников обучающихся» в 2021 г. равно нулю.',
  );
});

test('no event in the settings: «на региональных мероприятиях» in general; the sample with one event says it in the singular', () => {
  expect(sectionText('Рекомендации')).toContain(
    '17. Представить опыт реализации программ наставничества на региональных мероприятиях — муниципалитетам:',
  );
  const g = sampleGrids();
  const sample = analyze(g.settingsValues, g.tabs);
  const recs = plain(sample.note.sections.find((s) => s.heading === 'Рекомендации')!.paragraphs.join('\n'));
  expect(recs).toContain('Рекомендуется создать условия для представления лучших практик на следующем мероприятии:');
  expect(recs).toContain(
    '17. Представить опыт реализации программ наставничества на региональном мероприятии (V открытый конкурс педагогического мастерства «Педагогический опыт XXI века. Идеи. Инновации», осенний период 2022 г.) — муниципалитетам:',
  );
  expect(plain(sample.recommendations.find((r) => r.unit === 'Асиновский район')!.text)).toContain(
    'довести долю организаций, реализующих форму наставничества, до 75 % к 1 января 2023 г.: «ученик–ученик» (ДО);',
  );
});

test('the tables of the Word document are typeset as the text is: no-break spaces before «г.» and «%», «5–11»', () => {
  const [table1, , , table3] = noteTables(a.settings, a.summary);
  expect(table1.body[0][3].text).toBe('75\u00a0% к\u00a01\u00a0января 2023\u00a0г.');
  expect(table1.title).toBe('Реализация форм наставничества: итоги по\u00a0региону, 2021\u00a0г.');
  expect(table3.body[0][1].text).toMatch(/^Доля обучающихся 5–11\u00a0классов /);
});

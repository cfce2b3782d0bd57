// Units typed straight down the settings table (no row inserted) run over the next section's title and header: those
// rows are named with their cells by «Создать вкладки» and the check, never silently dropped; the last table grows down.
import type { CellValue } from '../../src/domain/model';
import { parseSettings, renderSettings } from '../../src/workbook/settingsTab';
import { defaultSettings } from '../../src/workbook/defaults';
import { docValues } from '../helpers/grids';
import { newSession } from '../helpers/bundle';

type R = { ok: boolean; message: string };
const UNITS = ['Асиновский район', 'Бакчарский район', 'Верхнекетский район'];
const HOW =
  'Чтобы добавить строку в таблицу, вставьте её внутри таблицы (правый щелчок по строке → «Вставить строку выше»), перенесите туда текст и верните заголовок.';

test('«Создать вкладки» after three units typed down a new workbook: one tab, and the two rows not read named by cell', () => {
  const s = newSession();
  s.globals.setupWorkbook();
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  const header = values.findIndex((r) => r[1] === 'Название') + 1;
  // What a user does: type the list in column B under «Название», pressing Enter after each name.
  settings.getRange(header + 1, 2, 3, 1).setValues(UNITS.map((u) => [u]));
  const r = s.globals.createTabs() as R;
  expect(r.message).toContain(
    `Создано 1 вкладка: Асиновский район. Не прочитаны строки «Настройки», вписанные на месте заголовков: B${header + 2} («Бакчарский район»), B${header + 3} («Верхнекетский район»). Вставьте строки внутри таблицы, перенесите туда текст и выберите «Создать вкладки» ещё раз.`,
  );
});

describe('the settings reader', () => {
  const grid = () => docValues(renderSettings({ ...defaultSettings(2025), units: [] }));
  const row = (g: CellValue[][], b: string) => g.findIndex((r) => r[1] === b);

  test('a row typed over a section title and a header is a finding naming its cell, its text and what it replaced', () => {
    const g = grid();
    const h = row(g, 'Название');
    UNITS.forEach((u, i) => {
      g[h + 1 + i][1] = u;
    });
    const read = parseSettings(g);
    expect(read.settings.units.map((u) => u.name)).toEqual(['Асиновский район']);
    const unread = read.findings.filter((f) => f.label === 'Строка вне таблицы');
    expect(unread.map((f) => [f.severity, f.cell, f.value, f.message])).toEqual([
      [
        'error',
        `B${h + 3}`,
        'Бакчарский район',
        `Строка не прочитана: «Бакчарский район» вписано на месте заголовка раздела «Формы наставничества». ${HOW}`,
      ],
      [
        'error',
        `B${h + 4}`,
        'Верхнекетский район',
        `Строка не прочитана: «Верхнекетский район» вписано на месте заголовка столбца «Ключ». ${HOW}`,
      ],
    ]);
  });

  test('resources typed below the end of the last table are read: that table grows as people type', () => {
    const g = grid();
    const width = g[0].length;
    const line = (text: string, when = '') => ['', text, '', when, ...Array(width - 4).fill('')];
    g.push(line('областной форум наставников', 'ноябрь 2026 г.'), line('региональный конкурс «Наставник года»'));
    const read = parseSettings(g);
    expect(read.settings.resources).toEqual([
      { text: 'областной форум наставников', url: '', when: 'ноябрь 2026 г.' },
      { text: 'региональный конкурс «Наставник года»', url: '', when: '' },
    ]);
    expect(read.findings.filter((f) => f.label === 'Строка вне таблицы')).toEqual([]);
  });

  test('an untouched new workbook has no row outside its tables', () => {
    expect(parseSettings(grid()).findings.filter((f) => f.label === 'Строка вне таблицы')).toEqual([]);
  });
});

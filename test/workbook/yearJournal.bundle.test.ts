// «Новый отчётный год» as a journal: a stopped roll loses nothing, resumes where it stopped, shows where it is, and no
// check or chunked build reads the workbook half-rolled.
import { STAGING_TAB } from '../../src/workbook/staging';
import { sampleSession } from '../helpers/bundle';
import { runToEnd } from '../helpers/faults';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown };
type S = ReturnType<typeof sampleSession>;

const keyed = (values: unknown[][], key: string) => values.find((r) => r[0] === key)!;
const valuesOf = (s: S, tab: string) => s.ss.getSheetByName(tab)!.getDataRange().getValues();
/** Every unit tab's values, by tab name. */
const unitTabs = (s: S) =>
  Object.fromEntries(s.imported.settings.units.map((u) => [u.tab, s.ss.getSheetByName(u.tab)?.getDataRange().getValues()]));
const setTabsPerRun = (s: S, n: number) => s.ss.documentProperties.set('mentorMonitor.tabsPerRun', String(n));
const settingsYear = (s: S) => keyed(valuesOf(s, 'Настройки'), 'year')[2];
const yearNote = (s: S) => {
  const sheet = s.ss.getSheetByName('Настройки')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'year');
  return sheet.getRange(row + 1, 3).getNote();
};

test('a Sheets error at the 8th tab write, then the item chosen again: every 2021 value is kept, as in a clean roll', () => {
  const clean = sampleSession();
  clean.globals.startNewYear();
  const s = sampleSession();
  // Before the journal, this stopped roll wrote its «done» mark only at the end, and the second choice rolled the seven
  // tabs already moved again: their 2021 values were gone.
  s.runtime.failCall('write', 8);
  expect(() => s.globals.startNewYear()).toThrow(/^Service Spreadsheets failed while accessing document with id/);
  expect(settingsYear(s)).toBe(2021);
  const again = s.globals.startNewYear() as R;
  expect(again.message).toContain('Новый отчётный год — 2022. Значения 2021 года перенесены в столбец «2021 г.» на 20 вкладках');
  expect(unitTabs(s)).toEqual(unitTabs(clean));
  expect(keyed(valuesOf(s, 'г. Томск'), 'ind:5:value').slice(2, 4)).toEqual([12345, '']);
  expect(settingsYear(s)).toBe(2022);
});

describe('a roll over several runs', () => {
  const s = sampleSession();
  setTabsPerRun(s, 8);
  const first = s.globals.startNewYear() as R;

  test('each run says how far it is and to choose the item again; the settings keep the old year until the end', () => {
    expect(first).toEqual({
      ok: true,
      pending: true,
      message:
        'Время одного запуска на исходе. Идёт переход на 2022 год: перенесено вкладок 8 из 20. Выберите «Новый отчётный год» ещё раз — переход продолжится с того места, где остановился.',
    });
    expect(settingsYear(s)).toBe(2021);
  });

  test('staff see the state on «Настройки»: a note on the report year cell', () => {
    expect(yearNote(s)).toBe(
      'Идёт переход на 2022 год: перенесено вкладок 8 из 20. Выберите «Новый отчётный год» ещё раз — переход продолжится с того места, где остановился.',
    );
  });

  test('a check or a build does not read the half-rolled workbook and says how to finish the roll', () => {
    const refusal =
      'Идёт переход на 2022 год: перенесено вкладок 8 из 20. Пока он не закончен, вкладки показывают разные годы. Выберите «Новый отчётный год» ещё раз, чтобы закончить переход, затем повторите это действие.';
    expect(s.globals.buildSummary()).toMatchObject({ ok: false, message: refusal });
    expect(s.globals.checkData()).toMatchObject({ ok: false, message: refusal });
  });

  test('choosing it again continues with the remaining tabs, then advances the settings and clears the note', () => {
    const second = s.globals.startNewYear() as R;
    expect(second.message).toContain('перенесено вкладок 16 из 20');
    const last = s.globals.startNewYear() as R;
    expect(last.ok).toBe(true);
    expect(last.pending).toBeUndefined();
    expect(last.message).toContain('Новый отчётный год — 2022.');
    expect(settingsYear(s)).toBe(2022);
    expect(yearNote(s)).toBe('');
    expect((s.globals.startNewYear() as R).message).toBe('Переход на 2022 год уже выполнен — ничего не изменено.');
  });
});

test('a renamed unit tab is found by the unit named inside and rolled; a unit without a tab and a tab without its year row are named', () => {
  const s = sampleSession();
  s.ss.getSheetByName('г. Томск')!.setName('Томск (исправлено)');
  s.ss.deleteSheet(s.ss.getSheetByName('Асиновский район')!);
  const bakchar = s.ss.getSheetByName('Бакчарский район')!;
  const yearRow =
    bakchar
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'sec:indicators') + 1;
  bakchar.getRange(yearRow, 1).setValue('');
  const r = s.globals.startNewYear() as R;
  expect(r.ok).toBe(true);
  expect(keyed(valuesOf(s, 'Томск (исправлено)'), 'ind:5:value').slice(2, 4)).toEqual([12345, '']);
  expect(r.message).toContain('на 18 вкладках');
  expect(r.message).toContain('Нет вкладки (переносить нечего): Асиновский район.');
  expect(r.message).toContain(
    'Не перенесены — на вкладке нет строки «Показатели эффективности» с годами, перенесите значения вручную: Бакчарский район.',
  );
});

describe('a chunked build and the year roll never mix', () => {
  /** A build started over several runs (7 tabs a run), its first run done. */
  function buildUnderWay(): S {
    const s = sampleSession();
    setTabsPerRun(s, 7);
    expect(s.globals.buildSummary()).toMatchObject({ pending: true });
    return s;
  }
  const cleanOutput = () => {
    const s = sampleSession();
    s.globals.startNewYear();
    return (s.globals.buildSummary() as R).output;
  };

  test('a build continued after the year was rolled starts again from the first tab and says why', () => {
    const s = buildUnderWay();
    // The roll runs whole (the tab count per run is shared with the build, and is restored for the build's next runs).
    setTabsPerRun(s, 1000);
    expect(s.globals.startNewYear()).toMatchObject({ ok: true, message: expect.stringContaining('Новый отчётный год — 2022') });
    setTabsPerRun(s, 7);
    const next = s.globals.continueRun(true, 'build') as R;
    expect(next).toMatchObject({ ok: true, pending: true });
    expect(next.message).toBe(
      'Пока таблица читалась по частям, сменился отчётный год — чтение начато заново. Большая таблица: прочитано вкладок 7 из 21. Сводка продолжит строиться сама — не закрывайте боковую панель.',
    );
    const results = runToEnd({ fresh: () => s, act: () => s.globals.continueRun(true, 'build') as R, pending: (r) => !!r.pending }, s);
    expect(results.at(-1)!.output).toEqual(cleanOutput());
  });

  test('a build continued while a roll is under way stops, drops what it read, and says to finish the roll first', () => {
    const s = buildUnderWay();
    s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '10');
    expect(s.globals.startNewYear()).toMatchObject({ pending: true });
    const next = s.globals.continueRun(true, 'build') as R;
    expect(next).toMatchObject({
      ok: false,
      message:
        'Чтение прервано: пока таблица читалась по частям, начался переход на новый отчётный год. Идёт переход на 2022 год: перенесено вкладок 10 из 20. Пока он не закончен, вкладки показывают разные годы. Выберите «Новый отчётный год» ещё раз, чтобы закончить переход, затем повторите это действие.',
    });
    expect(s.ss.getSheetByName(STAGING_TAB)).toBeNull();
  });

  test('a damaged piece of the staging tab: a Russian message naming the row and tab, the reading starts again, the summary is right', () => {
    const single = sampleSession();
    const expected = (single.globals.buildSummary() as R).output;
    const s = sampleSession();
    setTabsPerRun(s, 7);
    s.globals.buildSummary();
    const stage = s.ss.getSheetByName(STAGING_TAB)!;
    const staged = stage.getDataRange().getValues();
    // The first tab read after the settings.
    const row = staged.findIndex((r, i) => i > 0 && r[0] !== 'Настройки' && r[1] !== '') + 1;
    const tab = String(staged[row - 1][0]);
    // A staff member typed into the hidden tab: the JSON is cut short.
    stage.getRange(row, 2).setValue('[["unit","Единица отчёта","Томск"');
    const next = s.globals.continueRun(true, 'build') as R;
    expect(next.message).toBe(
      `Промежуточные данные чтения на скрытой вкладке «~чтение для сводки» повреждены (строка ${row}, вкладка «${tab}») — чтение начато заново. Большая таблица: прочитано вкладок 7 из 21. Сводка продолжит строиться сама — не закрывайте боковую панель.`,
    );
    expect(next.message).not.toMatch(/JSON|Unexpected|token/);
    let r = next;
    while (r.pending) r = s.globals.continueRun(true, 'build') as R;
    expect(r.output).toEqual(expected);
  });
});

// «Новый отчётный год», «Закрыть/Открыть приём отчётов» and «Применить защиту» through the built bundle.
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { markReady, sampleSession, settingsUnitRow } from '../helpers/bundle';

type R = { ok: boolean; message: string };
const keyed = (values: unknown[][], key: string) => values.find((r) => r[0] === key)!;

describe('«Новый отчётный год»', () => {
  const s = sampleSession();
  s.globals.buildSummary();
  const tomskBefore = s.ss.getSheetByName('г. Томск')!.getDataRange().getValues();
  const first = s.globals.startNewYear() as R;
  const tomsk = s.ss.getSheetByName('г. Томск')!.getDataRange().getValues();

  test('archives the summary tabs with the year, nothing deleted', () => {
    expect(first.ok).toBe(true);
    const names = s.ss.getSheets().map((x) => x.getName());
    for (const t of [SUMMARY_TABS.forms, SUMMARY_TABS.indicators, SUMMARY_TABS.note, SUMMARY_TABS.recommendations])
      expect(names).toContain(`${t} 2021`);
    expect(first.message).toContain('Новый отчётный год — 2022');
  });

  test('moves current-year indicator values into the previous year and clears the current year', () => {
    expect(keyed(tomskBefore, 'ind:5:value').slice(2, 4)).toEqual([6689, 12345]);
    expect(keyed(tomsk, 'ind:5:value').slice(2, 4)).toEqual([12345, '']);
    expect(keyed(tomsk, 'ind:1:percent').slice(2, 4)).toEqual([85.5, '']);
    expect(keyed(tomsk, 'sec:indicators').slice(2, 4)).toEqual(['2021 г.', '2022 г.']);
    expect(keyed(tomsk, 'orgs')).toEqual(keyed(tomskBefore, 'orgs'));
    const settings = s.ss.getSheetByName('Настройки')!.getDataRange().getValues();
    expect(keyed(settings, 'year')[2]).toBe(2022);
    expect(keyed(settings, 'prev_year')[2]).toBe(2021);
  });

  test('running it again for the same year does nothing and says so', () => {
    const all = s.ss.getSheets().map((x) => [x.getName(), x.getDataRange().getValues()]);
    const again = s.globals.startNewYear() as R;
    expect(again.message).toBe('Переход на 2022 год уже выполнен — ничего не изменено.');
    expect(s.ss.getSheets().map((x) => [x.getName(), x.getDataRange().getValues()])).toEqual(all);
  });

  test('the next build reads the moved values as the previous year', () => {
    const r = s.globals.buildSummary() as {
      ok: boolean;
      output: {
        summary: { reportYear: number; indicators: Array<{ id: string; region: { prev: { value: number } } }> };
      };
    };
    expect(r.ok).toBe(true);
    expect(r.output.summary.reportYear).toBe(2022);
    expect(r.output.summary.indicators.find((i) => i.id === '5')!.region.prev.value).toBe(22670);
  });
});

describe('«Новый отчётный год» under the document lock', () => {
  test('while another run holds the lock it answers «Ещё идёт другая операция» before reading anything: the year guard is read under the lock', () => {
    const s = sampleSession();
    const before = s.ss.getSheets().map((x) => [x.getName(), x.getDataRange().getValues()]);
    s.runtime.resetCalls();
    s.runtime.lock.holdByOther();
    const busy = s.globals.startNewYear() as R;
    s.runtime.lock.releaseByOther();
    expect(busy).toEqual({
      ok: false,
      message:
        'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.',
    });
    // Reading the settings (and the «year already rolled» mark) before taking the lock would let two clicks both pass it.
    expect(s.runtime.events.filter((e) => e.kind === 'read')).toEqual([]);
    expect(s.ss.getSheets().map((x) => [x.getName(), x.getDataRange().getValues()])).toEqual(before);
    const done = s.globals.startNewYear() as R;
    expect(done.ok).toBe(true);
    expect(s.runtime.lock.isHeldByScript('document')).toBe(false);
  });
});

describe('reports handed in', () => {
  const s = sampleSession();
  const tick = (tab: string) => markReady(s.ss, tab);
  const inputProtection = (tab: string) =>
    s.runtime.protectionRecords().find((p) => p.sheet === tab && p.type === 'RANGE' && p.description.startsWith('Ввод:'))!;

  test('«Отчёт готов» counts in the completeness of the summary', () => {
    tick('г. Томск');
    const r = s.globals.buildSummary() as {
      output: { summary: { completeness: Array<{ unit: string; ready: boolean }> } };
    };
    expect(r.output.summary.completeness.filter((c) => c.ready).map((c) => c.unit)).toEqual(['г. Томск']);
  });

  test('«Закрыть приём» locks handed-in tabs only, «Открыть приём» reverses it; both report what changed', () => {
    tick('Асиновский район');
    const closed = s.globals.closeIntake() as R;
    expect(closed.message).toContain('Приём закрыт для 2 вкладок: Асиновский район, г. Томск');
    expect(closed.message).toContain('Не отмечены «Отчёт готов» и остаются открытыми');
    expect(inputProtection('г. Томск')).toMatchObject({
      description: 'Ввод: г. Томск (приём закрыт)',
      warningOnly: false,
    });
    expect(inputProtection('Бакчарский район').description).toBe('Ввод: Бакчарский район');
    const opened = s.globals.openIntake() as R;
    expect(opened.message).toBe('Приём снова открыт для 2 вкладок: Асиновский район, г. Томск.');
    expect(inputProtection('г. Томск').description).toBe('Ввод: г. Томск');
  });
});

test('«Применить защиту» with e-mails: coordinators edit their inputs, staff the rest; the report says who', () => {
  const s = sampleSession();
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue('metodist@example.org');
  settings.getRange(settingsUnitRow(s.ss, 'г. Томск'), 4).setValue('tomsk.coordinator@example.org');
  const r = s.globals.applyProtections() as R;
  expect(r.message).toContain('г. Томск: вводит tomsk.coordinator@example.org, metodist@example.org; подписи — metodist@example.org');
  expect(r.message).toContain('Асиновский район: e-mail координатора не указан — защита только с предупреждением');
  const p = s.runtime.protectionRecords().filter((x) => x.sheet === 'г. Томск');
  expect(p.find((x) => x.type === 'RANGE')!.editors).toEqual(
    expect.arrayContaining(['tomsk.coordinator@example.org', 'metodist@example.org']),
  );
  expect(p.find((x) => x.type === 'SHEET')!.editors).not.toContain('tomsk.coordinator@example.org');
});

test('«Применить защиту» after a coordinator inserted rows protects the fields where they are now', () => {
  const s = sampleSession();
  const tab = s.ss.getSheetByName('г. Томск')!;
  tab.insertRowsBefore(9, 2);
  const orgsRow =
    tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'orgs') + 1;
  s.globals.applyProtections();
  const sheet = s.runtime.protectionRecords().find((p) => p.sheet === 'г. Томск' && p.type === 'SHEET')!;
  expect(sheet.unprotectedRanges).toContain(`C${orgsRow}:D${orgsRow}`);
  expect(sheet.unprotectedRanges).not.toContain(`C${orgsRow - 2}:D${orgsRow - 2}`);
});

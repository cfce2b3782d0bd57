// «Применить защиту» on a list longer than one run: it stops between tabs, each tab fully re-protected or untouched, and
// the next choice of the item goes on from the next tab, ending with the protections of a one-run apply.
import { importCsvFolder } from '../../src/local/csvImport';
import { PROTECT_PROGRESS } from '../../src/workbook/applyProtections';
import { markReady, sampleSession, settingsUnitRow, workbookSession } from '../helpers/bundle';
import { type FaultCase, underFaults } from '../helpers/faults';

type R = { ok: boolean; pending?: boolean; message: string };

/** The sample with staff and a coordinator e-mail; `tabsPerRun` tabs a run (as a long list would stop on time). */
function session(tabsPerRun?: number) {
  const s = sampleSession();
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue('metodist@example.org');
  settings.getRange(settingsUnitRow(s.ss, 'г. Томск'), 4).setValue('tomsk.coordinator@example.org');
  if (tabsPerRun) s.ss.documentProperties.set('mentorMonitor.tabsPerRun', String(tabsPerRun));
  return s;
}

function clicks(s: ReturnType<typeof session>): R[] {
  const out: R[] = [];
  do out.push(s.globals.applyProtections() as R);
  while (out.at(-1)!.pending && out.length < 50);
  return out;
}

test('20 unit tabs at 6 a run: four clicks, progress in each message, the protections of a one-run apply', () => {
  const oneRun = session();
  expect((oneRun.globals.applyProtections() as R).pending).toBeUndefined();
  const s = session(6);
  const runs = clicks(s);
  expect(runs.map((r) => r.pending === true)).toEqual([true, true, true, false]);
  expect(runs[0].message).toBe(
    'Время одного запуска на исходе: защищено вкладок 6 из 20. Выберите «Применить защиту» ещё раз — защита продолжится со следующей вкладки.',
  );
  expect(runs[2].message).toContain('защищено вкладок 18 из 20');
  expect(runs[3].message.split('\n')[0]).toBe(
    'Защита применена на 20 вкладках единиц и «Настройки» за несколько запусков. Кто что может менять (вкладки последнего запуска):',
  );
  expect(runs[3].ok).toBe(true);
  expect(s.runtime.protectionRecords()).toEqual(oneRun.runtime.protectionRecords());
  expect(s.ss.documentProperties.has(PROTECT_PROGRESS)).toBe(false);
});

test('a unit list changed between two clicks starts again from the first tab', () => {
  const s = session(6);
  expect((s.globals.applyProtections() as R).message).toContain('защищено вкладок 6 из 20');
  s.ss.getSheetByName('Настройки')!.getRange(settingsUnitRow(s.ss, 'г. Кедровый'), 2).setValue('городской округ Кедровый');
  s.globals.createTabs();
  expect((s.globals.applyProtections() as R).message).toContain('защищено вкладок 6 из 20');
});

test('a failure at any call of a chunked «Применить защиту», then the item chosen again: the protections of a clean run', () => {
  const sample = importCsvFolder('data/tomsk-2021');
  const names = ['г. Томск', 'г. Кедровый', 'Асиновский район'];
  const apply: FaultCase<R> = {
    fresh: () => {
      const settings = { ...sample.settings, units: sample.settings.units.filter((u) => names.includes(u.name)) };
      const s = workbookSession(settings, Object.fromEntries(names.map((u) => [u, sample.reports[u]])));
      s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '2');
      return s;
    },
    act: (s) => s.globals.applyProtections() as R,
    // A tab Sheets refused is named at the end with «Выберите «Применить защиту» ещё раз»: the user does.
    pending: (r) => r.pending === true || !r.ok,
  };
  const { expected, outcomes } = underFaults(apply, 'any');
  expect(outcomes.length).toBeGreaterThan(40);
  expect(outcomes.filter((o) => JSON.stringify(o.state) !== JSON.stringify(expected)).map((o) => o.at)).toEqual([]);
});

describe('«Закрыть приём отчётов» on a list longer than one run', () => {
  /** The sample protected, with «Отчёт готов» ticked on every other unit tab. */
  function handedIn(tabsPerRun?: number) {
    const s = session();
    s.globals.applyProtections();
    const units = s.ss.getSheets().filter((x) => !['Настройки', 'Инструкция'].includes(x.getName()));
    for (const [i, sheet] of units.entries()) if (i % 2 === 0) markReady(s.ss, sheet.getName());
    if (tabsPerRun) s.ss.documentProperties.set('mentorMonitor.tabsPerRun', String(tabsPerRun));
    return s;
  }
  const closeAll = (s: ReturnType<typeof session>) => {
    const out: R[] = [];
    do out.push(s.globals.closeIntake() as R);
    while (out.at(-1)!.pending && out.length < 50);
    return out;
  };

  test('at 6 tabs a run: four clicks, and the last one reports the whole job as one run would', () => {
    const one = handedIn();
    const oneRun = closeAll(one);
    expect(oneRun).toHaveLength(1);
    const s = handedIn(6);
    const runs = closeAll(s);
    expect(runs.map((r) => r.pending === true)).toEqual([true, true, true, false]);
    expect(runs[1].message).toBe(
      'Время одного запуска на исходе: просмотрено вкладок 12 из 20. Выберите «Закрыть приём отчётов» ещё раз — продолжится со следующей вкладки.',
    );
    expect(runs.at(-1)!.message).toBe(oneRun[0].message);
    expect(runs.at(-1)!.message).toMatch(/^Приём закрыт для 10 вкладок: .* Не отмечены «Отчёт готов» и остаются открытыми: /);
    expect(s.runtime.protectionRecords()).toEqual(one.runtime.protectionRecords());
  });

  test('a failure at any call of a chunked close, then the item chosen again: the protections of a clean run', () => {
    const close: FaultCase<R> = {
      fresh: () => handedIn(7),
      act: (s) => s.globals.closeIntake() as R,
      pending: (r) => r.pending === true || /ещё раз\./.test(r.message),
    };
    const { expected, outcomes } = underFaults(close, 'structure');
    expect(outcomes.length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => JSON.stringify(o.state) !== JSON.stringify(expected)).map((o) => o.at)).toEqual([]);
  });
});

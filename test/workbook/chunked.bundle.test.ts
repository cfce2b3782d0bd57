// A workbook too large for one Apps Script run is read in chunks across runs and gives the same summary as one run.
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { STAGING_TAB } from '../../src/workbook/staging';
import { sampleSession, snapshot } from '../helpers/bundle';
import { isProductTab } from '../../src/workbook/tabNames';

type R = { ok: boolean; pending?: boolean; message: string; output?: unknown };

test('with 7 tabs per run the sample (21 tabs) takes 3 runs and ends with the same summary as a single run', () => {
  const single = sampleSession();
  const expected = (single.globals.buildSummary() as R).output;

  const s = sampleSession();
  const props = (
    s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } }
  ).getDocumentProperties();
  props.setProperty('mentorMonitor.tabsPerRun', '7');
  const before = snapshot(s.ss, (n) => isProductTab(n));

  const runs: R[] = [s.globals.buildSummary() as R];
  expect(runs[0]).toMatchObject({ ok: true, pending: true });
  expect(runs[0].message).toContain('прочитано вкладок 7 из 21');
  expect(s.runtime.sidebars.at(-1)!.content).toContain('continueRun');
  expect(s.ss.getSheetByName(STAGING_TAB)!.isSheetHidden()).toBe(true);
  while (runs.at(-1)!.pending) {
    s.runtime.resetCalls();
    runs.push(s.globals.continueRun(true) as R);
    // Within each run every read comes before the first write.
    expect(s.runtime.eventsAfterFirst('write', 'read')).toEqual([]);
  }
  expect(runs.map((r) => r.message.match(/прочитано вкладок (\d+ из \d+)/)?.[1] ?? 'готово')).toEqual(['7 из 21', '14 из 21', 'готово']);
  expect(runs.at(-1)).toMatchObject({
    ok: true,
    message: 'Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.',
  });
  expect(runs.at(-1)!.output).toEqual(expected);
  expect(s.ss.getSheetByName(STAGING_TAB)).toBeNull();
  expect(s.ss.getSheetByName(SUMMARY_TABS.note)).not.toBeNull();
  expect(snapshot(s.ss, (n) => isProductTab(n))).toEqual(before);
});

test('continuing with nothing to continue says what to do', () => {
  const s = sampleSession();
  expect(s.globals.continueRun()).toMatchObject({
    ok: false,
    message: 'Продолжать нечего: выберите «Проверить данные» или «Построить сводку».',
  });
});

test('a chunked check ends with the same findings as a single run and writes only «Проверка»', () => {
  const single = sampleSession();
  const expected = (single.globals.checkData() as { findings: unknown[] }).findings;
  const s = sampleSession();
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '10');
  let r = s.globals.checkData() as R & { findings?: unknown[] };
  expect(r.pending).toBe(true);
  while (r.pending) r = s.globals.continueRun(true) as R & { findings?: unknown[] };
  expect(r).toMatchObject({
    ok: true,
    message: 'Проверка: ошибок 1, предупреждений 31. Подробности — на вкладке «Проверка».',
  });
  expect(r.findings).toEqual(expected);
  expect(s.ss.getSheetByName(SUMMARY_TABS.note)).toBeNull();
});

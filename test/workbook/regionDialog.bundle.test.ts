// «Передать в регион» through the built bundle: the menu item, the modal dialog from dist/RegionDialog.html, the public
// data global that reads and writes nothing, its refusals, and the same data over several runs on a large workbook.
import { readFileSync } from 'node:fs';
import type { RegionHandoff } from '../../src/domain/regionHandoff';
import { STAGING_TAB } from '../../src/workbook/staging';
import { sampleSession, snapshot, workbookSession } from '../helpers/bundle';
import { CITY_A, CITY_A_REPORTS, CITY_B, CITY_B_REPORTS } from '../helpers/levels';

type Step = { ok?: boolean; pending?: boolean; message: string; handoff?: RegionHandoff };
type BundleSession = ReturnType<typeof workbookSession>;

/** One call as the dialog page makes it: through the local google.script.run, which refuses what Sheets cannot carry. */
function viaScriptRun<T>(session: BundleSession, name: string, ...args: unknown[]): T {
  let answer: { value: T } | null = null;
  const run = session.runtime.scriptRun as {
    withSuccessHandler(f: (v: T) => void): { withFailureHandler(f: (e: Error) => void): Record<string, (...a: unknown[]) => void> };
  };
  run
    .withSuccessHandler((v) => {
      answer = { value: v };
    })
    .withFailureHandler((e) => {
      throw e;
    })
    [name](...args);
  return answer!.value;
}

const cityA = workbookSession(CITY_A, CITY_A_REPORTS);

test('the menu offers «Передать в регион» after the letters; it opens a modal dialog with the built page', () => {
  cityA.globals.onOpen();
  const items = cityA.runtime.menus.at(-1)!.items.filter((i) => i.type === 'item') as Array<{ caption: string; functionName: string }>;
  const captions = items.map((i) => i.caption);
  expect(captions.indexOf('Передать в регион')).toBe(captions.indexOf('Письма единицам') + 1);
  expect(items.find((i) => i.caption === 'Передать в регион')!.functionName).toBe('handToRegion');
  cityA.globals.handToRegion();
  const shown = cityA.runtime.dialogs.at(-1)!;
  expect(shown).toMatchObject({ kind: 'modal', title: 'Передать в регион' });
  expect(shown.content).toBe(readFileSync('dist/RegionDialog.html', 'utf8'));
});

test('regionHandoff reads only and tells in Russian what is handed in: who is missing, who has errors', () => {
  const before = snapshot(cityA.ss, () => false);
  cityA.runtime.resetCalls();
  const data = viaScriptRun<RegionHandoff>(cityA, 'regionHandoff');
  expect(cityA.runtime.calls.byKind.write).toBe(0);
  expect(snapshot(cityA.ss, () => false)).toEqual(before);
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  expect(data.fileName).toBe('Город А — отчёт для региона 2021.xlsx');
  expect(data.lines.slice(0, 4)).toEqual([
    'Передаётся в регион: отчёт муниципалитета «Город А» за 2021 год, сведены данные 3 из 4 школ.',
    'Отчёт неполный: в таблице региона он не будет отмечен как готовый. Его можно передать сейчас и передать исправленный позже — регион возьмёт более поздний файл.',
    'По 1 из 4 школ сведения не представлены: Школа № 3.',
    'Есть ошибки у 1 из 4 школ (ошибочные ячейки в сумму не вошли): Школа № 2.',
  ]);
});

test('a municipality whose every school reported without errors hands in a report marked ready', () => {
  const data = viaScriptRun<RegionHandoff>(workbookSession(CITY_B, CITY_B_REPORTS), 'regionHandoff');
  expect(data.lines.slice(0, 2)).toEqual([
    'Передаётся в регион: отчёт муниципалитета «Город Б» за 2021 год, сведены данные 2 из 2 школ.',
    'Все сведения представлены без ошибок: в таблице региона отчёт будет отмечен как готовый.',
  ]);
});

test('the region’s own workbook and a municipality without its name are refused with the reason', () => {
  expect(() => sampleSession().globals.regionHandoff()).toThrow(
    'Файл для региона не составлен: на вкладке «Настройки» указан уровень «регион», а в регион передаёт таблица муниципалитета (уровень «муниципалитет»).',
  );
  expect(() => workbookSession({ ...CITY_B, regionName: '' }, CITY_B_REPORTS).globals.regionHandoff()).toThrow(
    'Файл для региона не составлен: на вкладке «Настройки» в строке «Регион (как в тексте: «Томская область»)» впишите название муниципалитета так, как его пишет регион.',
  );
});

test('read 2 tabs per run: the dialog is told the progress, the data equal the one-run data, the hidden tab goes', () => {
  const one = viaScriptRun<RegionHandoff>(cityA, 'regionHandoff');
  const big = workbookSession(CITY_A, CITY_A_REPORTS);
  (big.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '2');
  const steps = [viaScriptRun<Step>(big, 'regionHandoff')];
  while (steps.at(-1)!.pending) steps.push(viaScriptRun<Step>(big, 'continueRun', false, 'handoff'));
  expect(steps.length).toBeGreaterThan(2);
  expect(steps[0].message).toMatch(
    /^Большая таблица: прочитано вкладок 2 из \d+\. Файл для региона будет готов, когда прочитаются остальные, — не закрывайте это окно\.$/,
  );
  expect(steps.at(-1)!.handoff).toEqual(one);
  expect(big.ss.getSheetByName(STAGING_TAB)).toBeNull();
});

// «Письма единицам» through the built bundle: the menu item, the modal dialog from dist/LettersDialog.html, the public data
// global that reads and writes nothing, and the same letters over several runs on a workbook too large for one.
import { readFileSync } from 'node:fs';
import type { LettersDocument } from '../../src/domain/unitLetter';
import { STAGING_TAB } from '../../src/workbook/staging';
import { newSession, sampleSession, snapshot } from '../helpers/bundle';

type Step = { ok?: boolean; pending?: boolean; message: string; letters?: LettersDocument };
const s = sampleSession();

/** One call as the dialog page makes it: through the local google.script.run, which refuses what Sheets cannot carry. */
function viaScriptRun<T>(session: typeof s, name: string, ...args: unknown[]): T {
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

test('the menu offers «Письма единицам» after the note, which opens a modal dialog with the built page', () => {
  s.globals.onOpen();
  const items = s.runtime.menus.at(-1)!.items.filter((i) => i.type === 'item') as Array<{ caption: string; functionName: string }>;
  const captions = items.map((i) => i.caption);
  expect(captions.indexOf('Письма единицам')).toBe(captions.indexOf('Скачать справку (.docx)') + 1);
  const item = items.find((i) => i.caption === 'Письма единицам')!;
  expect(item.functionName).toBe('downloadLetters');
  s.globals.downloadLetters();
  const shown = s.runtime.dialogs.at(-1)!;
  expect(shown).toMatchObject({ kind: 'modal', title: 'Письма единицам (.docx)' });
  expect(shown.content).toBe(readFileSync('dist/LettersDialog.html', 'utf8'));
});

test('lettersDocument reads only and returns plain data google.script.run can carry: one letter per unit and the archive name', () => {
  const before = snapshot(s.ss, () => false);
  s.runtime.resetCalls();
  const data = viaScriptRun<LettersDocument>(s, 'lettersDocument');
  expect(s.runtime.calls.byKind.write).toBe(0);
  expect(snapshot(s.ss, () => false)).toEqual(before);
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  expect(data.zipName).toBe('Письма_мониторинг_наставничества_Томская_область_2021.zip');
  expect(data.letters).toHaveLength(20);
  expect(data.letters.map((l) => l.unit)).toEqual(s.imported.settings.units.map((u) => u.name));
  expect(data.letters[1].fileName).toBe('Письмо — Асиновский район.docx');
});

test('a workbook without settings gets a Russian reason instead of letters', () => {
  expect(() => newSession().globals.lettersDocument()).toThrow(/^Письма не составлены: В таблице нет вкладки «Настройки»\./);
});

test('read 7 tabs per run: the dialog is told the progress, the letters equal the one-run letters, the hidden tab goes', () => {
  const one = viaScriptRun<LettersDocument>(s, 'lettersDocument');
  const big = sampleSession();
  (big.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  const steps = [viaScriptRun<Step>(big, 'lettersDocument')];
  while (steps.at(-1)!.pending) steps.push(viaScriptRun<Step>(big, 'continueRun', false, 'letters'));
  expect(steps.map((x) => x.pending ?? false)).toEqual([true, true, false]);
  expect(steps[0].message).toBe(
    'Большая таблица: прочитано вкладок 7 из 21. Письма будут готовы, когда прочитаются остальные, — не закрывайте это окно.',
  );
  expect(steps[2].message).toMatch(/^Письма составлены: 20 писем, ошибок 1, /);
  expect(steps[2].letters).toEqual(one);
  expect(big.ss.getSheetByName(STAGING_TAB)).toBeNull();
});

test('a continuation whose reading another item took over says so and names this item', () => {
  const big = sampleSession();
  (big.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', '7');
  expect(viaScriptRun<Step>(big, 'lettersDocument').pending).toBe(true);
  expect(viaScriptRun<Step>(big, 'noteDocument')).toMatchObject({ pending: true });
  expect(viaScriptRun<Step>(big, 'continueRun', false, 'letters')).toMatchObject({
    ok: false,
    message: 'Чтение прервано: таблицу начали читать заново для «Скачать справку (.docx)». Выберите «Письма единицам» ещё раз.',
  });
});

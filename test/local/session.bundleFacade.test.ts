// The CLI's one way into the bundle: a global called by name with the parameters and result src/main.ts declares for it.
import { callGlobal } from '../../src/local/session';
import { defaultSettings } from '../../src/workbook/defaults';
import { newSession } from '../helpers/bundle';

test('a global called by name answers with its declared result: the setup, then a unit with no tab named back', () => {
  const s = newSession();
  const setup = callGlobal(s, 'setupWorkbookWith_', defaultSettings(2024));
  expect(setup).toEqual({
    ok: true,
    message: 'Созданы вкладки: «Настройки», «Инструкция». Заполните список единиц на вкладке «Настройки» и выберите «Создать вкладки».',
  });
  // string[]: the units whose tab is missing, typed so without a cast.
  const missing: string[] = callGlobal(s, 'fillReports_', { 'Нет такой': {} });
  expect(missing).toEqual(['Нет такой']);
});

test('a long item the bundle does not know is refused with its name, and a misspelt global or a wrong argument does not compile', () => {
  const s = newSession();
  expect(callGlobal(s, 'continueItem', 'createTab')).toEqual({ ok: false, message: 'Пункт меню «createTab» не продолжается по частям.' });
  // tsc (in npm test) holds these: a name src/main.ts does not export, and a wrong argument, do not compile.
  // @ts-expect-error: no global «createTab» (the menu's is createTabs).
  expect(() => callGlobal(s, 'createTab')).toThrow(TypeError);
  // @ts-expect-error: continueItem takes the item's name as text.
  expect(callGlobal(s, 'continueItem', 42).ok).toBe(false);
});

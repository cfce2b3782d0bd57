// One click carries a long menu item to its end: while a run answers `pending`, a progress sidebar calls continueItem
// through google.script.run until the item is done, with the same result as clicking the item again each time.
import { scriptRunTargets } from '../../src/local/runtime';
import { sampleSession, settingsUnitRow } from '../helpers/bundle';

type R = { ok: boolean; pending?: boolean; message: string };

/** One call as the sidebar page makes it: through the local google.script.run (public functions only). */
function viaScriptRun(s: ReturnType<typeof sampleSession>, name: string, ...args: unknown[]): R {
  let answer: R | null = null;
  const run = s.runtime.scriptRun as {
    withSuccessHandler(f: (v: R) => void): { withFailureHandler(f: (e: Error) => void): Record<string, (...a: unknown[]) => void> };
  };
  run
    .withSuccessHandler((v) => {
      answer = v;
    })
    .withFailureHandler((e) => {
      throw e;
    })
    [name](...args);
  return answer!;
}

function session() {
  const s = sampleSession();
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue('metodist@example.org');
  settings.getRange(settingsUnitRow(s.ss, 'г. Томск'), 4).setValue('tomsk.coordinator@example.org');
  return s;
}

test('«Применить защиту» at 6 tabs a run: one click opens the progress sidebar, which carries it to the end', () => {
  const oneRun = session();
  oneRun.globals.applyProtections();
  const s = session();
  s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '6');
  s.runtime.alerts.length = 0; // the setup's «Создать вкладки»
  const first = s.globals.applyProtections() as R;
  expect(first.pending).toBe(true);
  // No alert for a run that goes on: the sidebar shows the progress instead.
  expect(s.runtime.alerts).toEqual([]);
  const sidebar = s.runtime.sidebars.at(-1)!;
  expect(sidebar.title).toBe('Наставничество: работа идёт');
  expect(sidebar.content).toContain('<h3>Применить защиту: работа идёт по частям</h3>');
  expect(sidebar.content).toContain('защищено вкладок 6 из 20');
  expect(scriptRunTargets(sidebar.content)).toEqual(['continueItem']);
  expect(sidebar.content).toContain('.continueItem("applyProtections")');
  const steps = [first];
  while (steps.at(-1)!.pending && steps.length < 10) steps.push(viaScriptRun(s, 'continueItem', 'applyProtections'));
  expect(steps.map((r) => r.pending === true)).toEqual([true, true, true, false]);
  expect(steps.at(-1)!.ok).toBe(true);
  expect(s.runtime.protectionRecords()).toEqual(oneRun.runtime.protectionRecords());
  // The continuation shows nothing of its own: the sidebar prints each answer.
  expect(s.runtime.alerts).toEqual([]);
});

test('a one-run item shows its result as before, and continueItem refuses a name that is not a long item', () => {
  const s = session();
  s.runtime.alerts.length = 0;
  expect((s.globals.applyProtections() as R).pending).toBeUndefined();
  expect(s.runtime.alerts.at(-1)!.prompt).toMatch(/^Защита применена\./);
  expect(viaScriptRun(s, 'continueItem', 'buildSummary')).toEqual({
    ok: false,
    message: 'Пункт меню «buildSummary» не продолжается по частям.',
  });
  expect(viaScriptRun(s, 'continueItem', 'constructor')).toMatchObject({ ok: false });
});

// The .docx dialog's data on a workbook too large for one Apps Script run: read in chunks by the same runs as the build,
// carried to the page step by step through google.script.run, and equal to the one-run data; nothing but a hidden tab written.
import type { NoteDocument } from '../../src/domain/noteDocument';
import { STAGING_TAB } from '../../src/workbook/staging';
import { newSession, sampleSession, snapshot } from '../helpers/bundle';

type Step = { ok?: boolean; pending?: boolean; message: string; document?: NoteDocument };
type Session = ReturnType<typeof sampleSession>;

function setTabsPerRun(s: Pick<Session, 'runtime'>, n: number): void {
  (s.runtime.globals.PropertiesService as { getDocumentProperties(): { setProperty(k: string, v: string): void } })
    .getDocumentProperties()
    .setProperty('mentorMonitor.tabsPerRun', String(n));
}

/** One call as the dialog page makes it: through the local google.script.run, which refuses what Sheets cannot carry. */
function viaScriptRun<T>(s: Pick<Session, 'runtime'>, name: string, ...args: unknown[]): T {
  let answer: { value: T } | null = null;
  const run = s.runtime.scriptRun as {
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

/** What the dialog page does: noteDocument, then continueRun(false, 'note') while the answer is pending. */
function followDialog(s: Session): { steps: Step[]; document: NoteDocument | undefined } {
  const first = viaScriptRun<NoteDocument | Step>(s, 'noteDocument');
  if (!('pending' in first)) return { steps: [], document: first as NoteDocument };
  const steps: Step[] = [first];
  while (steps.at(-1)!.pending) {
    s.runtime.resetCalls();
    steps.push(viaScriptRun<Step>(s, 'continueRun', false, 'note'));
    // Within each run every read comes before the first write (the staging tab's, the only one).
    expect(s.runtime.eventsAfterFirst('write', 'read')).toEqual([]);
  }
  return { steps, document: steps.at(-1)!.document };
}

test('with 7 tabs per run the sample (21 tabs) gives its note in 3 runs, equal to one run, and changes no tab', () => {
  const expected = sampleSession().globals.noteDocument() as NoteDocument;
  expect(expected.fileName).toMatch(/\.docx$/);

  const s = sampleSession();
  setTabsPerRun(s, 7);
  const before = snapshot(s.ss, () => false);
  const { steps, document } = followDialog(s);
  expect(steps.map((r) => r.message.match(/прочитано вкладок (\d+ из \d+)/)?.[1] ?? r.message)).toEqual([
    '7 из 21',
    '14 из 21',
    'Справка составлена: 20 муниципалитетов, ошибок 1, предупреждений 31.',
  ]);
  expect(steps[0].message).toBe(
    'Большая таблица: прочитано вкладок 7 из 21. Справка будет готова, когда прочитаются остальные, — не закрывайте это окно.',
  );
  expect(steps.at(-1)!.ok).toBe(true);
  expect(document).toEqual(expected);
  // Unit tabs and «Настройки» as they were, no summary tab written, the hidden staging tab gone.
  expect(s.ss.getSheetByName(STAGING_TAB)).toBeNull();
  expect(snapshot(s.ss, () => false)).toEqual(before);
});

test('while a chunked note read is under way its staging tab is hidden, and nothing else is added', () => {
  const s = sampleSession();
  setTabsPerRun(s, 10);
  const names = s.ss.getSheets().map((t) => t.getName());
  expect(viaScriptRun<Step>(s, 'noteDocument').pending).toBe(true);
  expect(s.ss.getSheetByName(STAGING_TAB)!.isSheetHidden()).toBe(true);
  expect(s.ss.getSheets().map((t) => t.getName())).toEqual([...names, STAGING_TAB]);
});

test('a note read in one run leaves a chunked build alone, and the build finishes', () => {
  const s = sampleSession();
  setTabsPerRun(s, 7);
  expect((s.globals.buildSummary() as Step).pending).toBe(true);
  setTabsPerRun(s, 1000);
  const data = s.globals.noteDocument() as NoteDocument;
  expect(data.tables.map((t) => t.number)).toEqual(['1', '2а', '2б', '3']);
  expect(s.ss.getSheetByName(STAGING_TAB)).not.toBeNull();
  let r = s.globals.continueRun(false, 'build') as Step;
  while (r.pending) r = s.globals.continueRun(false, 'build') as Step;
  expect(r.message).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
});

test('a chunked read another action starts over the note read is reported, not carried on, and the other one finishes', () => {
  const s = sampleSession();
  setTabsPerRun(s, 7);
  expect(viaScriptRun<Step>(s, 'noteDocument').pending).toBe(true);
  // «Проверить данные» clicked meanwhile: its first run replaces the staging tab.
  expect((s.globals.checkData() as Step).pending).toBe(true);
  expect(viaScriptRun<Step>(s, 'continueRun', false, 'note')).toMatchObject({
    ok: false,
    message: 'Чтение прервано: таблицу начали читать заново для «Проверить данные». Выберите «Скачать справку (.docx)» ещё раз.',
  });
  // The check's sidebar, which names its mode, carries on.
  expect(s.runtime.sidebars.at(-1)!.content).toContain('continueRun(false,"check")');
  // If a step fails, the sidebar asks for the item that started this run, not always «Построить сводку».
  expect(s.runtime.sidebars.at(-1)!.content).toContain('"Выберите «Проверить данные» ещё раз."');
  expect(s.runtime.sidebars.at(-1)!.content).not.toContain('Построить сводку');
  let r = s.globals.continueRun(false, 'check') as Step;
  while (r.pending) r = s.globals.continueRun(false, 'check') as Step;
  expect(r.message).toBe('Проверка: ошибок 1, предупреждений 31. Подробности — на вкладке «Проверка».');
  expect(viaScriptRun<Step>(s, 'continueRun', false, 'note')).toMatchObject({
    ok: false,
    message: 'Продолжать нечего: выберите «Скачать справку (.docx)» ещё раз.',
  });
});

test('while another run holds the document lock, the dialog gets the Russian «busy» message and nothing changes', () => {
  const s = sampleSession();
  const before = snapshot(s.ss, () => false);
  s.runtime.lock.holdByOther();
  expect(() => s.globals.noteDocument()).toThrow(
    'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.',
  );
  setTabsPerRun(s, 7);
  s.runtime.lock.releaseByOther();
  expect(viaScriptRun<Step>(s, 'noteDocument').pending).toBe(true);
  s.runtime.lock.holdByOther();
  expect(s.globals.continueRun(false, 'note')).toMatchObject({
    ok: false,
    message:
      'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.',
  });
  s.runtime.lock.releaseByOther();
  expect(s.ss.getSheetByName(STAGING_TAB)).not.toBeNull();
  let r = s.globals.continueRun(false, 'note') as Step;
  while (r.pending) r = s.globals.continueRun(false, 'note') as Step;
  expect(r.ok).toBe(true);
  expect(snapshot(s.ss, () => false)).toEqual(before);
});

test('a chunked read of a workbook without settings ends with the Russian reason and removes its staging tab', () => {
  const s = newSession();
  // A new spreadsheet's «Лист1» and one more tab, no «Настройки»: read one per run.
  s.ss.insertSheet('Лист2');
  setTabsPerRun(s, 1);
  const first = s.globals.noteDocument() as Step;
  expect(first.pending).toBe(true);
  let r = s.globals.continueRun(false, 'note') as Step;
  while (r.pending) r = s.globals.continueRun(false, 'note') as Step;
  expect(r.ok).toBe(false);
  expect(r.message).toBe(
    'Справка не составлена: В таблице нет вкладки «Настройки». Создайте её меню «Наставничество → Подготовить таблицу».',
  );
  expect(r.document).toBeUndefined();
  expect(s.ss.getSheetByName(STAGING_TAB)).toBeNull();
});

// Protections follow Google's sample for Class Protection on every path (unit tabs, «Настройки», intake), and a refusal
// by Sheets is handled the same way everywhere: warning-only protection and one Russian line naming the tab.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/protection — the sample adds
// Session.getEffectiveUser() as an editor before removing the others («Otherwise, if the user's edit permission comes
// from a group, the script throws an exception upon removing the group») and calls setDomainEdit(false) when
// canDomainEdit() is true.
import { LocalProtection } from '../../src/local/runtime';
import { markReady, sampleSession, settingsUnitRow } from '../helpers/bundle';
import { workbookState } from '../helpers/faults';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';

type R = { ok: boolean; message: string };
const STAFF = 'metodist@example.org';
const COORDINATOR = 'tomsk.coordinator@example.org';
const RUNNER = 'region.admin@example.org';

/** The sample with staff and one coordinator e-mail in «Настройки», run by a user who is neither. */
function session() {
  const s = sampleSession();
  s.runtime.env.activeUserEmail = RUNNER;
  s.runtime.env.effectiveUserEmail = RUNNER;
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue(STAFF);
  settings.getRange(settingsUnitRow(s.ss, 'г. Томск'), 4).setValue(COORDINATOR);
  return s;
}

/** Protections of a tab, editors listed without the spreadsheet's owner (who can always edit). */
const records = (s: ReturnType<typeof session>, sheet: string) =>
  s.runtime
    .protectionRecords()
    .filter((p) => p.sheet === sheet)
    .map((p) => ({ ...p, editors: p.editors.filter((e) => e !== s.ss.ownerEmail) }));
const input = (s: ReturnType<typeof session>, sheet: string) =>
  records(s, sheet).find((p) => p.type === 'RANGE' && p.description.startsWith('Ввод:'))!;

test('«Применить защиту»: the user running it stays an editor, other editors are removed, the domain cannot edit', () => {
  const s = session();
  // Someone else was given the settings' protection by hand, and the domain could edit the input range.
  s.globals.applyProtections();
  const stray = s.ss.getSheetByName('Настройки')!.getProtections('SHEET')[0] as unknown as LocalProtection;
  stray.addEditor('stranger@example.org');
  stray.setDomainEdit(true);
  s.globals.applyProtections();
  const tomsk = records(s, 'г. Томск');
  expect(tomsk.find((p) => p.type === 'SHEET')!.editors.sort()).toEqual([STAFF, RUNNER].sort());
  expect(input(s, 'г. Томск').editors.sort()).toEqual([COORDINATOR, STAFF, RUNNER].sort());
  const settings = records(s, 'Настройки').find((p) => p.type === 'SHEET')!;
  expect(settings.editors.sort()).toEqual([STAFF, RUNNER].sort());
  for (const p of [...tomsk, settings]) expect(p.domainEdit).toBe(false);
});

test('closing and opening the intake keep the runner, drop the coordinator and back, and turn domain editing off', () => {
  const s = session();
  s.globals.applyProtections();
  const tab = markReady(s.ss, 'г. Томск');
  const live = tab.getProtections('RANGE').find((p) => p.getDescription().startsWith('Ввод:')) as unknown as LocalProtection;
  live.setDomainEdit(true);
  expect((s.globals.closeIntake() as R).message).toContain('Приём закрыт для 1 вкладки: г. Томск');
  expect(input(s, 'г. Томск')).toMatchObject({
    domainEdit: false,
    warningOnly: false,
    description: 'Ввод: г. Томск (приём закрыт)',
  });
  expect(input(s, 'г. Томск').editors.sort()).toEqual([STAFF, RUNNER].sort());
  expect((s.globals.openIntake() as R).message).toContain('Приём снова открыт для 1 вкладки: г. Томск');
  expect(input(s, 'г. Томск').editors.sort()).toEqual([COORDINATOR, STAFF, RUNNER].sort());
});

describe('a refusal by Sheets is handled the same way on every path', () => {
  // A stand-in for Sheets refusing an editor change (e.g. an address that is not a Google account): the text is ours,
  // the behaviour under test is what the product does with any refusal.
  const refuse = () =>
    jest.spyOn(LocalProtection.prototype, 'addEditors').mockImplementation(() => {
      throw new Error('Отказано');
    });
  afterEach(() => jest.restoreAllMocks());
  const line = (tab: string) =>
    `«${tab}»: Google Таблицы не дали изменить защиту (Отказано) — защита только с предупреждением; проверьте e-mail в «Настройки» и что вы редактор этой вкладки`;

  test('unit tabs and «Настройки» (Применить защиту)', () => {
    const s = session();
    refuse();
    const r = s.globals.applyProtections() as R;
    expect(r.message).toContain(line('г. Томск'));
    expect(r.message).toContain(line('Настройки'));
    for (const p of [...records(s, 'г. Томск'), ...records(s, 'Настройки')]) expect(p.warningOnly).toBe(true);
  });

  test('a new unit tab (Создать вкладки) is protected the same way', () => {
    const s = session();
    const settings = s.ss.getSheetByName('Настройки')!;
    const row = settingsUnitRow(s.ss, 'г. Кедровый');
    settings.getRange(row, 2).setValue('городской округ Кедровый');
    settings.getRange(row, 4).setValue('kedr@example.org');
    refuse();
    expect((s.globals.createTabs() as R).message).toContain('Создано 1 вкладка: городской округ Кедровый.');
    for (const p of records(s, 'городской округ Кедровый')) expect(p.warningOnly).toBe(true);
  });

  test('closing and opening the intake', () => {
    const s = session();
    s.globals.applyProtections();
    markReady(s.ss, 'г. Томск');
    refuse();
    const closed = s.globals.closeIntake() as R;
    expect(closed.message).toContain(line('г. Томск'));
    expect(input(s, 'г. Томск').warningOnly).toBe(true);
    jest.restoreAllMocks();
    s.globals.closeIntake();
    refuse();
    expect((s.globals.openIntake() as R).message).toBe(
      `Google Таблицы не дали защитить 1 вкладку: г. Томск. Выберите «Открыть приём отчётов» ещё раз.\n${line('г. Томск')}`,
    );
  });
});

describe('in real Sheets the protections need the userinfo.email scope', () => {
  // Google, reference/base/session, getEffectiveUser(): «Authorization … https://www.googleapis.com/auth/userinfo.email».
  // Without it in the manifest's explicit oauthScopes Apps Script refuses the call (the text users report:
  // github.com/hijonathan/google-scripts/issues/14, oshliaer/google-apps-script-snippets#23).
  const WITHOUT_EMAIL_SCOPE = [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ];
  const refusedLine = (tab: string) =>
    `«${tab}»: Google Таблицы не дали изменить защиту (You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email) — защита только с предупреждением; проверьте e-mail в «Настройки» и что вы редактор этой вкладки`;

  test('with the shipped manifest every protection with e-mails locks (none is warning-only)', () => {
    const s = session();
    expect(s.runtime.env.manifestScopes).toContain('https://www.googleapis.com/auth/userinfo.email');
    const r = s.globals.applyProtections() as R;
    expect(r.ok).toBe(true);
    expect(r.message.startsWith('Защита применена. Кто что может менять:\n')).toBe(true);
    for (const p of [...records(s, 'г. Томск'), ...records(s, 'Настройки')]) expect(p.warningOnly).toBe(false);
  });

  test('a manifest without it: «Применить защиту» is not ok and names each tab left warning-only', () => {
    const s = session();
    s.runtime.env.manifestScopes = WITHOUT_EMAIL_SCOPE;
    const r = s.globals.applyProtections() as R;
    expect(r.ok).toBe(false);
    const lines = r.message.split('\n');
    expect(lines[0]).toBe(
      'Защита применена не полностью. Google Таблицы не дали защитить 2 вкладки: г. Томск, Настройки. Выберите «Применить защиту» ещё раз.',
    );
    expect(lines).toContain(refusedLine('г. Томск'));
    expect(lines).toContain(refusedLine('Настройки'));
    for (const p of [...records(s, 'г. Томск'), ...records(s, 'Настройки')]) expect(p.warningOnly).toBe(true);
  });

  test('a manifest without it: «Создать вкладки» still creates the tab and says its protection was refused', () => {
    const s = session();
    const settings = s.ss.getSheetByName('Настройки')!;
    const row = settingsUnitRow(s.ss, 'г. Кедровый');
    settings.getRange(row, 2).setValue('городской округ Кедровый');
    settings.getRange(row, 4).setValue('kedr@example.org');
    s.runtime.env.manifestScopes = WITHOUT_EMAIL_SCOPE;
    const r = s.globals.createTabs() as R;
    expect(r.ok).toBe(true);
    expect(r.message).toContain(
      'Создано 1 вкладка: городской округ Кедровый. Уже были и не изменены: 19 вкладок. Вкладки единиц, которых нет в настройках (не удалены): г. Кедровый. Google Таблицы не дали защитить 1 вкладку: городской округ Кедровый. Выберите «Применить защиту» ещё раз.',
    );
    expect(r.message.split('\n')[1]).toBe(refusedLine('городской округ Кедровый'));
  });

  test('a manifest without it: the build is made, and its message names the summary tabs left warning-only', () => {
    const s = session();
    s.runtime.env.manifestScopes = WITHOUT_EMAIL_SCOPE;
    const lines = (s.globals.buildSummary() as R).message.split('\n');
    expect(lines[0]).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
    expect(lines[1]).toBe(
      'Google Таблицы не дали защитить 6 вкладок: Свод по формам, Свод по показателям, Справка, Рекомендации, Проверка, Ход сбора. Выберите «Построить сводку» ещё раз.',
    );
    expect(lines.slice(2)).toEqual(
      Object.values(SUMMARY_TABS)
        .map(refusedLine)
        .sort((a, b) => lines.indexOf(a) - lines.indexOf(b)),
    );
  });
});

describe('what the product writes is protected to the staff', () => {
  const SUMMARY = Object.values(SUMMARY_TABS);

  test('«Построить сводку»: every summary tab and «Проверка» is locked to the staff and the runner', () => {
    const s = session();
    const r = s.globals.buildSummary() as R;
    expect(r.ok).toBe(true);
    for (const tab of SUMMARY) {
      const [p] = records(s, tab);
      expect({ tab, ...p, editors: p.editors.sort() }).toMatchObject({
        tab,
        type: 'SHEET',
        warningOnly: false,
        domainEdit: false,
        editors: [STAFF, RUNNER].sort(),
      });
    }
    // Built again: the new tabs replace the old ones, each with one protection.
    s.globals.buildSummary();
    for (const tab of SUMMARY) expect(records(s, tab)).toHaveLength(1);
  });

  test('a coordinator cannot edit the hidden staging tab a chunked build leaves between runs', () => {
    const s = session();
    s.ss.documentProperties.set('mentorMonitor.tabsPerRun', '5');
    const first = s.globals.buildSummary() as R & { pending?: boolean };
    expect(first.pending).toBe(true);
    const staging = s.ss.getSheetByName('~чтение для сводки')!;
    expect(staging.isSheetHidden()).toBe(true);
    const [p] = records(s, '~чтение для сводки');
    expect(p).toMatchObject({ type: 'SHEET', warningOnly: false, description: '~чтение для сводки: только региональный центр' });
    expect(p.editors.sort()).toEqual([STAFF, RUNNER].sort());
    s.runtime.env.activeUserEmail = COORDINATOR;
    expect(staging.getProtections('SHEET')[0].canEdit()).toBe(false);
  });

  test('without staff e-mails the summary tabs are protected with a warning only, and the build says nothing of it', () => {
    const s = sampleSession();
    const r = s.globals.buildSummary() as R;
    expect(r.message).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
    expect(s.runtime.protectionRecords().find((p) => p.sheet === 'Справка')).toMatchObject({ warningOnly: true });
  });
});

test('closing the intake of a tab whose protection only warned gives it to the staff, not to every editor of the spreadsheet', () => {
  // Sheets API, ProtectedRange.warningOnly: editors set while a protection only warns are ignored, and turning the
  // warning off gives the range to every editor of the document — so warning-only goes off before the editors are set.
  const s = session();
  s.ss.addEditor('asino.coordinator@example.org');
  s.globals.applyProtections();
  expect(input(s, 'Асиновский район').warningOnly).toBe(true); // no coordinator e-mail in «Настройки»
  markReady(s.ss, 'Асиновский район');
  expect((s.globals.closeIntake() as R).message).toContain('Приём закрыт для 1 вкладки: Асиновский район');
  expect(input(s, 'Асиновский район')).toMatchObject({ warningOnly: false, description: 'Ввод: Асиновский район (приём закрыт)' });
  expect(input(s, 'Асиновский район').editors.sort()).toEqual([STAFF, RUNNER].sort());
});

describe('«Создать вкладки», «Применить защиту» and «Закрыть / Открыть приём» run under the document lock', () => {
  const BUSY =
    'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.';
  test.each(['createTabs', 'applyProtections', 'closeIntake', 'openIntake'] as const)(
    '%s: while another run holds the lock it answers the busy message and reads or changes nothing',
    (fn) => {
      const s = session();
      markReady(s.ss, 'г. Томск');
      const before = workbookState(s);
      s.runtime.resetCalls();
      s.runtime.lock.holdByOther();
      const busy = s.globals[fn]() as R;
      s.runtime.lock.releaseByOther();
      expect(busy).toEqual({ ok: false, message: BUSY });
      expect(s.runtime.events.filter((e) => e.kind === 'read')).toEqual([]);
      expect(workbookState(s)).toEqual(before);
      expect((s.globals[fn]() as R).ok).toBe(true);
      expect(s.runtime.lock.isHeldByScript('document')).toBe(false);
    },
  );
});

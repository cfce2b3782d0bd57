// Protections follow Google's sample for Class Protection on every path (unit tabs, «Настройки», intake), and a refusal
// by Sheets is handled the same way everywhere: warning-only protection and one Russian line naming the tab.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/protection — the sample adds
// Session.getEffectiveUser() as an editor before removing the others («Otherwise, if the user's edit permission comes
// from a group, the script throws an exception upon removing the group») and calls setDomainEdit(false) when
// canDomainEdit() is true.
import { LocalProtection } from '../../src/local/runtime';
import { sampleSession, settingsUnitRow } from '../helpers/bundle';

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

/** The coordinator ticks «Отчёт готов» on a unit tab (the row keyed `ready`, input column C). */
function markReady(s: ReturnType<typeof session>, name: string) {
  const tab = s.ss.getSheetByName(name)!;
  const row =
    tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'ready') + 1;
  tab.getRange(row, 3).setValue(true);
  return tab;
}

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
  const tab = markReady(s, 'г. Томск');
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
    markReady(s, 'г. Томск');
    refuse();
    const closed = s.globals.closeIntake() as R;
    expect(closed.message).toContain(line('г. Томск'));
    expect(input(s, 'г. Томск').warningOnly).toBe(true);
    jest.restoreAllMocks();
    s.globals.closeIntake();
    refuse();
    expect((s.globals.openIntake() as R).message).toContain(line('г. Томск'));
  });
});

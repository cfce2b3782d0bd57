// onOpen and «Создать вкладки» through the built bundle: the menu, the tabs, their keys, validation and protections.
import { newSession, sampleSession } from '../helpers/bundle';

test('onOpen adds the «Наставничество» menu whose items call existing globals', () => {
  const s = newSession();
  s.globals.onOpen();
  expect(s.runtime.menus).toHaveLength(1);
  const menu = s.runtime.menus[0];
  expect(menu).toMatchObject({ title: 'Наставничество', addon: false });
  const items = menu.items.filter((i) => i.type === 'item') as Array<{ caption: string; functionName: string }>;
  expect(items.map((i) => i.caption)).toEqual(expect.arrayContaining(['Создать вкладки', 'Проверить данные', 'Построить сводку']));
  for (const i of items) expect(typeof Reflect.get(s.globals, i.functionName)).toBe('function');
});

describe('«Создать вкладки» on the sample settings', () => {
  const s = sampleSession();
  const ss = s.ss;
  const units = s.imported.settings.units;

  test('one tab per unit, named as the unit, with the unit named inside', () => {
    const names = ss.getSheets().map((x) => x.getName());
    expect(names.slice(0, 2)).toEqual(['Настройки', 'Инструкция']);
    for (const u of units) expect(names).toContain(u.tab);
    const tab = ss.getSheetByName('Асиновский район')!;
    expect(tab.getRange('C2').getValue()).toBe('Асиновский район');
  });

  test('every field has a machine key in the hidden column A', () => {
    const tab = ss.getSheetByName('г. Томск')!;
    expect(tab.isColumnHiddenByUser(1)).toBe(true);
    const keys = tab
      .getRange(1, 1, tab.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    expect(keys).toEqual(
      expect.arrayContaining([
        'orgs',
        'form:student_student',
        'form:employer_student',
        'ind:1:involved',
        'ind:1:total',
        'ind:1:percent',
        'ind:3:value',
        'ready',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('input cells carry validation with Russian help; implementing ≤ total refers to the total', () => {
    const tab = ss.getSheetByName('г. Томск')!;
    const keys = tab
      .getRange(1, 1, tab.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const formRow = keys.indexOf('form:student_student') + 1;
    const orgsRow = keys.indexOf('orgs') + 1;
    const v = tab.getRange(formRow, 3).getDataValidation()!;
    expect(v.getHelpText()).toMatch(/Целое число не меньше 0/);
    expect(String(v.getCriteriaValues()[0])).toContain(`C${orgsRow}`);
    const pctCell = tab.getRange(keys.indexOf('ind:1:percent') + 1, 4);
    const pct = pctCell.getDataValidation()!;
    expect(String(pct.getCriteriaValues()[0])).toMatch(/VALUE\(SUBSTITUTE\(D\d+,"%",""\)\)<=100/);
    // A percent cell is text, so «12,5%» typed in Sheets stays «12,5%» instead of becoming 0,125.
    expect(pctCell.getNumberFormat()).toBe('@');
    expect(
      tab
        .getRange(keys.indexOf('ready') + 1, 3)
        .getDataValidation()!
        .getCriteriaType()
        .toString(),
    ).toBe('CHECKBOX');
  });

  test('labels, keys and formulas are protected; input cells are left to the coordinator', () => {
    const protections = s.runtime.protectionRecords().filter((p) => p.sheet === 'г. Томск');
    const sheet = protections.find((p) => p.type === 'SHEET')!;
    expect(sheet.description).toContain('подписи, ключи и формулы');
    expect(sheet.unprotectedRanges!.length).toBeGreaterThan(10);
    // No coordinator e-mail in the sample: warning-only, as the settings cannot name the owner.
    expect(sheet.warningOnly).toBe(true);
  });

  test('re-running adds nothing and never touches a filled tab', () => {
    const before = ss.getSheetByName('г. Томск')!.getDataRange().getValues();
    const count = ss.getSheets().length;
    const r = s.globals.createTabs() as { ok: boolean; message: string };
    expect(r.message).toContain('Новых вкладок не понадобилось');
    expect(ss.getSheets().length).toBe(count);
    expect(ss.getSheetByName('г. Томск')!.getDataRange().getValues()).toEqual(before);
  });
});

// Builders, protections, charts, UI records, locks, properties and call counting.
import type {
  LocalConditionalFormatRuleBuilder,
  LocalDataValidationBuilder,
  LocalHtmlOutput,
  LocalRuntime,
  LocalSpreadsheet,
  LocalUi,
} from '../../../src/local/runtime';
import { type ChartType, createRuntime, installGlobals } from '../../../src/local/runtime';

interface App {
  getActiveSpreadsheet(): LocalSpreadsheet;
  getUi(): LocalUi;
  newDataValidation(): LocalDataValidationBuilder;
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder;
  DataValidationCriteria: Record<string, string>;
  BooleanCriteria: Record<string, string>;
  ProtectionType: Record<string, string>;
}

const quiet = { log: () => undefined };

function setup(options: Parameters<typeof createRuntime>[1] = {}): {
  rt: LocalRuntime;
  app: App;
  g: Record<string, unknown>;
} {
  const rt = createRuntime(undefined, { console: quiet, ...options });
  return { rt, app: rt.globals.SpreadsheetApp as App, g: rt.globals };
}

describe('data validation builder', () => {
  it('builds rules with Apps Script criteria, values and defaults', () => {
    const { app } = setup();
    const C = app.DataValidationCriteria;
    const between = app.newDataValidation().requireNumberBetween(0, 100).setHelpText('От 0 до 100').build();
    expect(between.getCriteriaType()).toBe(C.NUMBER_BETWEEN);
    expect(between.getCriteriaValues()).toEqual([0, 100]);
    expect(between.getAllowInvalid()).toBe(true);
    expect(between.getHelpText()).toBe('От 0 до 100');

    const list = app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
    expect(list.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(list.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBeNull();

    expect(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build().getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(app.newDataValidation().requireNumberLessThanOrEqualTo(5).build().getCriteriaValues()).toEqual([5]);
    expect(app.newDataValidation().requireFormulaSatisfied('=A1>0').build().getCriteriaValues()).toEqual(['=A1>0']);
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
    expect(app.newDataValidation().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');

    const copy = between.copy().setAllowInvalid(false).build();
    expect(copy.getCriteriaValues()).toEqual([0, 100]);
    expect(copy.getAllowInvalid()).toBe(false);
    expect(() => app.newDataValidation().build()).toThrow();
  });

  it('applies rules to cells and rejects a builder where a rule is expected', () => {
    const { app } = setup();
    const sh = app.getActiveSpreadsheet().getSheets()[0];
    const rule = app.newDataValidation().requireNumberBetween(1, 5).build();
    sh.getRange('B2:B3').setDataValidation(rule);
    const got = sh.getRange('A2:B3').getDataValidations();
    expect(got[0][0]).toBeNull();
    expect(got[1][1]?.getCriteriaValues()).toEqual([1, 5]);
    expect(() => sh.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox() as never)).toThrow(
      "The parameters (SpreadsheetApp.DataValidationBuilder) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
    sh.getRange('B2:B3').clearDataValidations();
    expect(sh.getRange('B2').getDataValidation()).toBeNull();
  });

  it('inserts checkboxes with false values and reads their state', () => {
    const { app } = setup();
    const sh = app.getActiveSpreadsheet().getSheets()[0];
    const r = sh.getRange('C1:C2');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(r.isChecked()).toBe(false);
    r.check();
    expect(r.isChecked()).toBe(true);
    sh.getRange('C1').uncheck();
    expect(r.isChecked()).toBeNull();
  });
});

describe('conditional format rules', () => {
  it('builds boolean conditions with colours and ranges', () => {
    const { app } = setup();
    const sh = app.getActiveSpreadsheet().getSheets()[0];
    const r1 = app
      .newConditionalFormatRule()
      .whenNumberLessThan(10)
      .setBackground('#F4CCCC')
      .setFontColor('red')
      .setBold(true)
      .setRanges([sh.getRange('B2:B20')])
      .build();
    const r2 = app
      .newConditionalFormatRule()
      .whenNumberBetween(10, 50)
      .setBackground('#fff2cc')
      .setRanges([sh.getRange('C2:C20')])
      .build();
    const r3 = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>$C2')
      .setBackground('#d9ead3')
      .setRanges([sh.getRange('A2:D20')])
      .build();
    const r4 = app
      .newConditionalFormatRule()
      .whenTextContains('нет данных')
      .setBackground('#eeeeee')
      .setRanges([sh.getRange('E2:E20')])
      .build();
    const r5 = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#fce5cd')
      .setRanges([sh.getRange('F2:F20')])
      .build();
    const r6 = app
      .newConditionalFormatRule()
      .whenTextEqualTo('-')
      .whenNumberGreaterThan(70)
      .setBackground('#b6d7a8')
      .setRanges([sh.getRange('G2:G20')])
      .build();
    sh.setConditionalFormatRules([r1, r2, r3, r4, r5, r6]);
    const rules = sh.getConditionalFormatRules();
    expect(rules).toHaveLength(6);
    const c1 = rules[0].getBooleanCondition();
    expect(c1.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
    expect(c1.getCriteriaValues()).toEqual([10]);
    expect(c1.getBackground()).toBe('#f4cccc');
    expect(c1.getFontColor()).toBe('#ff0000');
    expect(c1.getBold()).toBe(true);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B20']);
    expect(rules[1].getBooleanCondition().getCriteriaValues()).toEqual([10, 50]);
    expect(rules[2].getBooleanCondition().getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(rules[3].getBooleanCondition().getCriteriaValues()).toEqual(['нет данных']);
    expect(rules[4].getBooleanCondition().getCriteriaType()).toBe('CELL_EMPTY');
    expect(rules[5].getBooleanCondition().getCriteriaType()).toBe('NUMBER_GREATER_THAN');
    expect(rules[5].getBooleanCondition().getBackground()).toBe('#b6d7a8');
  });
});

describe('protections', () => {
  it("starts with the spreadsheet's editors; the owner and the current user cannot be removed", () => {
    // Google, reference/spreadsheet/range protect(): the editors «mirror those of the spreadsheet itself»;
    // reference/spreadsheet/protection removeEditor(s): «Neither the owner of the spreadsheet nor the current user can
    // be removed» (the page's sample removes getEditors() and the script's user stays).
    const { rt, app } = setup({ activeUserEmail: 'coordinator@tomsk.example' });
    const ss = app.getActiveSpreadsheet();
    ss.ownerEmail = 'owner@tomsk.example';
    ss.addEditor('district@tomsk.example');
    const sh = ss.getSheets()[0];
    const p = sh.getRange('A1:D1').protect().setDescription('Шапка');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@tomsk.example', 'district@tomsk.example', 'coordinator@tomsk.example']);
    expect(p.canEdit()).toBe(true);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@tomsk.example', 'coordinator@tomsk.example']);
    p.addEditors(['analyst@tomsk.example']).setWarningOnly(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@tomsk.example', 'coordinator@tomsk.example', 'analyst@tomsk.example']);
    rt.setActiveUser('district@tomsk.example');
    expect(p.canEdit()).toBe(false);
    expect(p.getDescription()).toBe('Шапка');
    expect(p.getProtectionType()).toBe(app.ProtectionType.RANGE);

    const sp = sh.protect().setDescription('Лист целиком').setWarningOnly(true);
    expect(sh.protect()).toBe(sp);
    sp.setUnprotectedRanges([sh.getRange('B2:C10')]);
    expect(sp.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C10']);
    expect(() => p.setUnprotectedRanges([sh.getRange('B2')])).toThrow();
    expect(ss.getProtections('RANGE')).toHaveLength(1);
    expect(sh.getProtections('SHEET')[0].isWarningOnly()).toBe(true);
    expect(rt.protectionRecords().map((r) => [r.type, r.range, r.description])).toEqual([
      ['RANGE', 'A1:D1', 'Шапка'],
      ['SHEET', null, 'Лист целиком'],
    ]);
    p.remove();
    expect(sh.getProtections('RANGE')).toEqual([]);
  });
});

describe('charts', () => {
  it('records chart type, ranges, position and options', () => {
    const { rt, app, g } = setup();
    const sh = app.getActiveSpreadsheet().getSheets()[0];
    const Charts = g.Charts as { ChartType: typeof ChartType };
    const chart = sh
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sh.getRange('A1:C21'))
      .setPosition(2, 6, 10, 5)
      .setOption('title', 'Доля вовлечённых')
      .setNumHeaders(1)
      .build();
    sh.insertChart(chart);
    expect(sh.getCharts()).toHaveLength(1);
    expect(rt.chartRecords()[0]).toMatchObject({
      sheet: 'Лист1',
      type: 'COLUMN',
      ranges: ['A1:C21'],
      position: { anchorRow: 2, anchorColumn: 6, offsetX: 10, offsetY: 5 },
      options: { title: 'Доля вовлечённых' },
      numHeaders: 1,
    });
    const stored = sh.getCharts()[0];
    expect(stored.getOptions().get('title')).toBe('Доля вовлечённых');
    sh.updateChart(stored.modify().setChartType('BAR').build());
    expect(rt.chartRecords()[0].type).toBe('BAR');
    sh.removeChart(sh.getCharts()[0]);
    expect(sh.getCharts()).toEqual([]);
  });
});

describe('Ui records', () => {
  it('records menus, alerts with scripted answers, prompts, sidebars and toasts', () => {
    const { rt, app, g } = setup();
    const ui = app.getUi();
    ui.createMenu('Наставничество')
      .addItem('Собрать сводку', 'buildSummary')
      .addSeparator()
      .addSubMenu(ui.createMenu('Ещё').addItem('Проверить', 'checkData'))
      .addToUi();
    ui.createAddonMenu().addItem('Открыть', 'showSidebar').addToUi();
    expect(rt.menus).toEqual([
      {
        title: 'Наставничество',
        addon: false,
        items: [
          { type: 'item', caption: 'Собрать сводку', functionName: 'buildSummary' },
          { type: 'separator' },
          {
            type: 'submenu',
            menu: {
              title: 'Ещё',
              addon: false,
              items: [{ type: 'item', caption: 'Проверить', functionName: 'checkData' }],
            },
          },
        ],
      },
      { title: null, addon: true, items: [{ type: 'item', caption: 'Открыть', functionName: 'showSidebar' }] },
    ]);

    expect(ui.alert('Готово')).toBe('OK');
    expect(ui.alert('Удалить?', 'Удалить вкладки?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    rt.queueAlertAnswers('NO');
    expect(ui.alert('Удалить?', 'Удалить вкладки?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(rt.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      [null, 'Готово', null, 'OK'],
      ['Удалить?', 'Удалить вкладки?', 'YES_NO', 'YES'],
      ['Удалить?', 'Удалить вкладки?', 'YES_NO', 'NO'],
    ]);
    rt.queuePromptAnswers({ text: '2022' });
    const answer = ui.prompt('Год отчёта', ui.ButtonSet.OK_CANCEL);
    expect([answer.getSelectedButton(), answer.getResponseText()]).toEqual(['OK', '2022']);

    const Html = g.HtmlService as { createHtmlOutput(html: string): LocalHtmlOutput };
    ui.showSidebar(Html.createHtmlOutput('<p>Проверка</p>').setTitle('Проверка данных').setWidth(300));
    ui.showModalDialog(Html.createHtmlOutput('<p>Итог</p>'), 'Итог');
    expect(rt.sidebars).toEqual([{ kind: 'sidebar', title: 'Проверка данных', content: '<p>Проверка</p>', width: 300, height: null }]);
    expect(rt.dialogs.map((d) => d.title)).toEqual(['Итог']);

    app.getActiveSpreadsheet().toast('Сводка собрана', 'Готово', 5);
    expect(rt.toasts).toEqual([{ message: 'Сводка собрана', title: 'Готово', timeoutSeconds: 5 }]);
  });
});

describe('locks and properties', () => {
  it('does not get a lock another execution holds', () => {
    const { rt, g } = setup();
    const LockService = g.LockService as {
      getDocumentLock(): {
        tryLock(ms: number): boolean;
        waitLock(ms: number): void;
        hasLock(): boolean;
        releaseLock(): void;
      };
    };
    rt.lock.holdByOther('document');
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    rt.lock.releaseByOther();
    expect(lock.tryLock(1000)).toBe(true);
    expect(rt.lock.isHeldByScript('document')).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('keeps document properties on the spreadsheet', () => {
    const { rt, g } = setup();
    const PS = g.PropertiesService as {
      getDocumentProperties(): {
        setProperty(k: string, v: unknown): unknown;
        getProperty(k: string): string | null;
        getProperties(): Record<string, string>;
        deleteProperty(k: string): unknown;
      };
    };
    const doc = PS.getDocumentProperties();
    doc.setProperty('year', 2022);
    expect(doc.getProperty('year')).toBe('2022');
    expect(rt.spreadsheet.documentProperties.get('year')).toBe('2022');
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getProperties()).toEqual({ year: '2022' });
    doc.deleteProperty('year');
    expect(doc.getProperties()).toEqual({});
    expect(() => doc.setProperty('big', 'x'.repeat(10000))).toThrow('Argument too large: value');
  });

  it('fails in AuthMode.NONE where Apps Script has no access, but still builds menus', () => {
    const { rt, app, g } = setup({ authMode: 'NONE' });
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => (g.PropertiesService as { getDocumentProperties(): unknown }).getDocumentProperties()).toThrow(
      'You do not have permission',
    );
    app.getUi().createAddonMenu().addItem('Начать', 'start').addToUi();
    expect(rt.menus).toHaveLength(1);
    rt.authMode = 'FULL';
    expect(app.getActiveSpreadsheet()).toBe(rt.spreadsheet);
  });

  it('installs the services as globals for code run directly in jest', () => {
    const { rt } = setup();
    const restore = installGlobals(rt);
    try {
      const SA = (globalThis as unknown as { SpreadsheetApp: App }).SpreadsheetApp;
      expect(SA.getActiveSpreadsheet()).toBe(rt.spreadsheet);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });
});

describe('call counting', () => {
  it('counts calls by kind and method and keeps their order', () => {
    const { rt, app } = setup();
    const ss = app.getActiveSpreadsheet();
    rt.resetCalls();
    const sh = ss.getSheetByName('Лист1')!;
    const vals = sh.getRange(1, 1, 2, 2).getValues();
    sh.getRange(1, 1, 2, 2).setValues(vals);
    sh.getRange('A1:B1').setBackgrounds([['#ffffff', '#ffffff']]);
    ss.insertSheet('Новая');
    ss.toast('ok');
    expect(rt.calls.byKind).toEqual({ read: 1, write: 1, format: 1, structure: 1, meta: 4, flush: 0, ui: 1, api: 0 });
    expect(rt.calls.byMethod.getRange).toBe(3);
    expect(rt.calls.byTargetMethod['Range.getValues']).toBe(1);
    expect(rt.calls.total).toBe(9);
    expect(rt.events.map((e) => [e.kind, e.method, e.sheet])).toEqual([
      ['meta', 'getSheetByName', 'Лист1'],
      ['meta', 'getRange', 'Лист1'],
      ['read', 'getValues', 'Лист1'],
      ['meta', 'getRange', 'Лист1'],
      ['write', 'setValues', 'Лист1'],
      ['meta', 'getRange', 'Лист1'],
      ['format', 'setBackgrounds', 'Лист1'],
      ['structure', 'insertSheet', 'Новая'],
      ['ui', 'toast', null],
    ]);
    expect(rt.eventsAfterFirst('write', 'read')).toEqual([]);
    sh.getRange('A1').getValue();
    expect(rt.eventsAfterFirst('write', 'read').map((e) => e.method)).toEqual(['getValue']);
    const counts = rt.calls;
    rt.resetCalls();
    expect(counts.total).toBe(0);
    expect(counts.byKind.read).toBe(0);
    expect(rt.events).toEqual([]);
  });

  it('classifies protection edits and chart insertion as structure', () => {
    const { rt, app } = setup();
    const sh = app.getActiveSpreadsheet().getSheets()[0];
    rt.resetCalls();
    const p = sh.protect();
    p.setDescription('x');
    p.addEditor('a@b.c');
    sh.insertChart(sh.newChart().addRange(sh.getRange('A1:B2')).build());
    expect(rt.calls.byKind.structure).toBe(4);
  });
});

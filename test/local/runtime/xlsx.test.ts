// Round trip through .xlsx: what Sheets keeps in the workbook must come back after save and load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { LocalConditionalFormatRuleBuilder, LocalDataValidationBuilder, LocalSpreadsheet } from '../../../src/local/runtime';
import { RUNTIME_SHEET_NAME, createRuntime, loadXlsx, saveXlsx } from '../../../src/local/runtime';

interface App {
  newDataValidation(): LocalDataValidationBuilder;
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mm-runtime-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const LONG_NAME = 'Муниципальное образование Томский район'; // 40 characters

function buildWorkbook(): { ss: LocalSpreadsheet; app: App } {
  const rt = createRuntime(undefined, {
    activeUserEmail: 'coordinator@tomsk.example',
    console: { log: () => undefined },
  });
  const app = rt.globals.SpreadsheetApp as App;
  const ss = rt.spreadsheet;
  const main = ss.getSheets()[0];
  main.setName('Свод: формы');
  const unit = ss.insertSheet(LONG_NAME);
  const hidden = ss.insertSheet('Настройки');

  const when = new Date(Date.UTC(2021, 8, 1, 3, 30) - 7 * 3600 * 1000); // 01.09.2021 03:30 in Tomsk
  main.getRange('A1:F3').setValues([
    ['Показатель', 'Значение', 'Флаг', 'Дата', 'Формула', 'Текст'],
    ['Доля', 12.5, true, when, '=B2*2', "'=не формула"],
    ['Количество', 3, false, '', `='${LONG_NAME}'!A1`, 'ok'],
  ]);
  main.getRange('A1:F1').setFontWeight('bold').setBackground('#cfe2f3').setHorizontalAlignment('center');
  main.getRange('B2').setNumberFormat('0.00').setFontColor('#990000').setFontStyle('italic').setFontSize(12);
  main.getRange('A2:A3').setWrap(true).setVerticalAlignment('top');
  main.getRange('A2').setNote('Заметка для координатора');
  main.getRange('A5:C5').merge();
  main.getRange('A5').setValue('Объединено');
  main
    .getRange('B2:B3')
    .setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).setHelpText('От 0 до 100').build());
  main.getRange('C2:C3').setDataValidation(app.newDataValidation().requireValueInList(['да', 'нет', 'частично']).build());
  main.getRange('G2:G3').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
  main.getRange('H2:H3').setDataValidation(app.newDataValidation().requireFormulaSatisfied('=H2<=G2').build());
  main.getRange('I2').setDataValidation(app.newDataValidation().requireCheckbox().build());
  main.getRange('J2').setDataValidation(app.newDataValidation().requireValueInList(['a,b', 'c'], false).build());
  main.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberLessThan(10)
      .setBackground('#f4cccc')
      .setRanges([main.getRange('B2:B20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(50)
      .setBackground('#d9ead3')
      .setFontColor('#274e13')
      .setBold(true)
      .setRanges([main.getRange('B2:B20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenNumberBetween(10, 50)
      .setBackground('#fff2cc')
      .setRanges([main.getRange('C2:C20'), main.getRange('E2:E20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>$G2')
      .setBackground('#cfe2f3')
      .setRanges([main.getRange('A2:A20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextContains('нет')
      .setBackground('#eeeeee')
      .setRanges([main.getRange('F2:F20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextStartsWith('Итого')
      .setBackground('#d0e0e3')
      .setRanges([main.getRange('A2:A20')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#fce5cd')
      .setRanges([main.getRange('D2:D20')])
      .build(),
  ]);
  main.hideColumns(7, 2);
  main.setColumnWidth(1, 240);
  main.setRowHeight(1, 40);
  main.setFrozenRows(1);
  main.setFrozenColumns(1);
  main.setTabColor('#ff9900');

  unit.getRange('A1:B2').setValues([
    ['Школ', 12],
    ['С формой', 9],
  ]);
  main.getRange('K2').setDataValidation(app.newDataValidation().requireValueInRange(unit.getRange('A1:A2')).build());
  const prot = unit.getRange('A1:B1').protect().setDescription('Шапка вкладки');
  prot.addEditor('analyst@tomsk.example');
  const sp = main.protect().setDescription('Свод только для чтения').setWarningOnly(true);
  sp.setUnprotectedRanges([main.getRange('B2:B3')]);
  main.insertChart(
    main
      .newChart()
      .setChartType('COLUMN')
      .addRange(unit.getRange('A1:B2'))
      .setPosition(6, 2, 4, 8)
      .setOption('title', 'Формы наставничества')
      .setNumHeaders(1)
      .build(),
  );

  hidden.getRange('A1').setValue('секрет');
  hidden.hideSheet();
  ss.documentProperties.set('year', '2021');
  ss.setActiveSheet(unit);
  return { ss, app };
}

describe('xlsx round trip', () => {
  it('a save that lets the cells go (the CLI build, after which nothing reads them) writes the same workbook', async () => {
    const kept = buildWorkbook().ss;
    const released = buildWorkbook().ss;
    await saveXlsx(kept, join(dir, 'kept.xlsx'));
    await saveXlsx(released, join(dir, 'released.xlsx'), { releaseCells: true });
    const [a, b] = [await loadXlsx(join(dir, 'kept.xlsx')), await loadXlsx(join(dir, 'released.xlsx'))];
    const content = (ss: LocalSpreadsheet) =>
      ss
        .getSheets()
        .map((s) => [s.getName(), s.getDataRange().getValues(), s.getDataRange().getFormulas(), s.getDataRange().getBackgrounds()]);
    expect(content(b)).toEqual(content(a));
    // The chart on «Свод: формы» draws from the unit's tab: those cells stay; the other tabs' cells are gone.
    expect(released.sheetsInternal().map((s) => [s.nameInternal(), s.grid.length > 0])).toEqual([
      ['Свод: формы', false],
      [LONG_NAME, true],
      ['Настройки', false],
    ]);
  });

  it('keeps values, formats, merges, validations, rules, sizes, protections and charts', async () => {
    const { ss } = buildWorkbook();
    const path = join(dir, 'roundtrip.xlsx');
    await saveXlsx(ss, path);
    const back = await loadXlsx(path);

    expect(back.getSheets().map((s) => s.getName())).toEqual(['Свод: формы', LONG_NAME, 'Настройки']);
    expect(back.getSheetByName(RUNTIME_SHEET_NAME)).toBeNull();
    expect(back.getName()).toBe(ss.getName());
    expect(back.getId()).toBe(ss.getId());
    expect(back.getActiveSheet().getName()).toBe(LONG_NAME);

    const main = back.getSheetByName('Свод: формы')!;
    const orig = ss.getSheetByName('Свод: формы')!;
    const values = main.getRange('A1:F3').getValues();
    expect(values).toEqual(orig.getRange('A1:F3').getValues());
    expect((values[1][3] as Date).getTime()).toBe((orig.getRange('D2').getValue() as Date).getTime());
    expect(main.getRange('A1:F3').getFormulas()).toEqual(orig.getRange('A1:F3').getFormulas());
    expect(main.getRange('E3').getFormula()).toBe(`='${LONG_NAME}'!A1`);
    expect(main.getRange('F2').getValue()).toBe('=не формула');
    expect(main.getRange('A1:J3').getNumberFormats()).toEqual(orig.getRange('A1:J3').getNumberFormats());
    expect(main.getRange('A1:J3').getBackgrounds()).toEqual(orig.getRange('A1:J3').getBackgrounds());
    expect(main.getRange('A1:J3').getFontWeights()).toEqual(orig.getRange('A1:J3').getFontWeights());
    expect(main.getRange('A1:J3').getFontColors()).toEqual(orig.getRange('A1:J3').getFontColors());
    expect(main.getRange('A1:J3').getFontStyles()).toEqual(orig.getRange('A1:J3').getFontStyles());
    expect(main.getRange('A1:J3').getFontSizes()).toEqual(orig.getRange('A1:J3').getFontSizes());
    expect(main.getRange('A1:J3').getHorizontalAlignments()).toEqual(orig.getRange('A1:J3').getHorizontalAlignments());
    expect(main.getRange('A1:J3').getVerticalAlignments()).toEqual(orig.getRange('A1:J3').getVerticalAlignments());
    expect(main.getRange('A1:J3').getWraps()).toEqual(orig.getRange('A1:J3').getWraps());
    expect(main.getRange('A1:J3').getNotes()).toEqual(orig.getRange('A1:J3').getNotes());
    expect(
      main
        .getRange('A1:J10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A5:C5']);
    expect(main.getRange('A5').getValue()).toBe('Объединено');

    const dv = (a1: string) => {
      const r = main.getRange(a1).getDataValidation();
      return r && [r.getCriteriaType(), r.getCriteriaValues(), r.getAllowInvalid(), r.getHelpText()];
    };
    expect(dv('B3')).toEqual(['NUMBER_BETWEEN', [0, 100], false, 'От 0 до 100']);
    expect(dv('C2')).toEqual(['VALUE_IN_LIST', [['да', 'нет', 'частично'], true], true, null]);
    expect(dv('G3')).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', [0], true, null]);
    expect(dv('H2')).toEqual(['CUSTOM_FORMULA', ['=H2<=G2'], true, null]);
    expect(dv('I2')).toEqual(['CHECKBOX', [], true, null]);
    expect(dv('J2')).toEqual(['VALUE_IN_LIST', [['a,b', 'c'], false], true, null]);
    expect(dv('A1')).toBeNull();
    const inRange = main.getRange('K2').getDataValidation()!.getCriteriaValues();
    expect([
      (inRange[0] as { getSheet(): { getName(): string }; getA1Notation(): string }).getSheet().getName(),
      (inRange[0] as { getA1Notation(): string }).getA1Notation(),
      inRange[1],
    ]).toEqual([LONG_NAME, 'A1:A2', true]);

    const rules = main.getConditionalFormatRules().map((r) => {
      const c = r.getBooleanCondition();
      return [
        c.getCriteriaType(),
        c.getCriteriaValues(),
        c.getBackground(),
        c.getFontColor(),
        c.getBold(),
        r.getRanges().map((x) => x.getA1Notation()),
      ];
    });
    expect(rules).toEqual([
      ['NUMBER_LESS_THAN', [10], '#f4cccc', null, null, ['B2:B20']],
      ['NUMBER_GREATER_THAN', [50], '#d9ead3', '#274e13', true, ['B2:B20']],
      ['NUMBER_BETWEEN', [10, 50], '#fff2cc', null, null, ['C2:C20', 'E2:E20']],
      ['CUSTOM_FORMULA', ['=$B2>$G2'], '#cfe2f3', null, null, ['A2:A20']],
      ['TEXT_CONTAINS', ['нет'], '#eeeeee', null, null, ['F2:F20']],
      ['TEXT_STARTS_WITH', ['Итого'], '#d0e0e3', null, null, ['A2:A20']],
      ['CELL_EMPTY', [], '#fce5cd', null, null, ['D2:D20']],
    ]);

    expect([6, 7, 8, 9].map((c) => main.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    expect(main.getColumnWidth(1)).toBe(240);
    expect(main.getColumnWidth(2)).toBe(100);
    expect(main.getRowHeight(1)).toBe(40);
    expect([main.getFrozenRows(), main.getFrozenColumns()]).toEqual([1, 1]);
    expect(main.getTabColor()).toBe('#ff9900');
    expect(back.getSheetByName('Настройки')!.isSheetHidden()).toBe(true);
    expect(back.getSheetByName('Настройки')!.getRange('A1').getValue()).toBe('секрет');

    const unit = back.getSheetByName(LONG_NAME)!;
    expect(unit.getRange('A1:B2').getValues()).toEqual([
      ['Школ', 12],
      ['С формой', 9],
    ]);
    const rp = unit.getProtections('RANGE');
    expect(rp.map((p) => [p.getRange().getA1Notation(), p.getDescription(), p.getEditors().map((u) => u.getEmail())])).toEqual([
      ['A1:B1', 'Шапка вкладки', ['coordinator@tomsk.example', 'analyst@tomsk.example']],
    ]);
    const sp = main.getProtections('SHEET')[0];
    expect([sp.getDescription(), sp.isWarningOnly(), sp.getUnprotectedRanges().map((r) => r.getA1Notation())]).toEqual([
      'Свод только для чтения',
      true,
      ['B2:B3'],
    ]);
    const charts = main.getCharts().map((c) => c.toRecord());
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'COLUMN',
      ranges: [`'${LONG_NAME}'!A1:B2`],
      position: { anchorRow: 6, anchorColumn: 2, offsetX: 4, offsetY: 8 },
      options: { title: 'Формы наставничества' },
      numHeaders: 1,
    });
    expect(back.documentProperties.get('year')).toBe('2021');

    // Saving what was loaded gives the same workbook again.
    const again = join(dir, 'again.xlsx');
    await saveXlsx(back, again);
    const third = await loadXlsx(again);
    const m3 = third.getSheetByName('Свод: формы')!;
    expect(m3.getRange('A1:J5').getValues()).toEqual(main.getRange('A1:J5').getValues());
    expect(m3.getConditionalFormatRules()).toHaveLength(7);
    expect(m3.getRange('J2').getDataValidation()?.getCriteriaValues()).toEqual([['a,b', 'c'], false]);
  });

  // The round trip above could pass on the runtime's own JSON in the very hidden sheet alone. A desktop suite sees only
  // the cells, styles and sheet parts, so this reads the saved file with ExcelJS directly, not through loadXlsx.
  it('writes real Excel parts: values, styles, merges, validations, rules, panes and sizes', async () => {
    const { ss } = buildWorkbook();
    const path = join(dir, 'parts.xlsx');
    await saveXlsx(ss, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    const cell = (a: string) => ws.getCell(a);

    expect([cell('B2').value, cell('C2').value, cell('C3').value, cell('E2').value, cell('F2').value]).toEqual([
      12.5,
      true,
      false,
      { formula: 'B2*2' },
      '=не формула',
    ]);
    expect(cell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(cell('B2').numFmt).toBe('0.00');
    expect(cell('B2').font).toMatchObject({ italic: true, size: 12, color: { argb: 'FF990000' } });
    expect(cell('A1').font).toMatchObject({ bold: true });
    expect(cell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCFE2F3' } });
    expect(cell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(cell('A2').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(cell('A2').note).toBe('Заметка для координатора');

    expect(cell('A5').value).toBe('Объединено');
    expect(cell('B5').isMerged && cell('C5').isMerged && cell('C5').master.address).toBe('A5');
    expect(cell('D5').isMerged).toBe(false);

    const dv = (a: string) => (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model[a];
    expect(dv('B3')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      prompt: 'От 0 до 100',
      showErrorMessage: true,
      errorStyle: 'stop',
    });
    expect(dv('C2')).toMatchObject({ type: 'list', formulae: ['"да,нет,частично"'], errorStyle: 'warning' });
    expect(dv('G2')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      errorStyle: 'warning',
    });
    expect(dv('H2')).toMatchObject({ type: 'custom', formulae: ['H2<=G2'] });
    expect(dv('A1')).toBeUndefined();

    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> })
      .conditionalFormattings;
    expect(cf.map((b) => [b.ref, b.rules[0].type, b.rules[0].operator ?? null, b.rules[0].formulae])).toEqual([
      ['B2:B20', 'cellIs', 'lessThan', ['10']],
      ['B2:B20', 'cellIs', 'greaterThan', ['50']],
      ['C2:C20 E2:E20', 'cellIs', 'between', ['10', '50']],
      ['A2:A20', 'expression', null, ['$B2>$G2']],
      ['F2:F20', 'containsText', 'containsText', ['NOT(ISERROR(SEARCH("нет",F2)))']],
      ['A2:A20', 'expression', null, ['LEFT(A2,LEN("Итого"))="Итого"']],
      ['D2:D20', 'containsText', 'containsBlanks', ['LEN(TRIM(D2))=0']],
    ]);
    expect(cf[1].rules[0].style).toMatchObject({
      fill: { bgColor: { argb: 'FFD9EAD3' } },
      font: { bold: true, color: { argb: 'FF274E13' } },
    });

    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFFF9900' });
    expect([7, 8, 9].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, false]);
    // Sheets sizes in pixels, Excel in points (row height: 40 px = 30 pt) and character widths.
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getColumn(1).width).toBeGreaterThan(ws.getColumn(7).width!);
    expect(wb.worksheets.map((w) => w.state)).toEqual(['visible', 'visible', 'hidden', 'veryHidden']);
    expect(wb.worksheets[2].getCell('A1').value).toBe('секрет');
  });

  it('writes Excel-safe sheet names, a very hidden runtime sheet and date cells Excel reads as dates', async () => {
    const { ss } = buildWorkbook();
    const path = join(dir, 'names.xlsx');
    await saveXlsx(ss, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(4);
    expect(names[0]).toBe('Свод_ формы');
    expect(names[1].length).toBeLessThanOrEqual(31);
    expect(names[3]).toBe(RUNTIME_SHEET_NAME);
    expect(wb.worksheets[3].state).toBe('veryHidden');
    expect(wb.worksheets[2].state).toBe('hidden');
    const first = wb.worksheets[0];
    // The formula that points at the long-named sheet uses its Excel name.
    expect(first.getCell('E3').formula).toBe(`'${names[1]}'!A1`);
    const d = first.getCell('D2').value as Date;
    expect(d.toISOString()).toBe('2021-09-01T03:30:00.000Z');
    expect(first.getCell('B2').numFmt).toBe('0.00');
  });

  it('loads a workbook made elsewhere (no runtime sheet) with Sheets defaults', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Данные');
    ws.getCell('A1').value = 'Имя';
    ws.getCell('B1').value = 5;
    ws.getCell('B2').value = { formula: 'B1*2', result: 10 };
    ws.getCell('C1').value = { richText: [{ text: 'жир' }, { text: 'ный' }] };
    ws.getCell('A1').font = { bold: true, size: 11, name: 'Calibri', color: { theme: 1 } };
    ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
    ws.addConditionalFormatting({
      ref: 'D1:D5',
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: [{ argb: 'FFFF0000' }, { argb: 'FF00FF00' }],
        },
      ],
    });
    const path = join(dir, 'foreign.xlsx');
    await wb.xlsx.writeFile(path);

    const ss = await loadXlsx(path);
    expect(ss.getName()).toBe('foreign');
    const sh = ss.getSheets()[0];
    expect(sh.getName()).toBe('Данные');
    expect(sh.getMaxRows()).toBe(1000);
    expect(sh.getMaxColumns()).toBe(26);
    expect(sh.getRange('A1:C2').getValues()).toEqual([
      ['Имя', 5, 'жирный'],
      ['', 10, ''],
    ]);
    expect(sh.getRange('B2').getFormula()).toBe('=B1*2');
    expect(sh.getRange('A1').getFontWeight()).toBe('bold');
    expect(sh.getRange('A1').getFontSize()).toBe(10);
    expect(sh.getRange('A1').getFontColor()).toBe('#000000');
    expect(sh.getRange('A2').getBackground()).toBe('#4472c4');
    expect(sh.getConditionalFormatRules()).toEqual([]);

    // The colour scale Apps Script rules cannot express survives a save.
    const out = join(dir, 'foreign-out.xlsx');
    await saveXlsx(ss, out);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out);
    const cf = (wb2.worksheets[0] as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> })
      .conditionalFormattings;
    expect(cf.map((b) => [b.ref, b.rules[0].type])).toEqual([['D1:D5', 'colorScale']]);
  });

  it('splits long runtime JSON across cells of column A', async () => {
    const rt = createRuntime();
    const ss = rt.spreadsheet;
    ss.documentProperties.set('big', 'я'.repeat(70000));
    const path = join(dir, 'long.xlsx');
    await saveXlsx(ss, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const hidden = wb.getWorksheet(RUNTIME_SHEET_NAME)!;
    expect(hidden.rowCount).toBeGreaterThanOrEqual(3);
    expect(String(hidden.getCell('A1').value).length).toBe(30000);
    const back = await loadXlsx(path);
    expect(back.documentProperties.get('big')).toBe('я'.repeat(70000));
  });

  // Files saved before the runtime dropped its developer-metadata imitation carry `developerMetadata` in the runtime
  // JSON; such a file still opens, the field is ignored, and the next save no longer writes it.
  it('loads a file whose runtime JSON still carries developer metadata, and drops it on save', async () => {
    const rt = createRuntime();
    rt.spreadsheet.getSheets()[0].getRange('A1').setValue('Школ');
    rt.spreadsheet.documentProperties.set('year', '2021');
    const path = join(dir, 'old-metadata.xlsx');
    await saveXlsx(rt.spreadsheet, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const hidden = wb.getWorksheet(RUNTIME_SHEET_NAME)!;
    const data = JSON.parse(String(hidden.getCell('A1').value));
    const old = { id: 1, key: 'mm.version', value: '1', visibility: 'DOCUMENT' };
    data.spreadsheet.developerMetadata = [old];
    data.sheets[0].developerMetadata = [{ ...old, id: 2 }];
    hidden.getCell('A1').value = JSON.stringify(data);
    await wb.xlsx.writeFile(path);

    const back = await loadXlsx(path);
    expect(back.getSheets()[0].getRange('A1').getValue()).toBe('Школ');
    expect(back.documentProperties.get('year')).toBe('2021');
    const again = join(dir, 'old-metadata-again.xlsx');
    await saveXlsx(back, again);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(again);
    expect(String(wb2.getWorksheet(RUNTIME_SHEET_NAME)!.getCell('A1').value)).not.toContain('developerMetadata');
  });
});

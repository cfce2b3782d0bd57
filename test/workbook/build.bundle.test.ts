// «Построить сводку» and «Проверить данные» through the built bundle: outputs, nothing lost, the lock, literal text, atomic replace.
import { LocalRange } from '../../src/local/runtime';
import { isProductTab } from '../../src/workbook/tabNames';
import { SETTINGS_TAB } from '../../src/workbook/settingsTab';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { columnLetter } from '../../src/domain/columns';
import { sampleSession, settingsColumns, snapshot, workbookSession } from '../helpers/bundle';

type Result = {
  ok: boolean;
  message: string;
  errors: number;
  warnings: number;
  output?: { summary: { forms: { totals: Record<string, number> } } };
};
const inputs = (name: string) => isProductTab(name) && name !== SETTINGS_TAB;

describe('on the sample', () => {
  const s = sampleSession();
  const before = snapshot(s.ss, inputs);
  const result = s.globals.buildSummary() as Result;

  test('the build succeeds, says so in Russian, and writes the summary tabs', () => {
    expect(result.ok).toBe(true);
    // 31 warnings: 14 rises from zero, 10 representatives against their enterprises, 6 forms with zero evidence, 1 fall.
    expect(result.message).toBe('Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 31.');
    for (const tab of Object.values(SUMMARY_TABS)) expect(s.ss.getSheetByName(tab)).not.toBeNull();
    expect(s.ss.getSheets().some((x) => x.getName().startsWith('~'))).toBe(false);
    expect(result.output!.summary.forms.totals).toEqual({ general: 289, additional: 62 });
  });

  test('nothing lost: every cell of the settings and of every unit tab is as before, values and formulas', () => {
    expect(snapshot(s.ss, inputs)).toEqual(before);
    s.globals.checkData();
    expect(snapshot(s.ss, inputs)).toEqual(before);
  });

  test("the printed report's settings (the CLI renders the rest from the build's output) read «Настройки» only", () => {
    s.runtime.resetCalls();
    const settings = s.globals.reportSettings_() as { regionName: string; units: unknown[] };
    expect(settings.regionName).toBe('Томская область');
    expect(settings.units).toHaveLength(20);
    const reads = s.runtime.events.filter((e) => e.kind === 'read');
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((e) => e.sheet))).toEqual(new Set([SETTINGS_TAB]));
  });

  test('a chart per share indicator is recorded on the indicators tab', () => {
    const charts = s.runtime.chartRecords().filter((c) => c.sheet === SUMMARY_TABS.indicators);
    expect(charts).toHaveLength(2);
  });

  test('the check reports the impossible published value with unit, field and cell, and opens a sidebar', () => {
    const r = s.globals.checkData() as Result & {
      findings: Array<{ unit: string; label: string; cell: string; severity: string }>;
    };
    expect(r.errors).toBe(1);
    expect(r.findings.find((f) => f.severity === 'error')).toMatchObject({
      unit: 'ЗАТО Северск',
      label: 'ДО, реализующих форму «работодатель–ученик»',
    });
    expect(s.runtime.sidebars.at(-1)!.title).toBe('Проверка данных');
  });

  test('a second build while one runs answers «Ещё идёт другая операция» and changes nothing', () => {
    const all = snapshot(s.ss, () => false);
    s.runtime.lock.holdByOther();
    const r = s.globals.buildSummary() as Result;
    s.runtime.lock.releaseByOther();
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      'Ещё идёт другая операция меню «Наставничество» (проверка, сводка, справка, вкладки, защита, приём отчётов или переход на новый год). Попробуйте через минуту.',
    );
    expect(snapshot(s.ss, () => false)).toEqual(all);
  });

  test('a failure half-way leaves the previous summary as it was and no temporary tabs', () => {
    const all = snapshot(s.ss, () => false);
    const original = LocalRange.prototype.setValues;
    LocalRange.prototype.setValues = function (this: LocalRange, values: unknown[][]) {
      if (this.sheet.getName() === `~${SUMMARY_TABS.note}`) throw new Error('сбой связи');
      return original.call(this, values as never);
    };
    try {
      const r = s.globals.buildSummary() as Result;
      expect(r.ok).toBe(false);
      expect(r.message).toBe('Сводка не построена: сбой связи. Предыдущая сводка осталась без изменений; попробуйте ещё раз.');
    } finally {
      LocalRange.prototype.setValues = original;
    }
    expect(snapshot(s.ss, () => false)).toEqual(all);
    expect(s.ss.getSheets().some((x) => x.getName().startsWith('~'))).toBe(false);
  });

  test('temporary tabs left by a run Apps Script stopped half-way do not block the next build', () => {
    // A run killed at the 6-minute limit never reaches its clean-up: its «~» tabs stay behind.
    s.ss.insertSheet(`~${SUMMARY_TABS.note}`).getRange(1, 1).setValue('обрывок');
    s.ss.insertSheet(`~${SUMMARY_TABS.check}`);
    const r = s.globals.buildSummary() as Result;
    expect(r.ok).toBe(true);
    expect(
      s.ss
        .getSheets()
        .filter((x) => x.getName().startsWith('~'))
        .map((x) => x.getName()),
    ).toEqual([]);
    expect(s.ss.getSheetByName(SUMMARY_TABS.note)!.getRange(1, 1).getValue()).not.toBe('обрывок');
  });
});

test('text from users lands in summary tabs as text, never as a formula', () => {
  const { importCsvFolder } = jest.requireActual('../../src/local/csvImport');
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  const evil = '=IMPORTXML("http://example.org";"//a")';
  settings.units[0] = { ...settings.units[0], name: '+7 (999) район', tab: '+7 (999) район' };
  reports['+7 (999) район'] = reports['Александровский район'];
  delete reports['Александровский район'];
  reports['Асиновский район'].forms.student_student.examples = evil;
  reports['Бакчарский район'].orgs.general = '=2+2';
  const s = workbookSession(settings, reports);
  expect(s.ss.getSheetByName('Асиновский район')!.getRange('E12').getValue()).toBe(evil);
  s.globals.buildSummary();
  s.globals.checkData();
  for (const tab of Object.values(SUMMARY_TABS)) {
    const sheet = s.ss.getSheetByName(tab)!;
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    // The only formulas are the product's own links from «Проверка» to the cells.
    expect(formulas.every((f) => /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[A-Z]+\d+"\)$/.test(f))).toBe(true);
  }
  const check = s.ss.getSheetByName(SUMMARY_TABS.check)!.getDataRange().getValues();
  expect(check.find((r) => r[1] === 'Бакчарский район' && r[5] === '=2+2')).toBeDefined();
  const recs = s.ss
    .getSheetByName(SUMMARY_TABS.recommendations)!
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  expect(recs).toContain('+7 (999) район');
});

test('custom formulas through the bundle: values and ranges in one call, plans and statuses from the settings', () => {
  const s = sampleSession();
  const g = s.globals;
  expect(g.COVERAGE(184, 289)).toBe(63.67);
  expect(g.COVERAGE([[184], [24], [5]], [[289], [62], [0]])).toEqual([[63.67], [38.71], ['']]);
  expect(g.COVERAGE(5, 3)).toBe('Ошибка: часть больше целого');
  expect(g.COVERAGE('', 10)).toBe('');
  const settings = settingsColumns(s.ss);
  expect(g.PLAN(1, 2021, settings)).toBe(20);
  expect(g.PLAN('3', 2024, settings)).toBe(30);
  expect(g.STATUS(17, 1, 2021, settings)).toBe('ниже плана');
  expect(g.STATUS(93, 1, 2021, settings)).toBe('лидер');
  expect(g.STATUS([[1], [0]], 3, 2021, settings)).toEqual([['ниже минимума'], ['ниже минимума']]);
  expect(g.GROWTHPCT(6689, 12345)).toBe(84.56);
  expect(g.PLAN(99, 2021, settings)).toBe('Ошибка: нет показателя «99» в настройках');
  // @ts-expect-error: a formula typed without its settings argument, as a user may type it in a cell.
  expect(g.PLAN(1, 2021)).toBe("Ошибка: последним обязательным аргументом передайте столбцы вкладки «Настройки», например 'Настройки'!A:P");
  expect(g.PLAN(1, 2021, [['не настройки']])).toMatch(/^Ошибка: в переданном диапазоне нет таблицы показателей/);
});

test('PLAN and STATUS take every input as an argument, so editing a plan recalculates them (Sheets reruns a custom function only when its arguments change)', () => {
  // Google, guides/sheets/functions: custom functions are recalculated only when their arguments change.
  const s = sampleSession();
  const sheet = s.ss.getSheetByName('Настройки')!;
  // The instructions give the range to pass: all columns of «Настройки» as created.
  const range = `'Настройки'!A:${columnLetter(sheet.getMaxColumns())}`;
  expect(s.ss.getSheetByName('Инструкция')!.getDataRange().getValues().flat().join('\n')).toContain(`=PLAN(показатель; год; ${range})`);
  const values = sheet.getDataRange().getValues();
  const headerAt = values.findIndex((r) => r[0] === 'hdr:indicators');
  const row = values.findIndex((r, i) => i > headerAt && String(r[1]) === '1') + 1;
  const header = values[headerAt];
  const planCol = header.indexOf('План 2021') + 1;
  const before = settingsColumns(s.ss);
  expect(s.globals.PLAN(1, 2021, before)).toBe(20);
  sheet.getRange(row, planCol).setValue(25);
  const after = settingsColumns(s.ss);
  expect(after).not.toEqual(before); // the argument changed, so Sheets recalculates the cell
  s.runtime.resetCalls();
  expect(s.globals.PLAN(1, 2021, after)).toBe(25);
  expect(s.globals.STATUS(22, 1, 2021, after)).toBe('ниже плана');
  // Nothing is read from the spreadsheet inside the function: the arguments are all it uses.
  expect(s.runtime.calls.byKind.read + s.runtime.calls.byKind.meta).toBe(0);
});

test('the sidebar link target selects the tab and the cell, and refuses what is not a cell of an existing tab', () => {
  const s = sampleSession();
  expect(s.globals.selectCell('ЗАТО Северск', 'D15')).toBe(true);
  expect(s.ss.getActiveSheet().getName()).toBe('ЗАТО Северск');
  expect(s.ss.getActiveSheet().getActiveRange()!.getA1Notation()).toBe('D15');
  expect(s.globals.selectCell('Нет такой', 'D15')).toBe(false);
  expect(s.globals.selectCell('ЗАТО Северск', '=HYPERLINK("x")')).toBe(false);
});

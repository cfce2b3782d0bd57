// Structure surprises through the built bundle: missing, foreign, renamed and pasted tabs, moved and broken rows, merges, and broken settings.
import type { LocalSpreadsheet } from '../../src/local/runtime';
import { SETTINGS_TAB } from '../../src/workbook/settingsTab';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import {
  type BuildResult,
  cellOf,
  type CheckResult,
  checkAndBuild,
  damagedSample,
  expectListed,
  finding,
  formsRow,
  indicatorRow,
  sampleData,
  sampleSession,
  snapshot,
  typeInto,
  workbookSession,
  notOwnCrossCheck,
} from '../helpers/badInputs';
import { newSession } from '../helpers/bundle';

const T = 'Бакчарский район';
const base = checkAndBuild(sampleSession()).build;

/** Row (1-based) of the settings tab whose column B holds the text. */
function settingsRowOf(ss: LocalSpreadsheet, text: string): number {
  const values = ss.getSheetByName(SETTINGS_TAB)!.getDataRange().getValues();
  const i = values.findIndex((r) => r[1] === text);
  if (i < 0) throw new Error(`no settings row ${text}`);
  return i + 1;
}

describe('workbooks that cannot be summarised: a clear Russian message, nothing crashes, nothing written but «Проверка»', () => {
  test('an empty workbook (no settings tab)', () => {
    const s = newSession();
    const before = snapshot(s.ss, () => false);
    const check = s.globals.checkData() as CheckResult;
    expect(check).toMatchObject({
      ok: false,
      errors: 0,
      warnings: 0,
      findings: [],
      message: 'В таблице нет вкладки «Настройки». Создайте её меню «Наставничество → Подготовить таблицу».',
    });
    const build = s.globals.buildSummary() as BuildResult;
    expect(build).toMatchObject({
      ok: false,
      errors: 0,
      warnings: 0,
      message: 'Сводка не построена: В таблице нет вкладки «Настройки». Создайте её меню «Наставничество → Подготовить таблицу».',
    });
    expect(s.globals.createTabs()).toMatchObject({
      ok: false,
      message: 'Нет вкладки «Настройки». Выберите «Наставничество → Подготовить таблицу».',
    });
    const after = snapshot(s.ss, (n) => n === SUMMARY_TABS.check);
    expect(after).toEqual(before);
    expect(s.ss.getSheetByName(SUMMARY_TABS.check)!.getRange('A2').getValue()).toBe(check.message);
  });

  test('settings with 0 units', () => {
    const { settings } = sampleData();
    const s = workbookSession({ ...settings, units: [] }, {});
    const { check, build } = checkAndBuild(s);
    const msg = 'В таблице «Единицы отчёта» на вкладке «Настройки» нет ни одной единицы.';
    expect(check).toMatchObject({ ok: false, message: msg, findings: [] });
    expect(build).toMatchObject({ ok: false, message: `Сводка не построена: ${msg}` });
    for (const tab of [SUMMARY_TABS.forms, SUMMARY_TABS.indicators, SUMMARY_TABS.note]) expect(s.ss.getSheetByName(tab)).toBeNull();
  });

  test('the settings year missing or not a number: the cell is named, the build refuses, the previous summary stays', () => {
    const s = sampleSession();
    expect((s.globals.buildSummary() as BuildResult).ok).toBe(true);
    const row = settingsRowOf(s.ss, 'Отчётный год');
    for (const typed of ['', 'двадцать первый', '21']) {
      s.ss.getSheetByName(SETTINGS_TAB)!.getRange(row, 3).setValue(typed);
      const summaries = snapshot(s.ss, (n) => n === SUMMARY_TABS.check);
      const { check, build } = checkAndBuild(s);
      const msg = 'На вкладке «Настройки» не указан отчётный год.';
      expect(check.ok).toBe(false);
      expect(check.message).toBe(msg);
      expect(check.findings).toEqual([
        finding({
          severity: 'error',
          rule: 'settings',
          unit: '',
          tab: SETTINGS_TAB,
          cell: `C${row}`,
          label: 'Отчётный год',
          value: typed === '21' ? '21' : typed,
          message: 'Укажите год четырьмя цифрами, например 2021.',
        }),
      ]);
      expectListed(s.ss, check.findings[0]);
      expect(build).toMatchObject({ ok: false, message: `Сводка не построена: ${msg}` });
      // The summary tabs of the last good build are kept as they were.
      expect(snapshot(s.ss, (n) => n === SUMMARY_TABS.check)).toEqual(summaries);
    }
  });

  test('the previous year not a number: an error on its cell, the build goes on with the year before the report year', () => {
    const s = sampleSession();
    const row = settingsRowOf(s.ss, 'Предыдущий год');
    s.ss.getSheetByName(SETTINGS_TAB)!.getRange(row, 3).setValue('прошлый');
    const { check, build } = checkAndBuild(s);
    expect(check.findings[0]).toEqual(
      finding({
        severity: 'error',
        rule: 'settings',
        unit: '',
        tab: SETTINGS_TAB,
        cell: `C${row}`,
        label: 'Предыдущий год',
        value: 'прошлый',
        message: 'Укажите год четырьмя цифрами, например 2021.',
      }),
    );
    expect(build.ok).toBe(true);
    expect(build.output!.summary.previousYear).toBe(2020);
  });
});

describe('settings years typed the way people write them', () => {
  test('«2021 г.» in the year cell is accepted as 2021', () => {
    const s = sampleSession();
    s.ss.getSheetByName(SETTINGS_TAB)!.getRange(settingsRowOf(s.ss, 'Отчётный год'), 3).setValue('2021 г.');
    const { check, build } = checkAndBuild(s);
    expect(check.findings.filter((f) => f.rule === 'settings')).toEqual([]);
    expect(build.ok).toBe(true);
    expect(build.output!.summary.reportYear).toBe(2021);
  });

  test('a previous year not before the report year: an error on its cell, not a «wrong years» error on every tab', () => {
    const s = sampleSession();
    const row = settingsRowOf(s.ss, 'Предыдущий год');
    s.ss.getSheetByName(SETTINGS_TAB)!.getRange(row, 3).setValue(2021);
    const { check, build } = checkAndBuild(s);
    // The sample's own findings (the impossible 4 of 1, the plausibility and cross-checks) are not this test's subject.
    const sampleRules = ['form_le_total', 'sharp_fall', 'jump_from_zero', 'representatives', 'form_without_evidence'];
    expect(check.findings.filter((f) => !sampleRules.includes(f.rule))).toEqual([
      finding({
        severity: 'error',
        rule: 'settings',
        unit: '',
        tab: SETTINGS_TAB,
        cell: `C${row}`,
        label: 'Предыдущий год',
        value: '2021',
        message: 'Предыдущий год должен быть раньше отчётного (2021). Пока взят 2020: исправьте ячейку.',
      }),
    ]);
    expect(build.ok).toBe(true);
    expect(build.output!.summary.previousYear).toBe(2020);
  });
});

describe('units in the settings', () => {
  test('a unit named like a summary tab («Проверка») gets its own tab and is never overwritten by the build', () => {
    const { settings, reports } = sampleData();
    const i = settings.units.findIndex((u) => u.name === T);
    settings.units[i] = { ...settings.units[i], name: 'Проверка', tab: 'Проверка' };
    reports.Проверка = reports[T];
    delete reports[T];
    const s = workbookSession(settings, reports);
    const tab = 'Отчёт «Проверка»';
    expect(s.ss.getSheetByName(tab)).not.toBeNull();
    const { check, build } = checkAndBuild(s);
    const row = settingsRowOf(s.ss, 'Проверка');
    expect(check.findings.filter((f) => f.rule === 'settings' || (f.unit === 'Проверка' && notOwnCrossCheck(f)))).toEqual([
      finding({
        severity: 'warning',
        rule: 'settings',
        unit: '',
        tab: SETTINGS_TAB,
        cell: `B${row}`,
        label: 'Название',
        value: 'Проверка',
        message: `Вкладка «Проверка» совпала бы со служебной вкладкой, поэтому отчёт «Проверка» ведётся на вкладке «${tab}».`,
      }),
    ]);
    expect(build.ok).toBe(true);
    expect(formsRow(build, 'Проверка').totals.general.value).toBe(8);
    expect(
      s.ss
        .getSheetByName(tab)!
        .getRange(cellOf(s.ss, tab, 'orgs', 'C'))
        .getValue(),
    ).toBe(8);
  });

  // Sheets ignores case in tab names (a second tab differing only in case is refused), so the rule holds in any case.
  test.each([
    ['справка', SUMMARY_TABS.note],
    ['настройки', SETTINGS_TAB],
    ['ПРОВЕРКА', SUMMARY_TABS.check],
    ['инструкция', 'Инструкция'],
    ['СВОД ПО ФОРМАМ 2021', SUMMARY_TABS.forms],
    ['~чтение для сводки', '~чтение для сводки'],
  ])('a unit named «%s» (a product tab in another case) gets its own tab; the build completes', (name, productTab) => {
    const { settings, reports } = sampleData();
    const i = settings.units.findIndex((u) => u.name === T);
    settings.units[i] = { ...settings.units[i], name, tab: name };
    reports[name] = reports[T];
    delete reports[T];
    const s = workbookSession(settings, reports);
    const tab = `Отчёт «${name}»`;
    const { check, build } = checkAndBuild(s);
    expect(check.findings.filter((f) => f.rule === 'settings' || (f.unit === name && notOwnCrossCheck(f)))).toEqual([
      finding({
        severity: 'warning',
        rule: 'settings',
        unit: '',
        tab: SETTINGS_TAB,
        cell: `B${settingsRowOf(s.ss, name)}`,
        label: 'Название',
        value: name,
        message: `Вкладка «${name}» совпала бы со служебной вкладкой, поэтому отчёт «${name}» ведётся на вкладке «${tab}».`,
      }),
    ]);
    expect(build).toMatchObject({ ok: true, message: 'Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 32.' });
    expect(formsRow(build, name).totals.general.value).toBe(8);
    expect(
      s.ss
        .getSheetByName(tab)!
        .getRange(cellOf(s.ss, tab, 'orgs', 'C'))
        .getValue(),
    ).toBe(8);
    // The product's own tab keeps its name; no unit tab took it.
    if (!productTab.startsWith('~')) expect(s.ss.getSheetByName(productTab)!.getName()).toBe(productTab);
  });

  test("one unit: the build completes and totals are that unit's", () => {
    const { settings, reports } = sampleData();
    const unit = settings.units.find((u) => u.name === T)!;
    const s = workbookSession({ ...settings, units: [unit] }, { [T]: reports[T] });
    const { check, build } = checkAndBuild(s);
    // Its one finding is its own: 3 enterprises (indicator 3) and 1 representative (indicator 7) for 2020.
    expect(check).toMatchObject({ ok: true, errors: 0, warnings: 1 });
    expect(check.findings).toEqual([
      finding({
        severity: 'warning',
        rule: 'representatives',
        unit: T,
        tab: T,
        cell: cellOf(s.ss, T, 'ind:7:value', 'C'),
        label: 'Показатель 7, 2020 г.',
        value: '1',
        message: `Показатель № 7 за 2020 г. — 1, а показатель № 3 (ячейка ${cellOf(s.ss, T, 'ind:3:value', 'C')}) — 3: представителей организаций не может быть меньше, чем самих организаций, — от каждой хотя бы один. Проверьте оба числа.`,
      }),
    ]);
    expect(build.message).toBe('Сводка построена: 1 муниципалитет, ошибок 0, предупреждений 1.');
    expect(build.output!.summary.forms.totals).toEqual({ general: 8, additional: 4 });
    expect(build.output!.note).toBeDefined();
  });

  test('duplicate unit names typed into the settings: an error on the repeated row, the unit is summarised once', () => {
    const s = sampleSession();
    const sheet = s.ss.getSheetByName(SETTINGS_TAB)!;
    const first = settingsRowOf(s.ss, T);
    const at = settingsRowOf(s.ss, 'ЗАТО Северск') + 1;
    sheet.insertRowsBefore(at, 2);
    sheet.getRange(at, 2).setValue(T);
    sheet.getRange(at + 1, 2).setValue('бакчарский район ');
    const { check, build } = checkAndBuild(s);
    const dup = (row: number, value: string) =>
      finding({
        severity: 'error',
        rule: 'settings',
        unit: '',
        tab: SETTINGS_TAB,
        cell: `B${row}`,
        label: 'Название',
        value,
        message: `«${value}» уже есть в списке (строка ${first}). Повтор не учитывается: переименуйте или удалите строку.`,
      });
    expect(check.findings.filter((f) => f.rule === 'settings')).toEqual([
      dup(at, T),
      { ...dup(at + 1, 'бакчарский район'), message: expect.stringContaining('«бакчарский район» уже есть в списке') },
    ]);
    expectListed(s.ss, check.findings.find((f) => f.cell === `B${at}`)!);
    expect(build.ok).toBe(true);
    expect(build.output!.summary.unitCount).toBe(20);
    expect(build.output!.summary.forms.totals).toEqual(base.output!.summary.forms.totals);
  });

  test('a unit named with quotes and a slash («Школа "Радуга" / филиал»): its tab, findings with links, and the summary', () => {
    const { settings, reports } = sampleData();
    const name = 'Школа "Радуга" / филиал';
    const i = settings.units.findIndex((u) => u.name === T);
    settings.units[i] = { ...settings.units[i], name, tab: name };
    reports[name] = { ...reports[T], orgs: { general: 'восемь', additional: 4 } };
    delete reports[T];
    const s = workbookSession(settings, reports);
    expect(s.ss.getSheetByName(name)).not.toBeNull();
    expect(
      s.ss
        .getSheetByName(name)!
        .getRange(cellOf(s.ss, name, 'unit', 'C'))
        .getValue(),
    ).toBe(name);
    const { check, build } = checkAndBuild(s);
    const f = check.findings.find((x) => x.unit === name)!;
    expect(f).toEqual(
      finding({
        severity: 'error',
        rule: 'not_a_number',
        unit: name,
        tab: name,
        cell: cellOf(s.ss, name, 'orgs', 'C'),
        label: 'Общее количество ОО',
        value: 'восемь',
        message: 'В ячейке текст, а нужно число.',
      }),
    );
    expectListed(s.ss, f);
    expect(build.ok).toBe(true);
    expect(formsRow(build, name).totals.additional.value).toBe(4);
    const recs = s.ss
      .getSheetByName(SUMMARY_TABS.recommendations)!
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    expect(recs).toContain(name);
  });

  test('a unit in the settings with no tab: an error naming the tab and the settings row; the others are summarised', () => {
    const { s, check, build, added } = damagedSample((x) => x.ss.deleteSheet(x.ss.getSheetByName(T)!));
    const row = settingsRowOf(s.ss, T);
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'missing_tab',
        unit: T,
        tab: T,
        cell: '',
        label: '',
        value: '',
        message: `Нет вкладки «${T}». Создайте её меню «Наставничество → Создать вкладки» или проверьте название в настройках (строка ${row}).`,
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(check.ok).toBe(true);
    expect(build.ok).toBe(true);
    expect(build.output!.summary.completeness.find((c) => c.unit === T)!.state).toBe('missing');
    expect(build.output!.summary.forms.totals).toEqual({
      general: base.output!.summary.forms.totals.general - 8,
      additional: base.output!.summary.forms.totals.additional - 4,
    });
  });
});

describe('tabs that do not match the settings', () => {
  test('a tab not in the settings (a copy of a unit tab with another unit in C2): a warning on C2, not summarised', () => {
    let tab = '';
    const { s, build, added } = damagedSample((x) => {
      const copy = x.ss.getSheetByName(T)!.copyTo(x.ss);
      tab = copy.getName();
      typeInto(x.ss, tab, 'unit', 'C', 'Новый район');
    });
    expect(tab).toBe(`Копия ${T}`);
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'unknown_tab',
        unit: 'Новый район',
        tab,
        cell: cellOf(s.ss, tab, 'unit', 'C'),
        label: 'Единица отчёта',
        value: 'Новый район',
        message: `Вкладка «${tab}» — отчёт «Новый район», которого нет в списке единиц настроек. Он не учтён в сводке: добавьте единицу в настройки или удалите вкладку.`,
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(build.output!.summary.forms).toEqual(base.output!.summary.forms);
  });

  test("a second copy of a unit's tab (same unit in C2): a warning that it is a duplicate, not that the unit is unknown", () => {
    const { s, build, added } = damagedSample((x) => {
      x.ss.getSheetByName(T)!.copyTo(x.ss);
    });
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'duplicate_tab',
        unit: T,
        tab: `Копия ${T}`,
        cell: cellOf(s.ss, `Копия ${T}`, 'unit', 'C'),
        label: 'Единица отчёта',
        value: T,
        message: `Вкладка «Копия ${T}» — ещё один отчёт «${T}», а он уже учтён с вкладки «${T}». Эта вкладка не учтена в сводке`,
      }),
    ]);
    expect(build.output!.summary.forms).toEqual(base.output!.summary.forms);
  });

  test('a renamed tab is found by the unit named inside it: a warning, the data still counts', () => {
    const { s, build, added } = damagedSample((x) => x.ss.getSheetByName(T)!.setName('Бакчар'));
    expect(added.filter(notOwnCrossCheck)).toEqual([
      finding({
        severity: 'warning',
        rule: 'structure',
        unit: T,
        tab: 'Бакчар',
        cell: '',
        label: 'Название вкладки',
        value: 'Бакчар',
        message: `Отчёт «${T}» найден на вкладке «Бакчар» (вкладку переименовали). Данные учтены; верните вкладке название «${T}» или укажите «Бакчар» в настройках.`,
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(build.output!.summary.forms).toEqual(base.output!.summary.forms);
    expect(build.output!.summary.completeness.find((c) => c.unit === T)).toMatchObject({
      tab: 'Бакчар',
      state: 'complete',
    });
  });

  test("another unit's name typed into C2 of a unit's tab: a warning on C2; the tab still counts for the unit it is named after", () => {
    let cell = '';
    const { added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'unit', 'C', 'Зырянский район')));
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'structure',
        unit: T,
        tab: T,
        cell,
        label: 'Единица отчёта',
        value: 'Зырянский район',
        message: `Вкладка «${T}» подписана как отчёт «Зырянский район» — возможно, её скопировали с чужой вкладки. Данные учтены как отчёт «${T}»; проверьте.`,
      }),
    ]);
    expect(build.output!.summary.forms).toEqual(base.output!.summary.forms);
  });

  test("a whole tab pasted from last year's workbook: wrong_years on the years header, its indicator values left out", () => {
    const { settings, reports } = sampleData();
    const lastYear = workbookSession({ ...settings, reportYear: 2020, previousYear: 2019 }, { [T]: reports[T] });
    const { s, added, build } = damagedSample((x) => {
      x.ss.deleteSheet(x.ss.getSheetByName(T)!);
      lastYear.ss.getSheetByName(T)!.copyTo(x.ss).setName(T);
    });
    const cell = cellOf(s.ss, T, 'sec:indicators', 'C');
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'wrong_years',
        unit: T,
        tab: T,
        cell,
        label: 'Годы показателей',
        value: '2019 г., 2020 г.',
        message:
          'Столбцы показателей подписаны «2019 г.», «2020 г.», а в настройках 2020 г. и 2021 г. — похоже, вкладку вставили из таблицы прошлого года. Показатели этой вкладки не учтены в сводке: перенесите значения в столбцы 2020 г. и 2021 г. и подпишите их так, или выполните «Новый отчётный год».',
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(build.ok).toBe(true);
    // As the message says: which year a value belongs to is unknown, so the tab's indicators are errors, not data.
    expect(indicatorRow(build, '5', T)).toMatchObject({ prev: null, cur: null, curState: 'invalid' });
  });
});

describe('rows and cells inside a unit tab', () => {
  test('rows inserted in the middle: every field is still found by its key, findings name the moved cells', () => {
    let was = 0;
    const { s, added, build } = damagedSample((x) => {
      const sheet = x.ss.getSheetByName(T)!;
      const at = Number(cellOf(x.ss, T, 'form:teacher_student', 'A').slice(1));
      was = Number(cellOf(x.ss, T, 'ind:5:value', 'D').slice(1));
      sheet.insertRowsBefore(at, 2);
      sheet.getRange(at, 2, 1, 2).setValues([['примечание координатора', 100]]);
      typeInto(x.ss, T, 'ind:5:value', 'D', '+');
    });
    const cell = `D${was + 2}`;
    expect(cellOf(s.ss, T, 'ind:5:value', 'D')).toBe(cell);
    expect(added.filter(notOwnCrossCheck)).toEqual([
      finding({
        severity: 'warning',
        rule: 'mark_instead_of_number',
        unit: T,
        tab: T,
        cell,
        label: 'Показатель 5, 2021 г.',
        value: '+',
        message: 'Вместо числа стоит «+».',
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(build.output!.summary.forms).toEqual(base.output!.summary.forms);
    expect(indicatorRow(build, '6', T)).toMatchObject({ prev: 816, cur: 876 });
  });

  test('a key cell erased: an error naming the key cell and the row; that row is left out, the rest of the unit counts', () => {
    let cell = '';
    const { s, added, build } = damagedSample((x) => (cell = typeInto(x.ss, T, 'form:student_student', 'A', '')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'structure',
        unit: T,
        tab: T,
        cell,
        label: expect.stringMatching(/^«ученик–ученик» \(/) as unknown as string,
        value: '',
        message: `не прочитана: в скрытом столбце A, в ячейке ${cell}, должен стоять служебный ключ «form:student_student». Верните его`,
      }),
    ]);
    expectListed(s.ss, added[0]);
    expect(build.ok).toBe(true);
    expect(build.output!.summary.forms.forms.student_student.general.total).toBe(
      base.output!.summary.forms.forms.student_student.general.total! - 8,
    );
    expect(build.output!.summary.forms.forms.teacher_student).toEqual(base.output!.summary.forms.forms.teacher_student);
  });

  test('a key cell edited: the error says what it holds now', () => {
    let cell = '';
    const { added } = damagedSample((x) => (cell = typeInto(x.ss, T, 'orgs', 'A', 'orgs2')));
    expect(added).toEqual([
      finding({
        severity: 'error',
        rule: 'structure',
        unit: T,
        tab: T,
        cell,
        label: 'Общее количество организаций',
        value: 'orgs2',
        message: `Строка ${cell.slice(1)} «Общее количество организаций» не прочитана: в скрытом столбце A, в ячейке ${cell}, должен стоять служебный ключ «orgs» (сейчас «orgs2»).`,
      }),
    ]);
  });

  test('a whole row deleted: an error naming the missing row', () => {
    const { added, build } = damagedSample((x) => {
      x.ss.getSheetByName(T)!.deleteRow(Number(cellOf(x.ss, T, 'ind:3:value', 'A').slice(1)));
    });
    const f = added.find((x) => x.rule === 'structure')!;
    expect(f).toEqual(
      finding({
        severity: 'error',
        rule: 'structure',
        unit: T,
        tab: T,
        cell: '',
        label: expect.stringMatching(/^3\. Количество предприятий/) as unknown as string,
        value: '',
        message: '(её ключ удалён или изменён). Скопируйте строку с пустой вкладки, созданной меню «Создать вкладки».',
      }),
    );
    expect(indicatorRow(build, '3', T)).toMatchObject({ prev: null, cur: null });
    expect(indicatorRow(build, '5', T)).toMatchObject({ prev: 186, cur: 221 });
  });

  test('merged cells over inputs (ОО and ДО of a form): Sheets keeps the top-left value, the lost cell is named as empty', () => {
    let cell = '';
    const { s, added, build } = damagedSample((x) => {
      cell = cellOf(x.ss, T, 'form:teacher_student', 'D');
      x.ss
        .getSheetByName(T)!
        .getRange(`${cellOf(x.ss, T, 'form:teacher_student', 'C')}:${cell}`)
        .merge();
    });
    expect(s.ss.getSheetByName(T)!.getRange(cell).getValue()).toBe('');
    expect(added).toEqual([
      finding({
        severity: 'warning',
        rule: 'required',
        unit: T,
        tab: T,
        cell,
        label: 'ДО, реализующих форму «учитель–ученик»',
        value: '',
        message: 'Обязательное поле не заполнено',
      }),
    ]);
    expect(formsRow(build, T).forms.teacher_student.general).toMatchObject({ count: 8, total: 8, state: 'ok' });
  });
});

// Settings are checked like the data: a share over 100 %, a negative or huge count, a non-number or a day that does not
// exist in «Настройки» gives a finding naming its cell, and the note leaves the value out instead of printing it.
import type { Finding } from '../../src/domain/model';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { type BuildResult, type CheckResult, checkAndBuild } from '../helpers/badInputs';
import { sampleSession } from '../helpers/bundle';

const NBSP = '\u00a0';
const LEFT_OUT = 'В справку не попадает: исправьте ячейку.';

/** The sample with one «Настройки» cell typed over (its layout: row 65 the first form, 72 a share, 74 a count indicator). */
function withSettingsCell(
  a1: string,
  typed: unknown,
): { check: CheckResult; build: BuildResult; settingsFindings: Finding[]; note: string; appendix: string; checkTab: string } {
  const s = sampleSession();
  s.ss.getSheetByName('Настройки')!.getRange(a1).setValue(typed);
  const { check, build } = checkAndBuild(s);
  expect(build.ok).toBe(true);
  const sidebar = s.runtime.sidebars.at(-1)!;
  const checkTab = JSON.stringify(s.ss.getSheetByName(SUMMARY_TABS.check)!.getDataRange().getValues()) + sidebar.title + sidebar.content;
  // The note as read, without its appendix 2, which lists each value left out («указано «…»; значение не учтено»).
  const { sections, ...frame } = build.output!.note;
  const body = sections.filter((section) => section.role !== 'appendix');
  const note = JSON.stringify([frame, body, build.output!.recommendations]);
  const appendix = JSON.stringify(sections.filter((section) => section.role === 'appendix'));
  return { check, build, settingsFindings: check.findings.filter((f) => f.tab === 'Настройки'), note, appendix, checkTab };
}

describe.each([
  // [cell, typed, field, shown value, message, text the note must not print]
  ['I72', 300, 'План 2021', '300', `План 300 % — доля не может быть больше 100 %. ${LEFT_OUT}`, `300${NBSP}%`],
  ['E65', 150, 'Цель охвата организаций, %', '150', `Цель охвата 150 % — доля не может быть больше 100 %. ${LEFT_OUT}`, `150${NBSP}%`],
  ['E65', -5, 'Цель охвата организаций, %', '-5', `Цель охвата -5 % — доля не может быть отрицательной. ${LEFT_OUT}`, `-5${NBSP}%`],
  // «75%» typed in Sheets is stored as 0,75: a plan of 0,75 % was never meant.
  [
    'I72',
    '75%',
    'План 2021',
    '0,75',
    `План 0,75 % — похоже, в ячейке набрано «75%»: Google Таблицы хранят такой процент как 0,75. Впишите 75 без знака «%». ${LEFT_OUT}`,
    `0,75${NBSP}%`,
  ],
  ['M72', 100.5, 'Лидер: значение выше', '100,5', `Порог лидеров 100,5 % — доля не может быть больше 100 %. ${LEFT_OUT}`, `100,5${NBSP}%`],
  ['N74', -1, 'Минимум для единицы', '-1', `Минимум -1 — количество не может быть отрицательным. ${LEFT_OUT}`, 'менее -1'],
  [
    'I74',
    20_000_001,
    'План 2021',
    '20000001',
    `План 20${NBSP}000${NBSP}001 — больше 10${NBSP}000${NBSP}000, похоже на опечатку. ${LEFT_OUT}`,
    `20${NBSP}000${NBSP}001`,
  ],
  // Sheets keeps «1e400» as text (no finite number), and the note never prints «Infinity %».
  ['E65', '1e400', 'Цель охвата организаций, %', '1e400', 'Нужно число (или оставьте ячейку пустой).', 'Infinity'],
  ['E65', '#DIV/0!', 'Цель охвата организаций, %', '#DIV/0!', 'Нужно число (или оставьте ячейку пустой).', 'NaN'],
])('«Настройки»!%s typed %p', (cell, typed, label, value, message, notPrinted) => {
  const run = withSettingsCell(cell, typed);

  test('one error naming the cell, in the check, on the «Проверка» tab and in the check sidebar', () => {
    expect(run.settingsFindings).toEqual([
      { severity: 'error', rule: 'settings', unit: '', tab: 'Настройки', cell, label, value, message },
    ]);
    expect(run.checkTab.split(message).length).toBe(3); // once on the tab, once in the sidebar
    expect(run.checkTab).toContain('Проверка данных');
  });

  test('the note leaves the value out', () => {
    expect(run.note).not.toContain(notPrinted);
    expect(run.note).not.toMatch(/Infinity|NaN/);
  });
});

describe('shares and counts at the edges of their range are kept', () => {
  test.each([
    ['I72', 100, 'План 2021 — 100 %'],
    ['I72', 0, 'План 2021 — 0 %'],
    ['I72', 1, 'План 2021 — 1 %: not a percent sign'],
    ['E65', 100, 'цель 100 %'],
    ['I74', 10_000_000, 'план 10 000 000'],
    ['N74', 0, 'минимум 0'],
  ])('«Настройки»!%s = %p (%s): no finding', (cell, typed) => {
    expect(withSettingsCell(cell, typed).settingsFindings).toEqual([]);
  });
});

describe('dates that name no real day', () => {
  test.each([
    ['F65', 'Срок цели'],
    ['O74', 'Срок достижения минимума'],
    ['C12', 'Срок исполнения рекомендаций'],
    ['C17', 'Дата документа (пусто — вписать от руки)'],
  ])('31.02.2023 in «Настройки»!%s (%s) is refused and never printed', (cell, label) => {
    const run = withSettingsCell(cell, '31.02.2023');
    expect(run.settingsFindings).toEqual([
      {
        severity: 'error',
        rule: 'settings',
        unit: '',
        tab: 'Настройки',
        cell,
        label,
        value: '31.02.2023',
        message: `Даты 31.02.2023 нет в календаре. ${LEFT_OUT} Укажите дату как 01.01.2023.`,
      },
    ]);
    expect(run.note).not.toContain('31.02.2023');
    expect(run.appendix).toContain(`${label}: указано «31.02.2023» (ошибка в настройках мониторинга); значение не учтено.`);
  });

  test('a target without its date still prints the target, undated: «Целевое значение 75 % не достигнуто»', () => {
    expect(withSettingsCell('F65', '31.02.2023').note).toContain(`Целевое значение 75${NBSP}% не достигнуто: недостаёт 11,3`);
  });

  test('29.02.2024 is a real day: kept and printed', () => {
    const run = withSettingsCell('F65', '29.02.2024');
    expect(run.settingsFindings).toEqual([]);
    expect(run.note).toContain(`на 29${NBSP}февраля 2024${NBSP}г.`);
  });
});

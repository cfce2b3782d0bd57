// Apps Script entry: every export becomes a top-level global (menu handlers, triggers, custom formulas); no logic lives here.
import * as formulas from './domain/formulas';
import type { CellValue, Settings } from './domain/model';
import * as actions from './workbook/actions';
import { startNewYear as rollYear } from './workbook/newYear';
import { createUnitTabs } from './workbook/createTabs';
import { setIntake } from './workbook/intake';
import { applyProtections as applyProtectionsTo } from './workbook/applyProtections';
import { fillReportsByKey, type ReportValues } from './workbook/importer';
import { activateCell, askText, isAddonDeployment, presentItem, presentRun, showResult } from './workbook/menu';
import * as review from './workbook/review';
import { continueLongItem } from './workbook/longItems';
import { MENU_TITLE, menuItems } from './workbook/menuItems';
import { SUMMARY_TABS } from './workbook/tabNames';
import { withFormulaSettings } from './workbook/formulaSettings';
import { noteDocumentOf, showNoteDialog } from './workbook/noteExport';
import { lettersDocumentOf, showLettersDialog } from './workbook/lettersExport';
import { regionHandoffOf, showRegionDialog } from './workbook/regionExport';

type Arg = CellValue | CellValue[][];

/**
 * Adds the «Наставничество» menu. In AuthMode.NONE (an add-on not yet used in this file) it only adds menu items.
 * @param {Object} e The onOpen event.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = isAddonDeployment() ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  for (const item of menuItems()) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: the same menu as on open.
 * @param {Object} e The onInstall event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu «Подготовить таблицу». */
export function setupWorkbook() {
  return showResult(actions.setupWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu «Создать вкладки». */
export function createTabs() {
  return presentItem(createUnitTabs(SpreadsheetApp.getActiveSpreadsheet()), 'createTabs');
}

/** Menu «Проверить данные»: findings on the «Проверка» tab and in a sidebar with links to the cells. */
export function checkData() {
  return presentRun(actions.checkData(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu «Построить сводку». A workbook too large for one run continues from a progress sidebar. */
export function buildSummary() {
  return presentRun(actions.buildSummary(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu «Ход сбора»: the check, which rewrites «Ход сбора», then that tab opened (after a check read in several runs, by hand). */
export function showCampaign() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const result = presentRun(actions.checkData(ss));
  if (!result.pending) activateCell(ss, SUMMARY_TABS.campaign, 'A1');
  return result;
}

/** Menu «Запросить уточнение…»: on the selected cell of a unit tab, with the staff's comment asked in a prompt. */
export function requestClarification() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return showResult(review.requestClarification(ss, (question) => askText('Запросить уточнение', question)));
}

/** Menu «Принять отчёт»: on the open unit tab. */
export function acceptReport() {
  return showResult(review.acceptReport(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu «Скачать справку (.docx)»: a dialog whose page writes the note as a Word file in the browser (no extra scope). */
export function downloadNoteDocx() {
  showNoteDialog();
}

/**
 * The note, tables 1–3 and recommendations as plain data: for the .docx dialog (google.script.run needs a public name) and
 * the CLI. A workbook too large for one run answers { pending, message }: then continueRun(false, 'note') until `document`.
 */
export function noteDocument() {
  return noteDocumentOf(SpreadsheetApp.getActiveSpreadsheet());
}

/** Menu «Письма единицам»: a dialog whose page writes one Word letter per unit in the browser and offers them as one .zip. */
export function downloadLetters() {
  showLettersDialog();
}

/**
 * Every unit's letter as plain data: for the letters dialog (google.script.run needs a public name) and the CLI. A workbook
 * too large for one run answers { pending, message }: then continueRun(false, 'letters') until `letters`.
 */
export function lettersDocument() {
  return lettersDocumentOf(SpreadsheetApp.getActiveSpreadsheet());
}

/** Menu «Передать в регион»: a dialog that says what the municipality hands in and writes the file in the browser. */
export function handToRegion() {
  showRegionDialog();
}

/**
 * The file for the region as plain data: for the «Передать в регион» dialog (google.script.run needs a public name) and
 * the CLI. A workbook too large for one run answers { pending, message }: then continueRun(false, 'handoff') until `handoff`.
 */
export function regionHandoff() {
  return regionHandoffOf(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * The next step of a chunked check, build or note read: { ok, pending, message }, and `document` when a note read ends;
 * the summary only when asked (the CLI). `mode` ('check', 'build', 'note', 'letters'): the run the caller expects to continue.
 * Public: google.script.run cannot call a name ending in `_` (guides/html/communication, «Private functions»).
 */
export function continueRun(withOutput?: boolean, mode?: actions.RunMode) {
  const { analysis, output, ...result } = actions.continueRun(SpreadsheetApp.getActiveSpreadsheet(), mode);
  return { ...result, output: withOutput ? output : undefined, findings: withOutput ? analysis?.findings : undefined };
}

/**
 * The next run of a long menu item («Создать вкладки», «Применить защиту», «Закрыть / Открыть приём», «Новый отчётный
 * год»): { ok, pending, message }. The progress sidebar calls it until the item is done, so one click is enough.
 * Public: google.script.run cannot call a name ending in `_` (guides/html/communication, «Private functions»).
 */
export function continueItem(fn: string) {
  return continueLongItem(SpreadsheetApp.getActiveSpreadsheet(), fn);
}

/** Menu «Применить защиту». */
export function applyProtections() {
  return presentItem(applyProtectionsTo(SpreadsheetApp.getActiveSpreadsheet()), 'applyProtections');
}

/** Menu «Новый отчётный год». */
export function startNewYear() {
  return presentItem(rollYear(SpreadsheetApp.getActiveSpreadsheet()), 'startNewYear');
}

/** Menu «Закрыть приём отчётов». */
export function closeIntake() {
  return presentItem(setIntake(SpreadsheetApp.getActiveSpreadsheet(), true), 'closeIntake');
}

/** Menu «Открыть приём отчётов». */
export function openIntake() {
  return presentItem(setIntake(SpreadsheetApp.getActiveSpreadsheet(), false), 'openIntake');
}

/** The check sidebar's «Перейти к ячейке» (google.script.run, so public): activates a tab and a cell. */
export function selectCell(tab: string, a1: string) {
  return activateCell(SpreadsheetApp.getActiveSpreadsheet(), tab, a1);
}

/** For the local CLI: the settings of the printable report, which the CLI renders in Node from the build's own output. */
export function reportSettings_() {
  return actions.reportSettings(SpreadsheetApp.getActiveSpreadsheet());
}

/** For the local CLI: a new workbook's settings and instructions from a settings object. */
export function setupWorkbookWith_(settings: Settings) {
  return actions.setupWorkbook(SpreadsheetApp.getActiveSpreadsheet(), settings);
}

/** For the local CLI: fills unit tabs with known values (the bundled sample). Returns units without a tab. */
export function fillReports_(reports: Record<string, ReportValues>) {
  return fillReportsByKey(SpreadsheetApp.getActiveSpreadsheet(), reports);
}

/**
 * Доля в процентах: часть от целого, округлённая до сотых. Принимает ячейки или диапазоны одинакового размера.
 *
 * @param {number|Array<Array<number>>} part Часть: ячейка или диапазон, например B2:B200.
 * @param {number|Array<Array<number>>} total Целое: ячейка или диапазон того же размера, например C2:C200.
 * @return {number|Array<Array<number>>} Доля, %; пусто, если целое пустое или 0.
 * @customfunction
 */
export function COVERAGE(part: Arg, total: Arg) {
  return formulas.coverage(part, total);
}

/**
 * Плановое значение показателя на год из вкладки «Настройки». Настройки передаются аргументом, чтобы план, исправленный
 * в «Настройках», сразу пересчитывался.
 *
 * @param {string|number} indicator Номер показателя, например 1.
 * @param {number} year Год, например 2021.
 * @param {Array<Array<string>>} settings Столбцы вкладки «Настройки», например 'Настройки'!A:P.
 * @return {number} План; пусто, если на этот год плана нет.
 * @customfunction
 */
export function PLAN(indicator: CellValue, year: CellValue, settings: CellValue[][]) {
  return withFormulaSettings(settings, (s) => formulas.plan(s, indicator, year));
}

/**
 * Статус значения показателя, как в сводке: выполнен, ниже плана, ниже минимума, лидер, рост, снижение, нет данных, нулевое значение или цель не установлена (нет минимума и плана).
 * Настройки передаются аргументом, чтобы статус пересчитывался при изменении плана или порогов.
 *
 * @param {number|Array<Array<number>>} value Значение или диапазон значений отчётного года.
 * @param {string|number} indicator Номер показателя, например 1.
 * @param {number} year Отчётный год, например 2021.
 * @param {Array<Array<string>>} settings Столбцы вкладки «Настройки», например 'Настройки'!A:P.
 * @param {number|Array<Array<number>>} previous Необязательно: значение предыдущего года (для динамики).
 * @return {string|Array<Array<string>>} Статус.
 * @customfunction
 */
export function STATUS(value: Arg, indicator: CellValue, year: CellValue, settings: CellValue[][], previous?: Arg) {
  return withFormulaSettings(settings, (s) => formulas.status(s, value, indicator, year, previous ?? null));
}

/**
 * Прирост в процентах к прошлому значению: (стало − было) / было × 100.
 *
 * @param {number|Array<Array<number>>} previous Было: ячейка или диапазон.
 * @param {number|Array<Array<number>>} current Стало: ячейка или диапазон того же размера.
 * @return {number|Array<Array<number>>} Прирост, %; пусто, если «было» пусто или 0.
 * @customfunction
 */
export function GROWTHPCT(previous: Arg, current: Arg) {
  return formulas.growthPercent(previous, current);
}

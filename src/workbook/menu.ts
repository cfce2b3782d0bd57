// The «Наставничество» menu: its items, how results are shown, and whether the code runs as an Editor Add-on.
import { escapeHtml } from '../domain/escapeHtml';
import type { Finding } from '../domain/model';
import type { ActionResult, RunResult } from './actions';
import { captionOf, captionOfItem, MENU_TITLE } from './menuItems';
import type { RunMode } from './staging';
import { renderCheckSidebar } from './checkSidebar';

/** Name of the global that the add-on deployment's one-line `deployment.js` sets to 'addon' (the bound one has none). */
export const DEPLOYMENT_GLOBAL = 'MENTOR_MONITOR_DEPLOYMENT';

export function isAddonDeployment(): boolean {
  return (globalThis as Record<string, unknown>)[DEPLOYMENT_GLOBAL] === 'addon';
}

/**
 * The Ui, or null in a run that has none (the script editor's Run, `clasp run`, the scenario bundle): Apps Script throws
 * «Cannot call SpreadsheetApp.getUi() from this context» there, and the action's result is still returned.
 */
function uiOrNull(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

/** Shows a result to the person who clicked (an alert) and returns it for the CLI. */
export function showResult<T extends ActionResult>(result: T): T {
  const ui = uiOrNull();
  if (ui) ui.alert(result.ok ? MENU_TITLE : `${MENU_TITLE}: не выполнено`, result.message, ui.ButtonSet.OK);
  return result;
}

/**
 * Asks the person who clicked for a line of text (Ui.prompt with OK and Cancel); null when cancelled or closed, or in a
 * run that has no Ui. Google, Apps Script reference «Class Ui», prompt(title, prompt, buttons) and «Class PromptResponse».
 */
export function askText(title: string, question: string): string | null {
  const ui = uiOrNull();
  if (!ui) return null;
  const answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** The data check's findings in a sidebar; each cell address selects the cell. */
function showCheckSidebar(findings: Finding[], fatal: string[]): void {
  const html = HtmlService.createHtmlOutput(renderCheckSidebar(findings, fatal)).setTitle('Проверка данных');
  uiOrNull()?.showSidebar(html);
}

/** Selects a tab's cell for the check sidebar; false when the tab is gone or the address is not a plain A1 cell. */
export function activateCell(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string, a1: string): boolean {
  const sheet = ss.getSheetByName(tab);
  if (!sheet || !/^[A-Z]{1,3}\d{1,7}$/.test(a1)) return false;
  sheet.activate();
  sheet.getRange(a1).activate();
  return true;
}

/**
 * A sidebar that carries a long job on by itself: it calls the public global `call` (google.script.run) while the answer
 * is `pending`, showing each step's message, so one menu click is enough at any size. Closing it stops the job where it
 * stands; the item chosen again goes on from there.
 */
function showProgress(title: string, message: string, call: string, args: unknown[], retryItem: string): void {
  const callArgs = args.map((a) => JSON.stringify(a)).join(',');
  const page = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
body{font:13px Arial,sans-serif;margin:12px;color:#222}#log p{margin:6px 0}.done{color:#0b6b2b;font-weight:bold}.fail{color:#b00020;font-weight:bold}
</style></head><body><h3>${escapeHtml(title)}</h3><div id="log"><p>${escapeHtml(message)}</p></div><script>
function say(text, cls){var p=document.createElement('p');p.textContent=text;if(cls)p.className=cls;document.getElementById('log').appendChild(p);}
function step(){google.script.run.withSuccessHandler(function(r){say(r.message, r.pending?'':(r.ok?'done':'fail'));if(r.pending)step();})
.withFailureHandler(function(e){say('Сбой: '+(e&&e.message?e.message:e)+'. '+${JSON.stringify(`Выберите «${retryItem}» ещё раз.`)},'fail');}).${call}(${callArgs});}
step();
</script></body></html>`;
  uiOrNull()?.showSidebar(HtmlService.createHtmlOutput(page).setTitle('Наставничество: работа идёт'));
}

/**
 * A sidebar that calls the public global continueRun until a chunked check or build is done, showing each step's message;
 * it names its mode, so a run another action started over it is reported instead of carried on.
 */
function showBuildProgress(message: string, mode: RunMode): void {
  showProgress('Таблица читается по частям', message, 'continueRun', [false, mode], captionOf(mode));
}

/**
 * Shows how a long menu item's run ended: while it is `pending`, the progress sidebar that calls continueItem(fn) until it
 * is done (one click at any size); else the result.
 */
export function presentItem<T extends ActionResult & { pending?: boolean }>(result: T, fn: string): T {
  if (result.pending) showProgress(`${captionOfItem(fn)}: работа идёт по частям`, result.message, 'continueItem', [fn], captionOfItem(fn));
  else showResult(result);
  return result;
}

/** Shows how a check or build run ended: the progress sidebar while a large workbook is read in chunks, else the result
 * (and, after a check, the findings sidebar). Returns the result without the in-memory analysis, with the findings. */
export function presentRun(result: RunResult) {
  const { analysis, ...plain } = result;
  if (plain.pending) showBuildProgress(plain.message, result.mode ?? 'build');
  else {
    if (analysis && result.mode === 'check') showCheckSidebar(analysis.findings, analysis.fatal);
    showResult(plain);
  }
  return { ...plain, findings: analysis?.findings };
}

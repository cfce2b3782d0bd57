// The «Наставничество» menu: its items, how results are shown, and whether the code runs as an Editor Add-on.
import { ActionResult } from './actions';

export const MENU_TITLE = 'Наставничество';

export interface MenuItem {
  caption: string;
  /** Name of the global function the item calls. */
  fn: string;
}

/** Items in order; null is a separator. */
export function menuItems(): Array<MenuItem | null> {
  return [
    { caption: 'Подготовить таблицу', fn: 'setupWorkbook' },
    { caption: 'Создать вкладки', fn: 'createTabs' },
    null,
    { caption: 'Проверить данные', fn: 'checkData' },
    { caption: 'Построить сводку', fn: 'buildSummary' },
    null,
    { caption: 'Применить защиту', fn: 'applyProtections' },
  ];
}

declare const MENTOR_MONITOR_DEPLOYMENT: string | undefined;

/** The add-on deployment ships a one-line `deployment.js` beside the bundle; the bound one does not. */
export function isAddonDeployment(): boolean {
  return typeof MENTOR_MONITOR_DEPLOYMENT !== 'undefined' && MENTOR_MONITOR_DEPLOYMENT === 'addon';
}

/** Shows a result to the person who clicked (an alert) and returns it for the CLI. */
export function showResult<T extends ActionResult>(result: T): T {
  SpreadsheetApp.getUi().alert(result.ok ? MENU_TITLE : `${MENU_TITLE}: не выполнено`, result.message, SpreadsheetApp.getUi().ButtonSet.OK);
  return result;
}

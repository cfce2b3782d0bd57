// The «Наставничество» menu's items and captions: one list, which messages quote when they send the user to an item.
import type { RunMode } from './staging';

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
    { caption: 'Скачать справку (.docx)', fn: 'downloadNoteDocx' },
    { caption: 'Письма единицам', fn: 'downloadLetters' },
    { caption: 'Передать в регион', fn: 'handToRegion' },
    { caption: 'Ход сбора', fn: 'showCampaign' },
    { caption: 'Запросить уточнение…', fn: 'requestClarification' },
    { caption: 'Принять отчёт', fn: 'acceptReport' },
    null,
    { caption: 'Применить защиту', fn: 'applyProtections' },
    { caption: 'Закрыть приём отчётов', fn: 'closeIntake' },
    { caption: 'Открыть приём отчётов', fn: 'openIntake' },
    null,
    { caption: 'Новый отчётный год', fn: 'startNewYear' },
  ];
}

/** The menu item that starts each kind of run, as messages name it. */
const RUN_ITEM: Record<RunMode, string> = {
  check: 'checkData',
  build: 'buildSummary',
  note: 'downloadNoteDocx',
  letters: 'downloadLetters',
  handoff: 'handToRegion',
};
export const captionOf = (mode: RunMode): string => captionOfItem(RUN_ITEM[mode]);
/** The caption of the menu item that calls the global `fn`, as messages name it. */
export const captionOfItem = (fn: string): string => menuItems().find((i) => i?.fn === fn)?.caption ?? fn;

// The menu items that go on over several Apps Script runs, by the name of the global each menu click calls.
import type { ActionResult } from './actions';
import { applyProtections } from './applyProtections';
import { createUnitTabs } from './createTabs';
import { setIntake } from './intake';
import { startNewYear } from './newYear';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type LongItemResult = ActionResult & { pending?: boolean };

/** Each long item's next run: the same action as the menu click, which resumes where the last run stopped. */
const LONG_ITEMS: Record<string, (ss: Spreadsheet) => LongItemResult> = {
  createTabs: createUnitTabs,
  applyProtections,
  closeIntake: (ss) => setIntake(ss, true),
  openIntake: (ss) => setIntake(ss, false),
  startNewYear,
};

/** The next run of the long item `fn` (the progress sidebar's call); an unknown name changes nothing. */
export function continueLongItem(ss: Spreadsheet, fn: string): LongItemResult {
  const next = Object.prototype.hasOwnProperty.call(LONG_ITEMS, fn) ? LONG_ITEMS[fn] : undefined;
  if (!next) return { ok: false, message: `Пункт меню «${fn}» не продолжается по частям.` };
  return next(ss);
}

// Menu globals called as Apps Script runs, counted, a chunked check or build carried on as the progress sidebar does.
import type { Finding } from '../domain/model';
import type { BuildResult } from '../workbook/actions';
import type { CampaignRow } from '../domain/campaign';
import { callGlobal, type BundleGlobals, type GlobalName, type Session } from './session';
import { terminalText } from './terminalText';

/**
 * Apps Script runs the CLI has modelled, and the clicks a person would make for them in Sheets: each call of a menu
 * global is one run of at most 6 minutes; a chunked check or build, and a long item such as «Создать вкладки», goes on
 * by itself from the progress sidebar (one click).
 */
export interface SheetsRuns {
  runs: number;
  clicks: number;
}

/** Calls a menu global as one Apps Script run (the runtime stops it at 6 minutes, as Sheets would), counting it. */
export function call<K extends GlobalName>(s: Session, fn: K, ...args: Parameters<BundleGlobals[K]>): ReturnType<BundleGlobals[K]> {
  counted(s).runs++;
  return callGlobal(s, fn, ...args);
}

const runsOf = new WeakMap<Session, SheetsRuns>();
export function counted(s: Session): SheetsRuns {
  const known = runsOf.get(s);
  if (known) return known;
  const fresh = { runs: 0, clicks: 0 };
  runsOf.set(s, fresh);
  return fresh;
}

export const progress = (message: string) => process.stderr.write(`… ${terminalText(message)}\n`);

/** What a check or build run gives the CLI: the result, its findings and the rows of «Ход сбора». */
export type MenuRunResult = BuildResult & { findings?: Finding[]; campaign?: CampaignRow[] };

/** Runs a menu action; a workbook too large for one Apps Script run goes on over several runs, as the progress sidebar does in Sheets. */
export function run(s: Session, fn: 'checkData' | 'buildSummary'): MenuRunResult {
  counted(s).clicks++;
  let result: MenuRunResult = call(s, fn);
  while (result.pending) {
    progress(result.message);
    result = call(s, 'continueRun', true);
  }
  return result;
}

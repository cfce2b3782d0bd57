// «Создать вкладки» per tab: its service calls and modelled time under each set of constants, and the tabs one run holds.
import { LocalSpreadsheet } from '../runtime';
import { RUN_LIMIT_MS } from '../runtime/clock';
import { COST_CASES, COST_CONSTANTS, type CostCase, modelRun } from '../runtime/costModel';
import { openSession } from '../session';
import { generateWorkbook } from './generate';

export interface TabCost {
  /** Service calls a tab adds, and those of the run itself (settings, listing, the template). */
  callsPerTab: number;
  fixedCalls: number;
  /** Modelled milliseconds a tab adds, the run's own, and the unit count from which one 6-minute run no longer holds them all. */
  byCase: Record<CostCase, { msPerTab: number; fixedMs: number; breakUnits: number }>;
}

/** One unlimited run of «Создать вкладки» on a workbook set up for `units` generated units: its ordered call log. */
function createTabsLog(units: number) {
  const s = openSession(new LocalSpreadsheet('Вкладки'));
  s.globals.setupWorkbookWith_(generateWorkbook(units).settings);
  s.runtime.timeLimits = false;
  s.runtime.simulatedClock = false;
  s.runtime.resetCalls();
  s.globals.createTabs();
  return [...s.runtime.events];
}

/** A straight line through two sizes (20 and 40 tabs: both fit one unlimited run) splits a run into per-tab and fixed parts. */
export function measureTabCost(small = 20, large = 40): TabCost {
  const [a, b] = [createTabsLog(small), createTabsLog(large)];
  const perTab = (x: number, y: number) => (y - x) / (large - small);
  const callsPerTab = perTab(a.length, b.length);
  const byCase = Object.fromEntries(
    COST_CASES.map((c) => {
      const [ma, mb] = [modelRun(a, COST_CONSTANTS[c]).ms, modelRun(b, COST_CONSTANTS[c]).ms];
      const msPerTab = perTab(ma, mb);
      const fixedMs = ma - msPerTab * small;
      return [c, { msPerTab, fixedMs, breakUnits: Math.floor((RUN_LIMIT_MS - fixedMs) / msPerTab) + 1 }];
    }),
  ) as TabCost['byCase'];
  return { callsPerTab, fixedCalls: a.length - callsPerTab * small, byCase };
}

// Each long menu item per unit tab: its service calls and modelled time under each set of constants, and the units one run holds.
import type { Session } from '../session';
import { LocalSpreadsheet } from '../runtime';
import { RUN_LIMIT_MS } from '../runtime/clock';
import { COST_CASES, COST_CONSTANTS, type CostCase, modelRun } from '../runtime/costModel';
import { openSession } from '../session';
import { generateWorkbook } from './generate';

/** The long menu items that go tab by tab, with the caption the report prints. */
export const LONG_ITEMS = {
  createTabs: '«Создать вкладки» (одна копия образца на вкладку)',
  applyProtections: '«Применить защиту»',
  closeIntake: '«Закрыть приём отчётов»',
  openIntake: '«Открыть приём отчётов»',
  startNewYear: '«Новый отчётный год»',
} as const;
type LongItem = keyof typeof LONG_ITEMS;

export interface TabCost {
  item: LongItem;
  /** Service calls a tab adds, and those of the run itself (settings, listing, the template). */
  callsPerTab: number;
  fixedCalls: number;
  /** Modelled milliseconds a tab adds, the run's own, and the unit count from which one 6-minute run no longer holds them all. */
  byCase: Record<CostCase, { msPerTab: number; fixedMs: number; breakUnits: number }>;
}

/** The item chosen once, unlimited. */
function choose(s: Session, item: LongItem): void {
  const g = s.globals;
  ({
    createTabs: g.createTabs,
    applyProtections: g.applyProtections,
    closeIntake: g.closeIntake,
    openIntake: g.openIntake,
    startNewYear: g.startNewYear,
  })[item]();
}

/**
 * One unlimited run of `item` on a workbook of `units` generated units: its ordered call log. Every item but «Создать
 * вкладки» runs on the tabs made and filled (and, for «Открыть приём», closed) beforehand, off the log.
 */
function itemLog(item: LongItem, units: number) {
  const s = openSession(new LocalSpreadsheet('Вкладки'));
  const { settings, reports } = generateWorkbook(units);
  s.globals.setupWorkbookWith_(settings);
  s.runtime.timeLimits = false;
  s.runtime.simulatedClock = false;
  if (item !== 'createTabs') {
    s.globals.createTabs();
    s.globals.fillReports_(reports);
    if (item === 'openIntake') s.globals.closeIntake();
  }
  s.runtime.resetCalls();
  choose(s, item);
  return [...s.runtime.events];
}

/** A straight line through two sizes (20 and 40 tabs: both fit one unlimited run) splits a run into per-tab and fixed parts. */
function measureTabCost(item: LongItem = 'createTabs', small = 20, large = 40): TabCost {
  const [a, b] = [itemLog(item, small), itemLog(item, large)];
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
  return { item, callsPerTab, fixedCalls: a.length - callsPerTab * small, byCase };
}

/** Every long item's cost per tab, in the menu's order. */
export function measureTabCosts(): TabCost[] {
  return (Object.keys(LONG_ITEMS) as LongItem[]).map((item) => measureTabCost(item));
}

// Work over every unit tab that goes on across Apps Script runs: batches of reads, then the changes, stopping between tabs.
import type { UnitDef } from '../domain/model';
import { RUN_BUDGET_MS, tabsPerRun } from './actions';

/**
 * Unit tabs read before they are changed: about what one run can change (measured with the cost model: 86 tabs with
 * e-mails fit in one run of «Применить защиту»), so reads are not spent on tabs the run has no time left for.
 */
const TABS_READ_AHEAD = 100;

/** A job over the units in the settings' order: `done` of them are finished (in this run or earlier ones). */
export interface UnitWalk {
  done: number;
  /** What the job was started for (the units' tab names, the direction…): a record of another job is not resumed. */
  job: string;
}

/**
 * The saved record of a job stopped by the time limit (a document property), or `fresh` when there is none, it belongs to
 * another job, or it is damaged: doing an idempotent job again from the first tab loses nothing.
 */
export function resumedWalk<T extends UnitWalk>(property: string, fresh: T): T {
  try {
    const saved = JSON.parse(PropertiesService.getDocumentProperties().getProperty(property) ?? 'null') as T | null;
    return saved && saved.job === fresh.job && Number.isInteger(saved.done) ? saved : fresh;
  } catch {
    return fresh;
  }
}

/**
 * Goes on from `walk.done`, at most `tabsPerRun()` units: reads a batch (`read`), then changes each unit (`act`), then the
 * next batch, until the run's time is used up. Stops only between two units and always finishes at least one, so a
 * repeated click always gets further (no livelock when reading alone would fill a run).
 */
export function walkUnits<T>(
  units: UnitDef[],
  walk: UnitWalk,
  started: number,
  read: (unit: UnitDef) => T,
  act: (unit: UnitDef, read: T) => void,
): void {
  const last = Math.min(units.length, walk.done + tabsPerRun());
  const timeLeft = () => Date.now() - started <= RUN_BUDGET_MS;
  let first = true;
  while (walk.done < last && (first || timeLeft())) {
    const batch: Array<{ unit: UnitDef; value: T }> = [];
    for (const unit of units.slice(walk.done, Math.min(last, walk.done + TABS_READ_AHEAD))) {
      if (batch.length && Date.now() - started > RUN_BUDGET_MS / 2) break;
      batch.push({ unit, value: read(unit) });
    }
    for (const { unit, value } of batch) {
      if (!first && !timeLeft()) return;
      act(unit, value);
      walk.done++;
      first = false;
    }
  }
}

// «Закрыть приём отчётов» / «Открыть приём»: handed-in tabs become read-only for coordinators and back, over as many runs as needed.
import type { UnitDef } from '../domain/model';
import { type ActionResult, BUSY_MESSAGE, readSettings, withLock } from './actions';
import { captionOfItem } from './menuItems';
import { intakeMessage, isHandedIn, type ProtectionOutcome, switchIntakeOf, type TabList } from './protections';
import { resumedWalk, type UnitWalk, walkUnits } from './unitRuns';
import { fingerprint } from './yearJournal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a switch of the intake stopped by the time limit goes on (JSON of IntakeProgress); deleted when it is done. */
const INTAKE_PROGRESS = 'mentorMonitor.intakeProgress';
/** Names kept between runs: a document property value holds at most 9 kB (Apps Script quotas, «Properties value size»). */
const NAMES_KEPT = 60;

interface IntakeProgress extends UnitWalk {
  changed: TabList;
  skipped: TabList;
  refused: ProtectionOutcome[];
}

/** Counts a tab and keeps its name while fewer than NAMES_KEPT are kept (the first ones: the report names those). */
function add(list: TabList, tab: string): void {
  list.count++;
  if (list.names.length < NAMES_KEPT) list.names.push(tab);
}

export type IntakeResult = ActionResult & { pending?: boolean };

/**
 * «Закрыть приём отчётов» (close=true) / «Открыть приём» (close=false). A long list stops between two tabs before Apps
 * Script's 6 minutes (`pending`); the next choice of the same item goes on from the next tab.
 */
export function setIntake(ss: Spreadsheet, close: boolean): IntakeResult {
  return withLock<IntakeResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const started = Date.now();
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const job = `${close ? 'close' : 'open'}:${fingerprint(settings.units.map((u) => u.tab))}`;
    const none = (): TabList => ({ count: 0, names: [] });
    const progress = resumedWalk<IntakeProgress>(INTAKE_PROGRESS, {
      job,
      done: 0,
      changed: none(),
      skipped: none(),
      refused: [],
    });
    walkUnits(
      settings.units,
      progress,
      started,
      (unit: UnitDef) => {
        const sheet = ss.getSheetByName(unit.tab);
        return { sheet, ready: sheet ? isHandedIn(sheet, settings, unit) : false };
      },
      (unit, { sheet, ready }) => {
        if (!sheet) return;
        const step = switchIntakeOf(sheet, settings, unit, ready, close);
        if (step.did === 'changed') add(progress.changed, step.tab);
        if (step.did === 'skipped') add(progress.skipped, step.tab);
        if (step.did === 'refused') progress.refused.push(step.outcome);
      },
    );
    const props = PropertiesService.getDocumentProperties();
    if (progress.done < settings.units.length) {
      props.setProperty(INTAKE_PROGRESS, JSON.stringify({ ...progress, refused: progress.refused.slice(0, NAMES_KEPT / 2) }));
      const item = captionOfItem(close ? 'closeIntake' : 'openIntake');
      return {
        ok: true,
        pending: true,
        message: `Время одного запуска на исходе: просмотрено вкладок ${progress.done} из ${settings.units.length}. Выберите «${item}» ещё раз — продолжится со следующей вкладки.`,
      };
    }
    props.deleteProperty(INTAKE_PROGRESS);
    return { ok: true, message: intakeMessage(close, progress.changed, progress.skipped, progress.refused) };
  });
}

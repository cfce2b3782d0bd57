// «Закрыть приём отчётов» / «Открыть приём»: handed-in tabs become read-only for coordinators and back, over as many runs as needed.
import type { UnitDef } from '../domain/model';
import { type ActionResult, BUSY_MESSAGE, readSettings, withLock } from './actions';
import { captionOfItem } from './menuItems';
import { intakeMessage, isHandedIn, type ProtectionOutcome, switchIntakeOf, type TabList } from './protections';
import { walkUnits } from './unitRuns';
import { fingerprint } from './yearJournal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a switch of the intake stopped by the time limit goes on (JSON of IntakeProgress); deleted when it is done. */
export const INTAKE_PROGRESS = 'mentorMonitor.intakeProgress';
/** Names kept between runs: a document property value holds at most 9 kB (Apps Script quotas, «Properties value size»). */
const NAMES_KEPT = 60;

interface IntakeProgress {
  /** The units' tab names and the direction the job was started for: anything else starts again from the first tab. */
  job: string;
  done: number;
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

function readProgress(job: string): IntakeProgress {
  const fresh: IntakeProgress = { job, done: 0, changed: { count: 0, names: [] }, skipped: { count: 0, names: [] }, refused: [] };
  try {
    const saved = JSON.parse(PropertiesService.getDocumentProperties().getProperty(INTAKE_PROGRESS) ?? 'null') as IntakeProgress | null;
    return saved && saved.job === job && Number.isInteger(saved.done) ? saved : fresh;
  } catch {
    return fresh; // a damaged record: switching again from the first tab is harmless (a switched tab is left as it is)
  }
}

/**
 * «Закрыть приём отчётов» (close=true) / «Открыть приём» (close=false). A long list stops between two tabs before Apps
 * Script's 6 minutes (`pending`); the next choice of the same item goes on from the next tab.
 */
export function setIntake(ss: Spreadsheet, close: boolean): IntakeResult {
  return withLock<IntakeResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const started = Date.now();
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const progress = readProgress(`${close ? 'close' : 'open'}:${fingerprint(settings.units.map((u) => u.tab))}`);
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

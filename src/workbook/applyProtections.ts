// «Применить защиту»: every unit tab and «Настройки» re-protected, over as many runs as the list needs, resumed where it stopped.
import { cellText } from '../domain/cellValue';
import type { Settings, UnitDef } from '../domain/model';
import { countWith, type PluralForms } from '../domain/russian';
import { type ActionResult, BUSY_MESSAGE, readSettings, withLock } from './actions';
import { valuesOf } from './gasWorkbook';
import { captionOfItem } from './menuItems';
import { type ProtectionOutcome, protectSettingsTab, protectUnitTab, refusedSentence } from './protections';
import { KEY_COL } from './settingsTab';
import { resumedWalk, type UnitWalk, walkUnits } from './unitRuns';
import { fingerprint } from './yearJournal';
import { parseCampaignTab } from './campaignStore';
import { SUMMARY_TABS } from './tabNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a «Применить защиту» stopped by the time limit goes on (JSON of ProtectProgress); deleted when it is done. */
export const PROTECT_PROGRESS = 'mentorMonitor.protectProgress';
/** Refused tabs kept between runs: a document property value holds at most 9 kB (Apps Script quotas). */
const REFUSALS_KEPT = 30;

const TABS_PREPOSITIONAL: PluralForms = ['вкладке', 'вкладках', 'вкладках'];

interface ProtectProgress extends UnitWalk {
  /** Tabs whose protection Sheets refused in earlier runs. */
  refused: ProtectionOutcome[];
}

export type ProtectResult = ActionResult & { pending?: boolean };

/** Re-protects the unit tabs from `progress.done` on, as far as this run's time goes. */
function protectChunk(
  ss: Spreadsheet,
  units: UnitDef[],
  progress: ProtectProgress,
  started: number,
  settings: Settings,
  accepted: ReadonlySet<string>,
) {
  const outcomes: ProtectionOutcome[] = [];
  walkUnits(
    units,
    progress,
    started,
    (unit) => {
      const sheet = ss.getSheetByName(unit.tab);
      return { sheet, keys: sheet ? valuesOf(sheet).map((row) => cellText(row[KEY_COL - 1])) : [] };
    },
    (unit, { sheet, keys }) => {
      if (sheet) outcomes.push(protectUnitTab(sheet, settings, unit, keys, accepted.has(unit.name)));
    },
  );
  return outcomes;
}

/** Units whose «Решение» on «Ход сбора» is «принят»: their input cells stay with the staff (one read). */
function acceptedUnits(ss: Spreadsheet): Set<string> {
  const sheet = ss.getSheetByName(SUMMARY_TABS.campaign);
  const { records } = parseCampaignTab(sheet ? valuesOf(sheet) : []);
  return new Set([...records].filter(([, r]) => r.decision === 'accepted').map(([unit]) => unit));
}

/**
 * «Применить защиту»: re-protects every unit tab (an accepted report's input cells to the staff only) and the settings; reports who can edit what and every tab Sheets
 * refused. A long list stops before Apps Script's 6 minutes (`pending`) with every tab either fully re-protected or
 * untouched, and the next choice of the item goes on from the next tab.
 */
export function applyProtections(ss: Spreadsheet): ProtectResult {
  return withLock<ProtectResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const started = Date.now();
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const job = fingerprint(settings.units.map((u) => u.tab));
    const progress = resumedWalk<ProtectProgress>(PROTECT_PROGRESS, { job, done: 0, refused: [] });
    const continued = progress.done > 0;
    const outcomes = protectChunk(ss, settings.units, progress, started, settings, acceptedUnits(ss));
    const props = PropertiesService.getDocumentProperties();
    const refusedSoFar = [...progress.refused, ...outcomes.filter((o) => o.refused)];
    if (progress.done < settings.units.length) {
      props.setProperty(PROTECT_PROGRESS, JSON.stringify({ ...progress, refused: refusedSoFar.slice(0, REFUSALS_KEPT) }));
      return {
        ok: true,
        pending: true,
        message: `Время одного запуска на исходе: защищено вкладок ${progress.done} из ${settings.units.length}. Выберите «${captionOfItem('applyProtections')}» ещё раз — защита продолжится со следующей вкладки.`,
      };
    }
    outcomes.push(protectSettingsTab(ss, settings));
    props.deleteProperty(PROTECT_PROGRESS);
    const all = [...progress.refused, ...outcomes];
    const refused = refusedSentence(all, captionOfItem('applyProtections'));
    const lines = outcomes.map((o) => o.line).join('\n');
    const who = continued
      ? `Защита применена на ${countWith(settings.units.length, TABS_PREPOSITIONAL)} единиц и «Настройки» за несколько запусков. Кто что может менять (вкладки последнего запуска):\n${lines}`
      : `Кто что может менять:\n${lines}`;
    return refused
      ? { ok: false, message: `Защита применена не полностью. ${refused}\n${who}` }
      : { ok: true, message: continued ? who : `Защита применена. ${who}` };
  });
}

// «Применить защиту»: every unit tab and «Настройки» re-protected, over as many runs as the list needs, resumed where it stopped.
import { cellText } from '../domain/cellValue';
import type { Settings, UnitDef } from '../domain/model';
import { countWith, type PluralForms } from '../domain/russian';
import { type ActionResult, BUSY_MESSAGE, readSettings, RUN_BUDGET_MS, tabsPerRun, withLock } from './actions';
import { valuesOf } from './gasWorkbook';
import { captionOfItem } from './menuItems';
import { type ProtectionOutcome, protectSettingsTab, protectUnitTab, refusedSentence } from './protections';
import { KEY_COL } from './settingsTab';
import { fingerprint } from './yearJournal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a «Применить защиту» stopped by the time limit goes on (JSON of ProtectProgress); deleted when it is done. */
export const PROTECT_PROGRESS = 'mentorMonitor.protectProgress';
/**
 * Unit tabs one run reads before protecting them: about what one run can protect (measured with the cost model: 86 tabs
 * with e-mails fit in one run), so reads are not spent on tabs the run has no time left to protect.
 */
const TABS_READ_AHEAD = 100;
/** Refused tabs kept between runs: a document property value holds at most 9 kB (Apps Script quotas). */
const REFUSALS_KEPT = 30;

const TABS_PREPOSITIONAL: PluralForms = ['вкладке', 'вкладках', 'вкладках'];

interface ProtectProgress {
  /** The units' tab names the job was started for: another list in «Настройки» starts it again from the first tab. */
  units: string;
  /** Units (in the settings' order) already protected. */
  done: number;
  /** Tabs whose protection Sheets refused in earlier runs. */
  refused: ProtectionOutcome[];
}

export type ProtectResult = ActionResult & { pending?: boolean };

function readProgress(units: string): ProtectProgress {
  const fresh = { units, done: 0, refused: [] };
  try {
    const saved = JSON.parse(PropertiesService.getDocumentProperties().getProperty(PROTECT_PROGRESS) ?? 'null') as ProtectProgress | null;
    return saved && saved.units === units && Number.isInteger(saved.done) ? saved : fresh;
  } catch {
    return fresh; // a damaged record: protecting again from the first tab loses nothing
  }
}

/**
 * Protects the units from `progress.done` on, at most `tabsPerRun()` of them: a batch of tabs is read, then protected one
 * by one, then the next batch, until the run's time is used up. At least one tab per run, so a repeated click always gets
 * further; a run stops only between two tabs.
 */
function protectChunk(ss: Spreadsheet, units: UnitDef[], progress: ProtectProgress, started: number, settings: Settings) {
  const last = Math.min(units.length, progress.done + tabsPerRun());
  const outcomes: ProtectionOutcome[] = [];
  const timeLeft = () => Date.now() - started <= RUN_BUDGET_MS;
  let first = true;
  while (progress.done < last && (first || timeLeft())) {
    const batch = units.slice(progress.done, Math.min(last, progress.done + TABS_READ_AHEAD));
    const read: Array<{ unit: UnitDef; sheet: Sheet | null; keys: string[] }> = [];
    for (const unit of batch) {
      if (read.length && Date.now() - started > RUN_BUDGET_MS / 2) break;
      const sheet = ss.getSheetByName(unit.tab);
      read.push({ unit, sheet, keys: sheet ? valuesOf(sheet).map((row) => cellText(row[KEY_COL - 1])) : [] });
    }
    for (const t of read) {
      if (!first && !timeLeft()) return outcomes;
      if (t.sheet) outcomes.push(protectUnitTab(t.sheet, settings, t.unit, t.keys));
      progress.done++;
      first = false;
    }
  }
  return outcomes;
}

/**
 * «Применить защиту»: re-protects every unit tab and the settings; reports who can edit what and every tab Sheets
 * refused. A long list stops before Apps Script's 6 minutes (`pending`) with every tab either fully re-protected or
 * untouched, and the next choice of the item goes on from the next tab.
 */
export function applyProtections(ss: Spreadsheet): ProtectResult {
  return withLock<ProtectResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const started = Date.now();
    const { settings, problem } = readSettings(ss);
    if (problem) return { ok: false, message: problem };
    const progress = readProgress(fingerprint(settings.units.map((u) => u.tab)));
    const continued = progress.done > 0;
    const outcomes = protectChunk(ss, settings.units, progress, started, settings);
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

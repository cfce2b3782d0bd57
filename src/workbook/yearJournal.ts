// The record of «Новый отчётный год» under way (a document property), read by the roll itself and by the runs that read tabs.
type Properties = GoogleAppsScript.Properties.Properties;

/** The year the last finished roll went to: choosing the item again for that year changes nothing. */
export const ROLLED_TO = 'mentorMonitor.rolledToYear';
/** The roll under way (JSON of YearJournal); deleted when the settings show the new year. */
export const YEAR_ROLL = 'mentorMonitor.yearRoll';

/**
 * Names kept when the lists are long: a document property value holds at most 9 kB (Cyrillic takes 2 bytes a letter)
 * (https://developers.google.com/apps-script/guides/services/quotas, «Properties value size: 9 kB / val»).
 */
const NAMES_KEPT = 30;

export interface YearJournal {
  /** The report year the roll goes to. */
  to: number;
  /** How many units, in the settings' order, are rolled (or found rolled) and recorded. */
  done: number;
  /** Fingerprint of the names of those units: a list edited between runs makes the next run look again from the start. */
  prefix: string;
  /** How many units the settings list. */
  total: number;
  /** Units without a tab, and tabs without the year row (so never rolled): named in the last message. */
  noTab: string[];
  noYearRow: string[];
}

/** A short, stable fingerprint of unit names (FNV-1a over the joined names). */
export function fingerprint(names: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of names.join('\n')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${names.length}:${h.toString(16)}`;
}

export function readJournal(props: Properties): YearJournal | null {
  const text = props.getProperty(YEAR_ROLL);
  if (!text) return null;
  try {
    const j = JSON.parse(text) as YearJournal;
    return Number.isInteger(j.to) && Number.isInteger(j.done) ? j : null;
  } catch {
    return null;
  }
}

export function writeJournal(props: Properties, j: YearJournal): void {
  const full = JSON.stringify(j);
  const short = () => JSON.stringify({ ...j, noTab: j.noTab.slice(0, NAMES_KEPT), noYearRow: j.noYearRow.slice(0, NAMES_KEPT) });
  props.setProperty(YEAR_ROLL, full.length < 4000 ? full : short());
}

/** What a staged chunked read remembers of the years: it is stale once a roll starts or ends. */
export function yearStamp(props: Properties): string {
  return `${props.getProperty(ROLLED_TO) ?? ''}>${readJournal(props)?.to ?? ''}`;
}

/** «Идёт переход на 2022 год: перенесено вкладок 7 из 20.» — the state of a roll under way, as every message shows it. */
export function rollProgress(j: YearJournal): string {
  return `Идёт переход на ${j.to} год: перенесено вкладок ${j.done} из ${j.total}.`;
}

/** Why a check, a build or a note read does not start while a roll is under way (half the tabs show the new years). */
export function rollBlocksReading(j: YearJournal): string {
  return `${rollProgress(j)} Пока он не закончен, вкладки показывают разные годы. Выберите «Новый отчётный год» ещё раз, чтобы закончить переход, затем повторите это действие.`;
}

// Who may edit what: unit tabs, «Настройки» and the intake switch, each protection set the way Google's own sample does it.
import { countWith, type PluralForms } from '../domain/russian';
import type { Settings, UnitDef } from '../domain/model';
import { SETTINGS_TAB } from './settingsTab';
import { a1 } from './sheetDoc';
import { COL, inputRowsOf, parseUnitTab } from './unitTab';
import { valuesOf } from './gasWorkbook';
import { captionOfItem } from './menuItems';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const TABS_GENITIVE: PluralForms = ['вкладки', 'вкладок', 'вкладок'];
const TABS_ACCUSATIVE: PluralForms = ['вкладку', 'вкладки', 'вкладок'];
const INPUT_PREFIX = 'Ввод:';
const CLOSED_MARK = ' (приём закрыт)';
/** An accepted report's input protection: the staff only, whatever the intake. */
const ACCEPTED_MARK = ' (отчёт принят)';

const isEmail = (e: string) => e.includes('@');

function reason(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}

/**
 * Leaves `allowed` (and the user running the script) as the only editors, as Google's sample for Class Protection does
 * (reference/spreadsheet/protection): add the effective user first — «Otherwise, if the user's edit permission comes
 * from a group, the script throws an exception upon removing the group» — remove the other editors, and turn domain
 * editing off where the domain could edit.
 */
function restrictEditors(p: Protection, allowed: string[]): void {
  const me = Session.getEffectiveUser();
  p.addEditor(me);
  const keep = new Set([me.getEmail(), ...allowed].map((e) => e.toLowerCase()));
  const others = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !keep.has(e.toLowerCase()));
  if (others.length) p.removeEditors(others);
  if (allowed.length) p.addEditors(allowed);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** What became of one tab's protection: its report line, and whether Sheets refused the change (`refused`). */
export interface ProtectionOutcome {
  tab: string;
  line: string;
  refused: boolean;
}

/**
 * The one way every path handles Sheets refusing a protection change: the tab's protections that exist become
 * warning-only (nothing is locked against the wrong people), and the report gets one Russian line naming the tab and
 * saying what is left: a warning-only protection, no protection at all, or (when even that failed) an unknown state.
 */
function guardProtection(tab: string, protections: () => Protection[], change: () => string): ProtectionOutcome {
  try {
    return { tab, line: change(), refused: false };
  } catch (e) {
    let left: string;
    try {
      const existing = protections();
      for (const p of existing) p.setWarningOnly(true);
      left = existing.length ? 'защита только с предупреждением' : 'вкладка осталась без защиты';
    } catch {
      left = 'защита могла остаться неполной';
    }
    return {
      tab,
      refused: true,
      line: `«${tab}»: Google Таблицы не дали изменить защиту (${reason(e)}) — ${left}; проверьте e-mail в «${SETTINGS_TAB}» и что вы редактор этой вкладки`,
    };
  }
}

/** One sentence naming the tabs whose protection Sheets refused ('' when none was) and the item that retries them. */
export function refusedSentence(outcomes: ProtectionOutcome[], retry: string): string {
  const tabs = outcomes.filter((o) => o.refused).map((o) => o.tab);
  if (!tabs.length) return '';
  return `Google Таблицы не дали защитить ${countWith(tabs.length, TABS_ACCUSATIVE)}: ${tabs.join(', ')}. Выберите «${retry}» ещё раз.`;
}

/**
 * Protects a tab the product writes (a summary tab, «Проверка», the hidden staging tab) to the regional staff: a
 * coordinator who could edit it would change what the summary shows. Called on a tab just inserted, so there is no old
 * protection to remove (and no read after the run's writes); without staff e-mails the protection only warns.
 */
export function protectForStaff(sheet: Sheet, tab: string, staffEmails: string[]): ProtectionOutcome {
  return guardProtection(
    tab,
    () => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    () => staffOnly(sheet.protect().setDescription(`${tab}: только региональный центр`), tab, staffEmails),
  );
}

/** Leaves the staff as the only editors of `p`, or makes it warning-only when no staff e-mail is given. */
function staffOnly(p: Protection, tab: string, staffEmails: string[]): string {
  if (!staffEmails.length) {
    p.setWarningOnly(true);
    return `${tab}: e-mail сотрудников не указаны — защита только с предупреждением`;
  }
  restrictEditors(p, staffEmails);
  return `${tab}: ${staffEmails.join(', ')}`;
}

const inputProtectionOf = (sheet: Sheet) =>
  sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => p.getDescription().startsWith(INPUT_PREFIX));
const protectionsOf = (sheet: Sheet) => [
  ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
  ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
];

/**
 * The input protection of a unit tab: described «Ввод: …», or undescribed over exactly the input block — what a run
 * leaves when Sheets failed between protect() and setDescription(), so the next run replaces it instead of adding one.
 */
function isInputProtection(p: Protection, inputRange: GoogleAppsScript.Spreadsheet.Range): boolean {
  const description = p.getDescription();
  return description.startsWith(INPUT_PREFIX) || (description === '' && p.getRange().getA1Notation() === inputRange.getA1Notation());
}

/**
 * Who may type into a unit tab's input cells: its coordinator and the staff while the intake is open and the report is
 * not accepted; the staff alone once the intake is closed or the report accepted. The one rule of every path.
 */
function inputEditors(settings: Settings, unit: UnitDef, locked: boolean): string[] {
  return [...(locked ? [] : [unit.email]), ...settings.staffEmails].filter(isEmail);
}

/** Whether a unit tab's input protection says its report is accepted. */
export function isAcceptedTab(sheet: Sheet): boolean {
  return inputProtectionOf(sheet)?.getDescription().endsWith(ACCEPTED_MARK) ?? false;
}

/**
 * Protects a unit tab: labels and keys by the regional staff only; input cells by the unit's coordinator and the staff,
 * or by the staff alone when the report is `accepted`. Rows are found by their keys in `keys` (column A as it is now),
 * so rows a coordinator inserted do not shift protection.
 */
export function protectUnitTab(sheet: Sheet, settings: Settings, unit: UnitDef, keys: string[], accepted = false): ProtectionOutcome {
  return guardProtection(
    unit.tab,
    () => protectionsOf(sheet),
    () => {
      const inputRows = inputRowsOf(settings, keys).map((r) => {
        const cols = r.inputs.map((x) => x.col);
        return { row: r.row, first: Math.min(...cols), last: Math.max(...cols) };
      });
      const top = Math.min(...inputRows.map((r) => r.row));
      const bottom = Math.max(...inputRows.map((r) => r.row));
      const inputRange = sheet.getRange(top, COL.c, bottom - top + 1, COL.e - COL.c + 1);
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) p.remove();
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (isInputProtection(p, inputRange)) p.remove();
      const whole = sheet.protect().setDescription(`Отчёт «${unit.name}»: подписи, ключи и формулы`);
      // Every input row's range named in one call (Sheet.getRangeList) rather than a getRange per row.
      whole.setUnprotectedRanges(sheet.getRangeList(inputRows.map((r) => `${a1(r.row, r.first)}:${a1(r.row, r.last)}`)).getRanges());
      const input = inputRange.protect().setDescription(`${INPUT_PREFIX} ${unit.name}${accepted ? ACCEPTED_MARK : ''}`);
      if (!isEmail(unit.email) && !accepted) {
        whole.setWarningOnly(true);
        input.setWarningOnly(true);
        return `${unit.tab}: e-mail координатора не указан — защита только с предупреждением`;
      }
      const editors = inputEditors(settings, unit, accepted);
      restrictEditors(whole, settings.staffEmails);
      restrictEditors(input, editors);
      const who = editors.join(', ') || 'владелец таблицы';
      return `${unit.tab}: ${accepted ? `отчёт принят, вводит только ${who}` : `вводит ${who}`}; подписи — ${settings.staffEmails.join(', ') || 'владелец таблицы'}`;
    },
  );
}

/** «Настройки» to the staff only (re-protected: the old sheet protection is removed first). */
export function protectSettingsTab(ss: Spreadsheet, settings: Settings): ProtectionOutcome {
  const settingsSheet = ss.getSheetByName(SETTINGS_TAB)!;
  return guardProtection(
    SETTINGS_TAB,
    () => protectionsOf(settingsSheet),
    () => {
      for (const p of settingsSheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) p.remove();
      return staffOnly(settingsSheet.protect().setDescription('Настройки: только региональный центр'), SETTINGS_TAB, settings.staffEmails);
    },
  );
}

/** What switching the intake did to one tab: switched, left open (not handed in), refused by Sheets, or nothing to do. */
export type IntakeStep = { tab: string; did: 'changed' | 'skipped' | 'none' } | { tab: string; did: 'refused'; outcome: ProtectionOutcome };

/**
 * «Закрыть приём отчётов» (close=true) / «Открыть приём» (close=false) on one unit tab: the coordinator loses or regains
 * its input cells. `ready` is whether «Отчёт готов» is ticked (read before any change of the run).
 */
export function switchIntakeOf(sheet: Sheet, settings: Settings, u: UnitDef, ready: boolean, close: boolean): IntakeStep {
  const input = inputProtectionOf(sheet);
  // An accepted report stays with the staff whether the intake is opened or closed.
  if (!input || input.getDescription().endsWith(ACCEPTED_MARK)) return { tab: u.tab, did: 'none' };
  const isClosed = input.getDescription().endsWith(CLOSED_MARK);
  if (close && !isClosed && !ready) return { tab: u.tab, did: 'skipped' };
  if (close === isClosed) return { tab: u.tab, did: 'none' };
  const outcome = guardProtection(
    u.tab,
    () => [input],
    () => {
      if (close) {
        // Warning-only first: while a protection only warns, Sheets ignores its editors, and turning it off afterwards
        // gives it every editor of the spreadsheet (Sheets API, ProtectedRange.warningOnly).
        input.setWarningOnly(false);
        restrictEditors(input, inputEditors(settings, u, true));
        input.setDescription(`${INPUT_PREFIX} ${u.name}${CLOSED_MARK}`);
      } else {
        restrictEditors(input, inputEditors(settings, u, false));
        if (!isEmail(u.email)) input.setWarningOnly(true);
        input.setDescription(`${INPUT_PREFIX} ${u.name}`);
      }
      return '';
    },
  );
  return outcome.refused ? { tab: u.tab, did: 'refused', outcome } : { tab: u.tab, did: 'changed' };
}

/** Whether «Отчёт готов» is ticked on a unit tab, read once. */
export function isHandedIn(sheet: Sheet, settings: Settings, u: UnitDef): boolean {
  return parseUnitTab(valuesOf(sheet), settings, u, sheet.getName()).input.ready;
}

/** Tabs named in a report: how many, and the names kept (all of them, unless a long job had to drop some). */
export interface TabList {
  count: number;
  names: string[];
}

/** The intake's report: which tabs were switched, which stay open, which Sheets refused (lists of the whole job). */
export function intakeMessage(close: boolean, changed: TabList, skipped: TabList, refused: ProtectionOutcome[]): string {
  // A long job keeps only the last names between runs: the count is always the whole job's.
  const list = (xs: TabList) =>
    xs.count > xs.names.length ? `${xs.names.join(', ')} и ещё ${xs.count - xs.names.length}` : xs.names.join(', ');
  // «Nothing to do» only when nothing was attempted: a refused tab is named instead.
  const none = refused.length ? '' : close ? 'Закрывать нечего.' : 'Закрытых вкладок нет — ничего не изменено.';
  const message = close
    ? `${changed.count ? `Приём закрыт для ${countWith(changed.count, TABS_GENITIVE)}: ${list(changed)} — координаторы больше не могут их менять.` : none}${skipped.count ? ` Не отмечены «Отчёт готов» и остаются открытыми: ${list(skipped)}.` : ''}`
    : changed.count
      ? `Приём снова открыт для ${countWith(changed.count, TABS_GENITIVE)}: ${list(changed)}.`
      : none;
  const retry = refusedSentence(refused, captionOfItem(close ? 'closeIntake' : 'openIntake'));
  return [`${message} ${retry}`.trim(), ...refused.map((o) => o.line)].join('\n');
}

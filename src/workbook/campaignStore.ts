// The staff's marks kept on «Ход сбора», read back before a check or build rewrites it, and the rows they give.
import { type CampaignRow, campaignRows } from '../domain/campaign';
import { type CellRequest, DECISIONS, decisionOf, EMPTY_RECORD, reconcile, type UnitRecord } from '../domain/campaignMarks';
import { cellText, shownValue } from '../domain/cellValue';
import type { CellValue, Finding } from '../domain/model';
import type { Analysis } from './analyze';
import { CAMPAIGN_COL, CAMPAIGN_COLUMNS, CAMPAIGN_HEADER_ROW, type CampaignColumn, type OrphanMark } from './campaignTab';
import { calendarDates } from './gasWorkbook';
import { a1 } from './sheetDoc';
import { SETTINGS_TAB, SUMMARY_TABS } from './tabNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The marks of «Ход сбора» by unit, with the 1-based row each was read from. */
export interface StoredCampaign {
  records: Map<string, UnitRecord>;
  rowOf: Map<string, number>;
  /** The values of each unit's row as read (the staff's actions rewrite a row from them). */
  cells: Map<string, CellValue[]>;
  findings: Finding[];
  /** Every column where this version writes it: a staff action may rewrite a row in place. */
  current: boolean;
}

/** Today's date in the spreadsheet's time zone, as «06.12.2026» (the domain's calendar dates, see calendarDates). */
export function todayIn(ss: Spreadsheet): string {
  return shownValue(calendarDates([[new Date()]], () => ss.getSpreadsheetTimeZone())[0][0]);
}

/** Columns found by their header text, so an older «Ход сбора» (without the staff's columns) reads as no marks. */
function columnsOf(header: CellValue[]): Partial<Record<CampaignColumn, number>> {
  const at: Partial<Record<CampaignColumn, number>> = {};
  for (const k of Object.keys(CAMPAIGN_COLUMNS) as CampaignColumn[]) {
    const i = header.findIndex((v) => cellText(v) === CAMPAIGN_COLUMNS[k]);
    if (i >= 0) at[k] = i;
  }
  return at;
}

/** The hidden store of one row, or an empty one with a warning naming the cell when it is damaged. */
function storeOf(raw: string, cell: string, unit: string, findings: Finding[]): Omit<UnitRecord, 'decision' | 'comment'> {
  const empty = { requests: [], wholeAsked: '', seen: '', changed: '', noted: [] };
  if (!raw) return empty;
  try {
    const s = JSON.parse(raw) as Partial<UnitRecord>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const requests = (Array.isArray(s.requests) ? s.requests : []).filter((q): q is CellRequest => typeof q?.cell === 'string');
    const noted = (Array.isArray(s.noted) ? s.noted : []).filter((c): c is string => typeof c === 'string');
    return { requests, wholeAsked: text(s.wholeAsked), seen: text(s.seen), changed: text(s.changed), noted };
  } catch {
    findings.push({
      severity: 'warning',
      rule: 'campaign',
      unit,
      tab: SUMMARY_TABS.campaign,
      cell,
      label: CAMPAIGN_COLUMNS.store,
      value: raw.slice(0, 100),
      message: `Служебные данные строки «${unit}» повреждены: запросы уточнений по ячейкам и дата изменения не прочитаны. Решение и «${CAMPAIGN_COLUMNS.comment}» сохранены.`,
    });
    return empty;
  }
}

function unknownDecision(unit: string, cell: string, typed: string): Finding {
  return {
    severity: 'warning',
    rule: 'campaign',
    unit,
    tab: SUMMARY_TABS.campaign,
    cell,
    label: CAMPAIGN_COLUMNS.decision,
    value: typed,
    message: `Решение «${typed}» для «${unit}» не распознано: выберите из списка «${DECISIONS.accepted}» или «${DECISIONS.clarification}». Текст перенесён в «${CAMPAIGN_COLUMNS.comment}».`,
  };
}

/** Reads «Ход сбора» as the staff left it (one getValues): every unit's decision, comment and hidden store. */
export function parseCampaignTab(values: CellValue[][]): StoredCampaign {
  const at = columnsOf(values[CAMPAIGN_HEADER_ROW - 1] ?? []);
  const current = (Object.keys(CAMPAIGN_COL) as CampaignColumn[]).every((k) => at[k] === CAMPAIGN_COL[k] - 1);
  const out: StoredCampaign = { records: new Map(), rowOf: new Map(), cells: new Map(), findings: [], current };
  if (at.unit === undefined || at.state === undefined) return out;
  const get = (row: CellValue[], k: CampaignColumn) => (at[k] === undefined ? '' : cellText(row[at[k]!]));
  values.forEach((row, i) => {
    const unit = get(row, 'unit');
    // Unit rows have a state; the title, the header and captions do not.
    if (i < CAMPAIGN_HEADER_ROW || !unit || !get(row, 'state') || out.records.has(unit)) return;
    const cell = a1(i + 1, (at.store ?? CAMPAIGN_COL.store - 1) + 1);
    const store = storeOf(get(row, 'store'), cell, unit, out.findings);
    const typed = get(row, 'decision');
    const decision = decisionOf(typed);
    let comment = get(row, 'comment');
    if (typed && !decision) {
      // Not lost: a decision the list does not know moves to «Что уточнить», and «Проверка» says so.
      comment = [comment, typed].filter(Boolean).join('; ');
      out.findings.push(unknownDecision(unit, a1(i + 1, (at.decision ?? 0) + 1), typed));
    }
    out.records.set(unit, { ...store, decision, comment });
    out.rowOf.set(unit, i + 1);
    out.cells.set(unit, row);
  });
  return out;
}

/** Whether a record carries anything the staff decided or asked (worth keeping for a unit no longer in the settings). */
const isMarked = (r: UnitRecord) => r.decision !== '' || r.comment !== '' || r.requests.length > 0;

export interface CampaignView {
  rows: CampaignRow[];
  orphans: OrphanMark[];
  /** Warnings for «Проверка»: marks of units not in the settings, damaged stores. */
  findings: Finding[];
  /** Requests answered since the last check: «Асиновский район (C10)». */
  answered: string[];
}

/** The rows of «Ход сбора» after this check: each stored record reconciled with the tab as read now. */
export function campaignView(a: Analysis, stored: StoredCampaign, today: string): CampaignView {
  const records = new Map<string, UnitRecord>();
  const answered: string[] = [];
  for (const u of a.settings.units) {
    const next = reconcile(stored.records.get(u.name) ?? EMPTY_RECORD, a.tabsNow.get(u.name) ?? null, today);
    records.set(u.name, next.record);
    if (next.answered.length) answered.push(`${u.name} (${next.answered.join(', ')})`);
  }
  const rows = campaignRows(a.summary, {
    emails: new Map(a.settings.units.map((u) => [u.name, u.email])),
    records,
    reportDeadline: a.settings.reportDeadline,
    today,
  });
  const known = new Set(a.settings.units.map((u) => u.name));
  const orphans = [...stored.records].filter(([unit, r]) => !known.has(unit) && isMarked(r)).map(([unit, record]) => ({ unit, record }));
  // Orphans follow the unit rows after a blank row and their caption (renderCampaignTab).
  const firstOrphanRow = CAMPAIGN_HEADER_ROW + rows.length + 3;
  const findings = [...stored.findings, ...orphans.map((o, i) => orphanFinding(o, firstOrphanRow + i))];
  return { rows, orphans, findings, answered };
}

/** « Запросы уточнений сняты — значения изменены: Асиновский район (C10).» for the run's message; '' when none. */
export function answeredText(view: CampaignView): string {
  return view.answered.length ? ` Запросы уточнений сняты — значения изменены: ${view.answered.join('; ')}.` : '';
}

function orphanFinding({ unit, record }: OrphanMark, row: number): Finding {
  const mark = record.decision ? `«${DECISIONS[record.decision]}»` : `«${record.comment}»`;
  return {
    severity: 'warning',
    rule: 'campaign',
    unit,
    tab: SUMMARY_TABS.campaign,
    cell: a1(row, record.decision ? CAMPAIGN_COL.decision : CAMPAIGN_COL.comment),
    label: record.decision ? CAMPAIGN_COLUMNS.decision : CAMPAIGN_COLUMNS.comment,
    value: record.decision ? DECISIONS[record.decision] : record.comment,
    message: `Отметка ${mark} для «${unit}» сохранена внизу вкладки «${SUMMARY_TABS.campaign}», но такой единицы нет в «${SETTINGS_TAB}» (её удалили или переименовали). Перенесите отметку в строку единицы или очистите её.`,
  };
}

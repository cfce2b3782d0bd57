// The staff's review in Sheets: «Запросить уточнение…» on a selected cell of a unit tab and «Принять отчёт» on the open tab.
import { CAMPAIGN_STATES } from '../domain/campaign';
import { accepted, DECISIONS, requestsLetter, type UnitRecord, withRequest } from '../domain/campaignMarks';
import { cellText, shownValue } from '../domain/cellValue';
import type { CellValue, Settings, UnitDef } from '../domain/model';
import { inputFields, type RawField } from '../domain/unitInput';
import { type ActionResult, BUSY_MESSAGE, readSettings, withLock } from './actions';
import { parseCampaignTab, type StoredCampaign, todayIn } from './campaignStore';
import { CAMPAIGN_COL, CAMPAIGN_COLUMNS, type CampaignColumn, storeText } from './campaignTab';
import { valuesOf } from './gasWorkbook';
import { captionOfItem } from './menuItems';
import { isAcceptedTab, protectUnitTab } from './protections';
import { a1, literalText } from './sheetDoc';
import { SUMMARY_TABS } from './tabNames';
import { COL, declaredUnitOf, parseUnitTab, UNIT_KEY } from './unitTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The staff's line atop a unit tab, red and bold so the coordinator sees it (never written by a check or a build). It is
 * dated and in the past tense, so it stays true after the check has cleared the request: «Ход сбора» has the state.
 */
const BANNER_COLOUR = '#b00020';

/** What a review action works on: the unit, its tab as read, and «Ход сбора» as read. */
interface Target {
  settings: Settings;
  unit: UnitDef;
  sheet: Sheet;
  values: CellValue[][];
  fields: RawField[];
}

/** The unit whose tab `sheet` is, with its input cells; or why the open tab is not one (in Russian). */
function unitTarget(ss: Spreadsheet, sheet: Sheet): Target | string {
  const { settings, problem } = readSettings(ss);
  if (problem) return problem;
  const name = sheet.getName();
  const values = valuesOf(sheet);
  const declared = declaredUnitOf(values);
  const unit = settings.units.find((u) => u.tab === name) ?? settings.units.find((u) => u.name === declared);
  if (!unit) return `Откройте вкладку отчёта единицы (сейчас открыта «${name}»): запрос и приём делаются на вкладке отчёта.`;
  const fields = inputFields(parseUnitTab(values, settings, unit, name).input);
  return { settings, unit, sheet, values, fields };
}

/** «Ход сбора» as read, and the unit's row on it; or what to do first when the tab is missing, old or lacks the unit. */
function campaignOf(ss: Spreadsheet, unit: UnitDef): { sheet: Sheet; stored: StoredCampaign; row: number } | string {
  const sheet = ss.getSheetByName(SUMMARY_TABS.campaign);
  const stored = parseCampaignTab(sheet ? valuesOf(sheet) : []);
  const row = stored.rowOf.get(unit.name);
  if (!sheet || !stored.current || row === undefined)
    return `На вкладке «${SUMMARY_TABS.campaign}» нет строки «${unit.name}» со столбцом «${CAMPAIGN_COLUMNS.decision}»: выберите «${captionOfItem('showCampaign')}», затем повторите.`;
  return { sheet, stored, row };
}

/** Rewrites the unit's row on «Ход сбора» with the new record (one call): state, decision, comment, letter, store. */
function writeRecord(sheet: Sheet, stored: StoredCampaign, unit: string, row: number, record: UnitRecord): void {
  const values = [...(stored.cells.get(unit) ?? [])];
  const put = (k: CampaignColumn, v: string) => {
    values[CAMPAIGN_COL[k] - 1] = v;
  };
  put('state', record.decision ? CAMPAIGN_STATES[record.decision === 'accepted' ? 'accepted' : 'clarifying'] : '');
  put('decision', record.decision ? DECISIONS[record.decision] : '');
  put('comment', record.comment);
  put('letter', requestsLetter(unit, record));
  put('store', storeText(record));
  const width = CAMPAIGN_COL.store;
  const cells = Array.from({ length: width }, (_, i) => values[i] ?? '').map((v) => (typeof v === 'string' ? literalText(v) : v));
  sheet.getRange(row, 1, 1, width).setValues([cells]);
}

/** The staff's line atop the unit tab: in column D of the «Единица отчёта» row, which the frozen rows keep in view. */
function writeBanner(t: Target, text: string): void {
  const at = t.values.findIndex((r) => cellText(r[COL.key - 1]) === UNIT_KEY);
  t.sheet
    .getRange(at < 0 ? 1 : at + 1, COL.d)
    .setValue(text)
    .setFontColor(BANNER_COLOUR)
    .setFontWeight('bold');
}

/** Column A of the unit tab as read: where protectUnitTab finds the input rows. */
const keysOf = (t: Target) => t.values.map((r) => cellText(r[COL.key - 1]));

/** Notes the staff left on cells no longer asked about are removed. */
function clearNotes(t: Target, cells: string[]): void {
  for (const cell of cells) t.sheet.getRange(cell).setNote('');
}

function failed(e: unknown, item: string, where: string): ActionResult {
  const reason = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return {
    ok: false,
    message: `Записано не полностью (${reason}). Выберите «${captionOfItem(item)}» ещё раз ${where} — запись завершится.`,
  };
}

/** The selected cell of a unit tab, as an input field of the report; or why it is not one. */
function selectedField(ss: Spreadsheet): { target: Target; field: RawField } | string {
  const sheet = ss.getActiveSheet();
  // Sheet.getActiveRange: «the selected range in the active sheet, or null if there is no active range» (Google, Apps
  // Script reference, Class Sheet); its top-left cell is the one asked about.
  const range = sheet.getActiveRange();
  const target = unitTarget(ss, sheet);
  if (typeof target === 'string') return target;
  const cell = range ? a1(range.getRow(), range.getColumn()) : '';
  const field = target.fields.find((f) => f.cell === cell);
  if (!field)
    return `Ячейка ${cell} на вкладке «${sheet.getName()}» — не поле отчёта: выберите жёлтую ячейку со значением, которое нужно уточнить.`;
  return { target, field };
}

/** The question of the prompt: names the cell, what it is and what it holds now. */
function clarificationQuestion(field: RawField, tab: string): string {
  return `Что уточнить в ячейке ${field.cell} на вкладке «${tab}» («${field.label}», сейчас: ${shownValue(field.raw) || 'пусто'})? Координатор увидит текст в примечании к ячейке.`;
}

/**
 * «Запросить уточнение…»: the staff's comment on the selected cell becomes a note on it and a line atop the tab, the
 * unit «на уточнении» on «Ход сбора» with the value as it is now (the next check clears the request once it changed),
 * and an accepted tab opens to its coordinator again. `ask` prompts for the comment (null: cancelled). Every write can be
 * done again: a run that failed half-way is completed by choosing the item again on the same cell.
 */
export function requestClarification(ss: Spreadsheet, ask: (question: string) => string | null): ActionResult {
  const chosen = selectedField(ss);
  if (typeof chosen === 'string') return { ok: false, message: chosen };
  const comment = ask(clarificationQuestion(chosen.field, chosen.target.sheet.getName()));
  if (comment === null) return { ok: false, message: 'Запрос уточнения отменён: ничего не изменено.' };
  return withLock<ActionResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    // Read again under the lock: the tab may have changed while the prompt was open.
    const again = selectedField(ss);
    if (typeof again === 'string') return { ok: false, message: again };
    const { target: t, field } = again;
    const campaign = campaignOf(ss, t.unit);
    if (typeof campaign === 'string') return { ok: false, message: campaign };
    const today = todayIn(ss);
    const old = campaign.stored.records.get(t.unit.name)!;
    const request = { cell: field.cell, label: field.label, asked: shownValue(field.raw), comment: comment.trim(), date: today };
    const asked = withRequest(old, request);
    const record = { ...asked, noted: asked.requests.map((q) => q.cell) };
    // «Ход сбора» is written last: until then it still says «принят» after a run that failed half-way through reopening.
    const reopen = old.decision === 'accepted' || isAcceptedTab(t.sheet);
    try {
      // The protection first: it reads the tab's protections, and no read comes between the writes that follow.
      const opened = reopen ? protectUnitTab(t.sheet, t.settings, t.unit, keysOf(t)) : null;
      if (opened?.refused) return { ok: false, message: opened.line };
      clearNotes(
        t,
        old.noted.filter((c) => !record.noted.includes(c)),
      );
      t.sheet.getRange(field.cell).setNote(`Региональный центр ${today} попросил уточнить: ${request.comment || 'проверьте значение'}`);
      writeBanner(
        t,
        `Региональный центр ${today} попросил уточнить: ${record.noted.join(', ')} — см. примечания к ячейкам. Исправьте значения: запрос снимется при следующей проверке.`,
      );
      writeRecord(campaign.sheet, campaign.stored, t.unit.name, campaign.row, record);
    } catch (e) {
      return failed(e, 'requestClarification', `на ячейке ${field.cell}`);
    }
    const reopened = reopen ? ' Отчёт снова открыт координатору для исправления.' : '';
    return {
      ok: true,
      message: `Запрошено уточнение ячейки ${field.cell} («${field.label}») отчёта «${t.unit.name}».${reopened} Текст для письма — в столбце «${CAMPAIGN_COLUMNS.letter}» на вкладке «${SUMMARY_TABS.campaign}».`,
    };
  });
}

/**
 * «Принять отчёт» on the open unit tab: the staff's notes go, a line atop the tab says it is accepted, the input cells
 * become the staff's only (protections.inputEditors), and «Ход сбора» shows «принят». Choosing it again completes a
 * run that failed half-way. «Запросить уточнение…» on the tab returns the report to its coordinator.
 */
export function acceptReport(ss: Spreadsheet): ActionResult {
  return withLock<ActionResult>({ ok: false, message: BUSY_MESSAGE }, () => {
    const t = unitTarget(ss, ss.getActiveSheet());
    if (typeof t === 'string') return { ok: false, message: t };
    const campaign = campaignOf(ss, t.unit);
    if (typeof campaign === 'string') return { ok: false, message: campaign };
    const old = campaign.stored.records.get(t.unit.name)!;
    const today = todayIn(ss);
    try {
      const locked = protectUnitTab(t.sheet, t.settings, t.unit, keysOf(t), true);
      if (locked.refused) return { ok: false, message: locked.line };
      clearNotes(t, old.noted);
      writeBanner(t, `Отчёт принят региональным центром ${today}. Изменения больше не вносятся.`);
      writeRecord(campaign.sheet, campaign.stored, t.unit.name, campaign.row, { ...accepted(old), noted: [] });
    } catch (e) {
      return failed(e, 'acceptReport', `на вкладке «${t.sheet.getName()}»`);
    }
    return {
      ok: true,
      message: `Отчёт «${t.unit.name}» принят: координатор больше не может менять его вкладку. Вернуть отчёт на доработку — «${captionOfItem('requestClarification')}» на ячейке его вкладки.`,
    };
  });
}

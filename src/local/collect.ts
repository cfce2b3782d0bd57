// `mentor-monitor collect`: takes the coordinators' files back into the workbook — each checked, only its input cells' values copied.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cellText } from '../domain/cellValue';
import { CAMPAIGN_STATES, type CampaignState, mayReplaceReport } from '../domain/campaign';
import type { CellValue, Settings, UnitDef } from '../domain/model';
import { countWith, type PluralForms } from '../domain/russian';
import { InputError } from './inputError';
import { saveXlsx } from './runtime';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { campaignKeys, settingsOf } from './campaignFiles';
import { refuseClashes } from './outputPaths';
import { laterFile, readReturned, type ReturnedFile, returnedPaths } from './returnedFile';
import { openXlsxSession, type Session } from './session';
import { SETTINGS_TAB, SUMMARY_TABS } from '../workbook/tabNames';
import { LEVEL_NAMES } from '../workbook/settingsLayout';
import { rollUpText, writeRolledUp } from './unitWorkbook';
import { literalText } from '../workbook/sheetDoc';
import { COL, inputRowsOf, isTicked } from '../workbook/unitTab';

export interface CollectOptions {
  out: string;
  /** Replace reports the staff have accepted. */
  force?: boolean;
}

/** What became of one returned file. */
interface FileOutcome {
  file: string;
  unit: string;
  /** The unit's values were copied from this file. */
  taken: boolean;
  /** Why not taken: a refusal, or the later file of the same unit that was taken instead. */
  refused?: string;
  supersededBy?: string;
  /** The unit's other files, when it returned more than one and this one was taken. */
  earlier?: string[];
  changed?: number;
  /** The unit's campaign state after the check. */
  state?: string;
  /** The file replaced a report the staff had accepted (`--force`). */
  replacedAccepted?: boolean;
  /** Taken from a municipality's own workbook: what the roll-up says (schools missing or with errors, distinct counts). */
  rolledUp?: string[];
  /** The municipality's values came from the file «Передать в регион» made, not from its workbook. */
  handedIn?: boolean;
}

export interface CollectResult {
  outcomes: FileOutcome[];
  /** The check's totals after collecting («Ход сбора: сдали 5 из 6; …»). */
  totals: string;
}

const FILES: PluralForms = ['файл', 'файла', 'файлов'];
const STATE_NAMES = Object.entries(CAMPAIGN_STATES) as Array<[CampaignState, string]>;

interface RunReply {
  ok: boolean;
  pending?: boolean;
  message: string;
}

/** «Ход сбора» after a check: its totals line and each unit's state as the tab shows it. */
interface Checked {
  totals: string;
  states: Map<string, string>;
}

/**
 * Runs the check as the menu does (a long one over several runs, as the progress sidebar goes on) and reads «Ход сбора»
 * back: the totals atop, then unit and state in its first two columns. A workbook the check cannot read (no
 * «Настройки», a year being rolled) is refused whole with the check's message.
 */
function checked(session: Session): Checked {
  let reply: RunReply = session.globals.checkData();
  while (reply.pending) reply = session.globals.continueRun(false, 'check');
  const sheet = reply.ok ? session.runtime.spreadsheet.getSheetByName(SUMMARY_TABS.campaign) : null;
  if (!sheet) throw new InputError(reply.message);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return { totals: String(values[0][0]), states: new Map(values.slice(2).map((r) => [cellText(r[0]), cellText(r[1])])) };
}

/** Each unit's campaign state from the names «Ход сбора» shows. */
function statesOf(c: Checked): Map<string, CampaignState> {
  return new Map([...c.states].map(([unit, name]) => [unit, STATE_NAMES.find(([, n]) => n === name)?.[0] ?? 'notStarted']));
}

export async function collect(workbook: string, args: string[], o: CollectOptions): Promise<CollectResult> {
  const paths = returnedPaths(args);
  refuseClashes(
    [{ option: 'входной файл', path: workbook }, ...paths.map((path) => ({ option: 'возвращённый файл', path }))],
    [{ option: '--out', path: o.out }],
  );
  const session = await openXlsxSession(workbook);
  const settings = settingsOf(session);
  const keys = campaignKeys(session);
  // The states before any file is taken decide which reports are accepted: kept, or (--force) replaced and said so.
  const before = statesOf(checked(session));
  const collecting = { ...keys, year: settings.reportYear, units: settings.units.map((u) => u.name) };
  const files: ReturnedFile[] = [];
  for (const [order, path] of paths.entries()) files.push(await readReturned(path, order, collecting));
  const outcomes = chooseFiles(files);
  const ss = session.runtime.spreadsheet;
  for (const [i, outcome] of outcomes.entries()) {
    if (!outcome.taken) continue;
    const unit = settings.units.find((u) => u.name === outcome.unit)!;
    const state = before.get(unit.name) ?? 'notStarted';
    const copied = mayReplaceReport(state, o.force === true)
      ? takeFile(ss, settings, unit, files[i])
      : `отчёт «${unit.name}» уже принят; чтобы заменить его этим файлом, добавьте --force`;
    if (files[i].workbook && typeof copied === 'number')
      Object.assign(outcome, { rolledUp: rollUpText(files[i].workbook!, settings), handedIn: files[i].workbook!.source === 'handoff' });
    if (typeof copied === 'number') Object.assign(outcome, { changed: copied, replacedAccepted: state === 'accepted' });
    else Object.assign(outcome, { taken: false, refused: copied });
  }
  const after = checked(session);
  for (const outcome of outcomes) if (outcome.taken) outcome.state = after.states.get(outcome.unit);
  mkdirSync(dirname(resolve(o.out)), { recursive: true });
  await saveXlsx(ss, o.out);
  return { outcomes, totals: after.totals };
}

/** One outcome per file in the order given: refused, taken, or left for the same unit's later file. */
function chooseFiles(files: ReturnedFile[]): FileOutcome[] {
  const latest = new Map<string, ReturnedFile>();
  for (const f of files) {
    if (!f.identity) continue;
    const known = latest.get(f.identity.unit);
    latest.set(f.identity.unit, known ? laterFile(known, f) : f);
  }
  return files.map((f) => {
    if (!f.identity) return { file: f.file, unit: '', taken: false, refused: f.refused };
    const unit = f.identity.unit;
    const chosen = latest.get(unit)!;
    if (chosen !== f) return { file: f.file, unit, taken: false, supersededBy: chosen.file };
    const earlier = files.filter((g) => g !== f && g.identity?.unit === unit).map((g) => g.file);
    return { file: f.file, unit, taken: true, ...(earlier.length ? { earlier } : {}) };
  });
}

/** Writes a returned file into the unit's tab: a unit tab's input cells, or a municipality's workbook rolled up. */
function takeFile(ss: LocalSpreadsheet, s: Settings, unit: UnitDef, from: ReturnedFile): number | string {
  if (!from.workbook) return copyInputs(ss, s, unit, from);
  if (s.level !== 'region')
    return `таблица муниципалитета принимается таблицей региона, а у этой таблицы на вкладке «${SETTINGS_TAB}» уровень «${LEVEL_NAMES[s.level]}»`;
  return writeRolledUp(ss, s, unit, from.workbook.rolledUp);
}

/** Two cell values are the same value (dates by their instant). */
function sameValue(a: CellValue, b: CellValue): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/** A value for setValues that Sheets keeps as it is: text never turns into a formula or a number. */
const writable = (v: CellValue): CellValue => (typeof v === 'string' ? literalText(v) : v);

/**
 * Copies the input cells' values of a returned tab into the unit's tab: one read of the tab and its formulas, one write of
 * its value columns with every other cell (labels, the share formulas) written back as it was. Returns the number of
 * input cells whose value changed, or why nothing could be copied.
 */
function copyInputs(ss: LocalSpreadsheet, s: Settings, unit: UnitDef, from: ReturnedFile): number | string {
  const sheet = ss.getSheetByName(unit.tab);
  if (!sheet) return `в таблице нет вкладки «${unit.tab}» — выполните mentor-monitor tabs`;
  const grid = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), COL.e).getValues() as CellValue[][];
  const rowOf = new Map(
    inputRowsOf(
      s,
      grid.map((r) => cellText(r[COL.key - 1])),
    ).map((r) => [r.key, r.row]),
  );
  const inputs = inputRowsOf(s, from.identity!.keys);
  const lacking = inputs.filter((r) => !rowOf.has(r.key)).map((r) => `«${r.key}»`);
  if (lacking.length)
    return `на вкладке «${unit.tab}» таблицы нет строк с ключами ${lacking.join(', ')} — верните их (mentor-monitor tabs делает вкладку заново)`;
  const range = sheet.getRange(1, COL.c, grid.length, COL.e - COL.c + 1);
  const formulas = range.getFormulas() as string[][];
  const block: CellValue[][] = grid.map((row, i) => formulas[i].map((f, j) => f || writable(row[COL.c - 1 + j])));
  let changed = 0;
  for (const r of inputs) {
    const row = rowOf.get(r.key)!;
    for (const input of r.inputs) {
      const raw = from.grid![r.row - 1]?.[input.col - 1] ?? '';
      const value = input.type === 'checkbox' ? isTicked(raw) : raw;
      if (!sameValue(grid[row - 1][input.col - 1], value)) changed++;
      block[row - 1][input.col - COL.c] = writable(value);
    }
  }
  if (changed) range.setValues(block);
  return changed;
}

/** What `collect` prints: a line per file, in the order given, then the totals of «Ход сбора». */
export function collectText(r: CollectResult, out: string): string {
  const line = (o: FileOutcome) => {
    if (o.supersededBy) return `${o.file}: не взят — от «${o.unit}» есть более поздний файл ${o.supersededBy}, взят он.`;
    if (!o.taken) return `${o.file}: не взят — ${o.refused}.`;
    const twice = o.earlier ? ` От «${o.unit}» ${countWith(o.earlier.length + 1, FILES)}: взят более поздний, этот.` : '';
    const forced = o.replacedAccepted ? ' Принятый отчёт заменён этим файлом: указан --force.' : '';
    const kind = o.rolledUp ? (o.handedIn ? ' (файл муниципалитета для региона)' : ' (таблица муниципалитета, сведены её единицы)') : '';
    const notes = (o.rolledUp ?? []).map((n) => `\n  ${n}.`).join('');
    return `${o.file} → ${o.unit}${kind}: изменено ячеек ${o.changed}; состояние после проверки: ${o.state}.${forced}${twice}${notes}`;
  };
  const taken = r.outcomes.filter((o) => o.taken).length;
  const refused = r.outcomes.filter((o) => o.refused).length;
  return [
    ...r.outcomes.map(line),
    `Взято файлов: ${taken} из ${r.outcomes.length}${refused ? `, не взято из-за ошибок: ${refused}` : ''}. ${r.totals}`,
    `Таблица записана: ${out}`,
  ].join('\n');
}

/** Exit status: 0 when every file was taken (or left for its unit's later file), 1 when some were refused. */
export function collectCode(r: CollectResult): number {
  return r.outcomes.some((o) => o.refused) ? 1 : 0;
}

// `mentor-monitor status`: runs the check as the menu does and prints «Ход сбора» — who has handed in, who has not started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CAMPAIGN_STATES, HANDED_IN } from '../domain/campaign';
import { openXlsxSession } from './session';
import { SUMMARY_TABS } from '../workbook/tabNames';

interface RunReply {
  ok: boolean;
  pending?: boolean;
  message: string;
}

export interface StatusRow {
  unit: string;
  state: string;
  errors: number;
  warnings: number;
  missing: string;
  email: string;
}

export interface StatusResult {
  ok: boolean;
  /** «Ход сбора: сдали 1 из 20; …», or the check's fatal message. */
  totals: string;
  rows: StatusRow[];
}

/** The handed-in states as the tab writes them. */
const HANDED_IN_NAMES: string[] = HANDED_IN.map((s) => CAMPAIGN_STATES[s]);

export async function status(file: string, jsonOut?: string): Promise<StatusResult> {
  const session = await openXlsxSession(file);
  let reply = session.globals.checkData() as RunReply;
  while (reply.pending) reply = session.globals.continueRun(false, 'check') as RunReply;
  const sheet = reply.ok ? session.runtime.spreadsheet.getSheetByName(SUMMARY_TABS.campaign) : null;
  const values = sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
  const result: StatusResult = {
    ok: sheet !== null,
    totals: sheet ? String(values[0][0]) : reply.message,
    rows: values.slice(2).map(([unit, state, errors, warnings, missing, email]) => ({
      unit: String(unit),
      state: String(state),
      errors: Number(errors),
      warnings: Number(warnings),
      missing: String(missing),
      email: String(email),
    })),
  };
  if (jsonOut) {
    mkdirSync(dirname(resolve(jsonOut)), { recursive: true });
    writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  }
  return result;
}

/** One line per unit: «Александровский район — не начат · ничего не заполнено · ошибок 0, предупреждений 0 · e-mail». */
export function statusText(r: StatusResult): string {
  const line = (row: StatusRow) =>
    [`${row.unit} — ${row.state}`, row.missing, `ошибок ${row.errors}, предупреждений ${row.warnings}`, row.email]
      .filter(Boolean)
      .join(' · ');
  return [r.totals, ...r.rows.map(line)].join('\n');
}

/** Exit status: 0 when every unit has handed in, 1 when some have not, 2 when the workbook could not be checked. */
export function statusCode(r: StatusResult): number {
  if (!r.ok) return 2;
  return r.rows.every((row) => HANDED_IN_NAMES.includes(row.state)) ? 0 : 1;
}

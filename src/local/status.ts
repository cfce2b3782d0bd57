// `mentor-monitor status`: runs the check as the menu does and prints «Ход сбора» — who has handed in, who has not started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CAMPAIGN_STATES, type CampaignRow, campaignTotalsText, HANDED_IN } from '../domain/campaign';
import { run } from './menuRuns';
import { openXlsxSession } from './session';
import { type CampaignRowValues, campaignRowValues } from '../workbook/campaignTab';
import { SUMMARY_TABS } from '../workbook/tabNames';

/** One unit's row as `status` prints it and saves it in JSON: the columns of «Ход сбора» but its hidden store. */
type StatusRow = Omit<CampaignRowValues, 'store'>;

export interface StatusResult {
  ok: boolean;
  /** «Ход сбора: сдали 1 из 20; …», or the check's fatal message. */
  totals: string;
  rows: StatusRow[];
}

function statusRow(r: CampaignRow): StatusRow {
  const { store: _store, ...row } = campaignRowValues(r);
  return row;
}

export async function status(file: string, jsonOut?: string): Promise<StatusResult> {
  const session = await openXlsxSession(file);
  const reply = run(session, 'checkData');
  const rows = reply.ok && reply.campaign ? reply.campaign : null;
  const result: StatusResult = {
    ok: rows !== null,
    totals: rows ? `${SUMMARY_TABS.campaign}: ${campaignTotalsText(rows)}` : reply.message,
    rows: (rows ?? []).map(statusRow),
  };
  if (jsonOut) {
    mkdirSync(dirname(resolve(jsonOut)), { recursive: true });
    writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  }
  return result;
}

/**
 * One line per unit: «Асиновский район — на уточнении · изменён 06.12.2026 · осталось 5 дней · ошибок 0, предупреждений
 * 2 · e-mail», then the staff's comment and the open requests, indented.
 */
export function statusText(r: StatusResult): string {
  const line = (row: StatusRow) => {
    const head = [
      `${row.unit} — ${row.state}`,
      row.changed && `изменён ${row.changed}`,
      row.deadline,
      row.missing,
      `ошибок ${row.errors}, предупреждений ${row.warnings}`,
      row.email,
    ];
    // The letter carries the comment already; a comment alone (no decision) is printed as typed.
    const more = row.letter || (row.comment && `Что уточнить: ${row.comment}`);
    return [head.filter(Boolean).join(' · '), ...(more ? more.split('\n').map((l) => `    ${l}`) : [])].join('\n');
  };
  return [r.totals, ...r.rows.map(line)].join('\n');
}

/** Exit status: 0 when every unit has handed in, 1 when some have not, 2 when the workbook could not be checked. */
export function statusCode(r: StatusResult): number {
  if (!r.ok) return 2;
  const handedIn: string[] = HANDED_IN.map((s) => CAMPAIGN_STATES[s]);
  return r.rows.every((row) => handedIn.includes(row.state)) ? 0 : 1;
}

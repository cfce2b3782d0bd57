// The «Ход сбора» tab: one row per unit with its campaign state, the check's counts, what is missing and the e-mail, totals on top.
import { commentsCellText } from '../domain/comments';
import { CAMPAIGN_STATES, type CampaignRow, type CampaignState, campaignRows, campaignTotalsText } from '../domain/campaign';
import type { Analysis } from './analyze';
import { DocBuilder, type SheetDoc } from './sheetDoc';
import { PALETTE } from './summaryTabs';
import { SUMMARY_TABS } from './tabNames';

/** States that need the staff's attention are coloured as the check colours errors and warnings. */
const STATE_COLOURS: Partial<Record<CampaignState, string>> = {
  notStarted: PALETTE.noData,
  hasErrors: PALETTE.error,
  clarifying: PALETTE.warning,
  submitted: PALETTE.leader,
  accepted: PALETTE.leader,
};

/** The campaign rows of an analysis: e-mails come from «Настройки». */
export function campaignRowsOf(a: Analysis): CampaignRow[] {
  return campaignRows(a.summary, new Map((a.settings?.units ?? []).map((u) => [u.name, u.email])));
}

export function renderCampaignTab(a: Analysis): SheetDoc {
  const rows = campaignRowsOf(a);
  const comments = new Map(a.summary.comments.map((c) => [c.unit, c]));
  const b = new DocBuilder(SUMMARY_TABS.campaign);
  b.title(`Ход сбора: ${campaignTotalsText(rows)}`);
  b.table(null, { table: 'campaign' });
  b.header(['Единица', 'Состояние', 'Ошибок', 'Предупреждений', 'Чего не хватает', 'Эл. почта координатора', 'Пояснения']);
  for (const r of rows) {
    const colour = STATE_COLOURS[r.state];
    b.body([
      r.unit,
      colour ? { v: CAMPAIGN_STATES[r.state], style: { background: colour } } : CAMPAIGN_STATES[r.state],
      r.errors,
      r.warnings,
      r.missing,
      r.email,
      // The coordinators' words: the writer keeps them text («=…» is never a formula) and cuts one longer than a cell.
      commentsCellText(comments.get(r.unit)),
    ]);
  }
  b.doc.frozenRows = 2;
  return b.doc;
}

// The «Ход сбора» tab: one row per unit with its campaign state, dates, counts, e-mail and the staff's marks, totals on top.
import { CAMPAIGN_STATES, type CampaignRow, type CampaignState, campaignTotalsText } from '../domain/campaign';
import { DECISIONS, type UnitRecord } from '../domain/campaignMarks';
import type { CellValue } from '../domain/model';
import { DocBuilder, type DocCell, INPUT_COLOUR, type SheetDoc } from './sheetDoc';
import { PALETTE } from '../domain/palette';
import { SUMMARY_TABS } from './tabNames';

/** The columns of «Ход сбора», in order: the one layout the writer, the reader and the staff's menu actions share. */
export const CAMPAIGN_COLUMNS = {
  unit: 'Единица',
  state: 'Состояние',
  changed: 'Последнее изменение',
  deadline: 'Срок сдачи',
  errors: 'Ошибок',
  warnings: 'Предупреждений',
  missing: 'Чего не хватает',
  email: 'Эл. почта координатора',
  decision: 'Решение',
  comment: 'Что уточнить',
  letter: 'Запросы для письма',
  explanations: 'Пояснения',
  store: 'Служебное (не менять)',
} as const;
export type CampaignColumn = keyof typeof CAMPAIGN_COLUMNS;
const KEYS = Object.keys(CAMPAIGN_COLUMNS) as CampaignColumn[];
/** 1-based column of each field. */
export const CAMPAIGN_COL = Object.fromEntries(KEYS.map((k, i) => [k, i + 1])) as Record<CampaignColumn, number>;
/** The row of the column headers; unit rows follow it. */
export const CAMPAIGN_HEADER_ROW = 2;
/** The state shown for a unit removed from «Настройки» whose marks are kept at the bottom of the tab. */
const ORPHAN_STATE = 'нет в настройках';

/** States that need the staff's attention are coloured as the check colours errors and warnings. */
const STATE_COLOURS: Partial<Record<CampaignState, string>> = {
  notStarted: PALETTE.noData,
  hasErrors: PALETTE.error,
  clarifying: PALETTE.warning,
  submitted: PALETTE.leader,
  accepted: PALETTE.leader,
};

const DECISION_HELP = 'Выберите «принят» или «на уточнении»; пусто — решения нет.';

/** The store column's text: what the visible columns do not show (requests, fingerprints, dates, noted cells). */
export function storeText(r: UnitRecord): string {
  const { decision: _d, comment: _c, ...kept } = r;
  return JSON.stringify(kept);
}

/** A unit's row as values by column (the staff's menu actions rewrite one row with it). */
/** A unit's row of «Ход сбора» by column: what the tab shows, `status` prints and the staff's actions rewrite. */
export interface CampaignRowValues extends Record<CampaignColumn, CellValue> {
  unit: string;
  state: string;
  changed: string;
  deadline: string;
  errors: number;
  warnings: number;
  missing: string;
  email: string;
  decision: string;
  comment: string;
  letter: string;
  explanations: string;
  store: string;
}

export function campaignRowValues(r: CampaignRow, state: string = CAMPAIGN_STATES[r.state]): CampaignRowValues {
  return {
    unit: r.unit,
    state,
    changed: r.changed,
    deadline: r.deadline,
    errors: r.errors,
    warnings: r.warnings,
    missing: r.missing,
    email: r.email,
    decision: r.decision ? DECISIONS[r.decision] : '',
    comment: r.comment,
    letter: r.letter,
    // The coordinators' words: the writer keeps them text («=…» is never a formula) and cuts one longer than a cell.
    explanations: r.explanations,
    store: storeText(r.record),
  };
}

/** A unit whose marks are kept though «Настройки» no longer lists it. */
export interface OrphanMark {
  unit: string;
  record: UnitRecord;
}

export function renderCampaignTab(rows: CampaignRow[], orphans: OrphanMark[] = []): SheetDoc {
  const b = new DocBuilder(SUMMARY_TABS.campaign);
  b.title(`Ход сбора: ${campaignTotalsText(rows)}`);
  b.table(null, { table: 'campaign' });
  b.header(KEYS.map((k) => CAMPAIGN_COLUMNS[k]));
  const staffCell = (v: CellValue): DocCell => ({ v, style: { background: INPUT_COLOUR, wrap: true } });
  const addRow = (values: Record<CampaignColumn, CellValue>, colour?: string) => {
    const r = b.body(
      KEYS.map((k): DocCell => {
        if (k === 'decision' || k === 'comment') return staffCell(values[k]);
        if (k === 'state' && colour) return { v: values[k], style: { background: colour } };
        return { v: values[k], style: k === 'letter' || k === 'explanations' ? { wrap: true } : undefined };
      }),
    );
    b.doc.validations.push({
      box: { row: r, col: CAMPAIGN_COL.decision, rows: 1, cols: 1 },
      spec: { kind: 'list', values: Object.values(DECISIONS), help: DECISION_HELP },
    });
  };
  for (const r of rows) addRow(campaignRowValues(r), STATE_COLOURS[r.state]);
  if (orphans.length) {
    b.blank();
    b.table('Отметки единиц, которых нет в «Настройках» (удалены или переименованы): перенесите их или очистите', {
      table: 'campaignOrphans',
    });
    for (const { unit, record } of orphans) {
      const row: CampaignRow = {
        ...{ unit, tab: '', state: 'notStarted', changed: record.changed, deadline: '', errors: 0, warnings: 0, missing: '' },
        ...{ email: '', decision: record.decision, comment: record.comment, letter: '', explanations: '', record },
      };
      addRow(campaignRowValues(row, ORPHAN_STATE));
    }
  }
  b.widths([220, 110, 110, 150, 70, 100, 150, 200, 120, 260, 360, 80]);
  b.doc.hiddenColumns = [CAMPAIGN_COL.store];
  b.doc.frozenRows = CAMPAIGN_HEADER_ROW;
  return b.doc;
}

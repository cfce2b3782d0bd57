// The staff's marks between checks: the date of the last change, a clarification cleared once its value changed, the
// letter of open requests, days to the deadline in Russian, and the rows of «Ход сбора» that come of them.
import { CAMPAIGN_STATES, campaignRows } from '../../src/domain/campaign';
import {
  accepted,
  type CellRequest,
  daysToDeadline,
  decisionOf,
  EMPTY_RECORD,
  reconcile,
  requestsLetter,
  type UnitRecord,
  withRequest,
} from '../../src/domain/campaignMarks';
import type { CompletenessRow, Summary } from '../../src/domain/summaryModel';

const TODAY = '06.12.2026';
const request: CellRequest = { cell: 'C12', label: 'Общее количество ОО', asked: '13', comment: 'было 13 — проверьте', date: '01.12.2026' };
const now = (fingerprint: string, cells: Record<string, string> = { C12: '13' }) => ({ fingerprint, cells });
const record = (r: Partial<UnitRecord>): UnitRecord => ({ ...EMPTY_RECORD, seen: 'fp1', ...r });

describe('the date of the last change', () => {
  test('a tab seen for the first time has no date; a later change is dated today; no change keeps the date', () => {
    const first = reconcile(EMPTY_RECORD, now('fp1'), TODAY).record;
    expect(first).toMatchObject({ seen: 'fp1', changed: '' });
    expect(reconcile({ ...first, changed: '' }, now('fp2'), TODAY).record).toMatchObject({ seen: 'fp2', changed: TODAY });
    expect(reconcile(record({ changed: '01.12.2026' }), now('fp1'), TODAY).record.changed).toBe('01.12.2026');
  });

  test('a unit without a tab keeps its record as it was', () => {
    const r = record({ decision: 'clarification', requests: [request] });
    expect(reconcile(r, null, TODAY)).toEqual({ record: r, answered: [] });
  });
});

describe('a clarification clears when its value changed and is checked again', () => {
  test('the value asked about unchanged: still «на уточнении»', () => {
    const r = reconcile(record({ decision: 'clarification', requests: [request] }), now('fp1'), TODAY);
    expect(r.record.decision).toBe('clarification');
    expect(r.answered).toEqual([]);
  });

  test('the value changed: the request is answered and, with nothing else open, the decision cleared', () => {
    const r = reconcile(record({ decision: 'clarification', requests: [request] }), now('fp2', { C12: '14' }), TODAY);
    expect(r.answered).toEqual(['C12']);
    expect(r.record).toMatchObject({ decision: '', requests: [], changed: TODAY });
  });

  test('two cells asked, one changed: the other stays open', () => {
    const other = { ...request, cell: 'D30', asked: '' };
    const r = reconcile(record({ decision: 'clarification', requests: [request, other] }), now('fp2', { C12: '14', D30: '' }), TODAY);
    expect(r.record.requests).toEqual([other]);
    expect(r.record.decision).toBe('clarification');
  });

  test('the whole report (typed on «Ход сбора»): remembered at the first check, cleared by any later change', () => {
    const typed = record({ decision: 'clarification', comment: 'Заполните контакты' });
    const seen = reconcile(typed, now('fp1'), TODAY).record;
    expect(seen).toMatchObject({ decision: 'clarification', wholeAsked: 'fp1', comment: 'Заполните контакты' });
    expect(reconcile(seen, now('fp1'), TODAY).record.decision).toBe('clarification');
    const answered = reconcile(seen, now('fp2'), TODAY);
    expect(answered.answered).toEqual(['отчёт в целом']);
    expect(answered.record).toMatchObject({ decision: '', comment: '', wholeAsked: '' });
  });

  test('«принят» or an emptied «Решение» closes the requests; the comment stays as typed', () => {
    const open = record({ decision: 'clarification', requests: [request], comment: 'и контакты' });
    expect(reconcile({ ...open, decision: 'accepted' }, now('fp1'), TODAY).record).toMatchObject({ requests: [], comment: 'и контакты' });
    expect(reconcile({ ...open, decision: '' }, now('fp1'), TODAY).record.requests).toEqual([]);
    expect(accepted(open)).toMatchObject({ decision: 'accepted', requests: [] });
  });

  test('asking about the same cell again replaces the request', () => {
    const again = withRequest(record({ decision: 'clarification', requests: [request] }), { ...request, comment: 'ещё раз' });
    expect(again.requests).toEqual([{ ...request, comment: 'ещё раз' }]);
  });
});

test('the decision is read as typed, in any case; anything else is no decision', () => {
  expect(decisionOf(' Принят ')).toBe('accepted');
  expect(decisionOf('на уточнении')).toBe('clarification');
  expect(decisionOf('ok')).toBe('');
});

test('the open requests as a paragraph for a letter, numbered, with the value as it was when asked', () => {
  const r = record({
    decision: 'clarification',
    requests: [request, { ...request, cell: 'D30', label: 'Показатель 2, 2021 г.', asked: '', comment: '' }],
  });
  expect(requestsLetter('Асиновский район', r)).toBe(
    [
      'Просим уточнить сведения отчёта «Асиновский район»:',
      '1. Ячейка C12 («Общее количество ОО»; указано: 13) — было 13 — проверьте.',
      '2. Ячейка D30 («Показатель 2, 2021 г.»; указано: пусто) — проверьте значение.',
    ].join('\n'),
  );
  expect(requestsLetter('Асиновский район', { ...r, decision: 'accepted' })).toBe('');
});

describe('days to the deadline or past it, with Russian plurals', () => {
  test.each([
    ['07.12.2026', 'остался 1 день'],
    ['08.12.2026', 'осталось 2 дня'],
    ['11.12.2026', 'осталось 5 дней'],
    ['17.12.2026', 'осталось 11 дней'],
    ['27.12.2026', 'остался 21 день'],
    ['06.12.2026', 'срок сегодня'],
    ['05.12.2026', 'просрочено на 1 день'],
    ['03.12.2026', 'просрочено на 3 дня'],
    ['24.11.2026', 'просрочено на 12 дней'],
    ['1 января 2027 г.', 'осталось 26 дней'],
  ])('deadline %s, today 06.12.2026: «%s»', (deadline, text) => {
    expect(daysToDeadline(deadline, TODAY)).toBe(text);
  });

  test('no deadline, or one that is not a date: nothing', () => {
    expect(daysToDeadline('', TODAY)).toBe('');
    expect(daysToDeadline('до конца года', TODAY)).toBe('');
  });
});

test('the rows: marks set the state, a handed-in unit counts no days, the letter and the date come from the record', () => {
  const row = (unit: string, r: Partial<CompletenessRow>): CompletenessRow => ({
    ...{ unit, tab: unit, state: 'complete', ready: false, errors: 0, warnings: 0 },
    ...r,
  });
  const sum = {
    completeness: [row('А', {}), row('Б', { ready: true }), row('В', { ready: true }), row('Г', { state: 'empty' })],
    comments: [],
  } as unknown as Summary;
  const records = new Map([
    ['А', record({ decision: 'clarification', requests: [request], changed: '05.12.2026' })],
    ['В', record({ decision: 'accepted' })],
  ]);
  const rows = campaignRows(sum, { emails: new Map(), records, reportDeadline: '09.12.2026', today: TODAY });
  expect(rows.map((r) => [r.unit, CAMPAIGN_STATES[r.state], r.deadline, r.changed])).toEqual([
    ['А', 'на уточнении', 'осталось 3 дня', '05.12.2026'],
    ['Б', 'сдан', '', ''],
    ['В', 'принят', '', ''],
    ['Г', 'не начат', 'осталось 3 дня', ''],
  ]);
  expect(rows[0].letter).toBe(
    'Просим уточнить сведения отчёта «А»:\n1. Ячейка C12 («Общее количество ОО»; указано: 13) — было 13 — проверьте.',
  );
});

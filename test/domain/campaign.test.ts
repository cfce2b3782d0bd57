// Each unit's campaign state from its tab and the staff's marks, and the note's «не представили» from the same rule.
import { CAMPAIGN_STATES, campaignState, notStartedText } from '../../src/domain/campaign';
import { reportGaps } from '../../src/domain/noteText';
import type { CompletenessRow, Summary } from '../../src/domain/summaryModel';

const row = (r: Partial<CompletenessRow>): CompletenessRow => ({
  unit: 'Асиновский район',
  tab: 'Асиновский район',
  state: 'complete',
  ready: false,
  errors: 0,
  warnings: 0,
  ...r,
});
const stateName = (r: Partial<CompletenessRow>, marks = {}) => CAMPAIGN_STATES[campaignState(row(r), marks)];

describe('the state of a unit in the reporting campaign', () => {
  test('nothing typed, or no tab at all: «не начат» — even with «Отчёт готов» ticked on an empty tab', () => {
    expect(stateName({ state: 'empty' })).toBe('не начат');
    expect(stateName({ state: 'missing' })).toBe('не начат');
    expect(stateName({ state: 'empty', ready: true })).toBe('не начат');
  });

  test('something typed, «Отчёт готов» not ticked: «заполняется», whether partial or complete', () => {
    expect(stateName({ state: 'partial' })).toBe('заполняется');
    expect(stateName({ state: 'complete', warnings: 2 })).toBe('заполняется');
  });

  test('«Отчёт готов» ticked and no error: «сдан», warnings or not', () => {
    expect(stateName({ ready: true })).toBe('сдан');
    expect(stateName({ state: 'partial', ready: true, warnings: 3 })).toBe('сдан');
  });

  test('an error in the tab: «есть ошибки», ticked or not', () => {
    expect(stateName({ ready: true, errors: 1 })).toBe('есть ошибки');
    expect(stateName({ state: 'partial', errors: 2 })).toBe('есть ошибки');
  });

  test("staff asked for a clarification: «на уточнении», over the tab's own state", () => {
    expect(stateName({ ready: true }, { clarification: true })).toBe('на уточнении');
    expect(stateName({ ready: true, errors: 1 }, { clarification: true })).toBe('на уточнении');
  });

  test('staff accepted the report: «принят», even if a clarification was asked before', () => {
    expect(stateName({ ready: true }, { accepted: true })).toBe('принят');
    expect(stateName({ ready: true }, { accepted: true, clarification: true })).toBe('принят');
  });
});

describe('empty tabs are named, and the note agrees with the states', () => {
  const sum = {
    completeness: [
      row({ unit: 'Асиновский район', state: 'empty' }),
      row({ unit: 'Бакчарский район', state: 'partial' }),
      row({ unit: 'Верхнекетский район', state: 'missing' }),
      row({ unit: 'ЗАТО Северск', ready: true }),
    ],
  } as Summary;

  test('«не заполнены: …» lists every unit whose tab is empty or absent', () => {
    expect(notStartedText(sum)).toBe('не заполнены: Асиновский район, Верхнекетский район');
    expect(notStartedText({ completeness: [row({})] } as Summary)).toBe('');
  });

  test("the note's «не представили» are exactly the «не начат» units; «не в полном объёме» the partly filled ones", () => {
    const notStarted = sum.completeness.filter((c) => campaignState(c) === 'notStarted').map((c) => c.unit);
    expect(reportGaps(sum)).toEqual({ absent: notStarted, partial: ['Бакчарский район'] });
  });
});

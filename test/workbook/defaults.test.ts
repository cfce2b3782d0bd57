// A new workbook's settings fit its reporting year: plans cover the previous and the reporting year, no target date or deadline is invented.
import { defaultSettings } from '../../src/workbook/defaults';

test('within the programme the plans are its own (2021: share 20 %, enterprises 5)', () => {
  const s = defaultSettings(2021);
  expect(s.indicators.find((i) => i.id === '1')!.plans).toEqual({ 2020: 10, 2021: 20, 2022: 35, 2023: 50, 2024: 70 });
  expect(s.indicators.find((i) => i.id === '3')!.plans[2021]).toBe(5);
});

test('a year after the programme keeps its last plan for the previous and the reporting year', () => {
  const s = defaultSettings(2026);
  expect(s.indicators.find((i) => i.id === '1')!.plans).toMatchObject({ 2024: 70, 2025: 70, 2026: 70 });
  expect(s.indicators.find((i) => i.id === '3')!.plans).toMatchObject({ 2025: 30, 2026: 30 });
  // Dynamics indicators have no plan at all: none is invented.
  expect(s.indicators.find((i) => i.id === '5')!.plans).toEqual({});
});

test('a new workbook invents no target date or deadline: each is the region’s to set, so none can lie in the past', () => {
  // A date carried over from another region or year would print a stale «к 1 сентября 20.. г.» in the note.
  for (const year of [2021, 2025, 2030]) {
    const s = defaultSettings(year);
    expect(s.forms.map((f) => f.targetDate)).toEqual(s.forms.map(() => ''));
    expect(s.indicators.map((i) => i.deadline)).toEqual(s.indicators.map(() => ''));
    expect(s.deadline).toBe('');
    expect(s.forms.length).toBeGreaterThan(0);
    expect(s.indicators.length).toBeGreaterThan(0);
  }
});

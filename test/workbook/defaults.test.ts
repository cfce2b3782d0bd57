// A new workbook's settings fit its reporting year: plans cover the previous and the reporting year, no target date is in the past.
import { parseRussianDate } from '../../src/domain/russian';
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

test('no target date or deadline of a new workbook lies before its reporting year ends', () => {
  for (const year of [2021, 2025, 2030]) {
    const s = defaultSettings(year);
    const dates = [...s.forms.map((f) => f.targetDate), ...s.indicators.map((i) => i.deadline), s.deadline].filter(Boolean);
    for (const d of dates) expect(parseRussianDate(d)!.year).toBeGreaterThan(year);
  }
});

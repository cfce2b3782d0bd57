// The settings' numbers on both sides of each bound: shares 0–100 %, a share below 1 % read as «75%» typed in a number cell.
import { settingsNumberProblem } from '../../src/domain/settingsCheck';

const LEFT_OUT = 'В справку не попадает: исправьте ячейку.';

test('a share of 100 % is kept, 100,01 % and 150 % are not', () => {
  expect(settingsNumberProblem(100, 'percent', 'План')).toBeNull();
  expect(settingsNumberProblem(100.01, 'percent', 'План')).toBe(`План 100,01 % — доля не может быть больше 100 %. ${LEFT_OUT}`);
  expect(settingsNumberProblem(150, 'percent', 'Цель охвата')).toBe(`Цель охвата 150 % — доля не может быть больше 100 %. ${LEFT_OUT}`);
});

test('a share between 0 and 1 % is a percent sign typed in the cell (Sheets stores «75%» as 0,75); 0 and 1 % are kept', () => {
  expect(settingsNumberProblem(0.75, 'percent', 'План')).toBe(
    `План 0,75 % — похоже, в ячейке набрано «75%»: Google Таблицы хранят такой процент как 0,75. Впишите 75 без знака «%». ${LEFT_OUT}`,
  );
  expect(settingsNumberProblem(0.2, 'percent', 'Порог лидеров')).toContain('похоже, в ячейке набрано «20%»');
  expect(settingsNumberProblem(0, 'percent', 'План')).toBeNull();
  expect(settingsNumberProblem(1, 'percent', 'План')).toBeNull();
  // A count is not a share: 0,75 of a count is for the data check's own rules, not this one.
  expect(settingsNumberProblem(0.75, 'count', 'План')).toBeNull();
});

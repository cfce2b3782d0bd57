// Settings for the custom formulas PLAN() and STATUS(): parsed from the range the formula is given, never read inside.
import { CellValue, Settings } from '../domain/model';
import { filledTabGrid } from './gasWriter';
import { wholeColumnsA1 } from './gridSize';
import { parseSettings, renderSettings, SETTINGS_TAB } from './settingsTab';

/**
 * The range to pass, e.g. 'Настройки'!A:P: every column of «Настройки» as the product lays it out. Google,
 * guides/sheets/functions: a custom function is recalculated only when its arguments change, so a plan edited in
 * «Настройки» reaches PLAN()/STATUS() only because the whole tab is an argument.
 */
export function settingsFormulaRange(s: Settings): string {
  return wholeColumnsA1(SETTINGS_TAB, filledTabGrid(renderSettings(s)).cols);
}

/** Runs `use` with the settings parsed from a formula's range argument, or returns a Russian error for the cell. */
export function withFormulaSettings<T>(range: unknown, use: (s: Settings) => T): T | string {
  const example = `'${SETTINGS_TAB}'!A:P`;
  if (!Array.isArray(range) || !Array.isArray(range[0])) {
    return `Ошибка: последним обязательным аргументом передайте столбцы вкладки «${SETTINGS_TAB}», например ${example}`;
  }
  const settings = parseSettings(range as CellValue[][]).settings;
  if (!settings.indicators.length) return `Ошибка: в переданном диапазоне нет таблицы показателей — передайте столбцы вкладки «${SETTINGS_TAB}» с A, например ${example}`;
  return use(settings);
}

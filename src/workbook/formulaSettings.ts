// Settings for custom formulas: read once per execution (a recalculation), never written.
import { Settings } from '../domain/model';
import { valuesOf } from './gasWorkbook';
import { parseSettings, SETTINGS_TAB } from './settingsTab';

let cached: Settings | null = null;

export function settingsForFormulas(): Settings {
  if (!cached) {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS_TAB);
    cached = parseSettings(sheet ? valuesOf(sheet) : []).settings;
  }
  return cached;
}

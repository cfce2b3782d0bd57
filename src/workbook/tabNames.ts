// Names of the product's own tabs and the rule that turns a unit's name into its tab name.

export const SETTINGS_TAB = 'Настройки';
export const INSTRUCTIONS_TAB = 'Инструкция';
export const SUMMARY_TABS = {
  forms: 'Свод по формам',
  indicators: 'Свод по показателям',
  note: 'Справка',
  recommendations: 'Рекомендации',
  check: 'Проверка',
  campaign: 'Ход сбора',
} as const;

/** Sheets allows 100 characters in a tab name; a unit's tab is its name, trimmed to that. */
export function tabNameFor(unitName: string): string {
  return unitName.replace(/\s+/g, ' ').trim().slice(0, 100);
}

const PRODUCT_TABS = [SETTINGS_TAB, INSTRUCTIONS_TAB, ...Object.values(SUMMARY_TABS)].map((t) => t.toLowerCase());

/**
 * True for tabs the product owns: settings, instructions, summaries, their archives («Справка 2021»), temporary «~…» tabs.
 * In any case: Sheets refuses a second tab whose name differs only in case, from the UI or the API (socialpoint-labs/
 * sheetfu PR #26, «Google sheets internally ignores case for sheet names»), so «справка» would collide with «Справка».
 */
export function isProductTab(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('~') || PRODUCT_TABS.some((t) => lower === t || lower.startsWith(`${t} `));
}

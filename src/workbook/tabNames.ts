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

const PRODUCT_TABS = [SETTINGS_TAB, INSTRUCTIONS_TAB, ...Object.values(SUMMARY_TABS)];

/** True for tabs the product owns: settings, instructions, summaries, their archives («Справка 2021»), temporary «~…» tabs. */
export function isProductTab(name: string): boolean {
  return name.startsWith('~') || PRODUCT_TABS.some((t) => name === t || name.startsWith(`${t} `));
}

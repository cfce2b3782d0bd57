// Names of the product's own tabs and the rule that turns a unit's name into its tab name.

export const INSTRUCTIONS_TAB = 'Инструкция';
export const SUMMARY_TABS = {
  forms: 'Свод по формам',
  indicators: 'Свод по показателям',
  note: 'Справка',
  recommendations: 'Рекомендации',
  check: 'Проверка',
} as const;

/** Sheets allows 100 characters in a tab name; a unit's tab is its name, trimmed to that. */
export function tabNameFor(unitName: string): string {
  return unitName.replace(/\s+/g, ' ').trim().slice(0, 100);
}

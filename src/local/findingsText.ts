// The data check's findings as the CLI prints them: one line per finding, naming unit, tab!cell, field, value as typed and what to do.
import type { Finding } from '../domain/model';
import { findingCountsText } from '../domain/findingCounts';
import { SEVERITY_NAMES } from '../workbook/summaryTabs';

/** A cell reference as spreadsheets write it: Лист!D5, or 'ЗАТО Северск'!D5 when the tab name has more than letters and digits; a finding about a whole tab names the tab. */
function cellRef(tab: string, cell: string): string {
  if (!cell) return `вкладка «${tab}»`;
  const name = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
  return `${name}!${cell}`;
}

/** «ошибка · ЗАТО Северск · 'ЗАТО Северск'!D15 · поле «…» · введено «4» · what to do». Empty parts are left out. */
export function findingLine(f: Finding): string {
  const value = f.value === null || f.value === undefined || f.value === '' ? '' : `введено «${String(f.value)}»`;
  return [SEVERITY_NAMES[f.severity], f.unit, f.tab ? cellRef(f.tab, f.cell) : '', f.label ? `поле «${f.label}»` : '', value, f.message]
    .filter(Boolean)
    .join(' · ');
}

/** «1 ошибка, 3 предупреждения». */
export const countsLine = findingCountsText;

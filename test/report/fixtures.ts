// Analyses for the report and sidebar tests: the bundled Tomsk sample, and the same data with hostile unit names.
import type { Finding } from '../../src/domain/model';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { tabNameFor } from '../../src/workbook/tabNames';
import { sampleGrids, workbookGrids } from '../helpers/grids';

export const EVIL = '<script>alert(1)</script>';
export const QUOTES = '"quotes" & амперсанд';

/** The bundled sample, analysed in memory. */
export function sampleAnalysis(): Analysis {
  const g = sampleGrids();
  return analyze(g.settingsValues, g.tabs);
}

/** The sample with its first two units renamed to text that must be escaped everywhere. */
export function hostileAnalysis(): Analysis {
  const { settings, reports } = sampleGrids();
  const names = new Map([
    [settings.units[0].name, EVIL],
    [settings.units[1].name, QUOTES],
  ]);
  const units = settings.units.map((u) =>
    names.has(u.name) ? { ...u, name: names.get(u.name)!, tab: tabNameFor(names.get(u.name)!) } : u,
  );
  const renamed = Object.fromEntries(Object.entries(reports).map(([name, r]) => [names.get(name) ?? name, r]));
  const g = workbookGrids({ ...settings, units }, renamed);
  return analyze(g.settingsValues, g.tabs);
}

/** The sample with its last unit of another type (`type`), reported on apart from the ranked municipalities. */
export function mixedTypesAnalysis(type: string): Analysis {
  const { settings, reports } = sampleGrids();
  const units = settings.units.map((u, i) => (i === settings.units.length - 1 ? { ...u, type } : u));
  const g = workbookGrids({ ...settings, units }, reports);
  return analyze(g.settingsValues, g.tabs);
}

/** Findings that exercise the sidebar: hostile names, no cell, a long unbroken value. */
export function hostileFindings(): Finding[] {
  return [
    {
      severity: 'error',
      rule: 'test',
      unit: EVIL,
      tab: EVIL,
      cell: 'C7',
      label: `Поле ${EVIL}`,
      value: `${EVIL}'); alert('x`,
      message: `Сообщение про ${QUOTES}`,
    },
    {
      severity: 'warning',
      rule: 'test',
      unit: QUOTES,
      tab: QUOTES,
      cell: 'D12',
      label: 'Показатель 1, 2021 г.',
      value: 'x'.repeat(160),
      message: 'Очень длинное значение без пробелов.',
    },
    {
      severity: 'warning',
      rule: 'structure',
      unit: QUOTES,
      tab: QUOTES,
      cell: '',
      label: 'Название вкладки',
      value: '',
      message: 'Замечание о вкладке целиком, без ячейки.',
    },
  ];
}

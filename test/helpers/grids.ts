// Builds tab values in memory from the product's own layouts, as Sheets would hold them, for tests of the pure pipeline.
import type { CellValue, Settings } from '../../src/domain/model';
import { importCsvFolder } from '../../src/local/csvImport';
import type { TabValues } from '../../src/workbook/analyze';
import { fillGrid, type ReportValues } from '../../src/workbook/importer';
import { renderSettings } from '../../src/workbook/settingsTab';
import type { SheetDoc } from '../../src/workbook/sheetDoc';
import { COL, renderUnitTab } from '../../src/workbook/unitTab';

/** What getValues() would return for a rendered document: formulas show '' (not evaluated), a leading apostrophe is dropped. */
export function docValues(doc: SheetDoc): CellValue[][] {
  const width = Math.max(...doc.cells.map((r) => r.length));
  return doc.cells.map((row) =>
    Array.from({ length: width }, (_, i) => {
      const c = row[i];
      if (!c || c.formula) return '';
      return typeof c.v === 'string' && c.v.startsWith("'") ? c.v.slice(1) : (c.v ?? '');
    }),
  );
}

function unitGrid(settings: Settings, unitName: string, report: ReportValues): CellValue[][] {
  const unit = settings.units.find((u) => u.name === unitName)!;
  const grid = docValues(renderUnitTab(settings, unit));
  const block = fillGrid(grid, [], settings, report);
  return grid.map((row, i) => {
    const out = [...row];
    block[i].forEach((v, j) => {
      out[COL.c - 1 + j] = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : (v as CellValue);
    });
    return out;
  });
}

export function workbookGrids(
  settings: Settings,
  reports: Record<string, ReportValues>,
): { settingsValues: CellValue[][]; tabs: TabValues[] } {
  return {
    settingsValues: docValues(renderSettings(settings)),
    tabs: settings.units.filter((u) => reports[u.name]).map((u) => ({ name: u.tab, values: unitGrid(settings, u.name, reports[u.name]) })),
  };
}

export function sampleGrids() {
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  return { settings, reports, ...workbookGrids(settings, reports) };
}

/** The sample without the published regional values of «Значение региона»: only the municipalities' percentages. */
export function samplePercentagesOnly() {
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  const bare = { ...settings, indicators: settings.indicators.map((i) => ({ ...i, official: {} })) };
  return { settings: bare, reports, ...workbookGrids(bare, reports) };
}

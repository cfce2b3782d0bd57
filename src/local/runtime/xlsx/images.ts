// Embedded charts as PNG pictures in the .xlsx: the SVG drawn from each chart's definition and data, rendered by resvg.
import { Resvg } from '@resvg/resvg-js';
import type ExcelJS from 'exceljs';
import type { LocalEmbeddedChart } from '../charts';
import type { LocalSheet } from '../sheet';
import type { ChartData } from './chartSvg';
import { chartSvg } from './chartSvg';
import type { Placement } from './layout';

/** The size Sheets gives an embedded chart that sets none (its default chart box), in pixels. */
const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

export interface ChartPicture {
  placement: Placement;
  png: Buffer;
}

function numberOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Categories and series of a chart from the cells of its first range (header row, then one row per category). */
function chartData(chart: LocalEmbeddedChart): ChartData {
  const range = chart.state.ranges[0];
  if (!range) return { categories: [], series: [] };
  const { sheet, rect } = range;
  const at = (r: number, c: number): unknown => sheet.cellAt(rect.row + r, rect.col + c)?.v ?? '';
  const headers = chart.state.numHeaders === 0 ? 0 : 1;
  const categories: string[] = [];
  for (let r = headers; r < rect.numRows; r++) categories.push(String(at(r, 0)));
  const series = [];
  for (let c = 1; c < rect.numCols; c++) {
    const values: Array<number | null> = [];
    for (let r = headers; r < rect.numRows; r++) values.push(numberOf(at(r, c)));
    series.push({ name: headers ? String(at(0, c)) : `Ряд ${c}`, values });
  }
  return { categories, series };
}

/** A PNG picture of every chart of the sheet, placed where the chart sits in Sheets. */
export function chartPlacements(sheet: LocalSheet): ChartPicture[] {
  return sheet.charts.map((chart) => {
    const { options, position } = chart.state;
    const width = numberOf(options.width) ?? DEFAULT_CHART_SIZE.width;
    const height = numberOf(options.height) ?? DEFAULT_CHART_SIZE.height;
    const svg = chartSvg({ type: chart.state.type, options, width, height }, chartData(chart));
    // Twice the pixels, so the picture stays sharp when printed or zoomed.
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    })
      .render()
      .asPng();
    return {
      placement: {
        row: position.anchorRow,
        col: position.anchorColumn,
        offsetX: position.offsetX,
        offsetY: position.offsetY,
        widthPx: width,
        heightPx: height,
      },
      png: Buffer.from(png),
    };
  });
}

/** Adds the pictures to the worksheet, anchored to their cells and moving with them. */
export function addChartImages(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, pictures: ChartPicture[]): void {
  for (const { placement: p, png } of pictures) {
    const imageId = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(imageId, {
      tl: { col: p.col - 1, row: p.row - 1 } as ExcelJS.Anchor,
      ext: { width: p.widthPx, height: p.heightPx },
      editAs: 'oneCell',
    });
  }
}

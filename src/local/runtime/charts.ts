// Embedded charts: the builder Sheet.newChart() returns and the chart records a sheet keeps (nothing is drawn).
import { quoteSheetName } from './a1';
import type { SheetRect } from './conditional';
import type { RuntimeEnv } from './env';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import { restrictToProduct } from './usedApi';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  RADAR: 'RADAR',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;
export type ChartTypeName = keyof typeof ChartType;

export const ChartPosition = { BOTTOM: 'BOTTOM', LEFT: 'LEFT', NONE: 'NONE', RIGHT: 'RIGHT', TOP: 'TOP' } as const;
export const ChartHiddenDimensionStrategy = {
  IGNORE_BOTH: 'IGNORE_BOTH',
  IGNORE_ROWS: 'IGNORE_ROWS',
  IGNORE_COLUMNS: 'IGNORE_COLUMNS',
  SHOW_BOTH: 'SHOW_BOTH',
} as const;
export const ChartMergeStrategy = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' } as const;

interface ChartPositionRecord {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** A plain snapshot of a chart, for tests, the CLI and the xlsx runtime sheet. */
export interface ChartRecord {
  chartId: number;
  type: ChartTypeName;
  /** A1 of each data range; qualified with the sheet name when it is on another sheet. */
  ranges: string[];
  position: ChartPositionRecord;
  options: Record<string, unknown>;
  numHeaders: number;
  transposeRowsAndColumns: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

interface ChartState {
  type: ChartTypeName;
  ranges: SheetRect[];
  position: ChartPositionRecord;
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

function cloneState(s: ChartState): ChartState {
  return {
    ...s,
    ranges: s.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    position: { ...s.position },
    options: { ...s.options },
  };
}

/** Apps Script EmbeddedChart: what insertChart() stores and getCharts() returns. */
export class LocalEmbeddedChart {
  constructor(
    readonly sheet: LocalSheet,
    readonly chartId: number | null,
    public state: ChartState,
  ) {}

  getId(): string {
    return this.chartId === null ? '' : `u${this.chartId}`;
  }
  getRanges(): LocalRange[] {
    return this.state.ranges.map((r) => r.sheet.rangeAt(r.rect));
  }
  getOptions(): { get(option: string): unknown; getOrDefault(option: string): unknown } {
    const opts = { ...this.state.options };
    return { get: (o: string) => opts[o] ?? null, getOrDefault: (o: string) => opts[o] ?? null };
  }
  modify(): LocalEmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this.sheet, this.sheet.getParentInternal().env, cloneState(this.state), this.chartId);
  }

  /** Untracked snapshot for tests and the CLI. */
  toRecord(): ChartRecord {
    return {
      chartId: this.chartId ?? 0,
      type: this.state.type,
      ranges: this.state.ranges.map((r) => {
        const a1 = r.sheet.rangeAt(r.rect).a1();
        return r.sheet === this.sheet ? a1 : `${quoteSheetName(r.sheet.nameInternal())}!${a1}`;
      }),
      position: { ...this.state.position },
      options: { ...this.state.options },
      numHeaders: this.state.numHeaders,
      transposeRowsAndColumns: this.state.transpose,
      hiddenDimensionStrategy: this.state.hiddenDimensionStrategy,
      mergeStrategy: this.state.mergeStrategy,
    };
  }
}

/** Apps Script EmbeddedChartBuilder: the chart type, ranges, position, options and header rows the product sets. */
export class LocalEmbeddedChartBuilder {
  constructor(
    private readonly sheet: LocalSheet,
    private readonly env: RuntimeEnv,
    private readonly state: ChartState = {
      type: 'COLUMN',
      ranges: [],
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      options: {},
      numHeaders: -1,
      transpose: false,
      hiddenDimensionStrategy: 'IGNORE_ROWS',
      mergeStrategy: 'MERGE_COLUMNS',
    },
    private readonly chartId: number | null = null,
  ) {}

  setChartType(type: ChartTypeName): this {
    if (!(String(type) in ChartType)) this.env.fail(`Invalid argument: type`);
    this.state.type = String(type) as ChartTypeName;
    return this;
  }
  addRange(range: LocalRange): this {
    this.state.ranges.push(range.sheetRect());
    return this;
  }
  getRanges(): LocalRange[] {
    return this.state.ranges.map((r) => r.sheet.rangeAt(r.rect));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (!(anchorRowPos >= 1) || !(anchorColPos >= 1)) this.env.fail('Invalid argument: anchor position');
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.state.options[String(option)] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }

  build(): LocalEmbeddedChart {
    return new LocalEmbeddedChart(this.sheet, this.chartId, cloneState(this.state));
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalEmbeddedChart.prototype, 'EmbeddedChart');
restrictToProduct(LocalEmbeddedChartBuilder.prototype, 'EmbeddedChartBuilder');

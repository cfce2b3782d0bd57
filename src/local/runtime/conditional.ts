// Conditional format rules and their builder, as SpreadsheetApp.newConditionalFormatRule() provides them.
import type { Rect } from './a1';
import type { RuntimeEnv } from './env';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import { isDate, normalizeColor } from './values';
import { restrictToProduct } from './usedApi';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_NOT_EQUAL_TO: 'DATE_NOT_EQUAL_TO',
  DATE_AFTER_RELATIVE: 'DATE_AFTER_RELATIVE',
  DATE_BEFORE_RELATIVE: 'DATE_BEFORE_RELATIVE',
  DATE_EQUAL_TO_RELATIVE: 'DATE_EQUAL_TO_RELATIVE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export type BooleanCriteriaName = keyof typeof BooleanCriteria;

/** The look a rule applies when its condition holds; null fields leave the cell's own format. */
export interface ConditionalFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

/** Ranges of a rule are kept as sheet + rectangle so row insertion/deletion can move them. */
export interface SheetRect {
  sheet: LocalSheet;
  rect: Rect;
}

function copyValue(v: unknown): unknown {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** Apps Script BooleanCondition. */
export class LocalBooleanCondition {
  constructor(
    private readonly criteria: BooleanCriteriaName,
    private readonly values: readonly unknown[],
    private readonly format: ConditionalFormat,
  ) {}
  getCriteriaType(): BooleanCriteriaName {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map(copyValue);
  }
  getBackground(): string | null {
    return this.format.background;
  }
  getFontColor(): string | null {
    return this.format.fontColor;
  }
  getBold(): boolean | null {
    return this.format.bold;
  }
}

/** An immutable conditional format rule (Apps Script ConditionalFormatRule). */
export class LocalConditionalFormatRule {
  constructor(
    readonly criteria: BooleanCriteriaName,
    readonly values: readonly unknown[],
    readonly format: Readonly<ConditionalFormat>,
    readonly ranges: readonly SheetRect[],
    private readonly env: RuntimeEnv,
  ) {}

  getBooleanCondition(): LocalBooleanCondition {
    return new LocalBooleanCondition(this.criteria, this.values, { ...this.format });
  }

  getRanges(): LocalRange[] {
    return this.ranges.map((r) => r.sheet.rangeAt(r.rect));
  }

  copy(): LocalConditionalFormatRuleBuilder {
    const b = new LocalConditionalFormatRuleBuilder(this.env);
    b.withCriteria(this.criteria, [...this.values]);
    b.setFormat({ ...this.format });
    b.setSheetRects(this.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })));
    return b;
  }

  /** The same rule with other ranges (used when rows move). */
  withRanges(ranges: SheetRect[]): LocalConditionalFormatRule {
    return new LocalConditionalFormatRule(this.criteria, this.values, this.format, ranges, this.env);
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class LocalConditionalFormatRuleBuilder {
  private criteria: BooleanCriteriaName | null = null;
  private values: unknown[] = [];
  private format: ConditionalFormat = {
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
  private ranges: SheetRect[] = [];

  constructor(private readonly env: RuntimeEnv) {}

  private when(c: BooleanCriteriaName, values: unknown[]): this {
    this.criteria = c;
    this.values = values.map(copyValue);
    return this;
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }
  withCriteria(criteria: BooleanCriteriaName, args: unknown[]): this {
    return this.when(criteria, Array.isArray(args) ? args : []);
  }
  setBackground(color: string | null): this {
    this.format.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.format.bold = bold === null ? null : Boolean(bold);
    return this;
  }
  setRanges(ranges: LocalRange[]): this {
    if (!Array.isArray(ranges)) {
      this.env.fail(
        "The parameters (SpreadsheetApp.Range) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    this.ranges = ranges.map((r) => r.sheetRect());
    return this;
  }
  getRanges(): LocalRange[] {
    return this.ranges.map((r) => r.sheet.rangeAt(r.rect));
  }
  getBooleanCondition(): LocalBooleanCondition | null {
    return this.criteria ? new LocalBooleanCondition(this.criteria, this.values, { ...this.format }) : null;
  }
  copy(): LocalConditionalFormatRuleBuilder {
    const b = new LocalConditionalFormatRuleBuilder(this.env);
    if (this.criteria) b.withCriteria(this.criteria, this.values);
    b.format = { ...this.format };
    b.ranges = this.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } }));
    return b;
  }
  /** Internal: used by copy() and the xlsx loader. */
  setFormat(format: ConditionalFormat): this {
    this.format = { ...format };
    return this;
  }
  /** Internal: used by copy() and the xlsx loader. */
  setSheetRects(ranges: SheetRect[]): this {
    this.ranges = ranges;
    return this;
  }
  build(): LocalConditionalFormatRule {
    if (!this.criteria) this.env.fail('Conditional format rule must have a condition set.');
    return new LocalConditionalFormatRule(this.criteria, this.values.map(copyValue), { ...this.format }, [...this.ranges], this.env);
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalBooleanCondition.prototype, 'BooleanCondition');
restrictToProduct(LocalConditionalFormatRule.prototype, 'ConditionalFormatRule');
restrictToProduct(LocalConditionalFormatRuleBuilder.prototype, 'ConditionalFormatRuleBuilder');

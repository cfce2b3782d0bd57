// Range, second part: number formats, colours, fonts, alignment and wrapping (one call per property per block).
import { STYLE_DEFAULTS } from './style';
import { normalizeColor } from './values';
import { RangeCore } from './rangeCore';

/** The formatting methods of a range. */
export class RangeFormats extends RangeCore {
  // ---- number formats ------------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    this.t('getNumberFormats');
    return this.read((c) => this.styleOf(c, 'numberFormat') ?? STYLE_DEFAULTS.numberFormat);
  }
  getNumberFormat(): string {
    this.t('getNumberFormat');
    return this.styleOf(this.first(), 'numberFormat') ?? STYLE_DEFAULTS.numberFormat;
  }
  setNumberFormat(numberFormat: string): this {
    this.t('setNumberFormat');
    return this.setStyle('numberFormat', numberFormat === null || numberFormat === undefined ? undefined : String(numberFormat));
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    this.t('setNumberFormats');
    return this.setStyles('setNumberFormats', 'numberFormat', numberFormats, (v) =>
      v === null || v === undefined ? undefined : String(v),
    );
  }

  // ---- backgrounds and fonts -------------------------------------------------------------------------------

  getBackgrounds(): string[][] {
    this.t('getBackgrounds');
    return this.read((c) => this.styleOf(c, 'background') ?? STYLE_DEFAULTS.background);
  }
  getBackground(): string {
    this.t('getBackground');
    return this.styleOf(this.first(), 'background') ?? STYLE_DEFAULTS.background;
  }
  setBackground(color: string | null): this {
    this.t('setBackground');
    return this.setStyle('background', normalizeColor(color) ?? undefined);
  }
  setBackgrounds(colors: unknown[][]): this {
    this.t('setBackgrounds');
    return this.setStyles('setBackgrounds', 'background', colors, (v) => normalizeColor(v as string | null) ?? undefined);
  }

  protected weight(v: unknown): 'bold' | 'normal' | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s !== 'bold' && s !== 'normal') this.fail(`Invalid argument: fontWeight`);
    return s === 'bold' ? 'bold' : undefined;
  }
  getFontWeights(): string[][] {
    this.t('getFontWeights');
    return this.read((c) => this.styleOf(c, 'fontWeight') ?? STYLE_DEFAULTS.fontWeight);
  }
  getFontWeight(): string {
    this.t('getFontWeight');
    return this.styleOf(this.first(), 'fontWeight') ?? STYLE_DEFAULTS.fontWeight;
  }
  setFontWeight(fontWeight: string | null): this {
    this.t('setFontWeight');
    return this.setStyle('fontWeight', this.weight(fontWeight));
  }
  setFontWeights(fontWeights: unknown[][]): this {
    this.t('setFontWeights');
    return this.setStyles('setFontWeights', 'fontWeight', fontWeights, (v) => this.weight(v));
  }

  getFontColors(): string[][] {
    this.t('getFontColors');
    return this.read((c) => this.styleOf(c, 'fontColor') ?? STYLE_DEFAULTS.fontColor);
  }
  getFontColor(): string {
    this.t('getFontColor');
    return this.styleOf(this.first(), 'fontColor') ?? STYLE_DEFAULTS.fontColor;
  }
  setFontColor(color: string | null): this {
    this.t('setFontColor');
    return this.setStyle('fontColor', normalizeColor(color) ?? undefined);
  }
  setFontColors(colors: unknown[][]): this {
    this.t('setFontColors');
    return this.setStyles('setFontColors', 'fontColor', colors, (v) => normalizeColor(v as string | null) ?? undefined);
  }

  protected fontStyleOf(v: unknown): 'italic' | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s !== 'italic' && s !== 'normal') this.fail('Invalid argument: fontStyle');
    return s === 'italic' ? 'italic' : undefined;
  }
  getFontStyles(): string[][] {
    this.t('getFontStyles');
    return this.read((c) => this.styleOf(c, 'fontStyle') ?? STYLE_DEFAULTS.fontStyle);
  }
  getFontStyle(): string {
    this.t('getFontStyle');
    return this.styleOf(this.first(), 'fontStyle') ?? STYLE_DEFAULTS.fontStyle;
  }
  setFontStyle(fontStyle: string | null): this {
    this.t('setFontStyle');
    return this.setStyle('fontStyle', this.fontStyleOf(fontStyle));
  }
  setFontStyles(fontStyles: unknown[][]): this {
    this.t('setFontStyles');
    return this.setStyles('setFontStyles', 'fontStyle', fontStyles, (v) => this.fontStyleOf(v));
  }

  getFontSizes(): number[][] {
    this.t('getFontSizes');
    return this.read((c) => this.styleOf(c, 'fontSize') ?? STYLE_DEFAULTS.fontSize);
  }
  getFontSize(): number {
    this.t('getFontSize');
    return this.styleOf(this.first(), 'fontSize') ?? STYLE_DEFAULTS.fontSize;
  }
  setFontSize(size: number | null): this {
    this.t('setFontSize');
    return this.setStyle('fontSize', size === null || size === undefined || size === STYLE_DEFAULTS.fontSize ? undefined : Number(size));
  }
  setFontSizes(sizes: unknown[][]): this {
    this.t('setFontSizes');
    return this.setStyles('setFontSizes', 'fontSize', sizes, (v) =>
      v === null || v === undefined || v === STYLE_DEFAULTS.fontSize ? undefined : Number(v),
    );
  }

  // ---- alignment and wrapping ------------------------------------------------------------------------------

  protected hAlign(v: unknown): string | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s === 'normal' || s === 'general') return undefined;
    if (s !== 'left' && s !== 'center' && s !== 'right') this.fail('Invalid argument: alignment');
    return s;
  }
  protected vAlign(v: unknown): string | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    const s = String(v).toLowerCase();
    if (s === 'bottom') return undefined;
    if (s !== 'top' && s !== 'middle') this.fail('Invalid argument: alignment');
    return s;
  }
  getHorizontalAlignments(): string[][] {
    this.t('getHorizontalAlignments');
    return this.read((c) => this.styleOf(c, 'horizontalAlignment') ?? STYLE_DEFAULTS.horizontalAlignment);
  }
  getHorizontalAlignment(): string {
    this.t('getHorizontalAlignment');
    return this.styleOf(this.first(), 'horizontalAlignment') ?? STYLE_DEFAULTS.horizontalAlignment;
  }
  setHorizontalAlignment(alignment: string | null): this {
    this.t('setHorizontalAlignment');
    return this.setStyle('horizontalAlignment', this.hAlign(alignment));
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    this.t('setHorizontalAlignments');
    return this.setStyles('setHorizontalAlignments', 'horizontalAlignment', alignments, (v) => this.hAlign(v));
  }
  getVerticalAlignments(): string[][] {
    this.t('getVerticalAlignments');
    return this.read((c) => this.styleOf(c, 'verticalAlignment') ?? STYLE_DEFAULTS.verticalAlignment);
  }
  getVerticalAlignment(): string {
    this.t('getVerticalAlignment');
    return this.styleOf(this.first(), 'verticalAlignment') ?? STYLE_DEFAULTS.verticalAlignment;
  }
  setVerticalAlignment(alignment: string | null): this {
    this.t('setVerticalAlignment');
    return this.setStyle('verticalAlignment', this.vAlign(alignment));
  }

  getWraps(): boolean[][] {
    this.t('getWraps');
    return this.read((c) => this.styleOf(c, 'wrapStrategy') === 'WRAP');
  }
  getWrap(): boolean {
    this.t('getWrap');
    return this.styleOf(this.first(), 'wrapStrategy') === 'WRAP';
  }
  setWrap(isWrapEnabled: boolean): this {
    this.t('setWrap');
    return this.setStyle('wrapStrategy', isWrapEnabled ? 'WRAP' : undefined);
  }
  setWraps(isWrapEnabled: unknown[][]): this {
    this.t('setWraps');
    return this.setStyles('setWraps', 'wrapStrategy', isWrapEnabled, (v) => (v ? 'WRAP' : undefined));
  }
  getWrapStrategy(): string {
    this.t('getWrapStrategy');
    return this.styleOf(this.first(), 'wrapStrategy') ?? STYLE_DEFAULTS.wrapStrategy;
  }
}

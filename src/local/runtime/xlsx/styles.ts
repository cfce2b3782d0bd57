// Cell styles ↔ ExcelJS styles.
import type ExcelJS from 'exceljs';
import type { CellStyle, WrapStrategyName } from '../style';
import { intern } from '../style';
import { DEFAULT_FONT_SIZE, DESKTOP_FONT } from './textFit';
import { type XColor, argb, colorOf } from './convert';
// ---------------------------------------------------------------------------------------------------------------
// Cell styles ↔ ExcelJS

/** Font family class 2 (swiss): where the named face is missing, a suite picks a sans-serif one, not a serif. */
const SANS_SERIF_FAMILY = 2;

/** The style of a cell Sheets shows in its default format. */
export const BASE_FONT_STYLE: Partial<ExcelJS.Style> = {
  font: { name: DESKTOP_FONT, size: DEFAULT_FONT_SIZE, family: SANS_SERIF_FAMILY },
};

export function styleToXlsx(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.numberFormat !== undefined) out.numFmt = s.numberFormat;
  if (s.background) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontWeight === 'bold') font.bold = true;
  if (s.fontStyle === 'italic') font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  // Every style names its font: a style without one falls back to the suite's default (a serif, for bold, in some).
  font.size = s.fontSize ?? DEFAULT_FONT_SIZE;
  font.name = s.fontFamily ?? DESKTOP_FONT;
  font.family = SANS_SERIF_FAMILY;
  if (s.fontLine === 'underline') font.underline = true;
  if (s.fontLine === 'line-through') font.strike = true;
  out.font = font;
  const al: Partial<ExcelJS.Alignment> = {};
  if (s.horizontalAlignment === 'left' || s.horizontalAlignment === 'center' || s.horizontalAlignment === 'right')
    al.horizontal = s.horizontalAlignment;
  if (s.verticalAlignment === 'top' || s.verticalAlignment === 'middle') al.vertical = s.verticalAlignment;
  if (s.wrapStrategy === 'WRAP') al.wrapText = true;
  if (Object.keys(al).length) out.alignment = al;
  return out;
}

export function styleFromXlsx(cell: ExcelJS.Cell): CellStyle | undefined {
  const s: Record<string, unknown> = {};
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== 'General') s.numberFormat = numFmt;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: XColor; bgColor?: XColor } | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern && fill.pattern !== 'none') {
    const c = colorOf(fill.fgColor) ?? colorOf(fill.bgColor);
    if (c) s.background = c;
  }
  const font = cell.font as (Partial<ExcelJS.Font> & { color?: XColor }) | undefined;
  if (font) {
    if (font.bold) s.fontWeight = 'bold';
    if (font.italic) s.fontStyle = 'italic';
    const isDefaultColor = !font.color || font.color.theme === 1 || font.color.argb === 'FF000000';
    if (!isDefaultColor) {
      const c = colorOf(font.color);
      if (c && c !== '#000000') s.fontColor = c;
    }
    const defaultFace = font.name === undefined || font.name === 'Calibri';
    if (typeof font.size === 'number' && !(defaultFace && font.size === 11) && font.size !== 10) s.fontSize = font.size;
    if (font.name && font.name !== 'Calibri' && font.name !== 'Arial') s.fontFamily = font.name;
    if (font.underline && font.underline !== 'none') s.fontLine = 'underline';
    else if (font.strike) s.fontLine = 'line-through';
  }
  const al = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (al) {
    const h = al.horizontal;
    if (h === 'left' || h === 'center' || h === 'right') s.horizontalAlignment = h;
    else if (h === 'centerContinuous') s.horizontalAlignment = 'center';
    else if (h === 'justify' || h === 'distributed' || h === 'fill') s.horizontalAlignment = 'left';
    const v = al.vertical;
    if (v === 'top' || v === 'middle') s.verticalAlignment = v;
    else if (v === 'distributed' || v === 'justify') s.verticalAlignment = 'middle';
    if (al.wrapText) s.wrapStrategy = 'WRAP' as WrapStrategyName;
  }
  return intern(s);
}

// Makes Arial 10 (Sheets' default) the workbook's default font instead of ExcelJS's Calibri 11.
// Suites size columns by the default font's digit width: where Calibri is missing (LibreOffice without Carlito) a
// fallback face made every column about 30 % wider than written; Arial has the same metric-compatible face everywhere.
import { createRequire } from 'node:module';
import { DEFAULT_FONT_SIZE, DESKTOP_FONT } from './textFit';

interface FontModel {
  name?: string;
  size?: number;
  scheme?: string;
}
interface StylesXformProto {
  _addFont(font: FontModel): number;
  model: { fonts: unknown[] };
  __mentorMonitorDefaultFont?: boolean;
}

let patched = false;

/** Patches ExcelJS 4.4's style writer once: the default (first) font it adds becomes Arial 10. */
export function useDesktopDefaultFont(): void {
  if (patched) return;
  patched = true;
  const require = createRequire(__filename);
  // ExcelJS adds its default font through _addFont when the font list is still empty (lib/xlsx/xform/style/styles-xform.js).
  const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as { prototype: StylesXformProto };
  const proto = StylesXform.prototype;
  if (typeof proto._addFont !== 'function' || proto.__mentorMonitorDefaultFont) return;
  const original = proto._addFont;
  proto._addFont = function addFont(this: StylesXformProto, font: FontModel): number {
    const isDefault = this.model.fonts.length === 0 && font.name === 'Calibri' && font.size === 11 && font.scheme === 'minor';
    return original.call(this, isDefault ? { name: DESKTOP_FONT, size: DEFAULT_FONT_SIZE } : font);
  };
  proto.__mentorMonitorDefaultFont = true;
}

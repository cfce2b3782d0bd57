// Apps Script Range over the in-memory grid: values and formats (rangeCore, rangeFormats), notes, validations, merges, copy, protection.
import type { Rect } from './a1';
import { rectInside, rectsIntersect } from './a1';
import { Cell, shiftFormula, writeInput } from './cell';
import type { LocalProtection } from './protection';
import { LocalDataValidation, LocalDataValidationBuilder } from './validation';
import type { CellValue } from './values';
import { gasTypeName } from './values';
import { restrictToProduct } from './usedApi';
import { RangeFormats } from './rangeFormats';
export type { ClearOptions } from './rangeCore';

const MERGE_ERROR = 'You must select all cells in a merged range to merge or unmerge them.';

/** A rectangular block of cells on one sheet (Apps Script Range). */
export class LocalRange extends RangeFormats {
  // ---- notes -----------------------------------------------------------------------------------------------

  getNotes(): string[][] {
    this.t('getNotes');
    return this.read((c) => c?.note ?? '');
  }
  getNote(): string {
    this.t('getNote');
    return this.first()?.note ?? '';
  }
  setNote(note: string | null): this {
    this.t('setNote');
    const text = note === null || note === undefined ? '' : String(note);
    if (text === '') this.eachExisting((c) => { c.note = ''; });
    else this.each((c) => { c.note = text; });
    return this;
  }
  setNotes(notes: unknown[][]): this {
    this.t('setNotes');
    const rows = this.checkShape('setNotes', notes);
    this.each((c, i, j) => {
      const v = rows[i][j];
      c.note = v === null || v === undefined ? '' : String(v);
    });
    return this;
  }

  // ---- data validation -------------------------------------------------------------------------------------

  private ruleOf(method: string, rule: unknown): LocalDataValidation | null {
    if (rule === null || rule === undefined) return null;
    if (rule instanceof LocalDataValidation) return rule;
    const type = rule instanceof LocalDataValidationBuilder ? 'SpreadsheetApp.DataValidationBuilder' : gasTypeName(rule);
    this.fail(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  getDataValidations(): (LocalDataValidation | null)[][] {
    this.t('getDataValidations');
    return this.read((c) => c?.dv ?? null);
  }
  getDataValidation(): LocalDataValidation | null {
    this.t('getDataValidation');
    return this.first()?.dv ?? null;
  }
  setDataValidation(rule: LocalDataValidation | null): this {
    this.t('setDataValidation');
    const r = this.ruleOf('setDataValidation', rule);
    if (r === null) this.eachExisting((c) => { c.dv = null; });
    else this.each((c) => { c.dv = r; });
    return this;
  }
  setDataValidations(rules: unknown[][]): this {
    this.t('setDataValidations');
    const rows = this.checkShape('setDataValidations', rules);
    const conv = rows.map((row) => row.map((v) => this.ruleOf('setDataValidations', v)));
    this.each((c, i, j) => { c.dv = conv[i][j]; });
    return this;
  }
  clearDataValidations(): this {
    this.t('clearDataValidations');
    this.eachExisting((c) => { c.dv = null; });
    return this;
  }

  // ---- checkboxes ------------------------------------------------------------------------------------------

  private checkboxValues(dv: LocalDataValidation | null): [unknown, unknown] | null {
    if (!dv || dv.criteria !== 'CHECKBOX') return null;
    const v = dv.getCriteriaValues();
    return [v.length > 0 ? v[0] : true, v.length > 1 ? v[1] : false];
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.t('insertCheckboxes');
    const b = new LocalDataValidationBuilder(this.env).requireCheckbox(checkedValue, uncheckedValue);
    const rule = b.build();
    const unchecked = uncheckedValue !== undefined ? uncheckedValue : checkedValue !== undefined ? '' : false;
    const ctx = this.ctx();
    this.each((c) => {
      c.dv = rule;
      writeInput(c, unchecked, ctx);
    });
    this.sheet.contentChanged();
    return this;
  }
  isChecked(): boolean | null {
    this.t('isChecked');
    let checked = 0;
    let unchecked = 0;
    let other = 0;
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++) {
        const c = this.sheet.cellAt(this.r0 + i, this.c0 + j);
        const vals = this.checkboxValues(c?.dv ?? null);
        if (!c || !vals) other++;
        else if (c.v === vals[0]) checked++;
        else unchecked++;
      }
    }
    if (other > 0 || (checked > 0 && unchecked > 0)) return null;
    return checked > 0;
  }
  private setChecked(method: string, on: boolean): this {
    this.t(method);
    this.eachExisting((c) => {
      const vals = this.checkboxValues(c.dv);
      if (vals) {
        c.v = (on ? vals[0] : vals[1]) as CellValue;
        c.f = '';
      }
    });
    this.sheet.contentChanged();
    return this;
  }
  check(): this {
    return this.setChecked('check', true);
  }
  uncheck(): this {
    return this.setChecked('uncheck', false);
  }

  // ---- merges ----------------------------------------------------------------------------------------------

  private addMerges(rects: Rect[]): void {
    const merges = this.sheet.merges;
    const mine = this.rect();
    for (const m of merges) {
      if (rectsIntersect(m, mine) && !rectInside(m, mine)) this.fail(MERGE_ERROR);
    }
    this.sheet.merges = merges.filter((m) => !rectInside(m, mine));
    for (const r of rects) {
      if (r.numRows === 1 && r.numCols === 1) continue;
      // Sheets keeps only the top-left value of a merged block.
      for (let i = 0; i < r.numRows; i++) {
        for (let j = 0; j < r.numCols; j++) {
          if (i === 0 && j === 0) continue;
          const c = this.sheet.cellAt(r.row + i, r.col + j);
          if (c) { c.v = ''; c.f = ''; }
        }
      }
      this.sheet.merges.push({ ...r });
    }
    this.sheet.contentChanged();
  }
  merge(): this {
    this.t('merge');
    this.addMerges([this.rect()]);
    return this;
  }
  mergeAcross(): this {
    this.t('mergeAcross');
    const rects: Rect[] = [];
    for (let i = 0; i < this.nr; i++) rects.push({ row: this.r0 + i, col: this.c0, numRows: 1, numCols: this.nc });
    this.addMerges(rects);
    return this;
  }
  breakApart(): this {
    this.t('breakApart');
    const mine = this.rect();
    for (const m of this.sheet.merges) {
      if (rectsIntersect(m, mine) && !rectInside(m, mine)) this.fail(MERGE_ERROR);
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !rectInside(m, mine));
    return this;
  }
  getMergedRanges(): LocalRange[] {
    this.t('getMergedRanges');
    const mine = this.rect();
    return this.sheet.merges.filter((m) => rectsIntersect(m, mine)).map((m) => this.sheet.rangeAt(m));
  }
  isPartOfMerge(): boolean {
    this.t('isPartOfMerge');
    const mine = this.rect();
    return this.sheet.merges.some((m) => rectsIntersect(m, mine));
  }

  // ---- copy ------------------------------------------------------------------------------------------------

  /**
   * Range.copyTo(destination[, options | copyPasteType[, transposed]]): copies values, formulas (references moved
   * like Sheets does), formats, notes, validations and merges into a block the size of this range at the
   * destination's top-left cell.
   */
  copyTo(destination: LocalRange, optionsOrType?: unknown, transposed?: boolean): void {
    this.t('copyTo');
    if (transposed) this.fail('Локальная среда не поддерживает copyTo с транспонированием.');
    let contents = true;
    let formats = true;
    let validations = true;
    let merges = true;
    if (typeof optionsOrType === 'string') {
      contents = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_VALUES', 'PASTE_FORMULA'].includes(optionsOrType);
      formats = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT'].includes(optionsOrType);
      validations = ['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_DATA_VALIDATION'].includes(optionsOrType);
      merges = formats;
    } else if (optionsOrType && typeof optionsOrType === 'object') {
      const o = optionsOrType as { contentsOnly?: boolean; formatOnly?: boolean };
      if (o.contentsOnly) { formats = false; validations = false; merges = false; }
      if (o.formatOnly) { contents = false; validations = false; }
    }
    const valuesOnly = optionsOrType === 'PASTE_VALUES';
    const dest = destination.rect();
    const dSheet = destination.sheet;
    dSheet.ensureSize(dest.row + this.nr - 1, dest.col + this.nc - 1, this.env);
    const snapshot: (Cell | undefined)[][] = this.read((c) => c?.clone());
    const dRow = dest.row - this.r0;
    const dCol = dest.col - this.c0;
    for (let i = 0; i < this.nr; i++) {
      const rowArr = dSheet.rowArray(dest.row + i);
      for (let j = 0; j < this.nc; j++) {
        const src = snapshot[i][j];
        const idx = dest.col - 1 + j;
        let cell = rowArr[idx];
        if (!cell) {
          if (!src) continue;
          cell = new Cell();
          rowArr[idx] = cell;
        }
        if (contents) {
          if (src && src.f && !valuesOnly) {
            cell.f = shiftFormula(src.f, dRow, dCol);
            cell.v = src.v;
          } else {
            cell.f = '';
            cell.v = src ? src.v : '';
          }
        }
        if (formats) {
          cell.s = src?.s;
          cell.note = src?.note ?? '';
        }
        if (validations) cell.dv = src?.dv ?? null;
      }
    }
    if (merges) {
      const target: Rect = { row: dest.row, col: dest.col, numRows: this.nr, numCols: this.nc };
      const inside = this.sheet.merges.filter((m) => rectInside(m, this.rect()));
      dSheet.merges = dSheet.merges.filter((m) => !rectsIntersect(m, target));
      for (const m of inside) dSheet.merges.push({ ...m, row: m.row + dRow, col: m.col + dCol });
    }
    dSheet.contentChanged();
  }

  // ---- protection ------------------------------------------------------------------------------------------

  protect(): LocalProtection {
    this.t('protect');
    return this.sheet.addRangeProtectionInternal(this.rect());
  }

  toString(): string {
    return 'Range';
  }

}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalRange.prototype, 'Range');

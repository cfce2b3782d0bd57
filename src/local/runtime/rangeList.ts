// Apps Script RangeList: ranges of one sheet named at once by their A1 notations (Sheet.getRangeList).
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import { restrictToProduct } from './usedApi';

/**
 * Google, reference/spreadsheet/sheet#getRangeList: «Returns the RangeList collection representing the ranges in the
 * same sheet specified by a non-empty list of A1 notations»; RangeList.getRanges(): «Returns a list of one or more
 * Range instances in the same sheet».
 */
export class LocalRangeList {
  constructor(
    private readonly sheet: LocalSheet,
    private readonly ranges: LocalRange[],
  ) {}

  getRanges(): LocalRange[] {
    this.sheet.track('RangeList', 'getRanges');
    return [...this.ranges];
  }

  toString(): string {
    return 'RangeList';
  }
}

restrictToProduct(LocalRangeList.prototype, 'RangeList');

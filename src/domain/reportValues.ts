// The values of one unit's tab by meaning (organisations, forms, indicators, contacts): what the importer and the roll-up write.
import type { CellValue } from './model';

/** Values of one unit as a coordinator would type them; any field may be absent. */
export interface ReportValues {
  orgs?: { general?: CellValue; additional?: CellValue };
  forms?: Record<string, { general?: CellValue; additional?: CellValue; examples?: CellValue }>;
  /** Per indicator: previous and current year. Share indicators: a percentage, unless involved/total are given. */
  indicators?: Record<
    string,
    {
      prev?: CellValue;
      cur?: CellValue;
      involvedPrev?: CellValue;
      totalPrev?: CellValue;
      involvedCur?: CellValue;
      totalCur?: CellValue;
      /** Column «Комментарий» beside the indicator. */
      comment?: CellValue;
    }
  >;
  contacts?: { name?: CellValue; position?: CellValue; phone?: CellValue; email?: CellValue };
  ready?: boolean;
  /** A school's block (level «муниципалитет»): per form key its да/нет and counts, per document name its да/нет. */
  school?: {
    forms?: Record<string, { runs?: CellValue; mentors?: CellValue; mentees?: CellValue; pairs?: CellValue }>;
    documents?: Record<string, CellValue>;
    directions?: CellValue;
  };
}

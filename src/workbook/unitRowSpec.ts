// The vocabulary of a unit tab's layout: its columns, the row and input specs, the section style and the help texts.
import { HEADER_COLOUR, INPUT_COLOUR, type CellStyle } from './sheetDoc';
import { KEY_COL } from './settingsLayout';

/** Columns of a unit tab: A hidden key, B label, C/D values, E text. */
export const COL = { key: KEY_COL, label: 2, c: 3, d: 4, e: 5 } as const;

export type InputType = 'count' | 'countOrDash' | 'percent' | 'text' | 'email' | 'checkbox' | 'yesno';

export interface InputSpec {
  col: number;
  type: InputType;
  label: string;
  /** For "implementing ≤ total": the row key whose value in the same column is the maximum. */
  maxKey?: string;
}

export interface RowSpec {
  key: string;
  label: string;
  style?: CellStyle;
  /** Header texts for columns C.. on section rows. */
  headers?: string[];
  inputs: InputSpec[];
  /** Formula template for columns C and D; {involved}/{total} are replaced by A1 references of that column. */
  computed?: boolean;
}

export const SECTION: CellStyle = { bold: true, background: HEADER_COLOUR, wrap: true };
export const INPUT: CellStyle = { background: INPUT_COLOUR };
export const HELP = {
  count: 'Целое число не меньше 0.',
  countOrDash: 'Целое число не меньше 0; «-», если таких организаций нет.',
  percent: 'Процент от 0 до 100, например 12,5. Заполняйте, только если нет чисел обучающихся.',
  email: 'Адрес электронной почты.',
  yesno: 'Выберите «да» или «нет».',
} as const;

/** The answers of a school's «да/нет» cells, as its data-validation list offers them. */
export const YES_NO = ['да', 'нет'] as const;

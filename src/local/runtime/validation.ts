// Data validation rules and their builder, as SpreadsheetApp.newDataValidation() provides them.
import type { RuntimeEnv } from './env';
import { isDate } from './values';
import { restrictToProduct } from './usedApi';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
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
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;

export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

function copyValue(v: unknown): unknown {
  if (isDate(v)) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

/** A comparable text form of criteria values (ranges by their A1 notation, dates by their time). */
export function criteriaValuesKey(values: readonly unknown[]): string {
  return JSON.stringify(values, function (this: unknown, _k: string, v: unknown) {
    if (v && typeof v === 'object' && typeof (v as { refKey?: unknown }).refKey === 'function') {
      return { range: (v as { refKey(): string }).refKey() };
    }
    return v;
  });
}

/** An immutable data validation rule (Apps Script DataValidation). */
export class LocalDataValidation {
  constructor(
    readonly criteria: DataValidationCriteriaName,
    private readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    private readonly env: RuntimeEnv,
  ) {}

  getCriteriaType(): DataValidationCriteriaName {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.values.map(copyValue);
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  copy(): LocalDataValidationBuilder {
    const b = new LocalDataValidationBuilder(this.env);
    b.withCriteria(this.criteria, this.values.map(copyValue));
    b.setAllowInvalid(this.allowInvalid);
    if (this.helpText !== null) b.setHelpText(this.helpText);
    return b;
  }

  /** Structural equality (same criteria, values, allowInvalid and help text). */
  sameAs(other: LocalDataValidation): boolean {
    return (
      this.criteria === other.criteria &&
      this.allowInvalid === other.allowInvalid &&
      this.helpText === other.helpText &&
      criteriaValuesKey(this.values) === criteriaValuesKey(other.values)
    );
  }

  toString(): string {
    return 'DataValidation';
  }
}

/** SpreadsheetApp.newDataValidation(). New rules allow invalid data (show a warning) unless told otherwise. */
export class LocalDataValidationBuilder {
  private criteria: DataValidationCriteriaName | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly env: RuntimeEnv) {}

  private set(c: DataValidationCriteriaName, values: unknown[]): this {
    this.criteria = c;
    this.values = values.map(copyValue);
    return this;
  }

  private num(method: string, ...args: unknown[]): void {
    for (const a of args) {
      if (typeof a !== 'number' || Number.isNaN(a)) {
        const types = args.map((x) => (typeof x === 'number' ? 'number' : typeof x === 'string' ? 'String' : '(class)'));
        this.env.fail(
          `The parameters (${types.join(',')}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`,
        );
      }
    }
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const v: unknown[] = [];
    if (checkedValue !== undefined) v.push(checkedValue);
    if (uncheckedValue !== undefined) v.push(uncheckedValue);
    return this.set('CHECKBOX', v);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  requireNumberBetween(start: number, end: number): this {
    this.num('requireNumberBetween', start, end);
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    this.num('requireNumberGreaterThanOrEqualTo', n);
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    this.num('requireNumberLessThanOrEqualTo', n);
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    return this.set('VALUE_IN_LIST', [values.map((v) => String(v)), Boolean(showDropdown)]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range, Boolean(showDropdown)]);
  }
  withCriteria(criteria: DataValidationCriteriaName, args: unknown[]): this {
    return this.set(criteria, Array.isArray(args) ? args : []);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = String(helpText);
    return this;
  }
  getCriteriaType(): DataValidationCriteriaName | null {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map(copyValue);
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  copy(): LocalDataValidationBuilder {
    const b = new LocalDataValidationBuilder(this.env);
    if (this.criteria) b.withCriteria(this.criteria, this.values);
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
  build(): LocalDataValidation {
    if (!this.criteria) this.env.fail('You must set a data validation criteria before building the rule.');
    return new LocalDataValidation(this.criteria, this.values.map(copyValue), this.allowInvalid, this.helpText, this.env);
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalDataValidation.prototype, 'DataValidation');
restrictToProduct(LocalDataValidationBuilder.prototype, 'DataValidationBuilder');

// How many errors and warnings a check found, in Russian («1 ошибка, 3 предупреждения»): one wording for the «Проверка» tab, the report and the CLI.
import { Finding } from './model';
import { countWith, PluralForms } from './russian';

const ERRORS: PluralForms = ['ошибка', 'ошибки', 'ошибок'];
const WARNINGS: PluralForms = ['предупреждение', 'предупреждения', 'предупреждений'];

export function findingCountsText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${countWith(errors, ERRORS)}, ${countWith(findings.length - errors, WARNINGS)}`;
}

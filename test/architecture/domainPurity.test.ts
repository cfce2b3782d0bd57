// The domain layer runs inside Apps Script and in Node alike: no Apps Script services, no Node modules, no Intl.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../src/domain');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

test.each(files)('src/domain/%s uses plain values only', (file) => {
  const code = readFileSync(join(dir, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  expect(code).not.toMatch(
    /\b(SpreadsheetApp|HtmlService|LockService|PropertiesService|CacheService|ScriptApp|Session|Utilities|Logger|Charts)\./,
  );
  expect(code).not.toMatch(/from ['"](node:|fs|path|exceljs|gas-local)/);
  expect(code).not.toMatch(/from ['"]\.\.\/(workbook|local|report)/);
  expect(code).not.toMatch(/\bIntl\./);
});

// The scenario bundle (dist-scenarios/, built next to dist/) runs locally on the same bundle: every scenario passes, one
// line each; it refuses a spreadsheet that is not a scratch one; and the user's bundle (dist/) never contains it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRuntime, LocalSpreadsheet, loadBundle } from '../../src/local/runtime';
import { silent } from '../helpers/bundle';

function scenariosIn(name: string) {
  const ss = new LocalSpreadsheet(name);
  const runtime = createRuntime(ss, { console: silent });
  const g = loadBundle('dist-scenarios', runtime) as unknown as { runScenarios(): string[] };
  return { ss, runtime, g };
}

test('every end-to-end scenario passes in the local runtime, one PASS line each', () => {
  const { g, runtime } = scenariosIn('Сценарии (черновик)');
  const lines = g.runScenarios();
  expect(lines.length).toBeGreaterThanOrEqual(9);
  for (const line of lines) expect(line).toMatch(/^PASS /);
  // The same lines go to the execution log, which is where a maintainer reads them in Sheets.
  expect(runtime.logs.map((l) => l.message)).toEqual(expect.arrayContaining([...lines, `Все сценарии прошли: ${lines.length}`]));
});

test('in a spreadsheet not named as a scratch one, nothing is deleted and the scenarios fail with the reason', () => {
  const { g, ss } = scenariosIn('Мониторинг 2021');
  ss.insertSheet('Важные данные');
  const lines = g.runScenarios();
  expect(lines[0]).toBe(
    'FAIL Подготовить таблицу: «Настройки» и «Инструкция», каждая не больше, чем ей нужно: сценарии запускаются только в черновой таблице, название которой начинается на «Сценарии»',
  );
  expect(ss.getSheetByName('Важные данные')).not.toBeNull();
});

test('the scenario project is dist/ plus Scenarios.js; dist/ itself has no scenario code', () => {
  expect(readdirSync('dist-scenarios').sort()).toEqual([...readdirSync('dist'), 'Scenarios.js'].sort());
  expect(readFileSync('dist-scenarios/Code.js', 'utf8')).toBe(readFileSync('dist/Code.js', 'utf8'));
  expect(existsSync('dist/Scenarios.js')).toBe(false);
  expect(readFileSync('dist/Code.js', 'utf8')).not.toContain('runScenarios');
  expect(readFileSync('dist-scenarios/Scenarios.js', 'utf8')).toMatch(/^function runScenarios\(\) \{$/m);
});

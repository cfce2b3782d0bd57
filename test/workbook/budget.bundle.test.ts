// The call budget of a build on the bundled sample: deterministic counts, so a proper test (timings live in the benchmark).
import { sampleSession, settingsUnitRow } from '../helpers/bundle';

test('building the sample: reads ≤ units + 5, nothing read after the first write, six value writes', () => {
  const s = sampleSession();
  s.runtime.resetCalls();
  const r = s.globals.buildSummary() as { ok: boolean };
  expect(r.ok).toBe(true);
  const c = s.runtime.calls;
  expect(c.byKind.read).toBeLessThanOrEqual(20 + 5);
  expect(c.byMethod.getSheetValues).toBe(21); // the settings and 20 unit tabs, one call each
  expect(c.byKind.flush).toBe(0);
  expect(s.runtime.eventsAfterFirst('write', 'read')).toEqual([]);
  expect(c.byMethod.setValues).toBe(6); // one per summary tab, «Ход сбора» included
  expect(c.byMethod.getValue ?? 0).toBe(0);
  expect(c.byMethod.setValue ?? 0).toBe(0);
});

test('«Создать вкладки» after a unit is renamed in the settings adds its tab, keeps the old filled one and says so', () => {
  const s = sampleSession();
  const settings = s.ss.getSheetByName('Настройки')!;
  const row = settingsUnitRow(s.ss, 'г. Кедровый');
  settings.getRange(row, 2).setValue('городской округ Кедровый');
  const before = s.ss.getSheetByName('г. Кедровый')!.getDataRange().getValues();
  const r = s.globals.createTabs() as { message: string };
  expect(r.message).toContain('Создано 1 вкладка: городской округ Кедровый.');
  expect(r.message).toContain('Вкладки единиц, которых нет в настройках (не удалены): г. Кедровый.');
  expect(s.ss.getSheetByName('г. Кедровый')!.getDataRange().getValues()).toEqual(before);
});

// «Применить защиту» under a Sheets service failure at every call position: choosing it again ends with exactly the
// protections of a clean run, and the failed run never claims it protected what it did not.
import { importCsvFolder } from '../../src/local/csvImport';
import { markReady, settingsUnitRow, workbookSession } from '../helpers/bundle';
import { type FaultCase, underFaults } from '../helpers/faults';

type R = { ok: boolean; message: string };

const sample = importCsvFolder('data/tomsk-2021');
const UNITS = ['г. Томск', 'г. Кедровый', 'Асиновский район'];

/** Three units of the sample, with staff and a coordinator e-mail, protected once (so a run replaces protections). */
function fresh() {
  const settings0 = { ...sample.settings, units: sample.settings.units.filter((u) => UNITS.includes(u.name)) };
  const s = workbookSession(settings0, Object.fromEntries(UNITS.map((u) => [u, sample.reports[u]])));
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue('metodist@example.org');
  settings.getRange(settingsUnitRow(s.ss, 'г. Томск'), 4).setValue('tomsk.coordinator@example.org');
  s.globals.applyProtections();
  return s;
}

const apply: FaultCase<R> = { fresh, act: (s) => s.globals.applyProtections() as R, pending: () => false };

test('a failure at any call of «Применить защиту», then the item chosen again: the protections of a clean run', () => {
  const { expected, outcomes } = underFaults(apply, 'any');
  // 71 positions since a tab's input rows are named in one getRangeList call (a getRange per row before: over 100).
  expect(outcomes.length).toBeGreaterThan(60);
  const differing = outcomes.filter((o) => JSON.stringify(o.state) !== JSON.stringify(expected)).map((o) => o.at);
  expect(differing).toEqual([]);
  // A run that failed half-way says so: Apps Script's own error (a call outside any tab's protection: reading the tabs,
  // finding «Настройки», showing the result), or a Russian sentence naming the one tab and asking to choose the item
  // again — never a settings problem (a failed read of «Настройки» once read as an empty tab).
  const RETRY =
    /^Защита применена не полностью\. Google Таблицы не дали защитить 1 вкладку: (г\. Томск|г\. Кедровый|Асиновский район|Настройки)\. Выберите «Применить защиту» ещё раз\.\n/;
  // The error comes from the bundle's realm: an Apps Script «Exception», not this realm's Error.
  const thrown = (f: R | Error): f is Error => (f as Error).name === 'Exception';
  for (const o of outcomes) {
    if (thrown(o.failed)) expect(o.failed.message).toMatch(/^Service Spreadsheets failed while accessing document/);
    else if (!o.failed.ok) expect(o.failed.message).toMatch(RETRY);
  }
  expect(outcomes.filter((o) => !thrown(o.failed) && o.failed.ok).map((o) => o.at)).toHaveLength(1); // getUi: no alert to show
});

test('a failure at any call of «Закрыть приём отчётов», then the item chosen again: the protections of a clean run', () => {
  const close: FaultCase<R> = {
    fresh: () => {
      const s = fresh();
      for (const tab of ['г. Томск', 'Асиновский район']) markReady(s.ss, tab);
      return s;
    },
    act: (s) => s.globals.closeIntake() as R,
    pending: () => false,
  };
  const { expected, outcomes } = underFaults(close, 'any');
  expect(outcomes.length).toBeGreaterThan(20);
  expect(outcomes.filter((o) => JSON.stringify(o.state) !== JSON.stringify(expected)).map((o) => o.at)).toEqual([]);
});

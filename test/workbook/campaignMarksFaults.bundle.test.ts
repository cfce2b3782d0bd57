// «Запросить уточнение…» and «Принять отчёт» under a Sheets service failure at every call position: choosing the item
// again (with the same answer) ends with exactly the workbook of a clean run — notes, the line atop the tab, the
// protections and «Ход сбора» — and a run that failed half-way says so.
import { importCsvFolder } from '../../src/local/csvImport';
import { cellOf } from '../helpers/badInputs';
import { settingsUnitRow, workbookSession } from '../helpers/bundle';
import { type FaultCase, underFaults } from '../helpers/faults';

type R = { ok: boolean; message: string };
const sample = importCsvFolder('data/tomsk-2021');
const TOMSK = 'г. Томск';
const UNITS = [TOMSK, 'Асиновский район'];

/** Two units, staff and a coordinator e-mail, protected and checked; `accept` leaves г. Томск accepted. */
function fresh(accept: boolean) {
  const settings0 = { ...sample.settings, units: sample.settings.units.filter((u) => UNITS.includes(u.name)) };
  const s = workbookSession(settings0, Object.fromEntries(UNITS.map((u) => [u, sample.reports[u]])));
  const settings = s.ss.getSheetByName('Настройки')!;
  const values = settings.getDataRange().getValues();
  settings.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue('metodist@example.org');
  settings.getRange(settingsUnitRow(s.ss, TOMSK), 4).setValue('tomsk.coordinator@example.org');
  s.globals.applyProtections();
  s.globals.checkData();
  s.ss.getSheetByName(TOMSK)!.activate();
  if (accept) s.globals.acceptReport();
  // The staff member's selection stays where it is between the runs.
  s.ss
    .getSheetByName(TOMSK)!
    .getRange(cellOf(s.ss, TOMSK, 'orgs', 'C'))
    .activate();
  return s;
}

const differing = (r: ReturnType<typeof underFaults<R>>) =>
  r.outcomes.filter((o) => JSON.stringify(o.state) !== JSON.stringify(r.expected)).map((o) => o.at);
const thrown = (f: R | Error): f is Error => (f as Error).name === 'Exception';

test('a failure at any call of «Запросить уточнение…» on an accepted tab, then the item again: a clean run’s workbook', () => {
  const request: FaultCase<R> = {
    fresh: () => fresh(true),
    act: (s) => {
      s.runtime.queuePromptAnswers({ button: 'OK', text: 'Проверьте число организаций' });
      return s.globals.requestClarification() as R;
    },
    pending: () => false,
  };
  const result = underFaults(request, 'any');
  expect(result.outcomes.length).toBeGreaterThan(30);
  expect(differing(result)).toEqual([]);
  for (const o of result.outcomes) {
    if (thrown(o.failed)) expect(o.failed.message).toMatch(/^Service Spreadsheets failed while accessing document/);
    else if (!o.failed.ok)
      expect(o.failed.message).toMatch(
        // A failure before the prompt is answered changes nothing, and says so.
        /^(Запрос уточнения отменён: ничего не изменено\.$|Записано не полностью \(.+\)\. Выберите «Запросить уточнение…» ещё раз на ячейке C\d+ — запись завершится\.|«г\. Томск»: Google Таблицы не дали изменить защиту)/,
      );
  }
});

test('a failure at any call of «Принять отчёт», then the item again: a clean run’s workbook', () => {
  const accept: FaultCase<R> = { fresh: () => fresh(false), act: (s) => s.globals.acceptReport() as R, pending: () => false };
  const result = underFaults(accept, 'any');
  expect(result.outcomes.length).toBeGreaterThan(30);
  expect(differing(result)).toEqual([]);
});

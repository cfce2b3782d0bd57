// An empty unit tab is named by the check and the build, never hidden behind «ошибок 0»; the note lists it as not reported.
import { sampleData } from '../helpers/badInputs';
import { workbookSession } from '../helpers/bundle';

test('two tabs left empty: «Проверить данные» and «Построить сводку» name them after the counts (their own warnings are gone with their figures)', () => {
  const { settings, reports } = sampleData();
  const [first, second] = settings.units;
  delete reports[first.tab];
  delete reports[second.tab];
  expect([first.name, second.name]).toEqual(['Александровский район', 'Асиновский район']);
  const s = workbookSession(settings, reports);
  const check = s.globals.checkData() as { ok: boolean; message: string };
  const build = s.globals.buildSummary() as { ok: boolean; message: string };
  expect(check.message).toBe(
    `Проверка: ошибок 1, предупреждений 27; не заполнены: Александровский район, Асиновский район. Подробности — на вкладке «Проверка».`,
  );
  expect(build.message).toBe(
    `Сводка построена: 20 муниципалитетов, ошибок 1, предупреждений 27; не заполнены: Александровский район, Асиновский район.`,
  );
});

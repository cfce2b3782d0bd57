// The product's end-to-end scenarios, run next to the built bundle (dist-scenarios/): locally in npm test and, by a
// maintainer, in a scratch Google spreadsheet. They call the bundle's own globals and check outcomes through Apps Script only.
import { check, checkEqual, product, type Sheet, valuesOf } from './support';

/** A scratch spreadsheet's name must start with this: the scenarios delete every tab of the spreadsheet they run in. */
export const SCRATCH_PREFIX = 'Сценарии';

const UNITS = ['Северный район', 'Южный район', 'г. Примерный'];
type Result = { ok: boolean; message: string; pending?: boolean; output?: { summary: { unitCount: number } } };
type NoteStep = { ok?: boolean; message: string; pending?: boolean; document?: unknown };

const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const tab = (name: string): Sheet => {
  const sheet = ss().getSheetByName(name);
  check(sheet !== null, `нет вкладки «${name}»`);
  return sheet!;
};
/** Row (1-based) of the first row whose column A (the machine key) is `key`. */
const rowOf = (sheet: Sheet, key: string): number => {
  const at = valuesOf(sheet).findIndex((r) => r[0] === key) + 1;
  check(at > 0, `на вкладке «${sheet.getName()}» нет строки с ключом ${key}`);
  return at;
};

/** Leaves one empty tab and no document properties: every run starts from a new spreadsheet's state. */
function reset(): void {
  const book = ss();
  check(
    book.getName().startsWith(SCRATCH_PREFIX),
    `сценарии запускаются только в черновой таблице, название которой начинается на «${SCRATCH_PREFIX}»`,
  );
  const blank = book.insertSheet(`Лист1-${Date.now()}`);
  for (const sheet of book.getSheets()) if (sheet.getSheetId() !== blank.getSheetId()) book.deleteSheet(sheet);
  blank.setName('Лист1');
  PropertiesService.getDocumentProperties().deleteAllProperties();
}

export const SCENARIOS: Array<[string, () => void]> = [
  [
    'Подготовить таблицу: «Настройки» и «Инструкция», каждая не больше, чем ей нужно',
    () => {
      reset();
      const r = product().setupWorkbook() as Result;
      check(r.ok, r.message);
      checkEqual(
        ss()
          .getSheets()
          .map((s) => s.getName()),
        ['Настройки', 'Инструкция'],
      );
      for (const name of ['Настройки', 'Инструкция'])
        check(tab(name).getMaxRows() * tab(name).getMaxColumns() < 26_000, `«${name}» размером с новую вкладку`);
    },
  ],
  [
    'Создать вкладки: по одной на единицу из «Настройки», повтор ничего не меняет',
    () => {
      const settings = tab('Настройки');
      const header = rowOf(settings, 'hdr:units');
      settings.insertRowsAfter(header, UNITS.length);
      settings.getRange(header + 1, 2, UNITS.length, 1).setValues(UNITS.map((u) => [u]));
      settings.getRange(rowOf(settings, 'staff'), 3).setValue(Session.getEffectiveUser().getEmail());
      const r = product().createTabs() as Result;
      check(r.ok, r.message);
      for (const u of UNITS) tab(u);
      const count = ss().getSheets().length;
      check((product().createTabs() as Result).message.includes('Новых вкладок не понадобилось'), 'повтор создал вкладки');
      checkEqual(ss().getSheets().length, count);
    },
  ],
  [
    'Заполнить значения: числа в жёлтые ячейки, одна ошибка («восемь»)',
    () => {
      UNITS.forEach((u, i) => {
        const sheet = tab(u);
        sheet.getRange(rowOf(sheet, 'orgs'), 3, 1, 2).setValues([[10 + i, 2]]);
        sheet.getRange(rowOf(sheet, 'form:teacher_student'), 3, 1, 2).setValues([[i === 1 ? 'восемь' : 5 + i, 1]]);
      });
      checkEqual(
        tab(UNITS[0])
          .getRange(rowOf(tab(UNITS[0]), 'orgs'), 3)
          .getValue(),
        10,
      );
    },
  ],
  [
    'Проверить данные: замечание про «восемь» с вкладкой и ячейкой на «Проверка»',
    () => {
      const r = product().checkData() as Result;
      check(r.message.startsWith('Проверка:'), r.message);
      const found = valuesOf(tab('Проверка')).find((row) => row.includes('восемь'));
      check(found !== undefined, 'на «Проверка» нет строки про «восемь»');
      check(found!.includes(UNITS[1]), 'замечание не называет единицу');
    },
  ],
  [
    'Построить сводку: вкладки сводки есть, вкладки единиц и «Настройки» не изменились',
    () => {
      const before = [...UNITS, 'Настройки'].map((n) => JSON.stringify(valuesOf(tab(n))));
      const r = product().buildSummary() as Result;
      check(r.ok && !r.pending, r.message);
      for (const name of ['Свод по формам', 'Свод по показателям', 'Справка', 'Рекомендации']) tab(name);
      checkEqual(
        [...UNITS, 'Настройки'].map((n) => JSON.stringify(valuesOf(tab(n)))),
        before,
      );
    },
  ],
  [
    'Справка (.docx) по частям: по 2 вкладки за запуск — те же данные, что за один запуск, скрытая вкладка удалена, ничего не изменено',
    () => {
      const all = () =>
        ss()
          .getSheets()
          .map((s) => `${s.getName()}:${JSON.stringify(valuesOf(s))}`);
      const before = all();
      const single = JSON.stringify(product().noteDocument());
      const props = PropertiesService.getDocumentProperties();
      props.setProperty('mentorMonitor.tabsPerRun', '2');
      try {
        let r = product().noteDocument() as NoteStep;
        check(r.pending === true, 'справка прочитана за один запуск');
        for (let i = 0; r.pending && i < 10; i++) r = product().continueRun(false, 'note') as NoteStep;
        check(r.ok === true && r.document !== undefined, r.message);
        checkEqual(JSON.stringify(r.document), single);
      } finally {
        props.setProperty('mentorMonitor.tabsPerRun', ''); // empty: the default count per run again
      }
      checkEqual(all(), before);
    },
  ],
  [
    'Применить защиту: тот, кто запустил, остаётся редактором, домен редактировать не может',
    () => {
      const r = product().applyProtections() as Result;
      check(r.ok, r.message);
      const me = Session.getEffectiveUser().getEmail();
      const sheetProtection = tab(UNITS[0]).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      check(sheetProtection !== undefined, 'вкладка единицы не защищена');
      check(
        sheetProtection.getEditors().some((u) => u.getEmail() === me),
        'запустивший не среди редакторов',
      );
      check(!sheetProtection.canDomainEdit(), 'домен может редактировать');
    },
  ],
  [
    'Боковые панели: selectCell выделяет ячейку, continueRun без начатой сборки объясняет, что делать',
    () => {
      check(product().selectCell(UNITS[2], 'C5') === true, 'selectCell вернул не true');
      checkEqual(ss().getActiveSheet().getName(), UNITS[2]);
      check(product().selectCell('Нет такой вкладки', 'C5') === false, 'selectCell нашёл несуществующую вкладку');
      const r = product().continueRun() as Result;
      check(!r.ok && r.message.startsWith('Продолжать нечего'), r.message);
    },
  ],
  [
    'Формулы: COVERAGE, GROWTHPCT, PLAN из переданных «Настройки»',
    () => {
      checkEqual(product().COVERAGE(184, 289), 63.67);
      checkEqual(product().GROWTHPCT(529, 510), -3.59);
      const settings = tab('Настройки');
      const columns = settings.getRange(1, 1, settings.getMaxRows(), settings.getMaxColumns()).getValues();
      checkEqual(product().PLAN(1, 2021, columns), 20);
    },
  ],
  [
    'Новый отчётный год: сводка в архиве с годом, год в «Настройки» +1, повтор ничего не делает',
    () => {
      const settings = tab('Настройки');
      const year = Number(settings.getRange(rowOf(settings, 'year'), 3).getValue());
      const r = product().startNewYear() as Result;
      check(r.ok, r.message);
      tab(`Справка ${year}`);
      checkEqual(Number(settings.getRange(rowOf(settings, 'year'), 3).getValue()), year + 1);
      check((product().startNewYear() as Result).message.includes('уже выполнен'), 'повтор перехода изменил таблицу');
    },
  ],
];

/** Runs every scenario in order; one line per scenario, «PASS …» or «FAIL …: why», also written to the log. */
export function runScenarios(): string[] {
  const lines: string[] = [];
  for (const [name, scenario] of SCENARIOS) {
    let line: string;
    try {
      scenario();
      line = `PASS ${name}`;
    } catch (e) {
      line = `FAIL ${name}: ${e && typeof e === 'object' && 'message' in e ? (e as Error).message : String(e)}`;
    }
    lines.push(line);
    console.log(line);
  }
  const failed = lines.filter((l) => l.startsWith('FAIL')).length;
  console.log(failed ? `Сценариев не прошло: ${failed} из ${lines.length}` : `Все сценарии прошли: ${lines.length}`);
  return lines;
}

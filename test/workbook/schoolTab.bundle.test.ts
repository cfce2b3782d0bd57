// A municipality's workbook made through the built bundle: «Настройки» list «Документы школы», «Создать вкладки» gives each
// school its block with the «да/нет» lists, and «Построить сводку» counts the organisations running a form from the answers.
import type { Settings } from '../../src/domain/model';
import { DEFAULT_SCHOOL_DOCUMENTS } from '../../src/domain/schoolReport';
import type { ReportValues } from '../../src/workbook/importer';
import { workbookSession } from '../helpers/bundle';
import { municipalSettings } from '../helpers/levels';

const CITY: Settings = {
  ...municipalSettings(
    'Город А',
    [
      ['Школа № 1', 'Школа'],
      ['Школа № 2', 'Школа'],
      ['Школа № 3', 'Школа'],
      ['ДДТ', 'Организация дополнительного образования'],
    ],
    {},
  ),
  schoolDocuments: [...DEFAULT_SCHOOL_DOCUMENTS],
};
const runs = (answer: string, [mentors, mentees, pairs] = [2, 10, 5]): ReportValues => ({
  school: { forms: { teacher_student: { runs: answer, mentors, mentees, pairs } } },
  indicators: { '5': { prev: 1, cur: 2 } },
});
const REPORTS: Record<string, ReportValues> = {
  'Школа № 1': runs('да'),
  'Школа № 2': runs('нет', [0, 0, 0]),
  'Школа № 3': runs('да'),
  ДДТ: runs('да'),
};

type Result = {
  ok: boolean;
  message: string;
  output?: { summary: { forms: { forms: Record<string, { general: { count: number; total: number } }> } } };
};

describe('a municipality’s workbook made from its settings', () => {
  const s = workbookSession(CITY, REPORTS);
  const tab = s.ss.getSheetByName('Школа № 1')!;
  const grid = tab.getDataRange().getValues();
  const rowOf = (key: string) => grid.findIndex((r) => r[0] === key) + 1;

  test('«Настройки» list the default documents under «Документы школы»', () => {
    const settings = s.ss.getSheetByName('Настройки')!.getDataRange().getValues();
    const header = settings.findIndex((r) => r[0] === 'hdr:school_documents');
    expect(settings[header - 1][1]).toBe('Документы школы');
    expect(settings.slice(header + 1, header + 1 + DEFAULT_SCHOOL_DOCUMENTS.length).map((r) => r[1])).toEqual(DEFAULT_SCHOOL_DOCUMENTS);
  });

  test('the school’s tab has its block in place of the organisation counts: да/нет, counts, documents, directions', () => {
    expect(grid.map((r) => r[0])).not.toContain('orgs');
    const runsRow = rowOf('school:teacher_student:runs');
    expect(grid.slice(runsRow - 2, runsRow + 3).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Формы наставничества в организации', 'Ответ или число', 'Яркие примеры'],
      ['«учитель–ученик»: реализуется (да/нет)', 'да', ''],
      ['   наставников, человек', 2, ''],
      ['   наставляемых, человек', 10, ''],
      ['   пар (групп)', 5, ''],
    ]);
    const docs = DEFAULT_SCHOOL_DOCUMENTS.map((d) => grid[rowOf(`school_doc:${d}`) - 1][1]);
    expect(docs).toEqual(DEFAULT_SCHOOL_DOCUMENTS);
    expect(grid[rowOf('school_directions') - 1][1]).toBe('Направления наставничества (через запятую)');
  });

  test('«Инструкция» tells a school to answer «да» or «нет» and give its counts', () => {
    const text = s.ss.getSheetByName('Инструкция')!.getDataRange().getValues().flat();
    expect(text).toContain(
      '2. По каждой форме наставничества выберите в списке «да» или «нет»: реализует ли её ваша организация. Если «да», укажите целыми числами, сколько наставников, наставляемых и пар (групп); пар не может быть больше, чем наставляемых. Если «нет», числа не заполняйте.',
    );
    expect(text.some((v) => String(v).includes('Если организаций дополнительного образования нет, поставьте «-».'))).toBe(false);
  });

  test('every «да/нет» cell offers the list «да», «нет» with help, a typed other answer warned, not rejected', () => {
    // requireValueInList(values, showDropdown) with setAllowInvalid(true) «shows a warning when input fails data
    // validation» (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
    for (const key of ['school:teacher_student:runs', `school_doc:${DEFAULT_SCHOOL_DOCUMENTS[0]}`]) {
      const v = tab.getRange(rowOf(key), 3).getDataValidation()!;
      expect([String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()]).toEqual([
        'VALUE_IN_LIST',
        [['да', 'нет'], true],
        true,
        'Выберите «да» или «нет».',
      ]);
    }
    // Every tab is the same copy: the ДО's tab has the same block.
    expect(s.ss.getSheetByName('ДДТ')!.getRange(rowOf('school:teacher_student:runs'), 3).getDataValidation()).not.toBeNull();
  });

  test('the build counts the schools answering «да» as running the form: 2 of 3 schools, «нет» counted as 0', () => {
    s.runtime.resetCalls();
    const result = s.globals.buildSummary() as Result;
    expect(result.ok).toBe(true);
    // The speed rule holds for the schools' tabs: each is read once.
    const reads = s.runtime.events.filter((e) => e.kind === 'read' && CITY.units.some((u) => u.tab === e.sheet));
    expect(reads.map((e) => e.sheet).sort()).toEqual(CITY.units.map((u) => u.tab).sort());
    expect(result.output!.summary.forms.forms.teacher_student.general).toMatchObject({ count: 2, total: 3 });
  });

  test('a «+» typed in a school’s «да/нет» is named by the check with its tab and cell', () => {
    const cell = tab.getRange(rowOf('school:teacher_student:runs'), 3);
    cell.setValue('+');
    const result = s.globals.checkData() as { message: string };
    expect(result.message).toBe('Проверка: ошибок 1, предупреждений 0. Подробности — на вкладке «Проверка».');
    const check = s.ss.getSheetByName('Проверка')!.getDataRange();
    const at = check.getValues().findIndex((r) => r.includes('Форма «учитель–ученик»: реализуется (да/нет)'));
    expect(check.getValues()[at]).toEqual([
      'ошибка',
      'Школа № 1',
      'Школа № 1',
      '',
      'Форма «учитель–ученик»: реализуется (да/нет)',
      '+',
      'Здесь нужен ответ «да» или «нет» (выберите его из списка в ячейке), а введено «+». Ответ не учтён в сводке.',
    ]);
    // «Ячейка» links to the cell on the school's tab.
    expect(check.getFormulas()[at][3]).toBe(`=HYPERLINK("#gid=${tab.getSheetId()}&range=C10","C10")`);
  });
});

// The staff's marks in Sheets: «Ход сбора» shows every state on one workbook, a clarification goes to the coordinator's
// tab and clears when the value changes and is checked again, and an accepted tab is read-only for its coordinator.
// Ui.prompt answers (button, text) as Google documents them: reference/base/ui#prompt(String,String,ButtonSet) and
// reference/base/prompt-response (getSelectedButton, getResponseText).
import { cellOf, sampleData, typeInto } from '../helpers/badInputs';
import { markReady, settingsUnitRow, workbookSession } from '../helpers/bundle';

type R = { ok: boolean; message: string };
const ASINO = 'Асиновский район';
const TOMSK = 'г. Томск';
const STAFF = 'metodist@example.org';
const COORDINATOR = 'tomsk.coordinator@example.org';
const RUNNER = 'region.admin@example.org';

/** The sample with staff and a coordinator e-mail, run by a staff member who is neither. */
function session() {
  const { settings, reports } = sampleData();
  delete reports['Александровский район'];
  const s = workbookSession(settings, reports);
  s.runtime.env.activeUserEmail = RUNNER;
  s.runtime.env.effectiveUserEmail = RUNNER;
  const tab = s.ss.getSheetByName('Настройки')!;
  const values = tab.getDataRange().getValues();
  tab.getRange(values.findIndex((r) => r[0] === 'staff') + 1, 3).setValue(STAFF);
  tab.getRange(settingsUnitRow(s.ss, TOMSK), 4).setValue(COORDINATOR);
  return s;
}
type S = ReturnType<typeof session>;

/** «Ход сбора» rows by unit, each as { header: value }. */
function campaign(s: S): Map<string, Record<string, unknown>> {
  const [, header, ...rows] = s.ss.getSheetByName('Ход сбора')!.getDataRange().getValues();
  return new Map(rows.filter((r) => r[1] !== '').map((r) => [String(r[0]), Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
}

/** The staff selects a cell of a tab and asks about it with a comment. */
function ask(s: S, tab: string, cell: string, comment: string): R {
  s.ss.getSheetByName(tab)!.getRange(cell).activate();
  s.runtime.queuePromptAnswers({ button: 'OK', text: comment });
  return s.globals.requestClarification() as R;
}

const inputOf = (s: S, tab: string) =>
  s.runtime.protectionRecords().find((p) => p.sheet === tab && p.type === 'RANGE' && p.description.startsWith('Ввод:'))!;
const editors = (s: S, tab: string) =>
  inputOf(s, tab)
    .editors.filter((e) => e !== s.ss.ownerEmail)
    .sort();

/** Whether the coordinator, signed in, may type into the tab's input cells (Protection.canEdit for the active user). */
function coordinatorCanEdit(s: S, tab: string): boolean {
  const runner = s.runtime.env.activeUserEmail;
  s.runtime.env.activeUserEmail = COORDINATOR;
  try {
    return s.ss
      .getSheetByName(tab)!
      .getProtections('RANGE')
      .find((p) => p.getDescription().startsWith('Ввод:'))!
      .canEdit();
  } finally {
    s.runtime.env.activeUserEmail = runner;
  }
}

test('«Ход сбора» shows each of the six states on one workbook', () => {
  const s = session();
  markReady(s.ss, 'Бакчарский район');
  typeInto(s.ss, 'Верхнекетский район', 'orgs', 'C', '');
  s.globals.checkData();
  expect(ask(s, ASINO, cellOf(s.ss, ASINO, 'orgs', 'C'), 'Проверьте число организаций').ok).toBe(true);
  s.ss.getSheetByName(TOMSK)!.activate();
  expect((s.globals.acceptReport() as R).message).toBe(
    'Отчёт «г. Томск» принят: координатор больше не может менять его вкладку. Вернуть отчёт на доработку — «Запросить уточнение…» на ячейке его вкладки.',
  );
  s.globals.checkData();
  const rows = campaign(s);
  const state = (unit: string) => rows.get(unit)!.Состояние;
  expect(state('Александровский район')).toBe('не начат');
  expect(state('Верхнекетский район')).toBe('заполняется');
  expect(state('Бакчарский район')).toBe('сдан');
  expect(state('ЗАТО Северск')).toBe('есть ошибки');
  expect(state(ASINO)).toBe('на уточнении');
  expect(state(TOMSK)).toBe('принят');
  expect(s.ss.getSheetByName('Ход сбора')!.getRange('A1').getValue()).toBe(
    'Ход сбора: сдали 2 из 20; не начат — 1; заполняется — 15; сдан — 1; есть ошибки — 1; на уточнении — 1; принят — 1',
  );
});

test('a clarification round trip: the request on the cell, the coordinator sees it, the value changes, the check clears it', () => {
  const s = session();
  s.globals.checkData();
  const cell = cellOf(s.ss, ASINO, 'orgs', 'C');
  const r = ask(s, ASINO, cell, 'В прошлом году было 13 — проверьте');
  expect(s.runtime.prompts.at(-1)!.prompt).toBe(
    `Что уточнить в ячейке ${cell} на вкладке «${ASINO}» («Общее количество ОО», сейчас: 13)? Координатор увидит текст в примечании к ячейке.`,
  );
  expect(r.message).toBe(
    `Запрошено уточнение ячейки ${cell} («Общее количество ОО») отчёта «${ASINO}». Текст для письма — в столбце «Запросы для письма» на вкладке «Ход сбора».`,
  );
  // The coordinator sees it on their own tab: a note on the cell and a line atop the tab.
  const tab = s.ss.getSheetByName(ASINO)!;
  expect(tab.getRange(cell).getNote()).toMatch(
    /^Региональный центр \d\d\.\d\d\.\d{4} попросил уточнить: В прошлом году было 13 — проверьте$/,
  );
  expect(tab.getRange('D2').getValue()).toMatch(
    new RegExp(
      `^Региональный центр \\d\\d\\.\\d\\d\\.\\d{4} попросил уточнить: ${cell} — см\\. примечания к ячейкам\\. Исправьте значения: запрос снимется при следующей проверке\\.$`,
    ),
  );
  const letter = `Просим уточнить сведения отчёта «${ASINO}»:\n1. Ячейка ${cell} («Общее количество ОО»; указано: 13) — В прошлом году было 13 — проверьте.`;
  expect(campaign(s).get(ASINO)).toMatchObject({ Состояние: 'на уточнении', Решение: 'на уточнении', 'Запросы для письма': letter });
  // A check with the value unchanged keeps the request.
  s.globals.checkData();
  expect(campaign(s).get(ASINO)).toMatchObject({ Состояние: 'на уточнении', 'Запросы для письма': letter });
  // The coordinator corrects the value; the next check clears the mark.
  typeInto(s.ss, ASINO, 'orgs', 'C', 14);
  expect((s.globals.checkData() as R).message).toBe(
    `Проверка: ошибок 1, предупреждений 31; не заполнены: Александровский район. Подробности — на вкладке «Проверка». Запросы уточнений сняты — значения изменены: ${ASINO} (${cell}).`,
  );
  expect(campaign(s).get(ASINO)).toMatchObject({ Состояние: 'заполняется', Решение: '', 'Что уточнить': '', 'Запросы для письма': '' });
});

test('accepted: the input cells drop the coordinator; a clarification reopens them; «Применить защиту» follows «Решение»', () => {
  const s = session();
  s.globals.applyProtections();
  s.globals.checkData();
  expect(editors(s, TOMSK)).toEqual([COORDINATOR, STAFF, RUNNER].sort());
  s.ss.getSheetByName(TOMSK)!.activate();
  s.globals.acceptReport();
  expect(inputOf(s, TOMSK).description).toBe('Ввод: г. Томск (отчёт принят)');
  expect(editors(s, TOMSK)).toEqual([STAFF, RUNNER].sort());
  expect(coordinatorCanEdit(s, TOMSK)).toBe(false);
  expect(s.ss.getSheetByName(TOMSK)!.getRange('D2').getValue()).toMatch(
    /^Отчёт принят региональным центром \d\d\.\d\d\.\d{4}\. Изменения больше не вносятся\.$/,
  );
  // The intake opened for everyone leaves an accepted report closed; «Применить защиту» keeps it closed.
  s.globals.openIntake();
  s.globals.applyProtections();
  expect(editors(s, TOMSK)).toEqual([STAFF, RUNNER].sort());
  // Un-accepting: a clarification returns the report to its coordinator.
  const r = ask(s, TOMSK, cellOf(s.ss, TOMSK, 'orgs', 'C'), 'Уточните');
  expect(r.message).toContain('Отчёт снова открыт координатору для исправления.');
  expect(editors(s, TOMSK)).toEqual([COORDINATOR, STAFF, RUNNER].sort());
  expect(coordinatorCanEdit(s, TOMSK)).toBe(true);
  expect(inputOf(s, TOMSK).description).toBe('Ввод: г. Томск');
  // «Решение» typed by hand: «Применить защиту» closes the tab, and opens it again once the cell is cleared.
  const decision = () => {
    const tab = s.ss.getSheetByName('Ход сбора')!;
    return tab.getRange(
      tab
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === TOMSK) + 1,
      9,
    );
  };
  decision().setValue('принят');
  s.globals.applyProtections();
  expect(coordinatorCanEdit(s, TOMSK)).toBe(false);
  decision().setValue('');
  s.globals.applyProtections();
  expect(coordinatorCanEdit(s, TOMSK)).toBe(true);
});

test('typed by hand on «Ход сбора»: kept through check and build; a whole-report clarification clears on any change', () => {
  const s = session();
  s.globals.checkData();
  const tab = () => s.ss.getSheetByName('Ход сбора')!;
  const row = (unit: string) =>
    tab()
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === unit) + 1;
  tab()
    .getRange(row(ASINO), 9, 1, 2)
    .setValues([['на уточнении', 'Заполните контакты']]);
  tab().getRange(row(TOMSK), 9).setValue('Принят');
  // A decision the list does not know is kept as text and named on «Проверка».
  tab().getRange(row('Бакчарский район'), 9).setValue('принято');
  const typo = s.globals.buildSummary() as R & { findings: Array<{ tab: string; cell: string; message: string }> };
  expect(typo.findings.find((f) => f.tab === 'Ход сбора')).toMatchObject({
    cell: `I${row('Бакчарский район')}`,
    message:
      'Решение «принято» для «Бакчарский район» не распознано: выберите из списка «принят» или «на уточнении». Текст перенесён в «Что уточнить».',
  });
  expect(campaign(s).get('Бакчарский район')).toMatchObject({ Решение: '', 'Что уточнить': 'принято' });
  s.globals.checkData();
  expect(campaign(s).get(ASINO)).toMatchObject({
    Состояние: 'на уточнении',
    'Что уточнить': 'Заполните контакты',
    'Запросы для письма': `Просим уточнить сведения отчёта «${ASINO}»:\n1. Отчёт в целом — Заполните контакты.`,
  });
  expect(campaign(s).get(TOMSK)).toMatchObject({ Состояние: 'принят', Решение: 'принят' });
  typeInto(s.ss, ASINO, 'contact:name', 'C', 'Иванова И. И.');
  s.globals.checkData();
  expect(campaign(s).get(ASINO)).toMatchObject({ Состояние: 'заполняется', Решение: '', 'Что уточнить': '' });
  expect(campaign(s).get(ASINO)!['Последнее изменение']).toMatch(/^\d\d\.\d\d\.\d{4}$/);
});

test('a mark of a unit removed from «Настройки» is kept at the bottom of «Ход сбора» and reported on «Проверка»', () => {
  const s = session();
  s.globals.checkData();
  const tab = s.ss.getSheetByName('Ход сбора')!;
  tab
    .getRange(
      tab
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === ASINO) + 1,
      9,
    )
    .setValue('принят');
  s.ss.getSheetByName('Настройки')!.deleteRow(settingsUnitRow(s.ss, ASINO));
  const check = s.globals.checkData() as R & { findings: Array<{ tab: string; cell: string; message: string }> };
  const values = s.ss.getSheetByName('Ход сбора')!.getDataRange().getValues();
  const at = values.findIndex((r) => r[0] === ASINO);
  expect(values[at - 1][0]).toBe('Отметки единиц, которых нет в «Настройках» (удалены или переименованы): перенесите их или очистите');
  expect([values[at][1], values[at][8]]).toEqual(['нет в настройках', 'принят']);
  expect(check.findings.find((f) => f.tab === 'Ход сбора')).toMatchObject({
    cell: `I${at + 1}`,
    message: `Отметка «принят» для «${ASINO}» сохранена внизу вкладки «Ход сбора», но такой единицы нет в «Настройки» (её удалили или переименовали). Перенесите отметку в строку единицы или очистите её.`,
  });
  // Checked again, the mark is still there.
  s.globals.checkData();
  expect(
    s.ss
      .getSheetByName('Ход сбора')!
      .getDataRange()
      .getValues()
      .some((r) => r[0] === ASINO && r[8] === 'принят'),
  ).toBe(true);
});

test('the menu items refuse, in Russian naming the tab or cell, what they cannot do', () => {
  const s = session();
  s.ss.getSheetByName(ASINO)!.activate();
  expect((s.globals.acceptReport() as R).message).toBe(
    `На вкладке «Ход сбора» нет строки «${ASINO}» со столбцом «Решение»: выберите «Ход сбора», затем повторите.`,
  );
  s.globals.checkData();
  s.ss.getSheetByName('Настройки')!.activate();
  expect((s.globals.acceptReport() as R).message).toBe(
    'Откройте вкладку отчёта единицы (сейчас открыта «Настройки»): запрос и приём делаются на вкладке отчёта.',
  );
  s.ss.getSheetByName(ASINO)!.getRange('B2').activate();
  expect((s.globals.requestClarification() as R).message).toBe(
    `Ячейка B2 на вкладке «${ASINO}» — не поле отчёта: выберите жёлтую ячейку со значением, которое нужно уточнить.`,
  );
  s.ss
    .getSheetByName(ASINO)!
    .getRange(cellOf(s.ss, ASINO, 'orgs', 'C'))
    .activate();
  s.runtime.queuePromptAnswers({ button: 'CANCEL' });
  expect((s.globals.requestClarification() as R).message).toBe('Запрос уточнения отменён: ничего не изменено.');
  expect(campaign(s).get(ASINO)!.Решение).toBe('');
});

test('a damaged hidden cell of «Ход сбора» gives a warning naming it; the decision and comment are kept', () => {
  const s = session();
  s.globals.checkData();
  const tab = s.ss.getSheetByName('Ход сбора')!;
  const at =
    tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === ASINO) + 1;
  tab.getRange(at, 9, 1, 5).setValues([['на уточнении', 'Контакты', '', '', '{сломано']]);
  const check = s.globals.checkData() as R & { findings: Array<{ tab: string; cell: string; message: string }> };
  expect(check.findings.find((f) => f.tab === 'Ход сбора')).toMatchObject({
    cell: `M${at}`,
    message: `Служебные данные строки «${ASINO}» повреждены: запросы уточнений по ячейкам и дата изменения не прочитаны. Решение и «Что уточнить» сохранены.`,
  });
  expect(campaign(s).get(ASINO)).toMatchObject({ Состояние: 'на уточнении', 'Что уточнить': 'Контакты' });
});

test('«Письма единицам»: a clarification asked through the menu closes that unit’s letter; answered, it is no longer asked', () => {
  const s = session();
  s.globals.checkData();
  const cell = cellOf(s.ss, ASINO, 'orgs', 'C');
  ask(s, ASINO, cell, 'В прошлом году было 13 — проверьте');
  type Letters = { letters: Array<{ unit: string; note: { sections: Array<{ heading: string; paragraphs: string[] }> } }> };
  const lastSection = (unit: string) => {
    const letters = (s.globals.lettersDocument() as Letters).letters;
    const last = letters.find((l) => l.unit === unit)!.note.sections.at(-1)!;
    // The letter is typeset: no-break spaces read as spaces.
    return { heading: last.heading, paragraphs: last.paragraphs.map((p) => p.replace(/\u00a0/g, ' ')) };
  };
  expect(lastSection(ASINO)).toEqual({
    heading: 'Уточнение сведений',
    paragraphs: [
      'Просим уточнить следующие сведения отчёта:',
      `1. Ячейка ${cell} («Общее количество ОО»; указано: 13) — В прошлом году было 13 — проверьте.`,
    ],
  });
  expect(lastSection(TOMSK).heading).toBe('Рекомендации');
  // The letters read the tabs afresh: a value changed since the request is no longer asked about, though no check ran yet.
  typeInto(s.ss, ASINO, 'orgs', 'C', 14);
  expect(lastSection(ASINO).heading).toBe('Рекомендации');
});

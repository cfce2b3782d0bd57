// «Ход сбора» after a check and a build: each unit's state from its tab, the counts, what is missing, the e-mail and the totals.
import { sampleData } from '../helpers/badInputs';
import { workbookSession } from '../helpers/bundle';

const ASINO = 'Асиновский район';
const SEVERSK = 'ЗАТО Северск';

test('an empty tab, a partly filled one, a ticked one and one with an error each show their state', () => {
  const { settings, reports } = sampleData();
  delete reports['Александровский район'];
  reports['Бакчарский район'].ready = true;
  reports['Верхнекетский район'].indicators = {};
  settings.units.find((u) => u.name === ASINO)!.email = 'asino-mentor@example.ru';
  const s = workbookSession(settings, reports);
  const check = s.globals.checkData() as { message: string };
  expect(check.message).toContain('не заполнены: Александровский район');
  const rows = s.ss.getSheetByName('Ход сбора')!.getDataRange().getValues();
  const rowOf = (unit: string) => rows.find((r) => r[0] === unit)!;
  expect(rows[0][0]).toBe('Ход сбора: сдали 1 из 20; не начат — 1; заполняется — 17; сдан — 1; есть ошибки — 1');
  expect(rows[1]).toEqual([
    'Единица',
    'Состояние',
    'Последнее изменение',
    'Срок сдачи',
    'Ошибок',
    'Предупреждений',
    'Чего не хватает',
    'Эл. почта координатора',
    'Решение',
    'Что уточнить',
    'Запросы для письма',
    'Пояснения',
    'Служебное (не менять)',
  ]);
  // Without «Срок сдачи отчётов» in «Настройки» the deadline column says nothing.
  expect(rowOf('Александровский район').slice(1, 7)).toEqual(['не начат', '', '', 0, 0, 'ничего не заполнено']);
  expect(rowOf(SEVERSK).slice(1, 2)).toEqual(['есть ошибки']);
  expect(rowOf(SEVERSK)[4]).toBe(1);
  // Its one warning is the sample's own cross-check (2020: 3 enterprises, 1 representative); a warning does not stop «сдан».
  expect(rowOf('Бакчарский район').slice(1, 7)).toEqual(['сдан', '', '', 0, 1, '']);
  expect(rowOf('Верхнекетский район').slice(3, 7)).toEqual(['', 0, 0, 'заполнено не всё']);
  // A tab seen for the first time has no date of change: its values may be older than the check.
  expect(rowOf(ASINO).slice(1, 12)).toEqual(['заполняется', '', '', 0, 4, '', 'asino-mentor@example.ru', '', '', '', '']);
  // The build rewrites it with the same rows.
  s.ss.deleteSheet(s.ss.getSheetByName('Ход сбора')!);
  s.globals.buildSummary();
  expect(s.ss.getSheetByName('Ход сбора')!.getDataRange().getValues()).toEqual(rows);
});

test('the menu item «Ход сбора» runs the check and opens the tab', () => {
  const { settings, reports } = sampleData();
  const s = workbookSession(settings, reports);
  const r = s.globals.showCampaign() as { ok: boolean; message: string };
  expect(r.message).toBe('Проверка: ошибок 1, предупреждений 31. Подробности — на вкладке «Проверка».');
  expect(s.ss.getActiveSheet().getName()).toBe('Ход сбора');
  expect(s.ss.getSheetByName('Ход сбора')!.getRange('A1').getValue()).toBe('Ход сбора: сдали 0 из 20; заполняется — 19; есть ошибки — 1');
});

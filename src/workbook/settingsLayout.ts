// Layout of the «Настройки» tab: its rows, tables and column headers, and the reader of one settings table.
import { cellText } from '../domain/cellValue';
import type { CellValue, DocumentSettings, IndicatorKind, Level } from '../domain/model';
import type { CellStyle } from './sheetDoc';
import { HEADER_COLOUR, INPUT_COLOUR } from './sheetDoc';

/** Column of the hidden machine keys on every tab the product lays out. */
export const KEY_COL = 1;

export const KIND_NAMES: Record<IndicatorKind, string> = { share: 'доля', count: 'количество', dynamics: 'динамика' };

export const UNIT_COLUMNS = {
  name: 'Название',
  type: 'Тип',
  email: 'E-mail координатора',
  tab: 'Вкладка (если не как название)',
};
export { unitTypeKey } from '../domain/unitType';
export const FORM_COLUMNS = {
  key: 'Ключ',
  name: 'Название формы',
  directions: 'Направления',
  target: 'Цель охвата организаций, %',
  targetDate: 'Срок цели',
  evidence: 'Показатели, подтверждающие форму (№ через «;»)',
};
export const INDICATOR_COLUMNS = {
  id: '№',
  name: 'Наименование показателя',
  short: 'Краткое название (для текста справки)',
  kind: 'Вид (доля / количество / динамика)',
  unit: 'Единица',
  nouns: 'Что считаем (1 / 2 / 5, через «;»)',
  leader: 'Лидер: значение выше',
  minimum: 'Минимум для единицы',
  deadline: 'Срок достижения минимума',
  representativesOf: 'Представители организаций показателя №',
};
/** Columns a workbook made before they existed may lack: read as empty, with no finding. */
const OPTIONAL_COLUMNS: readonly string[] = [INDICATOR_COLUMNS.representativesOf];
export const RESOURCE_COLUMNS = { text: 'Ресурс, проект или мероприятие', url: 'Ссылка', when: 'Когда (для мероприятий)' };
export const ADDRESSEE_COLUMNS = { text: 'Кому (в дательном падеже)' };
export const BASIS_COLUMNS = { text: 'Документ (полное название, в родительном падеже)' };
/** «Документы школы» (level «муниципалитет»): the programme documents each school's tab asks about, one per row. */
export const SCHOOL_DOCUMENT_COLUMNS = { text: 'Документ (так он назван на вкладке школы)' };
const PLAN_HEADER = /^план\s+(\d{4})$/i;
/** «Значение региона 2021»: an official regional value typed by the staff, used where the units gave no pupil counts. */
const OFFICIAL_HEADER = /^значение региона\s+(\d{4})$/i;

/** Titles of the sections of «Настройки», by their hidden key. */
export const SECTION_TITLES: Record<string, string> = {
  'sec:general': 'Общие',
  'sec:document': 'Документ: аналитическая справка',
  'sec:units': 'Единицы отчёта (по одной вкладке на каждую)',
  'sec:forms': 'Формы наставничества',
  'sec:indicators': 'Показатели эффективности',
  'sec:resources': 'Ресурсы и проекты для рекомендаций',
  'sec:school_documents': 'Документы школы',
};
/** The first header (column B) of each table: a different text there means the row was typed over. */
const FIRST_HEADERS: Record<string, string> = {
  'hdr:units': UNIT_COLUMNS.name,
  'hdr:forms': FORM_COLUMNS.key,
  'hdr:indicators': INDICATOR_COLUMNS.id,
  'hdr:resources': RESOURCE_COLUMNS.text,
  'hdr:addressees': ADDRESSEE_COLUMNS.text,
  'hdr:basis': BASIS_COLUMNS.text,
  'hdr:school_documents': SCHOOL_DOCUMENT_COLUMNS.text,
};
/** Label of the finding for a row typed over a section title or a table header: it is not read. */
export const UNREAD_ROW_LABEL = 'Строка вне таблицы';

export const HEADER: CellStyle = { bold: true, background: HEADER_COLOUR, wrap: true };
export const SECTION: CellStyle = { bold: true, fontSize: 12 };
export const EDITABLE: CellStyle = { background: INPUT_COLOUR };

/** General settings rows: key, label and how the value is written. */
export const GENERAL = {
  region: 'Регион (как в тексте: «Томская область»)',
  level: 'Уровень (регион / муниципалитет)',
  year: 'Отчётный год',
  prev_year: 'Предыдущий год',
  unit_nouns: 'Как называть единицу отчёта (1 / 2 / 5)',
  unit_plural: 'Во множественном числе, с заглавной буквы',
  staff: 'E-mail сотрудников регионального центра (через запятую)',
  deadline: 'Срок исполнения рекомендаций',
  report_deadline: 'Срок сдачи отчётов',
} as const;

/** «Уровень» as typed: a region's workbook (units: municipalities) or a municipality's (units: schools and organisations). */
export const LEVEL_NAMES: Record<Level, string> = { region: 'регион', municipality: 'муниципалитет' };

/** Rows of the document frame («Справка»): key, label, field of DocumentSettings. */
export const DOCUMENT_ROWS: Array<[string, string, Exclude<keyof DocumentSettings, 'addressees' | 'basis'>]> = [
  ['doc_sender', 'Бланк: кто направляет документ', 'sender'],
  ['doc_date', 'Дата документа (пусто — вписать от руки)', 'date'],
  ['doc_number', 'Номер документа', 'number'],
  ['doc_title', 'Заголовок («Об итогах мониторинга …»)', 'title'],
  ['doc_kind', 'Вид документа', 'documentKind'],
  ['doc_programme', 'Программа, показатели которой оцениваются (без кавычек)', 'programme'],
  ['doc_organiser', 'Кто провёл мониторинг (именительный падеж)', 'organiser'],
  ['doc_purpose', 'Цель мониторинга (после «с целью»)', 'purpose'],
  ['doc_participants', 'Другие участники мониторинга, кроме единиц отчёта', 'otherParticipants'],
  ['doc_conclusion', 'Вывод (общая оценка, добавляется к итогам)', 'conclusion'],
  ['doc_signer_position', 'Подпись: должность', 'signerPosition'],
  ['doc_signer_name', 'Подпись: инициалы и фамилия', 'signerName'],
  ['doc_executor', 'Исполнитель (исп.)', 'executor'],
  ['doc_executor_phone', 'Телефон исполнителя', 'executorPhone'],
  ['doc_font', 'Шрифт документа Word', 'font'],
];

export interface TableRow<K extends string> {
  row: number;
  get: (k: K) => CellValue;
  col: (k: K) => number;
  planCols: Array<[number, number]>;
  officialCols: Array<[number, number]>;
}

/** Rows of a settings table: from its header row to the next section; columns found by header text. */
export function readTable<K extends string>(
  grid: CellValue[][],
  keyRow: Map<string, number>,
  headerKey: string,
  columns: Record<K, string>,
  problem: (row: number, col: number, label: string, value: CellValue, message: string, severity?: 'error' | 'warning') => void,
): TableRow<K>[] {
  const h = keyRow.get(headerKey);
  if (h === undefined) return [];
  const norm = (v: CellValue) => cellText(v).toLowerCase().replace(/\s+/g, ' ');
  const headerCols = new Map<string, number>();
  const planCols: Array<[number, number]> = [];
  const officialCols: Array<[number, number]> = [];
  grid[h].forEach((v, c) => {
    if (c < KEY_COL) return;
    headerCols.set(norm(v), c);
    const m = PLAN_HEADER.exec(cellText(v));
    if (m) planCols.push([Number(m[1]), c]);
    const o = OFFICIAL_HEADER.exec(cellText(v));
    if (o) officialCols.push([Number(o[1]), c]);
  });
  const colOf = {} as Record<K, number>;
  (Object.keys(columns) as K[]).forEach((k) => {
    const c = headerCols.get(norm(columns[k]));
    if (c === undefined && !OPTIONAL_COLUMNS.includes(columns[k]))
      problem(h, KEY_COL, 'Заголовок таблицы', '', `Не найден столбец «${columns[k]}»: верните его заголовок.`, 'warning');
    colOf[k] = c ?? -1;
  });
  const rows: TableRow<K>[] = [];
  for (let r = h + 1; r < grid.length; r++) {
    const key = cellText(grid[r][KEY_COL - 1]);
    // The end marker has nothing of its own: the last table goes on below it, as people type.
    if ((key.startsWith('sec:') && key !== 'sec:end') || key.startsWith('hdr:')) {
      // A list typed on down runs over the next section's title, then its header: each such row is named.
      for (let k = r; k < grid.length && reportTypedOver(grid, k, problem); k++);
      break;
    }
    const row = grid[r];
    if (row.slice(KEY_COL).every((v) => cellText(v) === '')) continue;
    rows.push({
      row: r,
      get: (k) => (colOf[k] >= 0 ? row[colOf[k]] : ''),
      col: (k) => colOf[k],
      planCols,
      officialCols,
    });
  }
  return rows;
}

/**
 * A section title or a table header typed over (a list continued straight down instead of inserting rows) is not read:
 * its hidden key still marks the next section. The finding names the cell, so no typed row is dropped silently.
 */
function reportTypedOver(
  grid: CellValue[][],
  r: number,
  problem: (row: number, col: number, label: string, value: CellValue, message: string, severity?: 'error' | 'warning') => void,
): boolean {
  const key = cellText(grid[r][KEY_COL - 1]);
  const expected = SECTION_TITLES[key] ?? FIRST_HEADERS[key];
  if (expected === undefined) return false;
  const cells = grid[r];
  // A header row keeps its other headers: only its first column (where a list is typed on) tells it was typed over.
  const typed = key.startsWith('hdr:')
    ? ['', expected].includes(cellText(cells[KEY_COL]))
      ? -1
      : KEY_COL
    : cells.findIndex((v, c) => c >= KEY_COL && cellText(v) !== '' && !(c === KEY_COL && cellText(v) === expected));
  if (typed < 0) return false;
  const what = key.startsWith('sec:') ? `заголовка раздела «${expected}»` : `заголовка столбца «${expected}»`;
  problem(
    r,
    typed,
    UNREAD_ROW_LABEL,
    cells[typed],
    `Строка не прочитана: «${cellText(cells[typed])}» вписано на месте ${what}. Чтобы добавить строку в таблицу, вставьте её внутри таблицы (правый щелчок по строке → «Вставить строку выше»), перенесите туда текст и верните заголовок.`,
  );
  return true;
}

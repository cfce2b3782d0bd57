// Layout of a reporting unit's tab: one row per field with a hidden machine key, rendered from the settings and read back by key.
import { cellText } from '../domain/cellValue';
import type { CellValue, Finding, IndicatorDef, Settings, UnitDef } from '../domain/model';
import type { ContactKey, IndicatorCells, RawField, UnitInput } from '../domain/unitInput';
import { placeSchoolField, SCHOOL_DIRECTIONS_KEY, SCHOOL_DOCUMENT_PREFIX, schoolRows } from './schoolRows';
import { a1, DocBuilder, type DocCell, type SheetDoc, type ValidationSpec } from './sheetDoc';
import { COL, HELP, INPUT, type InputSpec, type InputType, type RowSpec, SECTION, YES_NO } from './unitRowSpec';

export { COL, type RowSpec };

export const UNIT_KEY = 'unit';
/** The section row whose C and D cells name the two years of the indicator columns. */
export const YEARS_KEY = 'sec:indicators';

export function yearHeaders(s: Settings): string[] {
  return [`${s.previousYear} г.`, `${s.reportYear} г.`, 'Комментарий'];
}
export const READY_KEY = 'ready';

const CONTACTS: Array<[ContactKey, string, InputType]> = [
  ['name', 'ФИО', 'text'],
  ['position', 'Должность', 'text'],
  ['phone', 'Телефон', 'text'],
  ['email', 'E-mail', 'email'],
];

export const formKey = (key: string) => `form:${key}`;
export const indicatorKey = (id: string, part: 'value' | 'involved' | 'total' | 'percent' | 'computed' | 'title') => `ind:${id}:${part}`;

/** The rows of a unit tab, in order, derived from the settings: the one definition both the writer and the reader use. */
export function unitRows(s: Settings): RowSpec[] {
  const school = s.level === 'municipality';
  const rows: RowSpec[] = [...headRows(), ...(school ? schoolRows(s) : countRows(s))];
  rows.push({ key: YEARS_KEY, label: 'Показатели эффективности', style: SECTION, headers: yearHeaders(s), inputs: [] });
  rows.push(...s.indicators.flatMap((ind) => indicatorRows(s, ind)));
  rows.push({
    key: READY_KEY,
    label: 'Отчёт готов (отметьте, когда всё заполнено)',
    style: { bold: true },
    inputs: [{ col: COL.c, type: 'checkbox', label: 'Отчёт готов' }],
  });
  return rows;
}

/** The title, the unit's name, the hint and the contact person: the same on every unit tab. */
function headRows(): RowSpec[] {
  return [
    {
      key: 'title',
      label: 'Отчёт о реализации программ наставничества',
      style: { bold: true, fontSize: 14 },
      inputs: [],
    },
    { key: UNIT_KEY, label: 'Единица отчёта', inputs: [] },
    {
      key: 'hint',
      label: 'Заполняйте жёлтые ячейки. Нет данных — оставьте пустой или напишите «нет данных»; ноль — пишите 0.',
      style: { italic: true },
      inputs: [],
    },
    { key: 'sec:contacts', label: 'Ответственное лицо', style: SECTION, headers: ['', '', ''], inputs: [] },
    ...CONTACTS.map(([k, label, type]): RowSpec => ({ key: `contact:${k}`, label, inputs: [{ col: COL.c, type, label }] })),
  ];
}

/** A municipality's tab (level «регион»): its organisations by type and how many of them run each form. */
function countRows(s: Settings): RowSpec[] {
  return [
    {
      key: 'sec:orgs',
      label: 'Организации',
      style: SECTION,
      headers: ['Общеобразовательные (ОО)', 'Дополнительного образования (ДО)', ''],
      inputs: [],
    },
    {
      key: 'orgs',
      label: 'Общее количество организаций',
      inputs: [
        { col: COL.c, type: 'count', label: 'Общее количество ОО' },
        { col: COL.d, type: 'countOrDash', label: 'Общее количество ДО' },
      ],
    },
    {
      key: 'sec:forms',
      label: 'Формы наставничества: сколько организаций реализуют форму',
      style: SECTION,
      headers: ['ОО, реализующих форму', 'ДО, реализующих форму', 'Яркие примеры'],
      inputs: [],
    },
    ...s.forms.map(
      (f): RowSpec => ({
        key: formKey(f.key),
        label: `«${f.name}»${f.directions ? ` (${f.directions})` : ''}`,
        inputs: [
          { col: COL.c, type: 'count', label: `ОО, реализующих форму «${f.name}»`, maxKey: 'orgs' },
          { col: COL.d, type: 'countOrDash', label: `ДО, реализующих форму «${f.name}»`, maxKey: 'orgs' },
          { col: COL.e, type: 'text', label: `Яркие примеры формы «${f.name}»` },
        ],
      }),
    ),
  ];
}

/** An indicator's rows: a share has its title, both counts, a typed share and the computed share; a count has one row. */
function indicatorRows(s: Settings, ind: IndicatorDef): RowSpec[] {
  const title = `${ind.id}. ${ind.name}`;
  const years = (part: string, type: InputType): InputSpec[] => [
    { col: COL.c, type, label: `Показатель ${ind.id}, ${s.previousYear} г.${part}` },
    { col: COL.d, type, label: `Показатель ${ind.id}, ${s.reportYear} г.${part}` },
  ];
  const comment: InputSpec = { col: COL.e, type: 'text', label: `Комментарий к показателю ${ind.id}` };
  if (ind.kind === 'share') {
    return [
      { key: indicatorKey(ind.id, 'title'), label: title, style: { bold: true, wrap: true }, inputs: [comment] },
      {
        key: indicatorKey(ind.id, 'involved'),
        label: '   обучающихся вовлечено, человек',
        inputs: years(': вовлечено обучающихся', 'count'),
      },
      {
        key: indicatorKey(ind.id, 'total'),
        label: '   обучающихся всего, человек',
        inputs: years(': всего обучающихся', 'count').map((i) => ({ ...i, maxKey: undefined })),
      },
      {
        key: indicatorKey(ind.id, 'percent'),
        label: '   доля, % — только если чисел выше нет',
        inputs: years(': доля, %', 'percent'),
      },
      {
        key: indicatorKey(ind.id, 'computed'),
        label: '   доля по числам, % (считается сама)',
        style: { italic: true, fontColor: '#555555' },
        inputs: [],
        computed: true,
      },
    ];
  }
  return [{ key: indicatorKey(ind.id, 'value'), label: title, style: { wrap: true }, inputs: [...years('', 'count'), comment] }];
}

/** A new unit tab: labels, keys, yellow input cells, validation with Russian help, the computed share formulas. */
export function renderUnitTab(s: Settings, unit: UnitDef): SheetDoc {
  const b = new DocBuilder(unit.tab);
  const rows = unitRows(s);
  const rowOf = new Map(rows.map((r, i) => [r.key, i + 1]));
  rows.forEach((spec, i) => {
    const r = i + 1;
    const cells: DocCell[] = [{ v: spec.key }, { v: spec.label, style: { wrap: true, ...spec.style } }];
    if (spec.headers) {
      spec.headers.forEach((h, k) => {
        cells[COL.c - 1 + k] = { v: h, style: spec.style };
      });
    }
    if (spec.key === UNIT_KEY) cells[COL.c - 1] = { v: unit.name, style: { bold: true } };
    for (const input of spec.inputs) {
      // Percent cells are plain text: Sheets would otherwise store a typed «12,5%» as 0,125; the reader parses the text.
      const asText = input.type === 'text' || input.type === 'email' || input.type === 'percent';
      cells[input.col - 1] = {
        v: input.type === 'checkbox' ? false : '',
        style: { ...INPUT, wrap: input.type === 'text', numberFormat: asText ? '@' : undefined },
      };
      const v = validationFor(input, rowOf);
      if (v) b.doc.validations.push({ box: { row: r, col: input.col, rows: 1, cols: 1 }, spec: v });
    }
    if (spec.computed) {
      const id = spec.key.split(':')[1];
      for (const col of [COL.c, COL.d]) {
        const inv = a1(rowOf.get(indicatorKey(id, 'involved'))!, col);
        const tot = a1(rowOf.get(indicatorKey(id, 'total'))!, col);
        cells[col - 1] = {
          v: '',
          formula: `=IF(AND(ISNUMBER(${inv}),ISNUMBER(${tot}),${tot}>0),ROUND(${inv}/${tot}*100,2),"")`,
          style: { italic: true, numberFormat: '0.##' },
        };
      }
    }
    for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = { v: '' };
    b.row(cells);
  });
  b.widths([40, 380, 150, 150, 360]);
  b.doc.hiddenColumns = [COL.key];
  b.doc.frozenRows = 3;
  return b.doc;
}

/**
 * The one cell of a unit tab that names its unit (column C of the «Единица отчёта» row): the only cell a tab made from
 * the template (renderUnitTemplate) gets of its own.
 */
export function unitNameCell(s: Settings): { row: number; col: number } {
  return { row: unitRows(s).findIndex((r) => r.key === UNIT_KEY) + 1, col: COL.c };
}

/** Every unit's tab before its unit is named: `renderUnitTab` with the unit's cell empty, the tab called `tab`. */
export function renderUnitTemplate(s: Settings, tab: string): SheetDoc {
  return renderUnitTab(s, { name: '', type: '', email: '', tab, settingsRow: 0 });
}

function validationFor(input: InputSpec, rowOf: Map<string, number>): ValidationSpec | null {
  switch (input.type) {
    case 'count':
    case 'countOrDash': {
      const maxRow = input.maxKey ? rowOf.get(input.maxKey) : undefined;
      const help = maxRow ? `${HELP[input.type]} Не больше общего количества организаций (строка ${maxRow}).` : HELP[input.type];
      return { kind: 'wholeNonNegative', help, maxFormulaRef: maxRow ? a1(maxRow, input.col) : undefined };
    }
    case 'percent':
      return { kind: 'percent', help: HELP.percent };
    case 'email':
      return { kind: 'email', help: HELP.email };
    case 'checkbox':
      return { kind: 'checkbox' };
    case 'yesno':
      return { kind: 'list', values: [...YES_NO], help: HELP.yesno };
    default:
      return null;
  }
}

/** «Отчёт готов» ticked: a checkbox's true, or the да/истина/готов a desktop suite keeps as text. */
export function isTicked(raw: CellValue): boolean {
  return raw === true || /^(да|true|истина|готов)/i.test(cellText(raw));
}

/** An input row of a unit tab: its key, its 1-based row in the tab and its input cells. */
export interface InputRow {
  key: string;
  row: number;
  inputs: InputSpec[];
}

/**
 * The input cells of a unit tab whose column A holds `keys` (rows found by key, the first of a repeated key, as the
 * reader takes it): the one definition of what a coordinator may type, used by the protections, split and collect.
 */
export function inputRowsOf(s: Settings, keys: readonly string[]): InputRow[] {
  return unitRows(s).flatMap((spec) => {
    const at = keys.indexOf(spec.key);
    return spec.inputs.length && at >= 0 ? [{ key: spec.key, row: at + 1, inputs: spec.inputs }] : [];
  });
}

export interface UnitTabRead {
  input: UnitInput;
  findings: Finding[];
  /** The unit name written in the tab's «Единица отчёта» cell ('' if absent). */
  declaredUnit: string;
}

/** Finds the unit named inside a tab's values (for tabs that were renamed), '' when the tab is not a unit tab. */
export function declaredUnitOf(grid: CellValue[][]): string {
  for (const row of grid) if (cellText(row[COL.key - 1]) === UNIT_KEY) return cellText(row[COL.c - 1]);
  return '';
}

/** Reads a unit tab's values (one getValues of the whole tab) by key. Missing or repeated keys become findings. */
export function parseUnitTab(grid: CellValue[][], s: Settings, unit: UnitDef, tab: string): UnitTabRead {
  const findings: Finding[] = [];
  const rowByKey = keyedRows(grid, unit, tab, findings);
  const field = (spec: RowSpec, input: InputSpec): RawField | undefined => {
    const r = rowByKey.get(spec.key);
    if (r === undefined) return undefined;
    const raw = grid[r][input.col - 1];
    return { raw, cell: a1(r + 1, input.col), label: input.label };
  };
  const wrongYears = yearsFinding(grid, rowByKey.get(YEARS_KEY), s, unit, tab);
  if (wrongYears) findings.push(wrongYears);
  const input: UnitInput = {
    unit,
    tab,
    orgs: {},
    forms: {},
    indicators: {},
    contacts: {},
    ready: false,
    yearsMismatch: wrongYears !== null,
  };
  const specs = unitRows(s);
  const knownKeys = new Set(specs.map((r) => r.key));
  for (const spec of specs) {
    if (spec.inputs.length === 0) continue;
    if (!rowByKey.has(spec.key)) findings.push(missingRowFinding(grid, spec, knownKeys, unit, tab));
    placeFields(input, spec, (i) => (i ? field(spec, i) : undefined));
  }
  return { input, findings, declaredUnit: declaredUnitOf(grid) };
}

/** The row of each key in column A; a repeated key is a warning naming both rows, and the first one is used. */
function keyedRows(grid: CellValue[][], unit: UnitDef, tab: string, findings: Finding[]): Map<string, number> {
  const rowByKey = new Map<string, number>();
  grid.forEach((row, i) => {
    const key = cellText(row[COL.key - 1]);
    if (!key) return;
    if (rowByKey.has(key)) {
      findings.push({
        severity: 'warning',
        rule: 'structure',
        unit: unit.name,
        tab,
        cell: a1(i + 1, COL.label),
        label: cellText(row[COL.label - 1]),
        value: key,
        message: `Строка с ключом «${key}» повторяется (первая — строка ${rowByKey.get(key)! + 1}); используется первая. Удалите копию.`,
      });
      return;
    }
    rowByKey.set(key, i);
  });
  return rowByKey;
}

/** The indicator columns headed with other years than the settings' (a tab pasted from last year's workbook), or null. */
function yearsFinding(grid: CellValue[][], yearsRow: number | undefined, s: Settings, unit: UnitDef, tab: string): Finding | null {
  if (yearsRow === undefined) return null;
  const expectedYears = yearHeaders(s).slice(0, 2);
  const shown = [cellText(grid[yearsRow][COL.c - 1]), cellText(grid[yearsRow][COL.d - 1])];
  if (shown.join('|') === expectedYears.join('|')) return null;
  return {
    severity: 'error',
    rule: 'wrong_years',
    unit: unit.name,
    tab,
    cell: a1(yearsRow + 1, COL.c),
    label: 'Годы показателей',
    value: shown.join(', '),
    message: `Столбцы показателей подписаны «${shown.join('», «')}», а в настройках ${expectedYears.join(' и ')} — похоже, вкладку вставили из таблицы прошлого года. Показатели этой вкладки не учтены в сводке: перенесите значения в столбцы ${expectedYears.join(' и ')} и подпишите их так, или выполните «Новый отчётный год».`,
  };
}

/** A row whose key is not on the tab: found by its label with the key to restore, or reported missing. */
function missingRowFinding(grid: CellValue[][], spec: RowSpec, knownKeys: Set<string>, unit: UnitDef, tab: string): Finding {
  const label = spec.label.trim();
  // The row may still be there with its key edited or erased: find it by its label among rows without a valid key.
  const rows = grid
    .map((_, i) => i)
    .filter((i) => cellText(grid[i][COL.label - 1]) === label && !knownKeys.has(cellText(grid[i][COL.key - 1])));
  if (rows.length === 1) {
    const r = rows[0];
    const was = cellText(grid[r][COL.key - 1]);
    const cell = a1(r + 1, COL.key);
    return {
      severity: 'error',
      rule: 'structure',
      unit: unit.name,
      tab,
      cell,
      label,
      value: was,
      message: `Строка ${r + 1} «${label}» не прочитана: в скрытом столбце A, в ячейке ${cell}, должен стоять служебный ключ «${spec.key}»${was ? ` (сейчас «${was}»)` : ''}. Верните его (или скопируйте строку с пустой вкладки, созданной меню «Создать вкладки»); до тех пор значения строки не учтены в сводке.`,
    };
  }
  return {
    severity: 'error',
    rule: 'structure',
    unit: unit.name,
    tab,
    cell: '',
    label,
    value: '',
    message: `На вкладке нет строки «${label}» (её ключ удалён или изменён). Скопируйте строку с пустой вкладки, созданной меню «Создать вкладки».`,
  };
}

/** Puts a row's cells where its key says: organisations, a form, a contact, an indicator's years and comment, readiness. */
function placeFields(input: UnitInput, spec: RowSpec, get: (i: InputSpec | undefined) => RawField | undefined): void {
  const [c, d, e] = [COL.c, COL.d, COL.e].map((col) => spec.inputs.find((i) => i.col === col));
  const parts = spec.key.split(':');
  if (spec.key === 'orgs') input.orgs = { general: get(c), additional: get(d) };
  else if (parts[0] === 'school' || spec.key.startsWith(SCHOOL_DOCUMENT_PREFIX) || spec.key === SCHOOL_DIRECTIONS_KEY)
    placeSchoolField(input, spec.key, get(c), get(e));
  else if (parts[0] === 'form') input.forms[parts[1]] = { general: get(c), additional: get(d), examples: get(e) };
  else if (parts[0] === 'contact') input.contacts[parts[1] as ContactKey] = get(c);
  else if (parts[0] === 'ind') {
    input.indicators[parts[1]] ??= { prev: {}, cur: {} };
    const entry = input.indicators[parts[1]];
    if (parts[2] === 'title') entry.comment = get(e);
    else {
      const part = parts[2] as keyof IndicatorCells;
      entry.prev[part] = get(c);
      entry.cur[part] = get(d);
      if (e) entry.comment = get(e);
    }
  } else if (spec.key === READY_KEY) {
    const f = get(c);
    input.ready = f !== undefined && isTicked(f.raw);
  }
}

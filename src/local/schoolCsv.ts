// The school-level CSV files of a sample folder (school_forms.csv, school_documents.csv, school_directions.csv) into the
// schools' report values; every cell that cannot be taken stops the import naming the file, the line and the column.
import { parseCell } from '../domain/cellValue';
import type { Settings } from '../domain/model';
import { yesNoOf } from '../domain/schoolRead';
import type { ReportValues } from '../domain/reportValues';
import { InputError } from './inputError';

/** A CSV file as csvImport reads it: its path and its rows by column, with their lines in the file. */
export interface CsvTable {
  file: string;
  rows: Array<{ line: number; get: (col: string) => string }>;
}

/** The school files of a folder, each optional; `read(name, columns)` reads one with its required columns. */
export const SCHOOL_FILES = {
  forms: { name: 'school_forms.csv', columns: ['unit', 'form', 'runs', 'mentors', 'mentees', 'pairs'] },
  documents: { name: 'school_documents.csv', columns: ['unit', 'document', 'has'] },
  directions: { name: 'school_directions.csv', columns: ['unit', 'directions'] },
} as const;

type Row = CsvTable['rows'][number];

const at = (t: CsvTable, r: Row, col: string) => `${t.file}, строка ${r.line}, столбец «${col}»`;

/** «да»/«нет» as the school's tab takes it (yesNoOf), written as the list offers it; empty when not answered. */
function yesNoAt(t: CsvTable, r: Row, col: string): string | undefined {
  const v = r.get(col);
  const state = yesNoOf(v);
  if (state === 'invalid') throw new InputError(`${at(t, r, col)}: «${v}» — ожидается «да» или «нет» (пусто, если ответа нет).`);
  return state === 'yes' ? 'да' : state === 'no' ? 'нет' : undefined;
}

/** A count of mentors, mentees or pairs: a whole number from 0, «нет данных» (kept as typed, as the tab takes it), or empty. */
function countAt(t: CsvTable, r: Row, col: string): number | string | undefined {
  const v = r.get(col);
  if (v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v);
  if (parseCell(v).kind === 'nodata') return v;
  throw new InputError(`${at(t, r, col)}: «${v}» — ожидается целое число не меньше 0, «нет данных» или пусто.`);
}

/** Each school's report by the `unit` column; one not among the units, or a row repeated, is refused. */
function schoolAt(settings: Settings, reports: Record<string, ReportValues>) {
  const seen = new Map<string, number>();
  return (t: CsvTable, r: Row, what: string, ...key: string[]) => {
    const name = r.get('unit');
    if (!settings.units.some((u) => u.name === name))
      throw new InputError(`${at(t, r, 'unit')}: «${name}» нет в списке единиц (forms_general_schools.csv).`);
    const id = [t.file, name, ...key].join('\u0000');
    if (seen.has(id)) throw new InputError(`${t.file}, строка ${r.line}: повтор — ${what} «${name}» уже есть в строке ${seen.get(id)}.`);
    seen.set(id, r.line);
    reports[name] ??= {};
    const report = reports[name];
    report.school ??= {};
    return report.school;
  };
}

/** Puts the school files' values into the schools' reports; a folder of a region's workbook may not have them. */
export function readSchoolFiles(
  tables: Partial<Record<keyof typeof SCHOOL_FILES, CsvTable>>,
  settings: Settings,
  reports: Record<string, ReportValues>,
): void {
  const present = Object.values(tables).filter((t): t is CsvTable => t !== undefined);
  if (!present.length) return;
  if (settings.level !== 'municipality')
    throw new InputError(
      `${present[0].file}: сведения школ читаются только в таблице муниципалитета — укажите в settings.csv строку «level,municipality».`,
    );
  const school = schoolAt(settings, reports);
  const t = tables.forms;
  for (const r of t?.rows ?? []) {
    const v = r.get('form');
    const form = settings.forms.find((f) => f.key === v || f.name.toLowerCase() === v.toLowerCase());
    if (!form) throw new InputError(`${at(t!, r, 'form')}: формы «${v}» нет среди форм (ключ или название, как в forms.csv).`);
    const block = school(t!, r, `форма «${form.name}» у`, form.key);
    block.forms ??= {};
    block.forms[form.key] = {
      runs: yesNoAt(t!, r, 'runs'),
      mentors: countAt(t!, r, 'mentors'),
      mentees: countAt(t!, r, 'mentees'),
      pairs: countAt(t!, r, 'pairs'),
    };
  }
  const d = tables.documents;
  for (const r of d?.rows ?? []) {
    const v = r.get('document');
    const name = settings.schoolDocuments.find((n) => n.toLowerCase() === v.toLowerCase());
    if (!name)
      throw new InputError(
        `${at(d!, r, 'document')}: документа «${v}» нет в списке «Документы школы» (строки school_document в settings.csv).`,
      );
    const block = school(d!, r, `документ «${name}» у`, name);
    block.documents = { ...block.documents, [name]: yesNoAt(d!, r, 'has') };
  }
  const n = tables.directions;
  for (const r of n?.rows ?? []) school(n!, r, 'направления у').directions = r.get('directions');
}

// A school's block of its tab (level «муниципалитет»): its rows, keys, and where the reader puts each of its cells.
import type { Settings } from '../domain/model';
import type { RawField, SchoolFormPart, UnitInput } from '../domain/unitInput';
import { COL, type RowSpec, SECTION } from './unitRowSpec';

export const schoolFormKey = (key: string, part: SchoolFormPart) => `school:${key}:${part}`;
export const SCHOOL_DOCUMENT_PREFIX = 'school_doc:';
export const schoolDocumentKey = (name: string) => `${SCHOOL_DOCUMENT_PREFIX}${name}`;
export const SCHOOL_DIRECTIONS_KEY = 'school_directions';

/**
 * A school's (or an organisation of additional education's) tab, level «муниципалитет» (seed 001): per form «да/нет»
 * and its mentors, mentees and pairs; per document of «Документы школы» «да/нет»; its directions. The «да/нет» is the
 * school's count of organisations running the form, so no organisation count is asked (interpretUnit derives it).
 */
export function schoolRows(s: Settings): RowSpec[] {
  const count = (f: Settings['forms'][number], part: SchoolFormPart, label: string, what: string): RowSpec => ({
    key: schoolFormKey(f.key, part),
    label: `   ${label}`,
    inputs: [{ col: COL.c, type: 'count', label: `Форма «${f.name}»: ${what}` }],
  });
  return [
    {
      key: 'sec:school_forms',
      label: 'Формы наставничества в организации',
      style: SECTION,
      headers: ['Ответ или число', '', 'Яркие примеры'],
      inputs: [],
    },
    ...s.forms.flatMap((f): RowSpec[] => [
      {
        key: schoolFormKey(f.key, 'runs'),
        label: `«${f.name}»${f.directions ? ` (${f.directions})` : ''}: реализуется (да/нет)`,
        style: { bold: true, wrap: true },
        inputs: [
          { col: COL.c, type: 'yesno', label: `Форма «${f.name}»: реализуется (да/нет)` },
          { col: COL.e, type: 'text', label: `Яркие примеры формы «${f.name}»` },
        ],
      },
      count(f, 'mentors', 'наставников, человек', 'наставников'),
      count(f, 'mentees', 'наставляемых, человек', 'наставляемых'),
      count(f, 'pairs', 'пар (групп)', 'пар (групп)'),
    ]),
    {
      key: 'sec:school_documents',
      label: 'Документы программы наставничества',
      style: SECTION,
      headers: ['Есть (да/нет)', '', ''],
      inputs: [],
    },
    ...s.schoolDocuments.map(
      (name): RowSpec => ({
        key: schoolDocumentKey(name),
        label: name,
        inputs: [{ col: COL.c, type: 'yesno', label: `Документ «${name}»: есть (да/нет)` }],
      }),
    ),
    {
      key: SCHOOL_DIRECTIONS_KEY,
      label: 'Направления наставничества (через запятую)',
      inputs: [{ col: COL.c, type: 'text', label: 'Направления наставничества' }],
    },
  ];
}

/** Puts a cell of a school's block where its key says; a form's «Яркие примеры» go where a municipality's do. */
export function placeSchoolField(input: UnitInput, key: string, c: RawField | undefined, e: RawField | undefined): void {
  input.school ??= { forms: {}, documents: {} };
  if (key === SCHOOL_DIRECTIONS_KEY) input.school.directions = c;
  else if (key.startsWith(SCHOOL_DOCUMENT_PREFIX)) input.school.documents[key.slice(SCHOOL_DOCUMENT_PREFIX.length)] = c;
  else {
    const parts = key.split(':');
    const [form, part] = [parts.slice(1, -1).join(':'), parts[parts.length - 1] as SchoolFormPart];
    input.school.forms[form] = { ...input.school.forms[form], [part]: c };
    if (part === 'runs') input.forms[form] = { examples: e };
  }
}

// `template --data` on a municipality's folder with the school files (school_forms.csv, school_documents.csv,
// school_directions.csv): each school's block filled from them, and every cell it cannot take named by file, line, column.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder } from '../../src/local/csvImport';
import { loadXlsx } from '../../src/local/runtime';
import { runMain } from '../helpers/cliInProcess';

jest.setTimeout(60_000);

const SCHOOL = 'Александровский район';
const DOCS = ['Положение о наставничестве', 'Дорожная карта'];

/** The sample as a municipality's folder: its units taken as schools, two documents, the three school files. */
function folder(files: Partial<Record<'forms' | 'documents' | 'directions', string>>, level = 'municipality'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mm-school-csv-'));
  cpSync('data/tomsk-2021', dir, { recursive: true });
  appendFileSync(join(dir, 'settings.csv'), `level,${level}\n${DOCS.map((d) => `school_document,${d}\n`).join('')}`);
  const names = { forms: 'school_forms.csv', documents: 'school_documents.csv', directions: 'school_directions.csv' };
  for (const [k, text] of Object.entries(files)) writeFileSync(join(dir, names[k as keyof typeof names]), text);
  return dir;
}

const FORMS = `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},teacher_student,да,4,20,8\n${SCHOOL},ученик–ученик,Нет,,нет данных,\n`;
const DOCUMENTS = `unit,document,has\n${SCHOOL},${DOCS[0]},да\n${SCHOOL},дорожная карта,нет\n`;
const DIRECTIONS = `unit,directions\n${SCHOOL},"профориентация, адаптация молодых педагогов"\n`;

test('the three files fill the school’s block of the workbook `template --data` writes', async () => {
  const dir = folder({ forms: FORMS, documents: DOCUMENTS, directions: DIRECTIONS });
  const out = join(dir, 'город.xlsx');
  const r = await runMain('template', '--out', out, '--data', dir);
  expect(r.code).toBe(0);
  const tab = (await loadXlsx(out)).getSheetByName(SCHOOL)!;
  const byKey = new Map(
    tab
      .getDataRange()
      .getValues()
      .map((row) => [String(row[0]), row[2]]),
  );
  expect(
    [
      'school:teacher_student:runs',
      'school:teacher_student:mentors',
      'school:teacher_student:mentees',
      'school:teacher_student:pairs',
      'school:student_student:runs',
      'school:student_student:mentees',
      `school_doc:${DOCS[0]}`,
      `school_doc:${DOCS[1]}`,
      'school_directions',
    ].map((k) => byKey.get(k)),
  ).toEqual(['да', 4, 20, 8, 'нет', 'нет данных', 'да', 'нет', 'профориентация, адаптация молодых педагогов']);
  // «Настройки» list the documents of settings.csv, not the default eight.
  const settings = (await loadXlsx(out)).getSheetByName('Настройки')!.getDataRange().getValues();
  const header = settings.findIndex((row) => row[0] === 'hdr:school_documents');
  expect(settings.slice(header + 1, header + 4).map((row) => row[1])).toEqual([...DOCS, '']);
});

describe('a cell the import cannot take stops it, naming the file, the line and the column', () => {
  test.each<[string, Parameters<typeof folder>[0], (dir: string) => string]>([
    [
      '«+» for «да/нет»',
      { forms: `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},teacher_student,+,1,2,1\n` },
      (dir) => `${join(dir, 'school_forms.csv')}, строка 2, столбец «runs»: «+» — ожидается «да» или «нет» (пусто, если ответа нет).`,
    ],
    [
      '«12,5%» for a count',
      { forms: `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},teacher_student,да,"12,5%",2,1\n` },
      (dir) =>
        `${join(dir, 'school_forms.csv')}, строка 2, столбец «mentors»: «12,5%» — ожидается целое число не меньше 0, «нет данных» или пусто.`,
    ],
    [
      'a form the settings do not have',
      { forms: `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},родитель–ученик,да,1,2,1\n` },
      (dir) =>
        `${join(dir, 'school_forms.csv')}, строка 2, столбец «form»: формы «родитель–ученик» нет среди форм (ключ или название, как в forms.csv).`,
    ],
    [
      'a school not among the units',
      { directions: 'unit,directions\nШкола № 99,профориентация\n' },
      (dir) =>
        `${join(dir, 'school_directions.csv')}, строка 2, столбец «unit»: «Школа № 99» нет в списке единиц (forms_general_schools.csv).`,
    ],
    [
      'a document not in «Документы школы»',
      { documents: `unit,document,has\n${SCHOOL},Приказ о назначении куратора,да\n` },
      (dir) =>
        `${join(dir, 'school_documents.csv')}, строка 2, столбец «document»: документа «Приказ о назначении куратора» нет в списке «Документы школы» (строки school_document в settings.csv).`,
    ],
    [
      'a form given twice for one school',
      { forms: `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},teacher_student,да,1,2,1\n${SCHOOL},учитель–ученик,нет,,,\n` },
      (dir) => `${join(dir, 'school_forms.csv')}, строка 3: повтор — форма «учитель–ученик» у «${SCHOOL}» уже есть в строке 2.`,
    ],
    [
      'a missing column',
      { documents: `unit,document\n${SCHOOL},${DOCS[0]}\n` },
      (dir) => `${join(dir, 'school_documents.csv')}: нет столбца «has».`,
    ],
  ])('%s', (_, files, message) => {
    const dir = folder(files);
    expect(() => importCsvFolder(dir)).toThrow(message(dir));
  });

  test('school files in a region’s folder: they belong to a municipality’s workbook', () => {
    const dir = folder({ directions: DIRECTIONS }, 'region');
    expect(() => importCsvFolder(dir)).toThrow(
      `${join(dir, 'school_directions.csv')}: сведения школ читаются только в таблице муниципалитета — укажите в settings.csv строку «level,municipality».`,
    );
  });

  test('the CLI (a real process on build/cli.js) prints the message as «Ошибка: …» and fails', () => {
    const dir = folder({ forms: `unit,form,runs,mentors,mentees,pairs\n${SCHOOL},teacher_student,может быть,,,\n` });
    const r = spawnSync(process.execPath, ['build/cli.js', 'template', '--out', join(dir, 'x.xlsx'), '--data', dir], { encoding: 'utf8' });
    expect([r.status, r.stderr.trim()]).toEqual([
      2,
      `Ошибка: ${join(dir, 'school_forms.csv')}, строка 2, столбец «runs»: «может быть» — ожидается «да» или «нет» (пусто, если ответа нет).`,
    ]);
  });
});

// The Word note (the dialog's and the CLI's renderer) carries the appendix of the coordinators' comments after the signature.
import type { NoteDocument } from '../../src/domain/noteDocument';
import { importCsvFolder } from '../../src/local/csvImport';
import { noteDocxBuffer } from '../../src/documents/write';
import { workbookSession } from '../helpers/bundle';
import { docxText, flat } from '../helpers/docx';

test('the .docx has the appendix heading and the comment as typed, under its unit, after the signature', async () => {
  const { settings, reports } = importCsvFolder('data/tomsk-2021');
  reports['г. Томск'].indicators!['8'] = { ...reports['г. Томск'].indicators!['8'], comment: '=Студенты вузов учтены\nпо договорам' };
  // What the dialog receives from the server: the same global a menu click calls.
  const data = workbookSession(settings, reports).globals.noteDocument() as NoteDocument;
  const paragraphs = (await docxText(await noteDocxBuffer(data))).split(/\n+/).map(flat).filter(Boolean);
  const at = paragraphs.indexOf('Приложение 3. Пояснения муниципалитетов к представленным сведениям');
  expect(at).toBeGreaterThan(paragraphs.indexOf(flat(`${data.note.signature.position} ${data.note.signature.name}`)));
  expect(paragraphs.slice(at + 1)).toEqual([
    'г. Томск:',
    'показатель № 8 «число студентов — наставников обучающихся»: «=Студенты вузов учтены по договорам».',
  ]);
});

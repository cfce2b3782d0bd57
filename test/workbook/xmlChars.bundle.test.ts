// Characters XML forbids, typed or pasted into a unit's name and example, are dropped where text enters: the .docx and .xlsx open.
import ExcelJS from 'exceljs';
import type { NoteDocument } from '../../src/domain/noteDocument';
import { cellText, parseCell } from '../../src/domain/cellValue';
import { dropXmlForbidden } from '../../src/domain/xmlText';
import { noteDocxBuffer } from '../../src/documents/write';
import { xlsxBuffer } from '../../src/local/runtime/xlsx';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { checkAndBuild, sampleData, typeInto, workbookSession } from '../helpers/badInputs';
import { docxText, flat } from '../helpers/docx';

// XML 1.0 §2.2 «Characters» allows #x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD and #x10000–#x10FFFF: everything else here
// (NUL, a bell, Word's line break U+000B, U+FFFE, U+FFFF, lone surrogates) makes an XML part, and so the file, unreadable.
const T = 'Бакчарский район';
const HOSTILE_NAME = 'Бакчарский\u0000 район\uFFFF';
const HOSTILE_EXAMPLE = 'Наставники\u0007 из вузов\u000bведут кружки\uD800 в 12 школах\uFFFE 😀';
const CLEAN_EXAMPLE = 'Наставники из вузов ведут кружки в 12 школах 😀';

test('the rule: forbidden characters go, a pasted line break becomes a space, tabs, line breaks and emoji stay', () => {
  expect(dropXmlForbidden(HOSTILE_EXAMPLE)).toBe(CLEAN_EXAMPLE);
  expect(dropXmlForbidden('a\tb\nc\r\n\u0085d\uDC00\u000c')).toBe('a\tb\nc\r\n\u0085d ');
});

test('in a number cell they are invisible and dropped too: «12» pasted with a bell is the number 12', () => {
  expect(parseCell('12\u0007')).toEqual({ kind: 'number', value: 12, percentSign: false, extracted: false });
  expect(parseCell('\uFFFF')).toEqual({ kind: 'empty' });
  expect(cellText(' Школа\u0000 № 5\uFFFE ')).toBe('Школа № 5');
});

describe('a unit named and an example typed with forbidden characters', () => {
  const { settings, reports } = sampleData();
  const i = settings.units.findIndex((u) => u.name === T);
  settings.units[i] = { ...settings.units[i], name: HOSTILE_NAME, tab: '' };
  const s = workbookSession(settings, reports);
  const a1 = typeInto(s.ss, T, 'form:student_student', 'E', HOSTILE_EXAMPLE);
  const { build } = checkAndBuild(s);

  test('the unit is known by its clean name, on its tab, and its example reaches the summary clean', () => {
    expect(a1).toMatch(/^E\d+$/);
    expect(build.ok).toBe(true);
    const row = build.output!.summary.forms.rows.find((r) => r.unit === T)!;
    expect(row.examples.student_student).toBe(CLEAN_EXAMPLE);
  });

  test('the .docx note opens (mammoth reads it) and holds the example clean', async () => {
    const data = s.globals.noteDocument() as NoteDocument;
    const text = flat(await docxText(await noteDocxBuffer(data)));
    expect(text).toContain(`${CLEAN_EXAMPLE} (${T})`);
  });

  test('the .xlsx saved with the hostile input cells opens again (ExcelJS reloads it)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxBuffer(s.ss)) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(T)!.getCell(a1).value).toBe(CLEAN_EXAMPLE);
    expect(wb.getWorksheet(SUMMARY_TABS.forms)).toBeDefined();
  });
});

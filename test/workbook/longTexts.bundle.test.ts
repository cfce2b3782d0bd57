// Texts longer than a Sheets cell holds (50 000 characters) never stop a build: long note paragraphs go on over rows, a too-long cell is named.
import ExcelJS from 'exceljs';
import { CELL_TEXT_LIMIT } from '../../src/domain/cellLimit';
import { generateWorkbook } from '../../src/local/bench/generate';
import { LocalSpreadsheet } from '../../src/local/runtime';
import { loadXlsxBuffer, xlsxBuffer } from '../../src/local/runtime/xlsx';
import { openSession } from '../../src/local/session';
import type { ReportValues } from '../../src/workbook/importer';
import { SUMMARY_TABS } from '../../src/workbook/tabNames';
import { type BuildResult, type CheckResult, cellOf, expectListed, sampleSession } from '../helpers/badInputs';

// Google Drive Help, «Files you can store in Google Drive» (support.google.com/drive/answer/37603): up to 50 000
// characters in a cell. The local runtime refuses a longer write with Sheets' text (test/local/runtime/runtime.limits.test.ts).
const CELL_TEXT = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** Every text cell of a tab, in reading order. */
function texts(ss: LocalSpreadsheet, tab: string): string[] {
  return ss
    .getSheetByName(tab)!
    .getDataRange()
    .getValues()
    .flat()
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

// Schools under their full official names (about 140 characters): 450 of them list past a cell's 50 000 characters,
// as 1 200 short names did (the paragraph is the same, a third of the tabs to make and read).
const SCHOOLS = 450;

test(`a region of ${SCHOOLS} schools builds: the note paragraph listing them is longer than a cell and goes on over rows`, () => {
  const generated = generateWorkbook(SCHOOLS);
  const reports: Record<string, ReportValues> = {};
  const settings = {
    ...generated.settings,
    units: generated.settings.units.map((u, i) => {
      const name = `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i + 1} с углублённым изучением отдельных предметов»`;
      reports[name] = generated.reports[u.name];
      // A tab name holds at most 100 characters in Sheets: the tab is named shorter, as a coordinator would.
      return { ...u, name, tab: `Школа № ${i + 1}`, type: 'Школа' };
    }),
  };
  const ss = new LocalSpreadsheet('Область');
  // Lifted for the setup only (the tabs of 1000 × 26 with the summary's pass Sheets' 10 million cells): what is tested is the build.
  ss.cellLimit = Number.MAX_SAFE_INTEGER;
  const s = openSession(ss);
  s.runtime.timeLimits = false;
  s.globals.setupWorkbookWith_(settings);
  while ((s.globals.createTabs() as { pending?: boolean }).pending);
  s.globals.fillReports_(reports);

  type Run = BuildResult & { pending?: boolean };
  let build = s.globals.buildSummary() as Run;
  while (build.pending) build = s.globals.continueRun(true, 'build') as Run;
  expect(build.message).not.toContain(CELL_TEXT);
  expect(build).toMatchObject({ ok: true });
  expect(build.message).toMatch(new RegExp(`^Сводка построена: ${SCHOOLS} `));

  const paragraphs = build.output!.note.sections.flatMap((x) => x.paragraphs);
  const long = paragraphs.filter((p) => p.length > CELL_TEXT_LIMIT);
  expect(long.length).toBeGreaterThan(0);
  const note = texts(ss, SUMMARY_TABS.note);
  expect(Math.max(...note.map((t) => t.length))).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  // Nothing lost: the rows of the tab, read in order, hold the whole paragraph (cut between words).
  const whole = note.join(' ');
  for (const p of long) expect(whole).toContain(p);
});

test('an example longer than a cell, in a file from a desktop suite: named on its cell, the build completes, the note keeps it', async () => {
  const sample = sampleSession();
  const tab = 'Бакчарский район';
  const a1 = cellOf(sample.ss, tab, 'form:student_student', 'E');
  // LibreOffice Calc holds far more in a cell than Sheets: such a file is made here with ExcelJS.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsxBuffer(sample.ss)) as unknown as ExcelJS.Buffer);
  const example = `${'Наставники ведут проектные мастерские в каждой школе района. '.repeat(1000)}Итог.`;
  expect(example.length).toBe(61_005);
  wb.getWorksheet(tab)!.getCell(a1).value = example;
  const ss = await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const s = openSession(ss);

  const check = s.globals.checkData() as CheckResult;
  const tooLong = check.findings.filter((x) => x.rule === 'too_long');
  expect(tooLong.map(({ value, ...rest }) => ({ ...rest, value: value.length }))).toEqual([
    {
      severity: 'warning',
      rule: 'too_long',
      unit: tab,
      tab,
      cell: a1,
      label: 'Яркие примеры формы «ученик–ученик»',
      value: example.length,
      message:
        // Numbers are grouped with no-break spaces, as everywhere in the product's Russian.
        'В ячейке 61\u00a0005 знаков, а ячейка Google Таблицы вмещает не больше 50\u00a0000: в Google Таблицах такой текст не сохранить. Сократите его.',
    },
  ]);
  expect(tooLong[0].value === example).toBe(true);

  const build = s.globals.buildSummary() as BuildResult;
  expect(build.ok).toBe(true);
  // The «Проверка» tab shows the value cut to a cell, ending with «…».
  const shown = texts(ss, SUMMARY_TABS.check).find((t) => t.startsWith('Наставники ведут'))!;
  expect(shown.length).toBe(CELL_TEXT_LIMIT);
  expect(shown.endsWith('…')).toBe(true);
  // The note keeps the whole example, over two rows of «Справка».
  const note = texts(ss, SUMMARY_TABS.note);
  expect(note.every((t) => t.length <= CELL_TEXT_LIMIT)).toBe(true);
  // The unit follows the practice it typed («… Итог (Бакчарский район).»).
  expect(note.join(' ')).toContain(`${example.replace(/\.$/, '')} (Бакчарский район).`);
  expectListed(ss, { ...tooLong[0], value: shown });
});

// The municipal note's sentences on schools reach every rendering from the one model: the «Справка» tab, the HTML report
// and the .docx.
import { noteDocument } from '../../src/domain/noteDocument';
import { noteDocxBuffer } from '../../src/documents/write';
import { renderReportHtml } from '../../src/report/html';
import { analyze } from '../../src/workbook/analyze';
import { renderNoteTab } from '../../src/workbook/noteTab';
import { docxText, flat } from '../helpers/docx';
import { docValues, workbookGrids } from '../helpers/grids';
import { CITY_V, CITY_V_REPORTS, SCHOOL_REPORTS_V, withSchoolReports } from '../helpers/levels';

const g = workbookGrids(CITY_V, CITY_V_REPORTS);
const a = withSchoolReports(analyze(g.settingsValues, g.tabs), SCHOOL_REPORTS_V, CITY_V.schoolDocuments);
const DOCUMENTS = 'Все 3 документа программы наставничества имеют 3 из 5 организаций, представивших сведения о документах.';
const LACKING = '«Положение о наставничестве» — МБОУ СОШ № 2 и МБОУ СОШ № 3;';
const ADDRESSED =
  'МБОУ СОШ № 2: разработать и утвердить к 1 января 2023 г. документ «Положение о наставничестве»; закрепить к 1 января 2023 г. наставнические пары (группы) по форме «учитель–ученик».';

test('the HTML report prints the documents paragraph, the lacking documents and the addressed recommendation', () => {
  const html = flat(renderReportHtml(a, { date: new Date(2022, 1, 1) }));
  for (const sentence of [DOCUMENTS, LACKING, ADDRESSED]) expect(html).toContain(sentence);
});

test('the .docx prints the same sentences', async () => {
  const doc = noteDocument(a.settings, a.summary, a.note, a.recommendations);
  const text = flat(await docxText(await noteDocxBuffer(doc)));
  for (const sentence of [DOCUMENTS, LACKING, ADDRESSED]) expect(text).toContain(sentence);
});

test('the «Справка» tab prints the same sentences', () => {
  const cells = docValues(renderNoteTab(a.note))
    .flat()
    .map((v) => flat(String(v)));
  for (const sentence of [DOCUMENTS, LACKING, ADDRESSED]) expect(cells).toContain(sentence);
});

test('the HTML report of a municipality names the municipality where a region’s names the region', () => {
  const html = flat(renderReportHtml(a, { date: new Date(2022, 1, 1) }));
  for (const words of ['Таблица 1. Итоги по муниципалитету', 'Муниципалитет (факт)', 'Показатели эффективности по муниципалитету'])
    expect(html).toContain(words);
  expect(html).not.toMatch(/регион/i);
});

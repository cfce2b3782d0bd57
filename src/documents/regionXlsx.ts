// The .xlsx «Передать в регион» hands in, written with fflate alone so the same code runs in the dialog's browser and in Node.
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from '../domain/columns';
import { escapeHtml } from '../domain/escapeHtml';
import { IDENTITY_SHEET } from '../domain/returnIdentity';
import type { RegionHandoff } from '../domain/regionHandoff';
import { HANDOFF_SHEET } from '../domain/regionHandoff';
import { dropXmlForbidden } from '../domain/xmlText';

/**
 * The parts of a SpreadsheetML package (ECMA-376 Part 1, §12 and §18.2–18.3): content types, the package relationship,
 * the workbook with its two sheets (the second very hidden: `state="veryHidden"`, §18.18.68 ST_SheetState), their
 * relationships and a minimal style sheet. Text is written inline (`t="inlineStr"`, §18.3.1.53 `is`), so no shared strings.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for XML content and quoted attributes: what XML forbids dropped, the markup characters escaped as HTML's are. */
const escapeXml = (text: string) => escapeHtml(dropXmlForbidden(text));

/** One cell: a number as a number, text inline with its spaces kept, nothing for an empty string. */
function cell(value: string | number, ref: string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  if (value === '') return '';
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A worksheet of rows; `widths` are the first columns' widths in characters. */
function sheetXml(rows: ReadonlyArray<ReadonlyArray<string | number>>, widths: number[]): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const data = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, `${columnLetter(j + 1)}${i + 1}`)).join('')}</row>`)
    .join('');
  return `${HEAD}<worksheet xmlns="${MAIN}"><cols>${cols}</cols><sheetData>${data}</sheetData></worksheet>`;
}

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** The file's bytes: the visible sheet of what is handed in, and the very hidden sheet of the mark and the values. */
export function regionXlsx(h: RegionHandoff): ReturnType<typeof zipSync> {
  const sheets = [
    { name: HANDOFF_SHEET, hidden: false, xml: sheetXml(h.rows, [90, 22, 22]) },
    { name: IDENTITY_SHEET, hidden: true, xml: sheetXml(h.mark, [12, 60]) },
  ];
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="veryHidden"' : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  for (const [i, s] of sheets.entries()) files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml);
  return zipSync(files, { level: 6 });
}

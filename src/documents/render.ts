// Renders the note's plain data (NoteDocument) as a Word document with the `docx` package: A4, official-letter margins, numbered pages.
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  type IParagraphOptions,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CellMark, NoteTable, TableCell as NoteCell } from '../domain/noteTables';
import type { NoteDocument } from '../domain/noteDocument';
import { PALETTE } from '../domain/palette';
import { documentBlocks, type Block } from './layout';

/** Page and type of an official letter (ГОСТ Р 7.0.97-2016, 5.1: A4; margins at least 20 mm left, 10 right, 20 top and bottom;
 * page numbers from the second page, centred in the top margin). Sizes in twips (1/20 pt; 1 mm = 56,7 twips). */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1134, right: 850, bottom: 1134, left: 1701, header: 567, footer: 567 },
} as const;
/** Body text 14 pt, tables 11 pt (10 pt when wider than 5 columns), the «исп.» block 10 pt (half-points, as Word counts them). */
const SIZES = { body: 28, table: 22, wideTable: 20, small: 20 } as const;
const WIDE_TABLE_COLUMNS = 5;
/** First-line indent of a paragraph: 1,25 cm. */
const INDENT = 709;

/** Shading of marked cells: the colours of the sheet's legend (PALETTE), so a printed page matches the tab. */
const MARK_FILL: Record<CellMark, string> = {
  below: PALETTE.belowPlan,
  leader: PALETTE.leader,
  fell: PALETTE.fell,
  unclear: PALETTE.warning,
  noData: PALETTE.noData,
  error: PALETTE.error,
};
/** Word writes fills as hex without «#». */
const fill = (colour: string) => colour.replace(/^#/, '').toUpperCase();

const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

function para(text: string, options: IParagraphOptions = {}, run: { bold?: boolean; size?: number; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ ...options, children: [new TextRun({ text, ...run })] });
}

/** `keep`: the last text before the signature stays whole and on the signature's page (Word's keepLines and keepNext). */
function body(text: string, keep = false): Paragraph {
  return para(text, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, keepNext: keep, keepLines: keep });
}

function cell(c: NoteCell, header: boolean, size: number): TableCell {
  return new TableCell({
    columnSpan: c.span,
    shading: c.mark
      ? { type: ShadingType.CLEAR, color: 'auto', fill: fill(MARK_FILL[c.mark]) }
      : header
        ? { type: ShadingType.CLEAR, color: 'auto', fill: fill(PALETTE.header) }
        : undefined,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    children: [
      // Shading does not print in black and white: a value below its plan is in italics too, as the table's note says.
      para(
        c.text,
        { alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, keepLines: true },
        { bold: header || c.bold, italics: c.mark === 'below', size },
      ),
    ],
  });
}

/** Column widths in twips and the type size of a table: its proportions spread over the text width. */
function tableLayout(t: NoteTable): { columnWidths: number[]; size: number } {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return {
    columnWidths: t.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH)),
    size: t.widths.length > WIDE_TABLE_COLUMNS ? SIZES.wideTable : SIZES.table,
  };
}

function wordTable(t: NoteTable, rows: TableRow[]): Table {
  return new Table({
    rows,
    columnWidths: tableLayout(t).columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

/** Body rows of a table: a row never splits between pages. */
function bodyRows(t: NoteTable, rows: NoteCell[][]): TableRow[] {
  const { size } = tableLayout(t);
  return rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false, size)) }));
}

/** A document holding nothing but the table `t` with the given body rows (the Node writer takes their XML from it). */
export function rowsOnlyDocx(t: NoteTable, rows: NoteCell[][]): Document {
  return new Document({ sections: [{ children: [wordTable(t, bodyRows(t, rows))] }] });
}

/**
 * A table with its label and caption above and notes below; header rows repeat on every page, no row splits between pages.
 * `withBody` false leaves the body rows out, for a writer that adds them itself.
 */
function table(t: NoteTable, label: string | null, title: string | null, withBody: boolean): Array<Paragraph | Table> {
  const { size } = tableLayout(t);
  const rows = [
    ...t.header.map((r) => new TableRow({ tableHeader: true, cantSplit: true, children: r.map((c) => cell(c, true, size)) })),
    ...(withBody ? bodyRows(t, t.body) : []),
  ];
  return [
    ...(label ? [para(label, { alignment: AlignmentType.RIGHT, keepNext: true, spacing: { before: 240 } })] : []),
    ...(title
      ? [para(title, { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: label ? 0 : 240, after: 120 } }, { bold: true })]
      : []),
    wordTable(t, rows),
    ...t.notes.map((n) => para(n, { spacing: { before: 60 } }, { size: SIZES.table })),
    para(''),
  ];
}

function render(block: Block, withBodies: boolean, next?: Block): Array<Paragraph | Table> {
  const beforeSignature = next?.kind === 'signature';
  switch (block.kind) {
    case 'sender':
      return [para(block.text, { spacing: { after: 240 } }, { bold: true })];
    case 'addressees':
      return block.lines.map((l) => para(l, { indent: { left: Math.round(TEXT_WIDTH / 2) }, spacing: { after: 120 } }));
    case 'registration':
      return [para(block.text, { spacing: { before: 240 } })];
    case 'subject':
      return [para(block.text, { spacing: { before: 240, after: 240 } }, { bold: true })];
    case 'title':
      return [para(block.text, { heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 } }, { bold: true })];
    case 'heading':
      return [
        para(
          block.text,
          {
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            pageBreakBefore: block.newPage,
            alignment: AlignmentType.JUSTIFIED,
            keepNext: true,
            spacing: { before: 240, after: 120 },
            indent: { firstLine: INDENT },
          },
          { bold: true },
        ),
      ];
    case 'paragraph':
      return [body(block.text, beforeSignature)];
    case 'item':
      return [
        para(block.text, {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: INDENT + 357, hanging: 357 },
          keepNext: beforeSignature,
          keepLines: beforeSignature,
        }),
      ];
    case 'table':
      return table(block.table, block.label, block.title, withBodies);
    case 'signature':
      // The signature, the «исп.» block and its lines stay on one page.
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 480 },
          tabStops: [{ type: 'right', position: TEXT_WIDTH }],
          children: [new TextRun({ text: block.position }), new TextRun({ text: `\t${block.name}` })],
        }),
      ];
    case 'executor':
      return [
        para('', { spacing: { before: 480 }, keepNext: true }),
        ...block.lines.map((l, i) => para(l, { keepNext: i < block.lines.length - 1 }, { size: SIZES.small })),
      ];
  }
}

/**
 * The whole document: one A4 portrait section; the first page carries no number, the others their number centred on top.
 * `withBodies` false leaves out the tables' body rows (see src/documents/write.ts).
 */
export function noteDocx(data: NoteDocument, withBodies = true): Document {
  const numbered = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZES.body })],
      }),
    ],
  });
  const blocks = documentBlocks(data);
  return new Document({
    // Without lastModifiedBy the docx library writes «Un-named» into the file's properties.
    creator: data.author,
    lastModifiedBy: data.author,
    title: data.note.title,
    styles: {
      default: {
        document: {
          run: { font: data.font, size: SIZES.body, language: { value: 'ru-RU' } },
          paragraph: { spacing: { line: 240 } },
        },
        title: { run: { font: data.font, size: SIZES.body, bold: true, color: '000000' } },
        heading1: { run: { font: data.font, size: SIZES.body, bold: true, color: '000000' } },
        heading2: { run: { font: data.font, size: SIZES.body, bold: true, italics: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: numbered, first: new Header({ children: [new Paragraph({})] }) },
        children: blocks.flatMap((b, i) => render(b, withBodies, blocks[i + 1])),
      },
    ],
  });
}

// Reads a .docx back the way a user's software would: its text and tables through mammoth, its XML parts through a zip reader.
import mammoth from 'mammoth';
// JSZip is the zip library ExcelJS and mammoth already use (installed with them); the tests only read with it.
import JSZip from 'jszip';

/** Text of the document, paragraphs separated by blank lines; no-break spaces read as spaces. */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value.replace(/\u00a0/g, ' ');
}

/** Every table as rows of cell texts, in document order. */
export async function docxTables(buffer: Buffer): Promise<string[][][]> {
  const html = (await mammoth.convertToHtml({ buffer })).value.replace(/\u00a0/g, ' ');
  const strip = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .trim();
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => strip(c[1]))),
  );
}

/** One XML part of the package, e.g. word/document.xml. */
export async function docxPart(buffer: Buffer, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(buffer)).file(path);
  if (!file) throw new Error(`${path} is not in the package`);
  return file.async('string');
}

/** Same text, whatever the spaces: the document and the note may break lines differently. */
export function flat(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

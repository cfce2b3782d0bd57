// The text of each page of a PDF that Chromium (Skia) prints: enough to find a footer or a caption on a page, with no PDF tool installed.
import { inflateSync } from 'node:zlib';

/** Objects «N 0 obj … endobj» by number, as latin1 text (bytes kept one to one). */
function objectsOf(pdf: string): Map<string, string> {
  const objects = new Map<string, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  return objects;
}

function streamOf(body: string): string {
  const at = body.indexOf('stream');
  const start = at + 6 + (body[at + 6] === '\r' ? 2 : 1);
  const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
  return /\/FlateDecode/.test(body.slice(0, at)) ? inflateSync(raw, { finishFlush: 2 }).toString('latin1') : raw.toString('latin1');
}

const hexText = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmapOf(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), hexText(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const [from, to] = [parseInt(m[1], 16), parseInt(m[2], 16)];
      const targets = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => hexText(t[1])) : null;
      const base = targets ? 0 : parseInt(m[3].slice(1, -1), 16);
      for (let c = from; c <= to; c++) map.set(c, targets ? targets[c - from] : String.fromCodePoint(base + c - from));
    }
  }
  return map;
}

/** The text of every page, in page order; each text object (BT … ET) on its own line. */
export function pdfPagesText(pdf: Buffer): string[] {
  const objects = objectsOf(pdf.toString('latin1'));
  const ref = (body: string, key: string) => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body)?.[1];
  const root = ref([...objects.values()].find((b) => /\/Type\s*\/Catalog\b/.test(b))!, 'Pages')!;
  // The page tree: a /Pages node lists its kids, which are pages or further /Pages nodes, in reading order.
  const leaves = (id: string): string[] => {
    const body = objects.get(id)!;
    if (!/\/Type\s*\/Pages\b/.test(body)) return [id];
    return [...(/\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((m) => leaves(m[1]));
  };
  const pageIds = leaves(root);
  return pageIds.map((id) => {
    const page = objects.get(id)!;
    const fonts = new Map<string, Map<number, string>>();
    for (const m of (/\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const unicode = ref(objects.get(m[2]) ?? '', 'ToUnicode');
      fonts.set(m[1], unicode ? cmapOf(streamOf(objects.get(unicode)!)) : new Map());
    }
    const contents = ref(page, 'Contents');
    const ops = contents ? streamOf(objects.get(contents)!) : '';
    let font = new Map<number, string>();
    const lines: string[] = [];
    let line = '';
    for (const m of ops.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bET\b/g)) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) for (let i = 0; i + 4 <= m[2].length; i += 4) line += font.get(parseInt(m[2].slice(i, i + 4), 16)) ?? '';
      else {
        lines.push(line);
        line = '';
      }
    }
    return lines.filter(Boolean).join('\n');
  });
}

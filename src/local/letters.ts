// `mentor-monitor letters WORKBOOK --out DIR`: one Word letter per unit, read as the letters dialog reads (the workbook is not changed).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LettersDocument } from '../domain/unitLetter';
import { InputError } from './inputError';
import { noteDocxBuffer } from '../documents/write';
import { type BundleGlobals, openXlsxSession, outOfBundle } from './session';
import { terminalText } from './terminalText';

export interface LettersResult {
  ok: boolean;
  message: string;
  /** Each letter written: its unit and its file. */
  written: Array<{ unit: string; file: string }>;
}

/** The letters' data from the workbook, over as many runs as a large workbook needs (as the dialog asks for them). */
function readLetters(globals: BundleGlobals, progress: (m: string) => void): { letters: LettersDocument } | { failed: string } {
  let answer: ReturnType<BundleGlobals['lettersDocument']>;
  try {
    answer = globals.lettersDocument();
  } catch (e) {
    // The bundle throws the Russian reason (no settings, another run holds the lock).
    return { failed: (e as Error).message };
  }
  while ('pending' in answer) {
    progress(answer.message);
    const next = globals.continueRun(false, 'letters');
    if (!next.ok) return { failed: next.message };
    answer = next.pending ? { pending: true, message: next.message } : next.letters!;
  }
  return { letters: outOfBundle(answer) };
}

/** Writes every unit's letter into `outDir` (made when missing; a file of that name is refused). */
export async function writeLetters(file: string, outDir: string, progress: (m: string) => void): Promise<LettersResult> {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new InputError(`--out ${outDir}: это файл, а нужна папка для писем.`);
  const session = await openXlsxSession(file, progress);
  const read = readLetters(session.globals, progress);
  if ('failed' in read) return { ok: false, message: read.failed, written: [] };
  mkdirSync(resolve(outDir), { recursive: true });
  const written: LettersResult['written'] = [];
  for (const letter of read.letters.letters) {
    const path = join(outDir, letter.fileName);
    writeFileSync(path, await noteDocxBuffer(letter));
    written.push({ unit: letter.unit, file: path });
  }
  return { ok: true, message: `Записано писем: ${written.length} — по одному каждой единице отчёта.`, written };
}

/** One line per letter: «  DIR/Письмо — Асиновский район.docx — Асиновский район». */
export function lettersText(r: LettersResult): string {
  return [r.message, ...r.written.map((w) => terminalText(`  ${w.file} — ${w.unit}`))].join('\n');
}

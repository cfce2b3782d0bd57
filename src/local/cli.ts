// The command line: template, check, build and the bundled sample, all running the built add-in on .xlsx files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { prepareAddon } from './addonDist';
import { importCsvFolder, InputError } from './csvImport';
import { LocalSpreadsheet } from './runtime';
import { parseInvocation, USAGE } from './cliArgs';
import { renderReportHtml, type ReportData } from '../report/html';
import { countsLine, findingLine } from './findingsText';
import { defaultSettings } from '../workbook/defaults';
import type { Finding, Settings } from '../domain/model';
import { gridCells, openSession, openXlsxSession, projectRoot, saveXlsx, type Session } from './session';
import type { BuildResult } from '../workbook/actions';
import type { NoteDocument } from '../domain/noteDocument';
import { writeNoteDocx } from './docx/write';
import { status, statusCode, statusText } from './status';

function ensureDir(file: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
}

/** Calls a bundle global and fails with its Russian message if the bundle threw. */
function call<T>(s: Session, fn: string, ...args: unknown[]): T {
  return s.globals[fn](...args) as T;
}

const progress = (message: string) => process.stderr.write(`… ${message}\n`);

/** Runs a menu action; a workbook too large for one Apps Script run goes on over several runs, as the progress sidebar does in Sheets. */
function run(s: Session, fn: 'checkData' | 'buildSummary'): BuildResult & { findings?: Finding[] } {
  let result = call<BuildResult & { findings?: Finding[] }>(s, fn);
  while (result.pending) {
    progress(result.message);
    result = call<BuildResult & { findings?: Finding[] }>(s, 'continueRun', true);
  }
  return result;
}

/** The note's plain data as the .docx dialog gets it: one call, or over several runs when the workbook is too large for one. */
function noteDocumentOf(s: Session): NoteDocument {
  const first = call<NoteDocument | { pending: true; message: string }>(s, 'noteDocument');
  if (!('pending' in first)) return first;
  progress(first.message);
  for (;;) {
    const r = call<{ ok: boolean; pending?: boolean; message: string; document?: NoteDocument }>(s, 'continueRun', false, 'note');
    if (!r.pending && r.ok && r.document) return r.document;
    if (!r.pending) throw new Error(r.message);
    progress(r.message);
  }
}

export async function template(out: string, dataDir?: string, year?: number): Promise<{ units: number }> {
  const ss = new LocalSpreadsheet('Мониторинг наставничества');
  const session = openSession(ss);
  let units = 0;
  if (dataDir) {
    const imported = importCsvFolder(dataDir, year);
    call(session, 'setupWorkbookWith_', imported.settings);
    // «Создать вкладки» stops before Apps Script's 6 minutes on a large list; clicking again carries on.
    while (call<{ pending?: boolean }>(session, 'createTabs').pending);
    const missing = call<string[]>(session, 'fillReports_', imported.reports);
    if (missing.length) throw new InputError(`Не найдены вкладки: ${missing.join(', ')}.`);
    units = imported.settings.units.length;
  } else {
    call(session, 'setupWorkbookWith_', defaultSettings(year ?? new Date().getFullYear() - 1));
  }
  ensureDir(out);
  await saveXlsx(ss, out);
  return { units };
}

export type CheckResult = BuildResult & { findings?: Finding[] };

export async function check(file: string, jsonOut?: string): Promise<CheckResult> {
  const session = await openXlsxSession(file);
  const result = run(session, 'checkData') as CheckResult;
  if (jsonOut) {
    ensureDir(jsonOut);
    writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  }
  return result;
}

/** Creates the unit tabs listed in «Настройки», as the menu «Создать вкладки» does, and saves the workbook. */
export async function createTabs(file: string, out = file): Promise<BuildResult> {
  const session = await openXlsxSession(file);
  // A long list takes several runs in Sheets (each stops before 6 minutes and says to click again): run until done.
  let result = call<BuildResult & { pending?: boolean }>(session, 'createTabs');
  while (result.pending) result = call<BuildResult & { pending?: boolean }>(session, 'createTabs');
  if (result.ok) {
    ensureDir(out);
    await saveXlsx(session.runtime.spreadsheet, out);
  }
  return result;
}

/** What `check` prints: every finding on its own line, then the counts (the CLI writes no «Проверка» tab to point at). */
export function checkText(r: CheckResult): string {
  const findings = r.findings ?? [];
  // A fatal problem (no settings tab) is the message itself; otherwise the bundle's message points at a tab, which the CLI does not save.
  return [...(r.ok ? [] : [r.message]), ...findings.map(findingLine), `Проверка: ${countsLine(findings)}.`].join('\n');
}

export interface BuildOptions {
  out: string;
  json?: string;
  html?: string;
  /** The note with tables 1–3 and the recommendations as a Word document. */
  docx?: string;
  stats?: boolean;
}

export async function build(file: string, o: BuildOptions): Promise<BuildResult & { stats: Record<string, number> }> {
  if (resolve(file) === resolve(o.out))
    throw new InputError(`${o.out}: это входной файл — укажите другой путь в --out, входной файл не перезаписывается.`);
  const session = await openXlsxSession(file, progress);
  session.runtime.resetCalls();
  const result = run(session, 'buildSummary');
  const stats = { ...session.runtime.calls.byKind, gridCells: gridCells(session.runtime.spreadsheet) };
  if (!result.ok) return { ...result, stats };
  ensureDir(o.out);
  await saveXlsx(session.runtime.spreadsheet, o.out);
  if (o.json && result.output) {
    ensureDir(o.json);
    writeFileSync(o.json, JSON.stringify(result.output, null, 2));
  }
  if (o.html && result.output) {
    // The report is made of what the build itself read and computed (a second read of every tab would cost another run at
    // Apps Script's pace), plus the settings. The bundle returns plain data; the report is rendered here, in Node.
    const { summary, note, recommendations } = result.output;
    const data: ReportData = {
      settings: call<Settings>(session, 'reportSettings_'),
      fatal: [],
      findings: result.findings ?? [],
      summary,
      note,
      recommendations,
    };
    // A JSON round trip leaves the bundle's realm behind.
    const html = renderReportHtml(JSON.parse(JSON.stringify(data)));
    ensureDir(o.html);
    writeFileSync(o.html, html);
  }
  if (o.docx) {
    ensureDir(o.docx);
    await writeNoteDocx(noteDocumentOf(session), o.docx);
  }
  return { ...result, stats };
}

function year(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InputError(`--year ${text}: нужен год, например 2025.`);
  return n;
}

/** «Записано:» and one file per line. */
function wrote(files: Array<[string | undefined, string]>): string {
  return ['Записано:', ...files.filter(([f]) => f).map(([f, what]) => `  ${f} — ${what}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const {
    command,
    positionals: [file],
    values,
  } = parseInvocation(argv);
  const str = (key: string) => values[key] as string | undefined;
  switch (command) {
    case 'template': {
      const out = str('out')!;
      const { units } = await template(out, str('data'), year(str('year')));
      console.log(`Таблица записана: ${out}${units ? ` (единиц отчёта: ${units})` : ''}.`);
      if (!units) console.log(`Дальше: впишите единицы отчёта на вкладке «Настройки» и выполните mentor-monitor tabs ${out}`);
      return 0;
    }
    case 'tabs': {
      const out = str('out') ?? file;
      const r = await createTabs(file, out);
      console.log(r.message);
      if (r.ok) console.log(wrote([[out, 'таблица с вкладками единиц']]));
      return r.ok ? 0 : 2;
    }
    case 'check': {
      const r = await check(file, str('json'));
      console.log(checkText(r));
      if (str('json')) console.log(wrote([[str('json'), 'замечания в JSON']]));
      return r.errors > 0 || !r.ok ? 1 : 0;
    }
    case 'status': {
      const r = await status(file, str('json'));
      console.log(statusText(r));
      return statusCode(r);
    }
    case 'build': {
      const o: BuildOptions = {
        out: str('out')!,
        json: str('json'),
        html: str('html'),
        docx: str('docx'),
        stats: values.stats === true,
      };
      const r = await build(file, o);
      console.log(r.message);
      if (r.ok)
        console.log(
          wrote([
            [o.out, 'таблица со сводкой, справкой и рекомендациями'],
            [o.json, 'сводка в JSON'],
            [o.html, 'отчёт для печати'],
            [o.docx, 'справка с таблицами 1–3 и рекомендациями (Word)'],
          ]),
        );
      if (o.stats) console.log(JSON.stringify(r.stats));
      return r.ok ? 0 : 2;
    }
    case 'sample': {
      const dir = str('out') ?? 'out';
      const sampleData = resolve(projectRoot(), 'data', 'tomsk-2021');
      const input = resolve(dir, 'sample.xlsx');
      const { units } = await template(input, sampleData);
      const checked = await check(input, resolve(dir, 'check.json'));
      const built = await build(input, {
        out: resolve(dir, 'summary.xlsx'),
        json: resolve(dir, 'summary.json'),
        html: resolve(dir, 'report.html'),
        docx: resolve(dir, 'note.docx'),
      });
      console.log(
        [
          'Мониторинг наставничества: пример Томской области, 2020–2021',
          `  единиц отчёта (муниципалитетов): ${units}`,
          `  проверка данных: ${countsLine(checked.findings ?? [])}`,
          `  ${built.message}`,
        ].join('\n'),
      );
      console.log(
        wrote([
          [resolve(dir, 'sample.xlsx'), 'таблица с отчётами (вход)'],
          [resolve(dir, 'summary.xlsx'), 'та же таблица со сводкой, справкой и рекомендациями'],
          [resolve(dir, 'summary.json'), 'сводка в JSON'],
          [resolve(dir, 'report.html'), 'отчёт для печати'],
          [resolve(dir, 'note.docx'), 'справка с таблицами 1–3 и рекомендациями (Word)'],
          [resolve(dir, 'check.json'), 'замечания проверки'],
        ]),
      );
      return built.ok ? 0 : 2;
    }
    case 'addon-dist':
      console.log(`Готово для публикации как дополнение: ${prepareAddon()}`);
      return 0;
    default:
      console.log(USAGE);
      return 0;
  }
}

/** Runs the CLI as a process: prints Russian one-line errors and sets the exit code (2 for a wrong call or input). */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`Ошибка: ${e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e)}`);
      process.exit(2);
    },
  );
}

if (require.main === module) runCli(process.argv.slice(2));

// The command line: template, check, build and the bundled sample, all running the built add-in on .xlsx files.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { prepareAddon } from './addonDist';
import { importCsvFolder } from './csvImport';
import { InputError } from './inputError';
import { LocalSpreadsheet } from './runtime';
import { outputsOf, parseInvocation, USAGE } from './cliArgs';
import { type NamedPath, refuseClashes } from './outputPaths';
import { terminalText } from './terminalText';
import { split, splitText } from './split';
import { collect, collectCode, collectText } from './collect';
import { renderReportHtml, type ReportData } from '../report/html';
import { countsLine, findingLine } from './findingsText';
import { defaultSettings } from '../workbook/defaults';
import { countWith } from '../domain/russian';
import type { Finding, Settings } from '../domain/model';
import {
  type BundleGlobals,
  callGlobal,
  type GlobalName,
  gridCells,
  openSession,
  openXlsxSession,
  outOfBundle,
  projectRoot,
  saveXlsx,
  type Session,
} from './session';
import type { BuildResult } from '../workbook/actions';
import type { LongItemResult } from '../workbook/longItems';
import { noteDocument } from '../domain/noteDocument';
import { writeNoteDocx } from '../documents/write';
import { status, statusCode, statusText } from './status';
import { lettersText, writeLetters } from './letters';
import { call, counted, progress, run, type SheetsRuns } from './menuRuns';
import { heapLimitFor, runBounded } from './heapLimit';
import { changedFigures, writeRegionFile } from './regionFile';

function ensureDir(file: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
}

/**
 * Calls a global that is no menu run, with no run limit: the setup (filling the template, typing the reports) stands for
 * what people type, and reportSettings_ serves the CLI alone, so Sheets' 6 minutes do not apply to them (at 400 units
 * the setup used to stop the CLI).
 */
function offTheClock<K extends GlobalName>(s: Session, fn: K, ...args: Parameters<BundleGlobals[K]>): ReturnType<BundleGlobals[K]> {
  const limits = s.runtime.timeLimits;
  s.runtime.timeLimits = false;
  try {
    return callGlobal(s, fn, ...args);
  } finally {
    s.runtime.timeLimits = limits;
  }
}

/** «В Google Таблицах «Построить сводку» — 3 запуска (до 6 минут каждый), 1 нажатие пункта меню.» */
export function sheetsRunsLine(item: string, r: SheetsRuns): string {
  return `В Google Таблицах «${item}» — ${countWith(r.runs, ['запуск', 'запуска', 'запусков'])} (до 6 минут каждый), ${countWith(r.clicks, ['нажатие', 'нажатия', 'нажатий'])} пункта меню.`;
}

/** Prints text from the workbook: control characters and direction overrides as visible escapes. */
function say(text: string): void {
  console.log(terminalText(text));
}

export async function template(out: string, dataDir?: string, year?: number): Promise<{ units: number; sheets: SheetsRuns }> {
  const ss = new LocalSpreadsheet('Мониторинг наставничества');
  const session = openSession(ss);
  let units = 0;
  if (dataDir) {
    const imported = importCsvFolder(dataDir, year);
    offTheClock(session, 'setupWorkbookWith_', imported.settings);
    makeTabs(session);
    const missing = offTheClock(session, 'fillReports_', imported.reports);
    if (missing.length) throw new InputError(`Не найдены вкладки: ${missing.join(', ')}.`);
    units = imported.settings.units.length;
  } else {
    offTheClock(session, 'setupWorkbookWith_', defaultSettings(year ?? new Date().getFullYear() - 1));
  }
  ensureDir(out);
  await saveXlsx(ss, out);
  return { units, sheets: counted(session) };
}

/**
 * «Создать вкладки» chosen once: a long list stops before Apps Script's 6 minutes, and the progress sidebar calls
 * continueItem for the next run until the item is done, as in Sheets (src/workbook/menu.ts presentItem).
 */
function makeTabs(s: Session): LongItemResult {
  counted(s).clicks++;
  let result: LongItemResult = call(s, 'createTabs');
  while (result.pending) {
    progress(result.message);
    result = call(s, 'continueItem', 'createTabs');
  }
  return result;
}

export type CheckResult = BuildResult & { findings?: Finding[]; sheets?: SheetsRuns };

export async function check(file: string, jsonOut?: string): Promise<CheckResult> {
  const session = await openXlsxSession(file);
  const result = run(session, 'checkData') as CheckResult;
  if (jsonOut) {
    ensureDir(jsonOut);
    writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  }
  return { ...result, sheets: counted(session) };
}

/** Creates the unit tabs listed in «Настройки», as the menu «Создать вкладки» does, and saves the workbook. */
export async function createTabs(file: string, out = file): Promise<LongItemResult & { sheets: SheetsRuns }> {
  const session = await openXlsxSession(file);
  const tabsBefore = session.runtime.spreadsheet.sheetsInternal().length;
  let result = makeTabs(session);
  // The last run's message counts only its own tabs: the whole command's count goes first.
  const made = session.runtime.spreadsheet.sheetsInternal().length - tabsBefore;
  if (counted(session).runs > 1) result = { ...result, message: `Всего создано вкладок: ${made}. ${result.message}` };
  if (result.ok) {
    ensureDir(out);
    await saveXlsx(session.runtime.spreadsheet, out);
  }
  return { ...result, sheets: counted(session) };
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

export async function build(file: string, o: BuildOptions): Promise<BuildResult & { stats: Record<string, number>; sheets: SheetsRuns }> {
  refuseClashes(
    [{ option: 'входной файл', path: file }],
    (['out', 'json', 'html', 'docx'] as const).flatMap((k) => (o[k] ? [{ option: `--${k}`, path: o[k] }] : [])),
  );
  const { result, stats, sheets, settings } = await buildInWorkbook(file, o);
  if (!result.ok) return { ...result, stats, sheets };
  if (o.json && result.output) {
    ensureDir(o.json);
    writeFileSync(o.json, JSON.stringify(result.output, null, 2));
  }
  // The report and the Word note are made of what the build itself read and computed, plus the settings: a second read
  // of every tab would cost as many runs again at Apps Script's pace, and held the workbook twice in memory.
  if (settings && result.output) {
    const { summary, note, recommendations } = result.output;
    if (o.html) {
      const data: ReportData = { settings, fatal: [], findings: result.findings ?? [], summary, note, recommendations };
      ensureDir(o.html);
      writeFileSync(o.html, renderReportHtml(data));
    }
    if (o.docx) {
      ensureDir(o.docx);
      await writeNoteDocx(noteDocument(settings, summary, note, recommendations), o.docx);
    }
  }
  return { ...result, stats, sheets };
}

/**
 * Builds the summary in the workbook and saves it. The workbook is dropped when this returns, so the HTML report and the
 * Word note are made without it in memory (at 2 000 units it is the larger half of the peak).
 */
async function buildInWorkbook(
  file: string,
  o: BuildOptions,
): Promise<{ result: BuildResult & { findings?: Finding[] }; stats: Record<string, number>; sheets: SheetsRuns; settings?: Settings }> {
  const session = await openXlsxSession(file, progress);
  session.runtime.resetCalls();
  const result = run(session, 'buildSummary');
  const stats = { ...session.runtime.calls.byKind, gridCells: gridCells(session.runtime.spreadsheet) };
  if (!result.ok) return { result, stats, sheets: counted(session) };
  const settings = o.html || o.docx ? outOfBundle(offTheClock(session, 'reportSettings_')) : undefined;
  const built = outOfBundle(result);
  ensureDir(o.out);
  // Nothing reads the workbook after the save: its cells go as soon as the file's model holds them.
  await saveXlsx(session.runtime.spreadsheet, o.out, { releaseCells: true });
  return { result: built, stats, sheets: counted(session), settings };
}

function year(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InputError(`--year ${text}: нужен год, например 2025.`);
  return n;
}

/** The files a call reads: the workbook named on the line, the CSV files of a --data folder. */
function inputsOf(file: string | undefined, dataDir: string | undefined): NamedPath[] {
  const inputs: NamedPath[] = file ? [{ option: 'входной файл', path: file }] : [];
  if (dataDir && existsSync(dataDir) && statSync(dataDir).isDirectory())
    for (const f of readdirSync(dataDir).filter((n) => n.toLowerCase().endsWith('.csv')))
      inputs.push({ option: `файл данных --data`, path: join(dataDir, f) });
  return inputs;
}

/** «Записано:» and one file per line. */
function wrote(files: Array<[string | undefined, string]>): string {
  return ['Записано:', ...files.filter(([f]) => f).map(([f, what]) => `  ${f} — ${what}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const { command, positionals, values } = parseInvocation(argv);
  const [file] = positionals;
  const str = (key: string) => values[key] as string | undefined;
  refuseClashes(inputsOf(file, str('data')), outputsOf({ command, positionals: [file], values }));
  switch (command) {
    case 'template': {
      const out = str('out')!;
      const { units, sheets } = await template(out, str('data'), year(str('year')));
      say(`Таблица записана: ${out}${units ? ` (единиц отчёта: ${units})` : ''}.`);
      if (units) say(sheetsRunsLine('Создать вкладки', sheets));
      if (!units) say(`Дальше: впишите единицы отчёта на вкладке «Настройки» и выполните mentor-monitor tabs ${out}`);
      return 0;
    }
    case 'tabs': {
      const out = str('out') ?? file;
      const r = await createTabs(file, out);
      say(r.message);
      say(sheetsRunsLine('Создать вкладки', r.sheets));
      if (r.ok) say(wrote([[out, 'таблица с вкладками единиц']]));
      return r.ok ? 0 : 2;
    }
    case 'check': {
      const r = await check(file, str('json'));
      say(checkText(r));
      if (r.sheets) say(sheetsRunsLine('Проверить данные', r.sheets));
      if (str('json')) say(wrote([[str('json'), 'замечания в JSON']]));
      return r.errors > 0 || !r.ok ? 1 : 0;
    }
    case 'letters': {
      const r = await writeLetters(file, str('out')!, progress);
      say(lettersText(r));
      return r.ok ? 0 : 2;
    }
    case 'status': {
      const r = await status(file, str('json'));
      console.log(statusText(r));
      return statusCode(r);
    }
    case 'split': {
      const r = await split(file, str('out')!);
      say(splitText(r, file, str('out')!));
      return r.withoutTab.length ? 1 : 0;
    }
    case 'collect': {
      const r = await collect(file, positionals.slice(1), { out: str('out')!, force: values.force === true });
      say(collectText(r, str('out')!));
      return collectCode(r);
    }
    case 'build':
      return buildCommand(file, {
        out: str('out')!,
        json: str('json'),
        html: str('html'),
        docx: str('docx'),
        stats: values.stats === true,
      });
    case 'sample':
      return sample(str('out') ?? 'out');
    case 'addon-dist':
      say(`Готово для публикации как дополнение: ${prepareAddon()}`);
      return 0;
    default:
      say(USAGE);
      return 0;
  }
}

/** `build`: the summary, its JSON, printable report and note as asked, with the runs it took in Sheets. */
async function buildCommand(file: string, o: BuildOptions): Promise<number> {
  const r = await build(file, o);
  say(r.message);
  say(sheetsRunsLine('Построить сводку', r.sheets));
  if (r.ok)
    say(
      wrote([
        [o.out, 'таблица со сводкой, справкой и рекомендациями'],
        [o.json, 'сводка в JSON'],
        [o.html, 'отчёт для печати'],
        [o.docx, 'справка с таблицами 1–3 и рекомендациями (Word)'],
      ]),
    );
  if (o.stats) say(JSON.stringify(r.stats));
  return r.ok ? 0 : 2;
}

/** `sample`: the bundled Tomsk sample made, checked and built into `dir`, with what each file holds. */
async function sample(dir: string): Promise<number> {
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
  say(
    [
      'Мониторинг наставничества: пример Томской области, 2020–2021',
      `  единиц отчёта (муниципалитетов): ${units}`,
      `  проверка данных: ${countsLine(checked.findings ?? [])}`,
      `  ${built.message}`,
    ].join('\n'),
  );
  say(
    wrote([
      [resolve(dir, 'sample.xlsx'), 'таблица с отчётами (вход)'],
      [resolve(dir, 'summary.xlsx'), 'та же таблица со сводкой, справкой и рекомендациями'],
      [resolve(dir, 'summary.json'), 'сводка в JSON'],
      [resolve(dir, 'report.html'), 'отчёт для печати'],
      [resolve(dir, 'note.docx'), 'справка с таблицами 1–3 и рекомендациями (Word)'],
      [resolve(dir, 'check.json'), 'замечания проверки'],
    ]),
  );
  return built.ok && (await schoolLevelSample(dir, input)) ? 0 : 2;
}

/**
 * The sample's school level: г. Кедровый's made-up schools built into the municipality's summary and note, its file for
 * the region («Передать в регион»), and that file collected into the region's sample: the region's figures stay the same.
 */
async function schoolLevelSample(dir: string, region: string): Promise<boolean> {
  const at = (file: string) => resolve(dir, 'kedrovy', file);
  const { units } = await template(at('kedrovy.xlsx'), resolve(projectRoot(), 'data', 'kedrovy-2021'));
  const built = await build(at('kedrovy.xlsx'), { out: at('summary.xlsx'), docx: at('note.docx') });
  const handed = await writeRegionFile(at('kedrovy.xlsx'), at('.'));
  const collected = resolve(dir, 'region-collected.xlsx');
  const taken = await collect(region, [handed.file], { out: collected });
  const changed = taken.outcomes[0]?.taken ? await changedFigures(region, collected) : ['файл не взят'];
  say(
    [
      'Уровень школ: пример г. Кедровый (школы выдуманные), его файл для региона собран в таблицу области',
      `  единиц отчёта (школ): ${units}`,
      `  ${built.message}`,
      ...handed.lines.map((l) => `  ${l}`),
      changed.length
        ? `  Показатели области после сбора изменились: ${changed.join('; ')}.`
        : '  Цепочка сходится: показатели области после сбора файла г. Кедровый те же, что в примере.',
    ].join('\n'),
  );
  say(
    wrote([
      [at('kedrovy.xlsx'), 'таблица муниципалитета: вкладки школ (вход)'],
      [at('summary.xlsx'), 'та же таблица со сводкой по школам'],
      [at('note.docx'), 'справка муниципалитета (Word)'],
      [handed.file, 'файл для региона, как его сохраняет «Передать в регион»'],
      [collected, 'таблица области с собранным файлом г. Кедровый'],
    ]),
  );
  return built.ok && changed.length === 0;
}

/** The workbook a call reads, if it names one (a wrong call has none: main says what is wrong). */
function workbookArgument(argv: string[]): string | undefined {
  try {
    return parseInvocation(argv).positionals[0];
  } catch {
    return undefined;
  }
}

/**
 * Runs the CLI as a process: prints Russian one-line errors and sets the exit code (2 for a wrong call or input). The
 * code is set, not forced with process.exit(): that ends the process before a pipe has taken all of stdout, and cut
 * `check | tail` short in the middle of a line on 2 000 units. A call on a workbook runs in a child process under the
 * heap bound the workbook's size calls for (src/local/heapLimit.ts).
 */
export function runCli(argv: string[]): void {
  const limit = heapLimitFor(workbookArgument(argv));
  if (limit !== null) {
    process.exitCode = runBounded(__filename, argv, limit, say);
    return;
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const message = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
      console.error(terminalText(`Ошибка: ${message}`));
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli(process.argv.slice(2));

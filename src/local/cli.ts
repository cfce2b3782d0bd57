// The command line: template, check, build and the bundled sample, all running the built add-in on .xlsx files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { prepareAddon } from './addonDist';
import { importCsvFolder, InputError } from './csvImport';
import { LocalSpreadsheet } from './runtime';
import { gridCells, openSession, openXlsxSession, projectRoot, saveXlsx, Session } from './session';
import type { BuildResult } from '../workbook/actions';

const USAGE = `Мониторинг наставничества — локальный запуск дополнения

  mentor-monitor template --out FILE.xlsx [--data DIR] [--year ГГГГ]
      новая таблица; с --data — заполненная из папки CSV (формат data/tomsk-2021)
  mentor-monitor check FILE.xlsx [--json FINDINGS.json]
      проверка данных; код выхода 1, если есть ошибки
  mentor-monitor build FILE.xlsx --out RESULT.xlsx [--json SUMMARY.json] [--html REPORT.html] [--stats]
      сводка: таблицы, справка, рекомендации; входной файл не меняется
  mentor-monitor sample [--out DIR]
      всё сразу на встроенном примере (Томская область, 2020–2021): то, что делает npm start
  mentor-monitor addon-dist
      папка dist-addon/ для публикации как дополнение (npm run push:addon)

Коды выхода: 0 — готово, 1 — в данных есть ошибки (check), 2 — неверный вызов или входной файл.`;

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): Args {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const next = rest[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(a.slice(2), next);
        i++;
      } else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { command, positional, flags };
}

function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new InputError(`После --${name} нужно значение.`);
  return v;
}

function ensureDir(file: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
}

/** Calls a bundle global and fails with its Russian message if the bundle threw. */
function call<T>(s: Session, fn: string, ...args: unknown[]): T {
  return s.globals[fn](...args) as T;
}

const progress = (message: string) => process.stderr.write(`… ${message}\n`);

/** Runs a menu action; a workbook too large for one Apps Script run goes on over several runs, as the progress sidebar does in Sheets. */
function run(s: Session, fn: 'checkData' | 'buildSummary'): BuildResult & { findings?: unknown } {
  let result = call<BuildResult & { findings?: unknown }>(s, fn);
  while (result.pending) {
    progress(result.message);
    result = call<BuildResult & { findings?: unknown }>(s, 'continueRun', true);
  }
  return result;
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
    call(session, 'setupWorkbook');
  }
  ensureDir(out);
  await saveXlsx(ss, out);
  return { units };
}

export async function check(file: string, jsonOut?: string): Promise<BuildResult> {
  const session = await openXlsxSession(file);
  const result = run(session, 'checkData');
  if (jsonOut) {
    ensureDir(jsonOut);
    writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  }
  return result;
}

export interface BuildOptions {
  out: string;
  json?: string;
  html?: string;
  stats?: boolean;
}

export async function build(file: string, o: BuildOptions): Promise<BuildResult & { stats: Record<string, number> }> {
  if (resolve(file) === resolve(o.out)) throw new InputError(`${o.out}: это входной файл — укажите другой путь в --out, входной файл не перезаписывается.`);
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
  if (o.html) {
    const html = call<string>(session, 'reportHtml_');
    ensureDir(o.html);
    writeFileSync(o.html, html);
  }
  return { ...result, stats };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'template': {
      const out = flag(args, 'out');
      if (!out) throw new InputError('Укажите --out FILE.xlsx.');
      const yearText = flag(args, 'year');
      const { units } = await template(out, flag(args, 'data'), yearText ? Number(yearText) : undefined);
      console.log(`Таблица записана: ${out}${units ? ` (единиц отчёта: ${units})` : ''}.`);
      return 0;
    }
    case 'check': {
      const file = args.positional[0];
      if (!file) throw new InputError('Укажите файл: mentor-monitor check FILE.xlsx');
      const r = await check(file, flag(args, 'json'));
      console.log(r.message);
      return r.errors > 0 || !r.ok ? 1 : 0;
    }
    case 'build': {
      const file = args.positional[0];
      const out = flag(args, 'out');
      if (!file || !out) throw new InputError('Укажите файл и --out: mentor-monitor build FILE.xlsx --out RESULT.xlsx');
      const r = await build(file, { out, json: flag(args, 'json'), html: flag(args, 'html'), stats: args.flags.has('stats') });
      console.log(r.message);
      if (args.flags.has('stats')) console.log(JSON.stringify(r.stats));
      return r.ok ? 0 : 2;
    }
    case 'sample': {
      const dir = flag(args, 'out') ?? 'out';
      const sampleData = resolve(projectRoot(), 'data', 'tomsk-2021');
      const input = resolve(dir, 'sample.xlsx');
      const { units } = await template(input, sampleData);
      const checked = await check(input, resolve(dir, 'check.json'));
      const built = await build(input, { out: resolve(dir, 'summary.xlsx'), json: resolve(dir, 'summary.json'), html: resolve(dir, 'report.html') });
      console.log([
        'Мониторинг наставничества: пример Томской области, 2020–2021',
        `  единиц отчёта (муниципалитетов): ${units}`,
        `  проверка данных: ошибок ${checked.errors}, предупреждений ${checked.warnings}`,
        `  ${built.message}`,
        '  файлы:',
        `    ${resolve(dir, 'sample.xlsx')} — таблица с отчётами (вход)`,
        `    ${resolve(dir, 'summary.xlsx')} — та же таблица со сводкой, справкой и рекомендациями`,
        `    ${resolve(dir, 'summary.json')} — сводка в JSON`,
        `    ${resolve(dir, 'report.html')} — отчёт для печати`,
        `    ${resolve(dir, 'check.json')} — замечания проверки`,
      ].join('\n'));
      return built.ok ? 0 : 2;
    }
    case 'addon-dist':
      console.log(`Готово для публикации как дополнение: ${prepareAddon()}`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      throw new InputError(`Неизвестная команда «${args.command}».\n\n${USAGE}`);
  }
}

/** Runs the CLI as a process: prints Russian one-line errors and sets the exit code (2 for a wrong call or input). */
export function runCli(argv: string[]): void {
  main(argv).then((code) => process.exit(code), (e: unknown) => {
    console.error(`Ошибка: ${e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e)}`);
    process.exit(2);
  });
}

if (require.main === module) runCli(process.argv.slice(2));

// Benchmark entry (npm run bench): service calls, modelled Apps Script time, local time and memory for 20/200/2 000 units.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { costModelDescription } from './runtime/costModel';
import { measureCoverage } from './bench/formulas';
import { DEFAULT_SEED } from './bench/generate';
import { type Machine, renderReport } from './bench/report';
import { runSize, type SizeResult } from './bench/run';
import { breakPoints, continuation, evaluateTargets, LOCAL_SIZE, misses, type TargetLine } from './bench/targets';
import { measureCliBuild } from './bench/cliRun';
import { measureTabCosts } from './bench/tabCost';

const RESULT_MARK = 'BENCH_RESULT ';
const DEFAULT_SIZES = [20, 200, 2000];

interface Args {
  json: string | null;
  /** A Markdown file whose section between the bench markers is replaced with this run's report. */
  doc: string | null;
  sizes: number[];
  seed: number;
  child: number | null;
  inProcess: boolean;
}

const USAGE =
  'Использование: node build/bench.js [--json ФАЙЛ] [--doc docs/benchmark.md] [--sizes 20,200,2000] [--seed ЧИСЛО] [--in-process]';

function parseArgs(argv: string[]): Args {
  const args: Args = { json: null, doc: null, sizes: DEFAULT_SIZES, seed: DEFAULT_SEED, child: null, inProcess: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a}: нет значения. ${USAGE}`);
      return v;
    };
    if (a === '--json') args.json = value();
    else if (a === '--doc') args.doc = value();
    else if (a === '--sizes')
      args.sizes = value()
        .split(',')
        .map((s) => Number(s.trim()));
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--child') args.child = Number(value());
    else if (a === '--in-process') args.inProcess = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Неизвестный параметр ${a}. ${USAGE}`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: нужны целые числа больше 0. ${USAGE}`);
  if (!Number.isFinite(args.seed)) throw new Error(`--seed: нужно число. ${USAGE}`);
  return args;
}

function machine(): Machine {
  const mem = totalmem() / 1024 ** 3;
  return {
    date: new Date().toISOString(),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'неизвестно',
    memoryGB: mem,
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

/** Each size runs in its own Node process, so its memory peak and timings are its own. */
function runIsolated(units: number, seed: number): SizeResult {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', String(units), '--seed', String(seed)], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lastLine = (r.stdout ?? '')
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_MARK));
  if (r.status !== 0 || !lastLine)
    throw new Error(`Замер для ${units} единиц не удался (код ${r.status}${r.error ? `, ${r.error.message}` : ''}).`);
  return JSON.parse(lastLine.slice(RESULT_MARK.length)) as SizeResult;
}

/** One size in this process; at the local target's size the whole CLI command is measured too, in a process of its own. */
async function childSize(units: number, seed: number): Promise<SizeResult> {
  const result = runSize(units, seed);
  return units === LOCAL_SIZE ? { ...result, cli: await measureCliBuild(units, seed) } : result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== null) {
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(await childSize(args.child, args.seed))}\n`);
    return;
  }
  const started = Date.now();
  const sizes: SizeResult[] = [];
  const failed: TargetLine[] = [];
  for (const n of args.sizes) {
    process.stderr.write(`Замер: ${n} единиц…\n`);
    try {
      sizes.push(args.inProcess ? await childSize(n, args.seed) : runIsolated(n, args.seed));
    } catch (e) {
      failed.push({ status: 'FAIL', target: `замер ${n} единиц выполнен`, detail: (e as Error).message });
    }
  }
  const formulas = measureCoverage(200);
  const targets = [...failed, ...evaluateTargets(sizes)];
  const cont = continuation(sizes);
  const m = machine();
  const breaks = breakPoints(sizes);
  const tabCosts = measureTabCosts();
  const report = renderReport(m, sizes, formulas, targets, cont, breaks, tabCosts);
  console.log(report);
  if (args.doc) updateDoc(args.doc, m, report);
  console.log(`\nВремя бенчмарка: ${((Date.now() - started) / 1000).toFixed(1)} с.`);
  if (args.json) {
    const doc = {
      schemaVersion: 2,
      machine: m,
      seed: args.seed,
      costModel: costModelDescription(),
      sizes,
      formulas,
      targets,
      continuation: cont,
      breakPoints: breaks,
      tabCosts,
    };
    writeFileSync(args.json, `${JSON.stringify(doc, null, 2)}\n`);
    console.log(`Все цифры: ${args.json}`);
  }
  // A failed target (or a run that did not finish within its 5-minute share) fails the command, so CI and scripts notice.
  const missed = misses(targets, cont);
  if (missed.length) {
    console.error(`Цели не достигнуты: ${missed.join('; ')}.`);
    process.exitCode = 1;
  }
}

const DOC_START = '<!-- bench:start -->';
const DOC_END = '<!-- bench:end -->';

/** Replaces the generated part of the benchmark document, so the figures there are always a real run's. */
function updateDoc(file: string, m: Machine, report: string): void {
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(DOC_START);
  const b = text.indexOf(DOC_END);
  if (a < 0 || b < a) throw new Error(`${file}: нет меток ${DOC_START} … ${DOC_END}`);
  const block = [
    DOC_START,
    `- Date: ${m.date} · Machine: ${m.cpuModel}, ${m.cpus} cores, ${m.memoryGB.toFixed(0)} GB RAM, Node ${m.node}, ${m.platform}`,
    '- Command: `npm run bench -- --doc docs/benchmark.md` (this section is written by that command)',
    '',
    '```',
    report.trimEnd(),
    '```',
    '',
  ].join('\n');
  writeFileSync(file, text.slice(0, a) + block + text.slice(b));
  console.log(`Обновлено: ${file}`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(2);
});

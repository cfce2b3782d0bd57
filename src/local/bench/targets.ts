// The benchmark's targets, checked on the measured figures: PASS/FAIL lines, plus the sizes that need a continuation.
import type { CallKind } from '../runtime';
import { RUN_LIMIT_MS } from '../runtime/clock';
import { CONTINUATION_THRESHOLD_MS, COST_CASES, type CostCase } from '../runtime/costModel';
import type { ActionMeasure } from './measure';
import type { SizeResult } from './run';

type Status = 'PASS' | 'FAIL' | 'INFO';

export interface TargetLine {
  status: Status;
  target: string;
  detail: string;
}

type ActionKey = 'check' | 'build';
const ACTIONS: Array<[ActionKey, string]> = [
  ['check', 'проверка'],
  ['build', 'сводка'],
];

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} с`;
const line = (ok: boolean, target: string, detail: string): TargetLine => ({
  status: ok ? 'PASS' : 'FAIL',
  target,
  detail,
});

/**
 * Per-size upper bounds of the modelled time of one run. 20 units: 20 s (was 10 s, from the first issue): the build now
 * makes six summary tabs, each inserted under a «~» name, protected, described, set warning-only and renamed last so a
 * failure never leaves a half-made tab under its name — 42 structural calls, ≈ 10 s at the base 250 ms with no
 * published figure — on top of reading 20 tabs (3,3 s). 15,6 s measured on 6 December 2026.
 */
const MODELLED_LIMITS_MS: Record<number, number> = { 20: 20_000, 200: 60_000 };
/** The whole `build --json --html --docx` at 2 000 units: about 1 GB of memory (issue 24) and a minute on two cores. */
export const LOCAL_SIZE = 2000;
const LOCAL_LIMIT_MS = 60_000;
const LOCAL_LIMIT_MB = 1_100;

/** Writes (or another kind) of the run that wrote the output, outside unit tabs; earlier hand-over runs are listed apart. */
function sameAcrossSizes(
  sizes: SizeResult[],
  action: ActionKey,
  kind: CallKind,
  label: string,
  status: 'target' | 'info',
): TargetLine | null {
  if (sizes.length < 2) return null;
  const final = (s: SizeResult) => s[action].runs[s[action].runs.length - 1];
  const values = sizes.map((s) => final(s).otherCalls[kind]);
  const equal = values.every((v) => v === values[0]);
  const unitTab = sizes.map((s) => s[action].unitTabCalls[kind]);
  const handOver = sizes.map((s) => s[action].runs.slice(0, -1).reduce((n, r) => n + r.otherCalls[kind], 0));
  const detail =
    `${sizes.map((s, i) => `${s.units} ед.: ${values[i]}`).join(', ')}` +
    `${unitTab.some((v) => v > 0) ? `; на вкладках единиц: ${unitTab.join(' / ')}` : ''}` +
    `${handOver.some((v) => v > 0) ? `; в промежуточных запусках (продолжение): ${handOver.join(' / ')}` : ''}`;
  const target = `${label} не зависит от числа единиц (кроме вкладок единиц), ${ACTIONS.find((a) => a[0] === action)![1]}`;
  return status === 'target'
    ? line(equal, target, detail)
    : { status: 'INFO', target, detail: `${equal ? 'не зависит' : 'РАСТЁТ с числом единиц'}: ${detail}` };
}

function orderDetail(r: ActionMeasure): string {
  return `чтений после первой записи ${r.readsAfterFirstWrite}, flush ${r.flushesAfterFirstWrite}${r.offenders.length ? `; первые: ${r.offenders.join(', ')}` : ''}`;
}

export function evaluateTargets(sizes: SizeResult[]): TargetLine[] {
  const out: TargetLine[] = [];
  for (const s of sizes) {
    for (const [key, name] of ACTIONS) {
      const a = s[key];
      out.push(
        line(a.ok && a.complete, `действие выполнено до конца (${s.units} ед., ${name})`, `запусков ${a.runs.length}: ${a.message}`),
      );
    }
  }
  for (const s of sizes) {
    for (const [key, name] of ACTIONS) {
      const r = s[key];
      out.push(line(r.reads <= s.units + 5, `чтений ≤ единиц + 5 (${s.units} ед., ${name})`, `${r.reads} ≤ ${s.units + 5}`));
    }
  }
  for (const [key] of ACTIONS) {
    const w = sameAcrossSizes(sizes, key, 'write', 'Число записей', 'target');
    if (w) out.push(w);
  }
  for (const [key] of ACTIONS) {
    for (const [kind, label] of [
      ['format', 'Число вызовов оформления'],
      ['structure', 'Число структурных вызовов'],
    ] as Array<[CallKind, string]>) {
      const l = sameAcrossSizes(sizes, key, kind, label, 'info');
      if (l) out.push(l);
    }
  }
  for (const s of sizes) {
    for (const [key, name] of ACTIONS) {
      const r = s[key];
      out.push(
        line(
          r.readsAfterFirstWrite === 0 && r.flushesAfterFirstWrite === 0,
          `нет чтений и flush после первой записи (${s.units} ед., ${name})`,
          orderDetail(r),
        ),
      );
      if (r.readsAfterFirstChange + r.flushesAfterFirstChange > 0) {
        out.push({
          status: 'INFO',
          target: `строже: после первого изменения (запись, оформление, структура) (${s.units} ед., ${name})`,
          detail: `чтений ${r.readsAfterFirstChange}, flush ${r.flushesAfterFirstChange}; первые: ${r.offenders.join(', ')}`,
        });
      }
    }
  }
  for (const s of sizes) {
    const limit = MODELLED_LIMITS_MS[s.units];
    if (limit === undefined) continue;
    for (const [key, name] of ACTIONS) {
      const r = s[key];
      out.push(line(r.modelledMs < limit, `модельное время < ${sec(limit)} (${s.units} ед., ${name})`, sec(r.modelledMs)));
    }
  }
  const cli = sizes.find((s) => s.units === LOCAL_SIZE)?.cli;
  if (cli) {
    const what = `локально ${LOCAL_SIZE} ед., вся команда ${cli.command}`;
    out.push(
      line(
        cli.ok && cli.wallMs < LOCAL_LIMIT_MS,
        `${what} < ${sec(LOCAL_LIMIT_MS)}`,
        `${sec(cli.wallMs)}${cli.ok ? '' : `: ${cli.message}`}`,
      ),
    );
    out.push(
      line(
        cli.ok && cli.peakRssMB < LOCAL_LIMIT_MB,
        `${what}: память < ${LOCAL_LIMIT_MB} МБ`,
        `пик RSS процесса ${Math.round(cli.peakRssMB)} МБ (предел кучи ${cli.heapLimitMB ?? 'нет'} МБ)`,
      ),
    );
  }
  return out;
}

export interface ContinuationLine {
  units: number;
  action: string;
  /** All runs together: what one run would take without a continuation. */
  modelledMs: number;
  needsContinuation: boolean;
  /** Runs the product made (more than 1: it continued by itself). */
  runs: number;
  runModelledMs: number[];
  /** Every run of the product stays under the 5-minute threshold. */
  everyRunFits: boolean;
}

/** Runs whose modelled time passes 5 minutes: Apps Script stops a run at 6, so they need a continuation. */
export function continuation(sizes: SizeResult[]): ContinuationLine[] {
  return sizes.flatMap((s) =>
    ACTIONS.map(([key, name]) => {
      const a = s[key];
      const runModelledMs = a.runs.map((r) => r.modelledMs);
      return {
        units: s.units,
        action: name,
        modelledMs: a.modelledMs,
        needsContinuation: a.modelledMs > CONTINUATION_THRESHOLD_MS,
        runs: a.runs.length,
        runModelledMs,
        everyRunFits: runModelledMs.every((ms) => ms <= CONTINUATION_THRESHOLD_MS),
      };
    }),
  );
}

/** What makes `npm run bench` fail (exit 1): each target that failed and each action with a run over the 5-minute share. */
export function misses(targets: TargetLine[], cont: ContinuationLine[]): string[] {
  return [
    ...targets.filter((t) => t.status === 'FAIL').map((t) => t.target),
    ...cont.filter((c) => !c.everyRunFits).map((c) => `${c.action}, ${c.units} единиц: запуск дольше 5 минут`),
  ];
}

export interface BreakPoint {
  action: string;
  costCase: CostCase;
  /** Modelled milliseconds per unit and fixed, fitted through the two largest sizes (all runs of the action together). */
  msPerUnit: number;
  fixedMs: number;
  /** The unit count from which the whole action no longer fits one 6-minute run (null: fewer than two sizes). */
  units: number | null;
}

/** Where one 6-minute run stops sufficing for each measured action under each set of constants (a straight-line fit). */
export function breakPoints(sizes: SizeResult[]): BreakPoint[] {
  const sorted = [...sizes].sort((a, b) => a.units - b.units);
  const [a, b] = sorted.slice(-2);
  return ACTIONS.flatMap(([key, name]) =>
    COST_CASES.map((costCase) => {
      if (!a || !b) return { action: name, costCase, msPerUnit: 0, fixedMs: 0, units: null };
      const msPerUnit = (b[key].modelledByCase[costCase] - a[key].modelledByCase[costCase]) / (b.units - a.units);
      const fixedMs = a[key].modelledByCase[costCase] - msPerUnit * a.units;
      return { action: name, costCase, msPerUnit, fixedMs, units: Math.floor((RUN_LIMIT_MS - fixedMs) / msPerUnit) + 1 };
    }),
  );
}

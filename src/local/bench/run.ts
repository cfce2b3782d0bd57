// One benchmark size: generate the workbook, set it up through the bundle, then measure check, build and the naive baseline.
import { generateWorkbook, DEFAULT_SEED, type PlantedError } from './generate';
import { type ActionMeasure, benchSession, measureAction, measureNaive, type NaiveMeasure } from './measure';
import type { CliMeasure } from './cliRun';

export interface SizeResult {
  units: number;
  seed: number;
  plantedErrors: PlantedError[];
  /** Local wall time of generating and filling the workbook (setup, not measured against targets). */
  setupMs: number;
  sheets: number;
  check: ActionMeasure;
  build: ActionMeasure;
  naive: NaiveMeasure;
  /** naive ÷ batched: reads, and modelled time of the reading stage (the build's calls before its first change). */
  ratios: { reads: number; modelledReadStage: number };
  errorsFound: { errors: number; warnings: number };
  /** The whole CLI command on this size's workbook (measured at the local target's size only). */
  cli?: CliMeasure;
}

export function runSize(units: number, seed = DEFAULT_SEED): SizeResult {
  const { settings, reports, errors } = generateWorkbook(units, { seed });
  const s = benchSession(settings, reports);
  const unitTabs = new Set(settings.units.map((u) => u.tab));
  const check = measureAction(s, 'checkData', unitTabs);
  const checkResult = { errors: 0, warnings: 0 };
  const m = /ошибок (\d+), предупреждений (\d+)/.exec(check.message);
  if (m) {
    checkResult.errors = Number(m[1]);
    checkResult.warnings = Number(m[2]);
  }
  const build = measureAction(s, 'buildSummary', unitTabs);
  const naive = measureNaive(s, settings);
  return {
    units,
    seed,
    plantedErrors: errors,
    setupMs: s.setupMs,
    sheets: s.ss.getSheets().length,
    check,
    build,
    naive,
    ratios: {
      reads: naive.reads / Math.max(1, build.reads),
      modelledReadStage: naive.modelledMs / Math.max(1, build.modelledReadStageMs),
    },
    errorsFound: checkResult,
  };
}

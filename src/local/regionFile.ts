// The file «Передать в регион» makes, written on the desktop from a municipality's workbook (the dialog's own writer), and
// the region's figures compared before and after it is collected: the sample's school → municipality → region chain.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CellValue } from '../domain/model';
import type { RegionHandoff } from '../domain/regionHandoff';
import { formatNumber } from '../domain/russian';
import { analyze } from '../workbook/analyze';
import { SETTINGS_TAB } from '../workbook/tabNames';
import { regionXlsx } from '../documents/regionXlsx';
import { InputError } from './inputError';
import { loadXlsx } from './runtime';
import { callGlobal, openXlsxSession, outOfBundle } from './session';

type Step = RegionHandoff | { pending: true; message: string };
const isPending = (s: Step): s is { pending: true; message: string } => 'pending' in s;

/**
 * Writes the file for the region into `outDir` as the dialog would save it: the bundle's regionHandoff global (carried on
 * over as many runs as the dialog would make), then the same .xlsx writer. Returns the file and what the dialog says.
 */
export async function writeRegionFile(workbook: string, outDir: string): Promise<{ file: string; lines: string[] }> {
  const session = await openXlsxSession(workbook);
  let data: RegionHandoff | undefined;
  try {
    const first = callGlobal(session, 'regionHandoff') as Step;
    let step: { pending?: boolean; ok?: boolean; message: string; handoff?: RegionHandoff } = isPending(first)
      ? first
      : { message: '', handoff: first };
    while (step.pending) step = callGlobal(session, 'continueRun', false, 'handoff');
    if (!step.handoff) throw new Error(step.message);
    data = outOfBundle(step.handoff);
  } catch (e) {
    throw new InputError(`${workbook}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const file = join(outDir, data.fileName);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, regionXlsx(data));
  return { file, lines: data.lines };
}

/** The region's figures of a workbook: organisations running each form by type, and each indicator's regional values. */
async function regionFigures(path: string): Promise<Map<string, string>> {
  const ss = await loadXlsx(path);
  const tabs = ss.sheetsInternal().map((s) => ({ name: s.nameInternal(), values: s.getDataRange().getValues() as CellValue[][] }));
  const a = analyze(tabs.find((t) => t.name === SETTINGS_TAB)!.values, tabs);
  const figures = new Map<string, string>();
  const shown = (v: number | null) => (v === null ? 'нет' : formatNumber(v));
  for (const group of [a.summary.forms, ...a.summary.otherForms])
    for (const [key, byType] of Object.entries(group.forms))
      for (const [type, c] of Object.entries(byType)) figures.set(`${group.type}: форма ${key} (${type})`, `${c.count} из ${c.total}`);
  for (const i of a.summary.indicators) {
    figures.set(`показатель ${i.id}, ${a.settings.previousYear}`, shown(i.region.prev.value));
    figures.set(`показатель ${i.id}, ${a.settings.reportYear}`, shown(i.region.cur.value));
  }
  return figures;
}

/** The figures that differ between two workbooks of the same region, «показатель 1, 2021: 29,05 → 30» each; [] when none. */
export async function changedFigures(before: string, after: string): Promise<string[]> {
  const [a, b] = [await regionFigures(before), await regionFigures(after)];
  return [...a].filter(([k, v]) => b.get(k) !== v).map(([k, v]) => `${k}: ${v} → ${b.get(k) ?? 'нет'}`);
}

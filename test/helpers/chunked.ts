// A copy of a workbook file whose reads take several Apps Script runs («mentorMonitor.tabsPerRun»), for the CLI's chunked paths.
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../src/local/runtime';

export async function chunkedCopy(input: string, dir: string, tabsPerRun: number): Promise<string> {
  const ss = await loadXlsx(input);
  ss.documentProperties.set('mentorMonitor.tabsPerRun', String(tabsPerRun));
  const out = join(dir, `chunked-${tabsPerRun}.xlsx`);
  await saveXlsx(ss, out);
  return out;
}

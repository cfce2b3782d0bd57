// A copy of a CSV data folder with every municipality repeated until there are `units` of them («Район 12 (3)»).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The column that names the municipality in each per-unit file; other files are copied as they are. */
const UNIT_COLUMN: Record<string, number> = {
  'forms_general_schools.csv': 0,
  'forms_additional_education.csv': 0,
  'examples.csv': 0,
};

function unitColumn(file: string): number | null {
  if (file in UNIT_COLUMN) return UNIT_COLUMN[file];
  return file.startsWith('indicators_') ? 1 : null;
}

/** Writes the scaled copy into `dir` and returns it. The source's rows must not quote the municipality's name. */
export function scaledCsvFolder(source: string, units: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const names = readFileSync(join(source, 'forms_general_schools.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  const copies = Math.ceil(units / names.length);
  const nameOf = (name: string, copy: number) => (copy === 0 ? name : `${name} (${copy + 1})`);
  const kept = (name: string, copy: number) => copy * names.length + names.indexOf(name) < units;
  for (const file of readdirSync(source).filter((f) => f.endsWith('.csv'))) {
    const [header, ...rows] = readFileSync(join(source, file), 'utf8').trim().split('\n');
    const col = unitColumn(file);
    if (col === null) {
      writeFileSync(join(dir, file), readFileSync(join(source, file)));
      continue;
    }
    const out = [header];
    for (let copy = 0; copy < copies; copy++)
      for (const row of rows) {
        const cells = row.split(',');
        if (!kept(cells[col], copy)) continue;
        cells[col] = nameOf(cells[col], copy);
        out.push(cells.join(','));
      }
    writeFileSync(join(dir, file), `${out.join('\n')}\n`);
  }
  return dir;
}

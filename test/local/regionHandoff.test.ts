import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionHandoff } from '../../src/domain/regionHandoff';
import { regionXlsx } from '../../src/local/docx/regionXlsx';
import { saveWorkbook } from '../helpers/campaign';
import { workbookSession } from '../helpers/bundle';
import { runMain } from '../helpers/cliInProcess';
import { CITY_A, CITY_A_REPORTS, REGION } from '../helpers/levels';

jest.setTimeout(120_000);
test('scratch', async () => {
  const s = workbookSession(CITY_A, CITY_A_REPORTS);
  const h = s.globals.regionHandoff() as RegionHandoff;
  console.log(JSON.stringify(h, null, 1).slice(0, 3000));
  writeFileSync('/tmp/ho/a.xlsx', regionXlsx(h));
  await saveWorkbook('/tmp/ho/region.xlsx', REGION);
  const r = await runMain('collect', '/tmp/ho/region.xlsx', '/tmp/ho/a.xlsx', '--out', '/tmp/ho/out.xlsx');
  console.log(r.code, r.out, r.err);
});

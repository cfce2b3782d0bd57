// Prepares dist-addon/: the very same built bundle as dist/, plus a one-line marker that switches the menu to add-on mode.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOYMENT_GLOBAL } from '../workbook/menu';
import { distDir, projectRoot } from './session';

export function prepareAddon(out = join(projectRoot(), 'dist-addon')): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(distDir(), out, { recursive: true });
  writeFileSync(
    join(out, 'deployment.js'),
    `// Editor Add-on deployment: the menu is created with createAddonMenu() (Extensions menu).\nvar ${DEPLOYMENT_GLOBAL} = 'addon';\n`,
  );
  return out;
}

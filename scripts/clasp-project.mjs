// Puts an Apps Script project's id into one of the repository's clasp project files, keeping its rootDir:
//   node scripts/clasp-project.mjs .clasp.json <scriptId | path/to/.clasp.json written by `clasp -P DIR create`>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project files this repository ships: the bound script's, the Editor Add-on's and the scenario project's. */
export const PROJECT_FILES = { '.clasp.json': 'dist', '.clasp.addon.json': 'dist-addon', '.clasp.scenarios.json': 'dist-scenarios' };

/** A script id as Apps Script shows it (Project Settings → IDs): letters, digits, `-` and `_`, long. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

/** The script id from an id or from a clasp project file that holds one. */
export function scriptIdFrom(arg) {
  if (arg && existsSync(arg)) {
    const id = JSON.parse(readFileSync(arg, 'utf8')).scriptId;
    if (!SCRIPT_ID.test(String(id))) throw new Error(`${arg}: в файле нет идентификатора скрипта (scriptId).`);
    return id;
  }
  if (!SCRIPT_ID.test(String(arg ?? ''))) throw new Error(`«${arg ?? ''}» не похоже на идентификатор скрипта (Настройки проекта → Идентификатор скрипта).`);
  return arg;
}

/** Writes the id into `file` (one of PROJECT_FILES) and keeps the rootDir the repository's build expects. */
export function setScriptId(file, arg) {
  const rootDir = PROJECT_FILES[basename(file)];
  if (!rootDir) throw new Error(`${file}: ожидается ${Object.keys(PROJECT_FILES).join(', ')}.`);
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const next = { ...current, scriptId: scriptIdFrom(arg), rootDir };
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const [file, arg] = process.argv.slice(2);
    const next = setScriptId(file, arg);
    console.log(`${file}: scriptId ${next.scriptId}, rootDir ${next.rootDir}`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}

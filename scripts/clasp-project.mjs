// Creates an Apps Script project in its own folder, or takes an existing one, and puts its ids into one of the
// repository's clasp project files, keeping that file's rootDir:
//   node scripts/clasp-project.mjs .clasp.json --create
//   node scripts/clasp-project.mjs .clasp.json <scriptId | path/to/.clasp.json written by clasp create>
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project files this repository ships, what each pushes, and how `--create` makes its project. */
export const PROJECTS = {
  '.clasp.json': { rootDir: 'dist', folder: '.bound-project', type: 'sheets', title: 'Мониторинг наставничества' },
  '.clasp.addon.json': {
    rootDir: 'dist-addon',
    folder: '.addon-project',
    type: 'standalone',
    title: 'Мониторинг наставничества (дополнение)',
  },
  // The scenarios refuse a spreadsheet whose name does not start with «Сценарии».
  '.clasp.scenarios.json': { rootDir: 'dist-scenarios', folder: '.scenarios-project', type: 'sheets', title: 'Сценарии Мониторинга' },
  // The «large region» deployment: the bound script with the Sheets advanced service and the broader spreadsheets scope.
  '.clasp.large.json': {
    rootDir: 'dist-large',
    folder: '.large-project',
    type: 'sheets',
    title: 'Мониторинг наставничества (большой регион)',
  },
};

/** A script id as Apps Script shows it (Project Settings → IDs): letters, digits, `-` and `_`, long. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

function projectOf(file) {
  const project = PROJECTS[basename(file)];
  if (!project) throw new Error(`${file}: ожидается ${Object.keys(PROJECTS).join(', ')}.`);
  return project;
}

/** The script id (and the container's id, `parentId`, when clasp wrote one) from an id or from a clasp project file. */
export function idsFrom(arg) {
  if (arg && existsSync(arg)) {
    const { scriptId, parentId } = readJson(arg);
    if (!SCRIPT_ID.test(String(scriptId))) throw new Error(`${arg}: в файле нет идентификатора скрипта (scriptId).`);
    // clasp writes parentId as a string; older versions as a one-element list.
    const parent = Array.isArray(parentId) ? parentId[0] : parentId;
    return { scriptId, ...(parent ? { parentId: String(parent) } : {}) };
  }
  if (!SCRIPT_ID.test(String(arg ?? '')))
    throw new Error(`«${arg ?? ''}» не похоже на идентификатор скрипта (Настройки проекта → Идентификатор скрипта).`);
  return { scriptId: arg };
}

/**
 * Writes the ids into `file` (one of PROJECTS) and keeps the rootDir the repository's build expects. The container's id
 * (`parentId`) is what `clasp open-container` opens; a bare script id drops an old one, which belongs to another project.
 */
export function setScriptId(file, arg) {
  const { rootDir } = projectOf(file);
  const { parentId: _old, ...current } = existsSync(file) ? readJson(file) : {};
  const next = { ...current, ...idsFrom(arg), rootDir };
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/** clasp from this repository's node_modules, run with the same Node. */
const CLASP = join(dirname(dirname(fileURLToPath(import.meta.url))), 'node_modules/@google/clasp/build/src/index.js');

/**
 * `clasp create` for `file`'s project, writing only inside its own folder. clasp 3.4.1 resolves `-P DIR` to the folder
 * only when DIR/.clasp.json exists; otherwise it takes the working folder as the project's root and writes its
 * `.clasp.json` and the pulled `appsscript.json` there — over the repository's own. So the folder's `.clasp.json` is
 * made first, and `-P` is absolute (clasp refuses a relative root as «outside the project root»). A folder whose
 * project was already created is not created again: its ids are copied.
 */
export function createProject(file, run = (args) => spawnSync(process.execPath, [CLASP, ...args], { stdio: 'inherit' })) {
  const { folder, type, title } = projectOf(file);
  const dir = resolve(folder);
  const own = join(dir, '.clasp.json');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(own)) writeFileSync(own, '{}\n');
  if (!readJson(own).scriptId) {
    const r = run(['-P', dir, 'create', '--type', type, '--title', title]);
    if (r.status !== 0 || !readJson(own).scriptId)
      throw new Error(
        `clasp create не создал проект (код ${r.status}): ${file} не изменён. Выполните «npx clasp login» и включите Apps Script API на https://script.google.com/home/usersettings, затем повторите.`,
      );
  }
  return setScriptId(file, own);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const [file, arg] = process.argv.slice(2);
    const next = arg === '--create' ? createProject(file) : setScriptId(file, arg);
    console.log(`${file}: scriptId ${next.scriptId}${next.parentId ? `, parentId ${next.parentId}` : ''}, rootDir ${next.rootDir}`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}

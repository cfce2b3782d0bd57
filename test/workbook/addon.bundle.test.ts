// Bound script and Editor Add-on from the same bundle: onOpen/onInstall in every auth mode, and formulas in both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, LocalSpreadsheet, loadBundle } from '../../src/local/runtime';
import { distDir } from '../../src/local/session';
import { prepareAddon } from '../../src/local/addonDist';
import { sampleSession, settingsColumns } from '../helpers/bundle';

type Mode = 'NONE' | 'LIMITED' | 'FULL';
const MODES: Mode[] = ['NONE', 'LIMITED', 'FULL'];

async function addonDir(): Promise<string> {
  return prepareAddon(join(mkdtempSync(join(tmpdir(), 'mm-addon-')), 'dist-addon'));
}

function openIn(dir: string, mode: Mode, ss = sampleSession().ss) {
  const runtime = createRuntime(ss, { authMode: mode });
  const globals = loadBundle(dir, runtime) as unknown as Record<string, (...a: unknown[]) => unknown>;
  runtime.resetCalls();
  return { runtime, globals };
}

describe.each(MODES)('AuthMode.%s', (mode) => {
  test('add-on: onOpen and onInstall add the add-on menu and touch nothing in the workbook', async () => {
    const dir = await addonDir();
    for (const trigger of ['onOpen', 'onInstall']) {
      const { runtime, globals } = openIn(dir, mode);
      globals[trigger]({ authMode: mode });
      expect(runtime.menus).toHaveLength(1);
      expect(runtime.menus[0].addon).toBe(true);
      const items = runtime.menus[0].items.filter((i) => i.type === 'item') as Array<{ caption: string }>;
      expect(items.map((i) => i.caption)).toContain('Построить сводку');
      // Only SpreadsheetApp.getUi() and the menu itself: no spreadsheet, sheet or range is touched.
      expect(runtime.events.map((e) => `${e.target}.${e.method}`)).toEqual(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.addToUi']);
    }
  });

  test('bound script: onOpen adds the top-level «Наставничество» menu, again without reading the workbook', () => {
    const { runtime, globals } = openIn(distDir(), mode);
    globals.onOpen({ authMode: mode });
    expect(runtime.menus[0]).toMatchObject({ title: 'Наставничество', addon: false });
    expect(runtime.calls.byKind.read).toBe(0);
  });
});

test('custom formulas work in both deployments (CUSTOM_FUNCTION mode: the settings come as an argument)', async () => {
  for (const dir of [distDir(), await addonDir()]) {
    const ss = sampleSession().ss;
    const runtime = createRuntime(ss, { authMode: 'CUSTOM_FUNCTION' });
    const g = loadBundle(dir, runtime) as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(g.COVERAGE([[184], [219]], [[289], [289]])).toEqual([[63.67], [75.78]]);
    expect(g.PLAN(2, 2022, settingsColumns(ss))).toBe(35);
    expect(g.STATUS(0, 2, 2021, settingsColumns(ss))).toBe('ниже плана');
    expect(runtime.calls.byKind.write).toBe(0);
  }
});

test('a new workbook with the add-on: nothing happens until a menu item is clicked', async () => {
  const ss = new LocalSpreadsheet('Новая');
  const { runtime, globals } = openIn(await addonDir(), 'NONE', ss);
  globals.onInstall({ authMode: 'NONE' });
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
  expect(runtime.calls.byKind.structure).toBe(0);
});

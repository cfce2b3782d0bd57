// From the values of every tab (read once) to findings, the summary, the note and the recommendations — no sheet access here.
import type { CellValue, Finding, Settings } from '../domain/model';
import { interpretUnit, missingUnit, type UnitData } from '../domain/interpret';
import { applyRules, plausibilityWarnings, validationRules } from '../domain/rules';
import { summarize, type Summary } from '../domain/summary';
import { type Note, type Recommendation, writeNote, writeRecommendations } from '../domain/note';
import { parseSettings, SETTINGS_TAB } from './settingsTab';
import { COL, declaredUnitOf, parseUnitTab, UNIT_KEY } from './unitTab';
import { cellText, shownValue } from '../domain/cellValue';
import type { TabNow } from '../domain/campaignMarks';
import { inputFields, type UnitInput } from '../domain/unitInput';
import { fingerprint } from './yearJournal';
import { a1 } from './sheetDoc';
import { isProductTab } from './tabNames';

export interface TabValues {
  name: string;
  values: CellValue[][];
}

export interface Analysis {
  settings: Settings;
  /** Problems that stop the build, in Russian. */
  fatal: string[];
  findings: Finding[];
  units: UnitData[];
  summary: Summary;
  note: Note;
  recommendations: Recommendation[];
  /** Each unit's input values as the check read them (units with a tab): for «Ход сбора»'s dates and clarifications. */
  tabsNow: Map<string, TabNow>;
}

/** A unit tab's input values: each cell's value by A1 and one fingerprint over them and «Отчёт готов». */
function tabNowOf(input: UnitInput): TabNow {
  const fields = inputFields(input);
  const cells = Object.fromEntries(fields.map((f) => [f.cell, shownValue(f.raw)]));
  const pairs = Object.entries(cells).map(([cell, v]) => `${cell}=${v}`);
  return { fingerprint: fingerprint([...pairs, `ready=${input.ready}`]), cells };
}

/** A1 of the cell holding the unit's name on a unit tab («Единица отчёта»), '' when the tab has no such row. */
function unitCellOf(values: CellValue[][]): string {
  const i = values.findIndex((row) => cellText(row[COL.key - 1]) === UNIT_KEY);
  return i < 0 ? '' : a1(i + 1, COL.c);
}

/** Matches each unit of the settings to its tab: by name, else by the unit named inside a (renamed) tab. */
function matchUnitTabs(settings: Settings, tabs: TabValues[]): { byUnit: Map<string, TabValues>; findings: Finding[] } {
  const findings: Finding[] = [];
  const byUnit = new Map<string, TabValues>();
  const candidates = tabs.filter((t) => !isProductTab(t.name));
  const byName = new Map(candidates.map((t) => [t.name, t]));
  const declared = new Map(candidates.map((t) => [t, declaredUnitOf(t.values)]));
  const used = new Set<TabValues>();
  for (const u of settings.units) {
    let tab = byName.get(u.tab);
    if (tab && declared.get(tab) && declared.get(tab) !== u.name) {
      findings.push({
        severity: 'warning',
        rule: 'structure',
        unit: u.name,
        tab: u.tab,
        cell: unitCellOf(tab.values),
        label: 'Единица отчёта',
        value: declared.get(tab)!,
        message: `Вкладка «${u.tab}» подписана как отчёт «${declared.get(tab)}» — возможно, её скопировали с чужой вкладки. Данные учтены как отчёт «${u.name}»; проверьте.`,
      });
    }
    if (!tab) {
      tab = candidates.find((t) => !used.has(t) && declared.get(t) === u.name);
      if (tab) {
        findings.push({
          severity: 'warning',
          rule: 'structure',
          unit: u.name,
          tab: tab.name,
          cell: '',
          label: 'Название вкладки',
          value: tab.name,
          message: `Отчёт «${u.name}» найден на вкладке «${tab.name}» (вкладку переименовали). Данные учтены; верните вкладке название «${u.tab}» или укажите «${tab.name}» в настройках.`,
        });
      }
    }
    if (!tab) {
      findings.push({
        severity: 'error',
        rule: 'missing_tab',
        unit: u.name,
        tab: u.tab,
        cell: '',
        label: '',
        value: '',
        message: `Нет вкладки «${u.tab}». Создайте её меню «Наставничество → Создать вкладки» или проверьте название в настройках (строка ${u.settingsRow}).`,
      });
      continue;
    }
    used.add(tab);
    byUnit.set(u.name, tab);
  }
  findings.push(...unmatchedTabFindings(candidates, used, declared, byUnit));
  return { byUnit, findings };
}

/** Tabs no unit of the settings took that still say whose report they are: a second copy of a unit's, or an unknown unit's. */
function unmatchedTabFindings(
  candidates: TabValues[],
  used: Set<TabValues>,
  declared: Map<TabValues, string>,
  byUnit: Map<string, TabValues>,
): Finding[] {
  const findings: Finding[] = [];
  const tabOfUnit = new Map([...byUnit].map(([name, t]) => [name, t.name]));
  for (const t of candidates) {
    if (used.has(t)) continue;
    const d = declared.get(t);
    if (!d) continue;
    const cell = unitCellOf(t.values);
    const counted = tabOfUnit.get(d);
    if (counted !== undefined) {
      // A copy of a tab whose unit is already read from another tab: not "unknown", a second report of the same unit.
      findings.push({
        severity: 'warning',
        rule: 'duplicate_tab',
        unit: d,
        tab: t.name,
        cell,
        label: 'Единица отчёта',
        value: d,
        message: `Вкладка «${t.name}» — ещё один отчёт «${d}», а он уже учтён с вкладки «${counted}». Эта вкладка не учтена в сводке: удалите её или впишите в ячейку ${cell} единицу, чей это отчёт.`,
      });
    } else {
      findings.push({
        severity: 'warning',
        rule: 'unknown_tab',
        unit: d,
        tab: t.name,
        cell,
        label: 'Единица отчёта',
        value: d,
        message: `Вкладка «${t.name}» — отчёт «${d}», которого нет в списке единиц настроек. Он не учтён в сводке: добавьте единицу в настройки или удалите вкладку.`,
      });
    }
  }
  return findings;
}

/** The whole analysis. `settingsValues` null means there is no settings tab. */
export function analyze(settingsValues: CellValue[][] | null, tabs: TabValues[]): Analysis {
  const read = settingsValues ? parseSettings(settingsValues) : parseSettings([]);
  const fatal = settingsValues
    ? read.fatal
    : [`В таблице нет вкладки «${SETTINGS_TAB}». Создайте её меню «Наставничество → Подготовить таблицу».`];
  const settings = read.settings;
  const findings: Finding[] = [...read.findings];
  const units: UnitData[] = [];
  const tabsNow = new Map<string, TabNow>();
  if (fatal.length === 0) {
    const matched = matchUnitTabs(settings, tabs);
    findings.push(...matched.findings);
    const rules = validationRules(settings);
    for (const u of settings.units) {
      const tab = matched.byUnit.get(u.name);
      if (!tab) {
        units.push(missingUnit(u, settings));
        continue;
      }
      const parsed = parseUnitTab(tab.values, settings, u, tab.name);
      tabsNow.set(u.name, tabNowOf(parsed.input));
      const { data, findings: cellFindings } = interpretUnit(parsed.input, settings);
      findings.push(...parsed.findings, ...cellFindings, ...applyRules(rules, data));
      units.push(data);
    }
    findings.push(...plausibilityWarnings(settings, units));
  }
  const summary = summarize(settings, units, findings);
  return {
    settings,
    fatal,
    findings,
    units,
    summary,
    note: writeNote(settings, summary),
    recommendations: writeRecommendations(settings, summary),
    tabsNow,
  };
}

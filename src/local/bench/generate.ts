// Deterministic benchmark workbooks: the sample's forms and indicators, N generated units with realistic values and ~1 % errors.
import { resolve } from 'node:path';
import type { Settings, UnitDef } from '../../domain/model';
import type { ReportValues } from '../../workbook/importer';
import { tabNameFor } from '../../workbook/tabNames';
import { importCsvFolder } from '../csvImport';
import { projectRoot } from '../session';
import { Prng } from './prng';

/** A deliberate mistake put into one unit's values, as a coordinator would make it. */
export interface PlantedError {
  unit: string;
  kind: 'implementing_above_total' | 'text_in_number' | 'plus_mark';
  field: string;
  value: string | number;
}

export interface GeneratedWorkbook {
  settings: Settings;
  reports: Record<string, ReportValues>;
  errors: PlantedError[];
}

export interface GenerateOptions {
  seed?: number;
  /** Share of units that get one deliberate error; at least one error of each kind is planted. Default 0.01. */
  errorRate?: number;
  /** Settings to take forms, indicators and texts from; default the sample's (data/tomsk-2021). */
  base?: Settings;
}

export const DEFAULT_SEED = 20211231;

const SURNAMES = [
  'Иванова',
  'Петров',
  'Смирнова',
  'Кузнецов',
  'Попова',
  'Васильев',
  'Соколова',
  'Михайлов',
  'Новикова',
  'Фёдоров',
  'Морозова',
  'Волков',
];
const INITIALS = ['А. А.', 'Е. В.', 'О. Н.', 'И. С.', 'Т. П.', 'Н. Г.', 'С. М.', 'Л. Д.'];
const POSITIONS = ['Специалист управления образования', 'Методист', 'Заместитель начальника отдела образования', 'Главный специалист'];
const EXAMPLES = [
  'Школа наставников «Старт»',
  'Проект «Шаг в профессию» с местным предприятием',
  'Клуб старшеклассников-вожатых',
  'Проектная лаборатория с колледжем',
];

let sampleCache: Settings | null = null;

/** The sample's settings (forms, indicators, region, resources), read once. */
function sampleSettings(): Settings {
  sampleCache ??= importCsvFolder(resolve(projectRoot(), 'data/tomsk-2021')).settings;
  return sampleCache;
}

/** «Район 0001» … with the width of the largest number. */
function unitName(i: number, n: number): string {
  return `Район ${String(i + 1).padStart(Math.max(4, String(n).length), '0')}`;
}

/** Forms implemented by share of organisations, per form in the sample's order (ученик–ученик is common, работодатель–ученик rare). */
const FORM_SHARE = [
  [0.4, 0.95],
  [0.6, 1],
  [0, 0.35],
  [0, 0.5],
] as const;

function unitReport(rng: Prng, s: Settings, index: number): ReportValues {
  const general = rng.int(2, 70);
  const hasAdditional = rng.chance(0.85);
  const additional: number | string = hasAdditional ? rng.int(1, Math.max(1, Math.round(general / 5))) : '-';
  const forms: NonNullable<ReportValues['forms']> = {};
  s.forms.forEach((f, i) => {
    const [lo, hi] = FORM_SHARE[i % FORM_SHARE.length];
    const g = Math.round(general * rng.decimal(lo, hi, 2));
    const a = typeof additional === 'number' ? Math.round(additional * rng.decimal(lo, hi, 2)) : '-';
    forms[f.key] = { general: g, additional: a, ...(rng.chance(0.2) ? { examples: rng.pick(EXAMPLES) } : {}) };
  });
  const indicators: NonNullable<ReportValues['indicators']> = {};
  for (const ind of s.indicators) {
    if (ind.kind === 'share') {
      if (rng.chance(0.3)) {
        // Pupils counts instead of a percentage: the tab computes the share itself.
        const totalPrev = rng.int(200, 9000);
        const totalCur = Math.round(totalPrev * rng.decimal(0.95, 1.08, 3));
        indicators[ind.id] = {
          involvedPrev: Math.round(totalPrev * rng.decimal(0.02, 0.6, 3)),
          totalPrev,
          involvedCur: Math.round(totalCur * rng.decimal(0.05, 0.8, 3)),
          totalCur,
        };
      } else {
        const prev = rng.decimal(2, 60, 1);
        indicators[ind.id] = { prev, cur: Math.min(100, Math.round(prev * rng.decimal(0.9, 1.8, 2) * 10) / 10) };
      }
    } else if (ind.kind === 'count') {
      const prev = rng.int(0, 12);
      indicators[ind.id] = { prev, cur: prev + rng.int(0, 6) };
    } else {
      const prev = rng.int(0, 1500);
      indicators[ind.id] = { prev, cur: Math.round(prev * rng.decimal(0.85, 1.6, 2)) + rng.int(0, 20) };
    }
  }
  const person = `${rng.pick(SURNAMES)} ${rng.pick(INITIALS)}`;
  const code = String(index + 1).padStart(4, '0');
  return {
    orgs: { general, additional },
    forms,
    indicators,
    contacts: {
      name: person,
      position: rng.pick(POSITIONS),
      phone: `+7 (3822) ${rng.int(10, 99)}-${rng.int(10, 99)}-${code.slice(-2)}`,
      email: `raion${code}@example.ru`,
    },
    ready: rng.chance(0.9),
  };
}

const ERROR_KINDS: PlantedError['kind'][] = ['implementing_above_total', 'text_in_number', 'plus_mark'];

function plant(rng: Prng, s: Settings, unit: string, r: ReportValues, kind: PlantedError['kind']): PlantedError {
  const form = s.forms[rng.int(0, s.forms.length - 1)];
  const entry = r.forms![form.key];
  switch (kind) {
    case 'implementing_above_total': {
      const value = Number(r.orgs!.general) + rng.int(1, 5);
      entry.general = value;
      return { unit, kind, field: `forms.${form.key}.general`, value };
    }
    case 'text_in_number': {
      const value = `около ${rng.int(5, 40)}`;
      r.orgs!.general = value;
      return { unit, kind, field: 'orgs.general', value };
    }
    case 'plus_mark':
      entry.general = '+';
      return { unit, kind, field: `forms.${form.key}.general`, value: '+' };
  }
}

/** N units named «Район 0001»…, the same for the same seed; errors are spread over distinct units. */
export function generateWorkbook(units: number, options: GenerateOptions = {}): GeneratedWorkbook {
  const base = options.base ?? sampleSettings();
  const rng = new Prng(options.seed ?? DEFAULT_SEED);
  const defs: UnitDef[] = Array.from({ length: units }, (_, i) => {
    const name = unitName(i, units);
    return {
      name,
      type: 'Муниципалитет',
      email: `raion${String(i + 1).padStart(4, '0')}@example.ru`,
      tab: tabNameFor(name),
      settingsRow: i + 1,
    };
  });
  const settings: Settings = { ...base, units: defs };
  const reports: Record<string, ReportValues> = {};
  defs.forEach((u, i) => {
    reports[u.name] = unitReport(rng, settings, i);
  });

  const errorCount = Math.min(units, Math.max(ERROR_KINDS.length, Math.round(units * (options.errorRate ?? 0.01))));
  const chosen = new Set<number>();
  while (chosen.size < errorCount) chosen.add(rng.int(0, units - 1));
  const errors = [...chosen]
    .sort((a, b) => a - b)
    .map((i, k) => plant(rng, settings, defs[i].name, reports[defs[i].name], ERROR_KINDS[k % ERROR_KINDS.length]));
  return { settings, reports, errors };
}

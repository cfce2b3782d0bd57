// Formats the benchmark's figures as plain-text tables (Russian headings) for stdout.
import { CALL_KINDS, classifyCall } from '../runtime';
import {
  CALL_MS,
  COMMIT_MS,
  COMMITS_FIRST,
  CONTINUATION_THRESHOLD_MS,
  COST_SOURCES,
  QUEUED_KINDS,
  ROUND_TRIP_MS,
} from '../runtime/costModel';
import type { FormulaMeasure } from './formulas';
import type { ActionMeasure } from './measure';
import type { SizeResult } from './run';
import { COST_CASES } from '../runtime/costModel';
import type { BreakPoint, ContinuationLine, TargetLine } from './targets';
import { LONG_ITEMS, type TabCost } from './tabCost';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  platform: string;
}

/** Left-aligns the first column, right-aligns the rest. */
function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}

const KIND_RU: Record<string, string> = {
  read: 'чтен',
  write: 'запис',
  format: 'оформ',
  structure: 'струк',
  meta: 'мета',
  flush: 'flush',
  ui: 'ui',
  api: 'API',
};
const s1 = (ms: number) => (ms / 1000).toFixed(1);
/** The items that cost the most modelled time in a run: `Sheet.getName ×10022 = 300.7 с`, commits included. */
function topCosts(a: ActionMeasure, n = 4): string {
  return Object.entries(a.byMethod)
    .map(([key, count]) => {
      const dot = key.indexOf('.');
      return { key, count, ms: count * CALL_MS[classifyCall(key.slice(0, dot), key.slice(dot + 1))] };
    })
    .concat(a.commits ? [{ key: 'отправка очереди записей', count: a.commits, ms: a.commits * COMMIT_MS }] : [])
    .sort((p, q) => q.ms - p.ms)
    .slice(0, n)
    .map((c) => `${c.key} ×${c.count} = ${(c.ms / 1000).toFixed(1)} с`)
    .join(', ');
}

const x = (r: number) => `×${r >= 10 ? Math.round(r) : r.toFixed(1)}`;

export function renderReport(
  machine: Machine,
  sizes: SizeResult[],
  formulas: FormulaMeasure | null,
  targets: TargetLine[],
  cont: ContinuationLine[],
  breaks: BreakPoint[] = [],
  tabCosts: TabCost[] = [],
): string {
  const out: string[] = [];
  out.push(`Бенчмарк «Мониторинг наставничества» — ${machine.date}`);
  out.push(
    `Машина: ${machine.cpuModel}, ядер ${machine.cpus}, память ${machine.memoryGB.toFixed(1)} ГБ, Node ${machine.node}, ${machine.platform}`,
  );
  out.push('');
  out.push(...callsSection(sizes));
  out.push(...naiveSection(sizes));
  if (formulas) out.push(...formulasSection(formulas));
  out.push(...costModelSection());
  out.push(...targetsSection(targets));
  out.push(...continuationSection(cont));
  out.push(...casesSection(sizes, breaks));
  if (tabCosts.length) out.push(...tabCostSection(tabCosts));
  const fails = targets.filter((t) => t.status === 'FAIL').length;
  out.push(fails ? `Итог: не выполнено целей — ${fails} (строки FAIL выше).` : 'Итог: все цели выполнены.');
  return out.join('\n');
}

/** Section 1: service calls per action and size, and the largest items of modelled time. */
function callsSection(sizes: SizeResult[]): string[] {
  const out: string[] = [];
  out.push(
    '1. Вызовы служб Apps Script за одно действие, все его запуски вместе (проверка = «Проверить данные», сводка = «Построить сводку»)',
  );
  const rows = sizes.flatMap((s) =>
    (['check', 'build'] as const).map((k) => {
      const r = s[k];
      return [
        `${s.units}`,
        k === 'check' ? 'проверка' : 'сводка',
        `${r.runs.length}${r.complete ? '' : '!'}`,
        ...CALL_KINDS.map((kind) => r.calls[kind]),
        r.calls.total,
        `${r.reads}/${s.units}`,
        r.readsAfterFirstWrite + r.flushesAfterFirstWrite === 0 ? 'нет' : `ДА (${r.readsAfterFirstWrite}+${r.flushesAfterFirstWrite})`,
        s1(r.modelledMs),
        r.commits,
        s1(r.noCacheMs),
        Math.round(r.wallMs),
        Math.round(r.peakRssMB),
      ];
    }),
  );
  out.push(
    table(
      [
        'единиц',
        'действие',
        'запусков',
        ...CALL_KINDS.map((k) => KIND_RU[k]),
        'всего',
        'чтений/ед.',
        'чтение после записи',
        'модель, с',
        'отправок',
        'без кэша, с',
        'локально, мс',
        'RSS, МБ',
      ],
      rows,
    ),
  );
  out.push(
    '   «модель» — с кэшем записи Apps Script (записи и оформление ждут в очереди, «отправок» — сколько раз очередь ушла на сервер);',
  );
  out.push(
    '   «без кэша» — если бы каждый вызов был отдельным обращением к серверу и ничего не копилось (раздел 4); цели проверяются по модели.',
  );
  out.push('   Крупнейшие статьи модельного времени:');
  for (const sz of sizes)
    for (const [k, name] of [
      ['check', 'проверка'],
      ['build', 'сводка'],
    ] as const)
      out.push(`   ${sz.units} ед., ${name}: ${topCosts(sz[k])}`);
  out.push('');
  out.push(
    '   Подготовка книги (не входит в замеры): ' +
      sizes
        .map(
          (s) =>
            `${s.units} ед. — ${(s.setupMs / 1000).toFixed(1)} с, ${s.sheets} вкладок, заложено ошибок ${s.plantedErrors.length}, найдено ошибок ${s.errorsFound.errors}, предупреждений ${s.errorsFound.warnings}`,
        )
        .join('; '),
  );
  out.push('');
  return out;
}

/** Section 2: cell-by-cell reading against the summary's batched reading. */
function naiveSection(sizes: SizeResult[]): string[] {
  const out: string[] = [];
  out.push('2. Наивное чтение (каждая ячейка ввода — свой getRange(r, c).getValue()) против пакетного чтения сводки');
  out.push(
    table(
      ['единиц', 'ячеек/ед.', 'наивно: чтений', 'вызовов', 'модель, с', 'сводка: чтений', 'этап чтения, с', 'чтения', 'время'],
      sizes.map((s) => [
        s.units,
        s.naive.cellsPerUnit,
        s.naive.reads,
        s.naive.calls.total,
        s1(s.naive.modelledMs),
        s.build.reads,
        s1(s.build.modelledReadStageMs),
        x(s.ratios.reads),
        x(s.ratios.modelledReadStage),
      ]),
    ),
  );
  out.push(
    '   Этап чтения сводки — все её вызовы до первой записи, оформления или вставки вкладки; наивное чтение локально: ' +
      sizes.map((s) => `${s.units} ед. — ${Math.round(s.naive.wallMs)} мс`).join(', ') +
      '.',
  );
  out.push('');
  return out;
}

/** Section 3: a custom formula dragged down a column against one call on a range. */
function formulasSection(formulas: FormulaMeasure): string[] {
  const out: string[] = [];
  out.push(`3. Свои формулы: столбец из ${formulas.rows} строк`);
  const floor = (calls: number) => ((calls * CALL_MS.meta) / 1000).toFixed(2);
  out.push(
    table(
      ['способ', 'вызовов функции', 'модель, с (≥ 30 мс на вызов)', 'локально, мс'],
      [
        [
          `=COVERAGE(B2;C2), протянуто на ${formulas.rows} строк`,
          formulas.perCellCalls,
          floor(formulas.perCellCalls),
          formulas.perCellMs.toFixed(2),
        ],
        [
          `=COVERAGE(B2:B${formulas.rows + 1};C2:C${formulas.rows + 1}), одна ячейка`,
          formulas.perRangeCalls,
          floor(formulas.perRangeCalls),
          formulas.perRangeMs.toFixed(2),
        ],
      ],
    ),
  );
  out.push(
    '   Модель — нижняя граница: каждый вызов своей функции Таблицы делают отдельным обращением к серверу Apps Script, здесь оно оценено',
  );
  out.push(
    '   самым дешёвым измеренным обращением к службе (30 мс). Локально JavaScript одинаково быстр в обоих случаях — разница в обращениях.',
  );
  out.push(`   Результаты совпадают: ${formulas.resultsEqual ? 'да' : 'НЕТ'}. Совет: передавайте своей формуле диапазон, а не ячейку.`);
  out.push('');
  return out;
}

/** Section 4: the cost model's constants and their sources. */
function costModelSection(): string[] {
  const out: string[] = [];
  out.push(
    '4. Модель стоимости, мс на вызов: ' +
      CALL_KINDS.map((k) => `${k} ${CALL_MS[k]}`).join(', ') +
      `; отправка очереди записей ${COMMIT_MS}`,
  );
  out.push(
    `   В очередь встают: ${[...QUEUED_KINDS].join(', ')}; очередь отправляется перед ${[...COMMITS_FIRST].join(', ')} и в конце запуска.`,
  );
  out.push(`   Без кэша (каждый вызов — обращение, без очереди): ${CALL_KINDS.map((k) => `${k} ${ROUND_TRIP_MS[k]}`).join(', ')}.`);
  for (const src of COST_SOURCES) out.push(`   - ${src}`);
  out.push('');
  return out;
}

/** Section 5: each speed target with its verdict. */
function targetsSection(targets: TargetLine[]): string[] {
  const out: string[] = [];
  out.push('5. Цели');
  for (const t of targets) out.push(`${t.status.padEnd(4)}  ${t.target}: ${t.detail}`);
  out.push('');
  return out;
}

/** Section 6: which actions need more than one Apps Script run, and whether each run fits. */
function continuationSection(cont: ContinuationLine[]): string[] {
  const out: string[] = [];
  const need = cont.filter((c) => c.needsContinuation);
  out.push(
    `6. Больше ${CONTINUATION_THRESHOLD_MS / 60_000} мин модельного времени за один запуск (Apps Script прерывает запуск на 6-й минуте) — нужно продолжение частями: ` +
      (need.length ? need.map((c) => `${c.units} ед., ${c.action} (${s1(c.modelledMs)} с)`).join('; ') : 'ни один размер'),
  );
  for (const c of cont.filter((x) => x.needsContinuation || x.runs > 1)) {
    out.push(
      `   ${c.units} ед., ${c.action}: ${c.runs > 1 ? `продукт продолжил сам, запусков ${c.runs}: ${c.runModelledMs.map(s1).join(' + ')} с` : 'продукт выполнил всё одним запуском'}` +
        ` — ${c.everyRunFits ? 'каждый запуск укладывается в 5 мин' : 'ЗАПУСК ДЛИННЕЕ 5 МИН: прервётся или будет на грани'}.`,
    );
  }
  out.push('');
  return out;
}

const CASE_RU: Record<string, string> = { low: 'низкие', base: 'базовые', high: 'высокие' };

/** Each measured action under the low, base and high constants, and where one 6-minute run stops sufficing. */
function casesSection(sizes: SizeResult[], breaks: BreakPoint[]): string[] {
  const out = ['7. Те же вызовы по низким, базовым и высоким константам (раздел 4, costModel.ts), модельное время всех запусков, с'];
  out.push(
    table(
      ['единиц', 'действие', ...COST_CASES.map((c) => CASE_RU[c])],
      sizes.flatMap((s) =>
        (['check', 'build'] as const).map((k) => [
          s.units,
          k === 'check' ? 'проверка' : 'сводка',
          ...COST_CASES.map((c) => s1(s[k].modelledByCase[c])),
        ]),
      ),
    ),
  );
  out.push(
    '   Точка перелома — с какого числа единиц действию не хватает одного 6-минутного запуска (прямая через два крупнейших размера):',
  );
  for (const b of breaks)
    out.push(
      `   ${b.action}, ${CASE_RU[b.costCase]}: ${b.units === null ? 'нужны два размера' : `${b.units} ед.`} (${(b.msPerUnit / 1000).toFixed(3)} с на единицу + ${s1(b.fixedMs)} с)`,
    );
  return out;
}

/** Each long menu item: what one tab costs under each set of constants, and the unit count one run no longer holds. */
function tabCostSection(costs: TabCost[]): string[] {
  return [
    '8. Длинные пункты меню, по вкладке единицы (две неограниченные пробы, 20 и 40 вкладок): сколько вкладок вмещает один 6-минутный запуск',
    ...costs.flatMap((t) => [
      `   ${LONG_ITEMS[t.item]}: на вкладку ${t.callsPerTab.toFixed(0)} вызовов, на запуск ещё ${t.fixedCalls.toFixed(0)}`,
      ...COST_CASES.map((c) => {
        const b = t.byCase[c];
        return `      ${CASE_RU[c]}: ${s1(b.msPerTab)} с на вкладку + ${s1(b.fixedMs)} с на запуск; одного запуска не хватает с ${b.breakUnits} ед.`;
      }),
    ]),
    '',
  ];
}

// The analytic note («Справка») and the addressed recommendations, written in Russian from the summary and the settings.
import { Finding, Settings } from './model';
import {
  countWith, formatDate, formatNumber, formatPercent, formatSigned, formatSignedPercent, listUnits,
  parseRussianDate, PluralForms, yearLabel, yearsLabel,
} from './russian';
import { FormsGroupSummary, IndicatorSummary, OrgType, ORG_TYPES, RegionValue, Summary } from './summary';

import { list, Note, NoteBlock, NoteSection, paragraph, Recommendation, section, tableRef } from './noteModel';

export type { Note, NoteSection, Recommendation } from './noteModel';

const ORG_WORDS: Record<OrgType, { short: string; nominative: PluralForms; genitive: readonly [string, string] }> = {
  general: { short: 'ОО', nominative: ['общеобразовательная организация', 'общеобразовательные организации', 'общеобразовательных организаций'], genitive: ['общеобразовательной организации', 'общеобразовательных организаций'] },
  additional: { short: 'ДО', nominative: ['организация дополнительного образования', 'организации дополнительного образования', 'организаций дополнительного образования'], genitive: ['организации дополнительного образования', 'организаций дополнительного образования'] },
};

/** "из 289 общеобразовательных организаций", "из 21 общеобразовательной организации": genitive after «из». */
function ofCount(n: number, genitive: readonly [string, string]): string {
  const singular = n % 10 === 1 && n % 100 !== 11;
  return `${formatNumber(n)} ${singular ? genitive[0] : genitive[1]}`;
}

/** "менее 5 представителей", "не менее 2 предприятий": genitive after «менее». */
function lessThan(n: number, nouns: PluralForms | null): string {
  if (!nouns) return formatNumber(n);
  const singular = n % 10 === 1 && n % 100 !== 11;
  return `${formatNumber(n)} ${singular ? nouns[1] : nouns[2]}`;
}

/** A deadline as the note writes it: "1 января 2023 г."; text that is not a date stays as typed. */
export function deadlineText(text: string): string {
  const d = text ? parseRussianDate(text) : null;
  return d ? formatDate(d) : text;
}

function valueText(ind: IndicatorSummary, v: number, nouns: PluralForms | null): string {
  if (ind.kind === 'share') return formatPercent(v);
  return nouns ? countWith(v, nouns) : formatNumber(v);
}

function regionText(ind: IndicatorSummary, r: RegionValue, nouns: PluralForms | null): string {
  if (r.value === null) return 'данных нет';
  const base = valueText(ind, r.value, nouns);
  if (r.method !== 'mean') return base;
  const partial = r.weightedPartial !== null
    ? `; по единицам, указавшим численность обучающихся (${r.unitsWithCounts}), взвешенная доля — ${formatPercent(r.weightedPartial)}`
    : '; численность обучающихся не указана, взвешенную долю посчитать нельзя';
  return `${base} (среднее арифметическое долей, не взвешенное по численности обучающихся; значений: ${r.unitsWithData}${partial})`;
}

function planSentence(ind: IndicatorSummary, year: number, r: RegionValue, nouns: PluralForms | null): string {
  const plan = r.plan === null ? 'плановый показатель не установлен' : `плановый показатель составлял ${valueText(ind, r.plan, nouns)}`;
  const met = r.met === null ? '' : r.met ? ' — план выполнен' : ' — план не выполнен';
  return `В ${yearLabel(year)} ${plan}, фактически достигнутый результат — ${regionText(ind, r, nouns)}${met}.`;
}

function indicatorSection(s: Settings, ind: IndicatorSummary, nounsOf: PluralForms | null): NoteSection {
  const p: string[] = [];
  const units = s.unitNouns;
  const leadersLabel = `${s.unitNounPlural}-лидеры`;
  const cur = s.reportYear;
  const prev = s.previousYear;
  if (ind.noDataAtAll) {
    return section('indicator', `${ind.id} показатель. ${ind.name}`, [paragraph(`Данные по показателю за ${yearsLabel(prev, cur)} не представлены: показатель не оценивается. Отсутствие данных не приравнивается к нулю.`)]);
  }
  if (ind.kind === 'dynamics') {
    p.push('Ожидаемый результат: положительная динамика.');
    const a = ind.region.prev.value;
    const b = ind.region.cur.value;
    if (a !== null && b !== null) {
      const change = a > 0 ? ` (${formatSigned(b - a)}; ${formatSignedPercent(((b - a) / a) * 100)})` : ` (${formatSigned(b - a)})`;
      p.push(`Всего: ${valueText(ind, a, nounsOf)} в ${yearLabel(prev)} и ${valueText(ind, b, nounsOf)} в ${yearLabel(cur)}${change}.`);
    }
  } else {
    p.push(`${planSentence(ind, prev, ind.region.prev, nounsOf)} ${planSentence(ind, cur, ind.region.cur, nounsOf)}`);
  }
  if (ind.comparable > 0 && ind.heldOrGrewShare !== null) {
    const fell = ind.groups.fell.length
      ? ` Снизили значение: ${ind.groups.fell.map((u) => `${u} (${change(ind, u)})`).join(', ')}.`
      : '';
    p.push(`${formatPercent(ind.heldOrGrewShare)} ${units[2]} (${ind.heldOrGrew} из ${ind.comparable}) сохранили или увеличили значение показателя по сравнению с ${yearLabel(prev)}.${fell}`);
  }
  if (ind.largestGrowth) {
    const g = ind.largestGrowth;
    const pct = g.changePercent !== null && ind.kind !== 'share' ? `, ${formatSignedPercent(g.changePercent)}` : '';
    const unitWord = ind.kind === 'share' ? ' п. п.' : '';
    p.push(`Наибольший рост — ${g.unit} (${formatSigned(g.change)}${unitWord}${pct}).`);
  }
  if (ind.leaderAbove !== null) {
    const threshold = ind.kind === 'share' ? formatPercent(ind.leaderAbove) : formatNumber(ind.leaderAbove);
    p.push(ind.groups.leaders.length
      ? `${leadersLabel}, за счёт которых в том числе достигнут региональный результат (значение показателя в ${yearLabel(cur)} выше ${threshold}): ${listUnits(ind.groups.leaders)}.`
      : `Значений показателя выше ${threshold} в ${yearLabel(cur)} нет.`);
  }
  if (ind.groups.belowPlan.length) {
    const plan = ind.region.cur.plan!;
    p.push(`Ниже регионального планового показателя ${yearLabel(cur)} (${formatPercent(plan)}): ${listUnits(ind.groups.belowPlan)}. Рекомендуется усилить работу по данному направлению.`);
  }
  const zeroOnlyCur = ind.groups.zero.filter((u) => !ind.groups.zeroBoth.includes(u));
  if (ind.groups.zeroBoth.length) {
    p.push(ind.kind === 'share'
      ? `Нулевое значение в ${yearsLabel(prev, cur)}: ${listUnits(ind.groups.zeroBoth)} — это требует срочных мер и управленческих решений по исправлению ситуации.`
      : `Нулевые результаты в ${yearsLabel(prev, cur)} — ${countWith(ind.groups.zeroBoth.length, units)}: ${listUnits(ind.groups.zeroBoth)}.`);
  }
  if (zeroOnlyCur.length) p.push(`Нулевое значение в ${yearLabel(cur)}: ${listUnits(zeroOnlyCur)}.`);
  if (ind.minimum !== null && ind.groups.belowMinimum.length) {
    const min = ind.minimum;
    const deadline = deadlineText(ind.deadline);
    const count = countWith(ind.groups.belowMinimum.length, units);
    p.push(`Ниже минимума (менее ${lessThan(min, nounsOf)}) — ${count}: ${listUnits(ind.groups.belowMinimum)}. Им рекомендуется изучить опыт ${units[2]}-лидеров по данному направлению и обеспечить не менее ${lessThan(min, nounsOf)}${deadline ? ` к ${deadline}` : ''}.`);
  }
  if (ind.groups.noData.length) p.push(`Нет данных за ${yearLabel(cur)}: ${listUnits(ind.groups.noData)}.`);
  if (ind.otherRows.length) {
    const others = ind.otherRows.filter((r) => r.cur !== null).map((r) => `${r.unit} — ${valueText(ind, r.cur!, nounsOf)}`);
    if (others.length) p.push(`Прочие участники (не входят в рейтинг): ${others.join('; ')}.`);
  }
  return section('indicator', `${ind.id} показатель. ${ind.name}`, p.map(paragraph));
}

function change(ind: IndicatorSummary, unit: string): string {
  const r = ind.rows.find((x) => x.unit === unit)!;
  const fmt = (v: number) => (ind.kind === 'share' ? formatPercent(v) : formatNumber(v));
  return `${fmt(r.prev!)} → ${fmt(r.cur!)}`;
}

function formsParagraphs(s: Settings, forms: FormsGroupSummary): string[] {
  const p: string[] = [];
  for (const t of ORG_TYPES) {
    const words = ORG_WORDS[t];
    if (forms.totals[t] === 0) continue;
    const ranked = s.forms
      .map((f) => ({ f, c: forms.forms[f.key][t] }))
      .filter((x) => x.c.share !== null)
      .sort((a, b) => b.c.share! - a.c.share!);
    if (ranked.length >= 2) {
      const top = ranked[0];
      const low = ranked[ranked.length - 1];
      p.push(`Чаще всего ${words.nominative[1]} реализуют форму «${top.f.name}» (${formatPercent(top.c.share!)}), реже всего — «${low.f.name}» (${formatPercent(low.c.share!)}).`);
    }
  }
  for (const f of s.forms) {
    const parts: string[] = [];
    const targets: string[] = [];
    for (const t of ORG_TYPES) {
      const c = forms.forms[f.key][t];
      if (!c.total) continue;
      parts.push(`${formatNumber(c.count!)} из ${ofCount(c.total, ORG_WORDS[t].genitive)} (${formatPercent(c.share!)})`);
      if (c.met !== null) targets.push(`для ${ORG_WORDS[t].short} ${c.met ? 'достигнута' : 'не достигнута'}`);
    }
    if (parts.length === 0) continue;
    let text = `Форму «${f.name}» реализуют ${parts.join(' и ')}.`;
    if (f.targetPercent !== null && targets.length) {
      const by = f.targetDate ? ` к ${deadlineText(f.targetDate)}` : '';
      text += ` Цель${by} — ${formatPercent(f.targetPercent)}: ${targets.join(', ')}.`;
    }
    for (const t of ORG_TYPES) {
      const below = forms.belowTarget[f.key][t];
      if (f.targetPercent !== null && below.length) text += ` Ниже цели по ${ORG_WORDS[t].short} — ${countWith(below.length, s.unitNouns)}.`;
      const left = forms.forms[f.key][t].leftOut;
      if (left.length) text += ` Не учтены значения с ошибками (${ORG_WORDS[t].short}): ${listUnits(left)}.`;
    }
    p.push(text);
  }
  const none = forms.rows.filter((r) => r.totals.additional.state === 'none').map((r) => r.unit);
  if (none.length) p.push(`Нет организаций дополнительного образования: ${listUnits(none)} — в таблицах «—».`);
  return p;
}

/** The whole note. Every number and name comes from the summary; every threshold, date and noun from the settings. */
export function writeNote(s: Settings, sum: Summary): Note {
  const sections: NoteSection[] = [];
  const main = sum.completeness.filter((c) => c.state !== 'missing');
  const intro: string[] = [
    `Мониторинг реализации программ наставничества за ${yearsLabel(s.previousYear, s.reportYear)}${s.regionName ? ` (${s.regionName})` : ''}.`,
    `Отчёты представили ${main.length} из ${ofCount(sum.completeness.length, [s.unitNouns[1], s.unitNouns[2]])}; отмечены как готовые — ${sum.completeness.filter((c) => c.ready).length}.`,
  ];
  const missing = sum.completeness.filter((c) => c.state === 'missing').map((c) => c.unit);
  const empty = sum.completeness.filter((c) => c.state === 'empty').map((c) => c.unit);
  const partial = sum.completeness.filter((c) => c.state === 'partial').map((c) => c.unit);
  if (missing.length) intro.push(`Нет вкладки отчёта: ${listUnits(missing)}.`);
  if (empty.length) intro.push(`Отчёт не заполнен: ${listUnits(empty)}.`);
  if (partial.length) intro.push(`Отчёт заполнен частично: ${listUnits(partial)}.`);
  if (sum.findings.errors) intro.push(`При проверке найдено ошибок: ${sum.findings.errors}; значения с ошибками не учтены в итогах (см. приложение и вкладку «Проверка»).`);
  sections.push(section('intro', '', intro.map(paragraph)));

  sections.push(section('point', `Пункт 1. Реализация форм наставничества (${s.forms.map((f) => `«${f.name}»`).join(', ')})`, [
    ...formsParagraphs(s, sum.forms).map(paragraph), tableRef('table1', 'Таблица 1'), tableRef('table2', 'Таблица 2'),
  ]));
  for (const other of sum.otherForms) sections.push(section('others', `${other.type}: реализация форм наставничества (не входят в рейтинг)`, formsParagraphs(s, other).map(paragraph)));
  sections.push(section('point', 'Пункт 2. Достижение показателей эффективности', [tableRef('table3', 'Таблица 3')]));

  for (const ind of sum.indicators) {
    const def = s.indicators.find((i) => i.id === ind.id)!;
    sections.push(indicatorSection(s, ind, def.kind === 'share' ? null : def.nouns));
  }

  const general: string[] = [];
  const byTarget = new Map<string, string[]>();
  for (const f of s.forms) {
    if (f.targetPercent === null) continue;
    const key = `${formatPercent(f.targetPercent)}|${f.targetDate}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), `«${f.name}»`]);
  }
  for (const [key, names] of byTarget) {
    const [pct, date] = key.split('|');
    general.push(`Обеспечить${date ? ` к ${deadlineText(date)}` : ''} ${pct} охват общеобразовательных организаций и организаций дополнительного образования, реализующих ${names.length > 1 ? 'формы' : 'форму'} наставничества ${names.join(' и ')}.`);
  }
  const blocks: NoteBlock[] = general.map(paragraph);
  if (s.resources.length) blocks.push(paragraph('Использовать для развития наставничества:'), list(s.resources.map((r) => `${r.text}${r.url ? ` (${r.url})` : ''}${r.when ? ` — ${r.when}` : ''}`)));
  sections.push(section('recommendations', 'Рекомендации', blocks));

  const errors = sum.findings.list.filter((f) => f.severity === 'error');
  if (errors.length) sections.push(section('appendix', 'Приложение. Значения, не учтённые в сводке', errors.map((f) => paragraph(findingLine(f)))));
  const tidied = sections.map((x) => section(x.role, x.heading, x.blocks.map((b) => (b.kind === 'paragraph' ? paragraph(tidy(b.text)) : b))));
  const d = s.document;
  return {
    title: d.title,
    frame: { sender: d.sender, addressees: d.addressees, date: d.date, number: d.number, title: d.title, documentKind: d.documentKind, font: d.font || 'Times New Roman' },
    sections: tidied,
    signature: { position: d.signerPosition, name: d.signerName, executor: d.executor, executorPhone: d.executorPhone },
  };
}

/** Ends a sentence once: "к 1 января 2023 г." + "." stays one full stop. */
export function tidy(text: string): string {
  return text.replace(/([^.])\.\.(?!\.)/g, '$1.');
}

export function findingLine(f: Finding): string {
  const where = [f.unit || f.tab, f.cell ? `ячейка ${f.cell}` : '', f.label ? `«${f.label}»` : ''].filter(Boolean).join(', ');
  return `${where}${f.value ? `: «${f.value}»` : ''} — ${f.message}`;
}

/** One addressed recommendation per unit: what it is below on and what to do by when. */
export function writeRecommendations(s: Settings, sum: Summary): Recommendation[] {
  const all = [sum.forms, ...sum.otherForms];
  const units = all.flatMap((g) => g.rows.map((r) => ({ unit: r.unit, type: r.type })));
  return units.map(({ unit, type }) => {
    const below: string[] = [];
    const actions: string[] = [];
    const minimums = new Map<string, string[]>();
    for (const ind of sum.indicators) {
      const row = [...ind.rows, ...ind.otherRows].find((r) => r.unit === unit);
      if (!row || row.cur === null) continue;
      const def = s.indicators.find((i) => i.id === ind.id)!;
      const v = valueText(ind, row.cur, def.kind === 'share' ? null : def.nouns);
      if (ind.groups.zeroBoth.includes(unit) && ind.kind === 'share') {
        below.push(`показатель ${ind.id}: 0 % в ${yearsLabel(s.previousYear, s.reportYear)}`);
        actions.push(`принять срочные меры по показателю ${ind.id} (нулевое значение два года подряд)`);
      } else if (row.status === 'ниже плана') {
        below.push(`показатель ${ind.id}: ${v} при плане ${formatPercent(ind.region.cur.plan!)}`);
        actions.push(`усилить работу по показателю ${ind.id} (план ${yearLabel(s.reportYear)} — ${formatPercent(ind.region.cur.plan!)})`);
      }
      if (ind.minimum !== null && row.cur < ind.minimum) {
        below.push(`показатель ${ind.id}: ${formatNumber(row.cur)} при минимуме ${formatNumber(ind.minimum)}`);
        const deadline = deadlineText(ind.deadline || s.deadline);
        minimums.set(deadline, [...(minimums.get(deadline) ?? []), `${lessThan(ind.minimum, def.nouns)} (показатель ${ind.id})`]);
      } else if (row.trend === 'снижение' && ind.kind === 'dynamics') {
        below.push(`показатель ${ind.id}: снижение ${change(ind, unit)}`);
        actions.push(`вернуть положительную динамику по показателю ${ind.id}`);
      }
    }
    for (const [deadline, items] of minimums) actions.push(`обеспечить${deadline ? ` к ${deadline}` : ''} не менее ${items.join(', ')}`);
    const formRow = all.flatMap((g) => g.rows).find((r) => r.unit === unit)!;
    // Gaps grouped by target and date: "до 75 % к 1 января 2023 г.: «ученик–ученик» (ОО, ДО), «учитель–ученик» (ДО)".
    const gaps = new Map<string, Map<string, string[]>>();
    for (const f of s.forms) {
      if (f.targetPercent === null) continue;
      for (const t of ORG_TYPES) {
        const c = formRow.forms[f.key][t];
        if (c.met !== false) continue;
        below.push(`«${f.name}», ${ORG_WORDS[t].short}: ${formatPercent(c.share!)} при цели ${formatPercent(f.targetPercent)}`);
        const key = `до ${formatPercent(f.targetPercent)}${f.targetDate ? ` к ${deadlineText(f.targetDate)}` : ''}`;
        const byForm = gaps.get(key) ?? new Map<string, string[]>();
        byForm.set(f.name, [...(byForm.get(f.name) ?? []), ORG_WORDS[t].short]);
        gaps.set(key, byForm);
      }
    }
    if (gaps.size) {
      const parts = [...gaps].map(([key, byForm]) => `${key}: ${[...byForm].map(([name, types]) => `«${name}» (${types.join(', ')})`).join(', ')}`);
      actions.push(`довести охват организаций формами наставничества ${parts.join('; ')}`);
    }
    const errors = sum.findings.list.filter((f) => f.unit === unit && f.severity === 'error').length;
    if (errors) actions.push(`исправить ${countWith(errors, ['ошибку', 'ошибки', 'ошибок'])} в отчёте (вкладка «Проверка»)`);
    const state = sum.completeness.find((c) => c.unit === unit)?.state;
    if (state === 'missing' || state === 'empty') actions.unshift('представить отчёт');
    const text = actions.length
      ? `${unit}: рекомендуется ${actions.join('; ')}.`
      : `${unit}: показатели на уровне плана или выше; рекомендуется поделиться опытом на региональных мероприятиях.`;
    return { unit, type, below, text: tidy(text) };
  });
}

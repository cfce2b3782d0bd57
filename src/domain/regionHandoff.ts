// «Передать в регион»: the municipality's rolled-up report as plain data for the file handed in, its mark, and reading it back.
import { CELL_TEXT_LIMIT } from './cellLimit';
import type { Settings } from './model';
import { sentence, unitsOf, upperFirst } from './noteText';
import { type RollUp, rollUp } from './rollUp';
import { formatNumber, listUnits, type PluralForms } from './russian';
import { type CollectingWorkbook, identityRows, type ReturnIdentity, readIdentity, yearAndUnitReason } from './returnIdentity';
import type { UnitData } from './interpret';
import type { CompletenessRow } from './summaryModel';
import { dropXmlForbidden } from './xmlText';

/** What the region's `collect` needs of a municipality's report: the rolled-up values, the noun of its units and their number. */
export interface HandedIn {
  rolledUp: RollUp;
  nouns: PluralForms;
  units: number;
}

/** The file «Передать в регион» hands in: its name, what the dialog says, the visible sheet and the hidden mark. */
export interface RegionHandoff {
  fileName: string;
  /** The municipality as the region lists it («Регион» of its «Настройки») and the reporting year. */
  unit: string;
  year: number;
  /** Russian sentences the dialog shows before the download: what is handed in, who is missing or has errors. */
  lines: string[];
  /** The visible sheet: a readable copy of what is handed in. */
  rows: Array<Array<string | number>>;
  /** The very hidden sheet: the mark, the values as JSON in pieces, the checksum. */
  mark: string[][];
}

/** The visible sheet of the file, and the noun of a unit in the region's workbook (the level of the file). */
export const HANDOFF_SHEET = 'Отчёт для региона';
const MUNICIPALITY = 'муниципалитет';

/** The values travel as JSON in cells below Excel's 32 767 characters a cell (Excel specifications and limits). */
const PAYLOAD_PIECE = Math.min(30000, CELL_TEXT_LIMIT);
const PAYLOAD_KEY = 'payload';

/** «из 21 школы», «из 20 школ»: the note's genitive after «из», with the unit nouns of «Настройки». */
const outOf = (n: number, nouns: PluralForms) => `из ${unitsOf({ unitNouns: nouns }, n)}`;

/**
 * What a roll-up says of its schools, as `collect` prints it and the dialog shows it: who is missing, who has errors,
 * shares left without pupil counts, examples left out, the distinct counts beside the schools' sum.
 */
export function rollUpLines(w: HandedIn, settingsTab: string, formName: (key: string) => string): string[] {
  const r = w.rolledUp;
  const lines: string[] = [];
  if (r.missing.length) lines.push(`по ${r.missing.length} ${outOf(w.units, w.nouns)} сведения не представлены: ${listUnits(r.missing)}`);
  if (r.withErrors.length)
    lines.push(
      `есть ошибки у ${r.withErrors.length} ${outOf(w.units, w.nouns)} (ошибочные ячейки в сумму не вошли): ${listUnits(r.withErrors)}`,
    );
  for (const p of r.percentOnly)
    lines.push(`показатель ${p.id}: без числа обучающихся, только процент, — ${listUnits(p.units)}; в долю муниципалитета не вошли`);
  for (const e of r.examplesLeftOut)
    lines.push(`пример «${e.unit}» по форме «${formName(e.form)}» не вошёл: в ячейке помещается ${formatNumber(CELL_TEXT_LIMIT)} знаков`);
  for (const d of r.distinct) {
    const sum = d.schoolsSum === null ? 'организации значений не указали' : `по организациям в сумме ${formatNumber(d.schoolsSum)}`;
    lines.push(
      d.municipal === null
        ? `показатель ${d.id}, ${d.year} год: число без повторов не указано (впишите «Значение региона ${d.year}» на вкладке «${settingsTab}» муниципалитета); ${sum}`
        : `показатель ${d.id}, ${d.year} год: без повторов ${formatNumber(d.municipal)}, ${sum}`,
    );
  }
  return lines;
}

/** The dialog's sentences: what is handed in, then whether it is complete and what the roll-up says of the schools. */
function handoffLines(s: Settings, w: HandedIn, settingsTab: string): string[] {
  const r = w.rolledUp;
  const reported = w.units - r.missing.length;
  const head = `Передаётся в регион: отчёт муниципалитета «${s.regionName}» за ${s.reportYear} год, сведены данные ${reported} ${outOf(w.units, w.nouns)}.`;
  const state = r.values.ready
    ? 'Все сведения представлены без ошибок: в таблице региона отчёт будет отмечен как готовый.'
    : 'Отчёт неполный: в таблице региона он не будет отмечен как готовый. Его можно передать сейчас и передать исправленный позже — регион возьмёт более поздний файл.';
  const formName = (key: string) => s.forms.find((f) => f.key === key)?.name ?? key;
  return [head, state, ...rollUpLines(w, settingsTab, formName).map((l) => sentence(upperFirst(l)))];
}

/** A value of the visible sheet: a number as it is, a share as «40 из 400», nothing as an empty cell. */
const shown = (v: unknown): string | number => (typeof v === 'number' || typeof v === 'string' ? v : '');

/** The visible sheet: who and when, the dialog's sentences, then organisations, forms and indicators as handed in. */
function visibleRows(s: Settings, r: RollUp, lines: string[]): RegionHandoff['rows'] {
  const v = r.values;
  const rows: RegionHandoff['rows'] = [
    [`Отчёт муниципалитета «${s.regionName}» для региона, ${s.reportYear} год`],
    [
      'Файл сделан пунктом меню «Передать в регион». Правки на этом листе не учитываются: исправьте таблицу муниципалитета и передайте файл заново.',
    ],
    ...lines.map((l) => [l]),
    [],
    ['Организации', 'общеобразовательные', 'дополнительного образования'],
    ['Всего', shown(v.orgs?.general), shown(v.orgs?.additional)],
    ...s.forms.map((f) => [`Реализуют форму «${f.name}»`, shown(v.forms?.[f.key]?.general), shown(v.forms?.[f.key]?.additional)]),
    [],
    ['Показатель', s.previousYear, s.reportYear],
  ];
  for (const i of s.indicators) {
    const y = v.indicators?.[i.id] ?? {};
    const share = (inv: unknown, tot: unknown) => (inv === undefined ? '' : `${shown(inv)} из ${shown(tot)}`);
    rows.push(
      i.kind === 'share'
        ? [`${i.id}. ${i.name}`, share(y.involvedPrev, y.totalPrev), share(y.involvedCur, y.totalCur)]
        : [`${i.id}. ${i.name}`, shown(y.prev), shown(y.cur)],
    );
  }
  return rows;
}

/** A checksum of the mark's text (32-bit FNV-1a): it finds a mark edited by hand or cut short, it is no protection. */
function plainChecksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The identity of a municipality's file for the region: the region lists it by name and year; it holds no unit tab. */
function handoffIdentity(unit: string, year: number): ReturnIdentity {
  return { workbook: '', year, unit, level: MUNICIPALITY, holds: 'municipalReport', tab: HANDOFF_SHEET, keys: [] };
}

/**
 * The file of a municipality's workbook for its region: the schools rolled up, the municipality's name and year from its
 * «Настройки». `units`, `completeness`: the workbook's schools as analysed and the summary's completeness.
 */
export function regionHandoff(s: Settings, units: UnitData[], completeness: CompletenessRow[], settingsTab: string): RegionHandoff {
  const w: HandedIn = { rolledUp: rollUp(s, units, completeness), nouns: s.unitNouns, units: s.units.length };
  const lines = handoffLines(s, w, settingsTab);
  // JSON escapes every character XML forbids but U+FFFE and U+FFFF: escaped here, the text is written as it is signed.
  const payload = JSON.stringify(w).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const unit = dropXmlForbidden(s.regionName);
  const pieces = Array.from({ length: Math.ceil(payload.length / PAYLOAD_PIECE) }, (_, k) =>
    payload.slice(k * PAYLOAD_PIECE, (k + 1) * PAYLOAD_PIECE),
  );
  const mark = [
    ...identityRows(handoffIdentity(unit, s.reportYear), (t) => plainChecksum(t + payload)),
    ...pieces.map((p) => [PAYLOAD_KEY, p]),
  ];
  const fileName = `${unit.replace(/[\\/:*?"<>|]/g, '_')} — отчёт для региона ${s.reportYear}.xlsx`;
  return { fileName, unit, year: s.reportYear, lines, rows: visibleRows(s, w.rolledUp, lines), mark };
}

const BROKEN_HANDOFF =
  'служебная отметка файла для региона повреждена или изменена вручную (контрольная сумма не сходится) — попросите муниципалитет передать файл заново';

/** A municipality's file read back from its mark's rows: its identity and values, or why the region does not take it. */
export function readHandoff(
  rows: readonly unknown[][],
  w: CollectingWorkbook,
): { identity: ReturnIdentity; handedIn: HandedIn } | { refused: string } {
  const mark = readIdentity(rows.filter((r) => r[0] !== PAYLOAD_KEY));
  if ('problem' in mark) return { refused: mark.problem };
  const payload = rows
    .filter((r) => r[0] === PAYLOAD_KEY)
    .map((r) => String(r[1] ?? ''))
    .join('');
  const expected = identityRows(handoffIdentity(mark.identity.unit, mark.identity.year), (t) => plainChecksum(t + payload));
  if (mark.checksum !== expected[expected.length - 1][1]) return { refused: BROKEN_HANDOFF };
  const refused = yearAndUnitReason(mark.identity, w);
  if (refused) return { refused };
  return { identity: mark.identity, handedIn: JSON.parse(payload) as HandedIn };
}

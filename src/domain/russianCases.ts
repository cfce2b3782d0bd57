// Cases of names the note cannot take as typed: «в г. Кедровом», «в Лесном районе», «по Кемеровской области — Кузбассу», «муниципалитету».
// Each returns null when a name is not of a shape it declines safely: the caller then uses a construction that needs no case.
import { joinRussian } from './russian';

/** Endings of a masculine adjective and its prepositional («Каргасокский» → «Каргасокском», «Верхний» → «Верхнем»). */
const ADJ_PREPOSITIONAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/([кгх])ий$/, '$1ом'],
  [/([жшчщ])ий$/, '$1ем'],
  [/ний$/, 'нем'],
  [/[ыо]й$/, 'ом'],
];

/** Generic words of unit names, with their prepositional singular and plural («район» → «районе», «районах»). */
const GENERIC_PREPOSITIONAL: ReadonlyArray<readonly [word: string, singular: string, plural: string]> = [
  ['муниципальный район', 'муниципальном районе', 'муниципальных районах'],
  ['муниципальный округ', 'муниципальном округе', 'муниципальных округах'],
  ['городской округ', 'городском округе', 'городских округах'],
  ['сельсовет', 'сельсовете', 'сельсоветах'],
  ['район', 'районе', 'районах'],
  ['округ', 'округе', 'округах'],
  ['улус', 'улусе', 'улусах'],
];

/** Abbreviations after which the name stays as it is («в ЗАТО Северск», «в г.о. Стрежевой», «в пгт Белый Яр»). */
const KEEPS_NAME = /^(?:г\.\s*о\.|ЗАТО|пгт\.?|рп\.?|п\.|с\.)\s+\S/;

const WORD = /^[А-ЯЁ][а-яё]+$/;

function adjectivePrepositional(word: string): string | null {
  for (const [ending, replacement] of ADJ_PREPOSITIONAL) if (ending.test(word)) return word.replace(ending, replacement);
  return null;
}

/** A city's own name after «г.»: «Томск» → «Томске», «Кедровый» → «Кедровом», «Кемерово» stays; null when unsure («Тверь»). */
function cityPrepositional(word: string): string | null {
  if (!WORD.test(word)) return null;
  if (/[ыоиж]й$|[кгх]ий$|ний$/.test(word)) return adjectivePrepositional(word);
  if (/[бвгдзклмнпрстфхцчшщ]$/.test(word)) return `${word}е`;
  if (/[^и]а$/.test(word)) return `${word.slice(0, -1)}е`;
  if (/[оиу]$/.test(word)) return word;
  return null;
}

/** «Лесной район» → { head: «Лесном», word } split on a generic word; null when the name is of another shape. */
function splitDistrict(name: string): { head: string; word: (typeof GENERIC_PREPOSITIONAL)[number] } | null {
  for (const word of GENERIC_PREPOSITIONAL) {
    if (!name.toLowerCase().endsWith(` ${word[0]}`)) continue;
    const qualifier = name.slice(0, name.length - word[0].length).trim();
    if (!WORD.test(qualifier)) return null;
    const head = adjectivePrepositional(qualifier);
    return head ? { head, word } : null;
  }
  return null;
}

/** The prepositional case of one unit's name, for «в …»: «г. Кедровом», «Лесном районе», «ЗАТО Северск»; null when unsure. */
export function unitPrepositional(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (KEEPS_NAME.test(name)) return name;
  const city = /^г\.\s*(\S+)$/.exec(name);
  if (city) {
    const word = cityPrepositional(city[1]);
    return word ? `г. ${word}` : null;
  }
  const district = splitDistrict(name);
  return district ? `${district.head} ${district.word[1]}` : null;
}

/**
 * «в г. Кедровом и Лесном районе», «в Каргасокском и Тегульдетском районах»: units after «в», districts sharing a generic
 * word said once in the plural (as listUnits does); null when any name cannot be declined safely.
 */
export function inUnits(names: readonly string[]): string | null {
  const plain: string[] = [];
  const groups = new Map<string, { plural: string; heads: string[] }>();
  const districts = names.map((n) => splitDistrict(n.trim().replace(/\s+/g, ' ')));
  const count = (w: string) => districts.filter((d) => d?.word[0] === w).length;
  for (const [i, name] of names.entries()) {
    const d = districts[i];
    if (d && count(d.word[0]) > 1) {
      const g = groups.get(d.word[0]) ?? { plural: d.word[2], heads: [] };
      g.heads.push(d.head);
      groups.set(d.word[0], g);
      continue;
    }
    const one = unitPrepositional(name);
    if (!one) return null;
    plain.push(one);
  }
  if (plain.length + groups.size === 0) return null;
  const parts = [...plain, ...[...groups.values()].map((g) => `${joinRussian(g.heads)} ${g.plural}`)];
  return `в ${groups.size ? parts.join(', ') : joinRussian(parts)}`;
}

/** The dative singular of a unit noun: «муниципалитет» → «муниципалитету», «школа» → «школе»; null for «-ь» or several words. */
export function dativeSingular(noun: string): string | null {
  const w = noun.trim();
  if (!/^[а-яё]+$/.test(w)) return null;
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(w)) return `${w}у`;
  if (/й$/.test(w)) return `${w.slice(0, -1)}ю`;
  if (/ия$/.test(w)) return `${w.slice(0, -1)}и`;
  if (/[ая]$/.test(w)) return `${w.slice(0, -1)}е`;
  if (/о$/.test(w)) return `${w.slice(0, -1)}у`;
  if (/е$/.test(w)) return `${w.slice(0, -1)}ю`;
  return null;
}

/** Words of a region's name in the dative: nouns of the name's shape and adjectives before them. */
const REGION_NOUNS: Record<string, string> = { область: 'области', край: 'краю', округ: 'округу', республика: 'республике' };

function regionWordDative(word: string): string | null {
  const lower = word.toLowerCase();
  const noun = REGION_NOUNS[lower];
  if (noun) return word[0] === lower[0] ? noun : noun[0].toUpperCase() + noun.slice(1);
  if (/^[А-ЯЁа-яё-]+ая$/.test(word)) return `${word.slice(0, -2)}ой`;
  if (/^[А-ЯЁа-яё-]+[кгх]ий$|^[А-ЯЁа-яё-]+[ыо]й$/.test(word)) return `${word.slice(0, -2)}ому`;
  if (/^[А-ЯЁ][а-яё]+[бвгдзклмнпрстфхцчшщ]$/.test(word)) return `${word}у`;
  if (/^[А-ЯЁ][а-яё]+ия$/.test(word)) return `${word.slice(0, -1)}и`;
  if (/^[А-ЯЁ][а-яё]+[^и]а$/.test(word)) return `${word.slice(0, -1)}е`;
  return null;
}

/**
 * A region's name in the dative, for «по …»: «Томская область» → «Томской области», «Кемеровская область — Кузбасс» →
 * «Кемеровской области — Кузбассу», «Республика Татарстан» → «Республике Татарстан»; null when unsure («Республика Саха (Якутия)»
 * is kept: the name after «Республика» stays as it is).
 */
export function regionDative(name: string): string | null {
  const parts = name.trim().split(/\s+—\s+/);
  const out: string[] = [];
  for (const part of parts) {
    const words = part.split(/\s+/);
    const republic = words.findIndex((w) => w.toLowerCase() === 'республика');
    // After «Республика» the name keeps its case: «Республике Саха (Якутия)».
    const declined = republic >= 0 ? words.slice(0, republic + 1) : words;
    const kept = republic >= 0 ? words.slice(republic + 1) : [];
    const dative = declined.map(regionWordDative);
    if (dative.some((w) => w === null) || (republic < 0 && !dative.length)) return null;
    out.push([...(dative as string[]), ...kept].join(' '));
  }
  return out.join(' — ');
}

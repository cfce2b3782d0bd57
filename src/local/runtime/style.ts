// Interned, immutable cell formats: many cells share one style object, so formatting a large sheet stays cheap.

export type WrapStrategyName = 'WRAP' | 'OVERFLOW' | 'CLIP';

/** Formatting of one cell. Absent fields mean the Sheets default. Instances are frozen and interned. */
export interface CellStyle {
  readonly numberFormat?: string;
  readonly background?: string;
  readonly fontWeight?: 'bold' | 'normal';
  readonly fontColor?: string;
  readonly fontStyle?: 'italic' | 'normal';
  readonly fontSize?: number;
  readonly fontFamily?: string;
  readonly fontLine?: 'underline' | 'line-through' | 'none';
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  readonly wrapStrategy?: WrapStrategyName;
}

export type StyleField = keyof CellStyle;

/** Sheets defaults reported by the getters for a cell with no explicit format. */
export const STYLE_DEFAULTS = {
  numberFormat: '0.###############',
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
} as const;

const FIELD_ORDER: StyleField[] = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'fontLine',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
];

const interned = new Map<string, CellStyle>();
const transitions = new WeakMap<CellStyle, Map<string, CellStyle | undefined>>();
const EMPTY: CellStyle = Object.freeze({});
interned.set('{}', EMPTY);

function keyOf(s: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const f of FIELD_ORDER) {
    const v = s[f];
    if (v !== undefined) parts.push(`${f}=${JSON.stringify(v)}`);
  }
  return parts.length ? parts.join('|') : '{}';
}

/** Returns the shared instance equal to the given style (undefined for an empty style). */
export function intern(s: Record<string, unknown>): CellStyle | undefined {
  const key = keyOf(s);
  if (key === '{}') return undefined;
  let found = interned.get(key);
  if (!found) {
    const copy: Record<string, unknown> = {};
    for (const f of FIELD_ORDER) {
      const v = s[f];
      if (v !== undefined) copy[f] = typeof v === 'object' && v !== null ? Object.freeze({ ...(v as object) }) : v;
    }
    found = Object.freeze(copy) as CellStyle;
    interned.set(key, found);
  }
  return found;
}

/** A value's part of a transition's key: typed, so 1 and "1" differ; JSON only for objects (a hot path of every format write). */
function transitionKey(value: unknown): string {
  if (value === undefined) return '~';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}${value}`;
  return `o${JSON.stringify(value)}`;
}

/** The style with one field replaced (undefined value removes the field, restoring the default). */
export function withField<F extends StyleField>(
  base: CellStyle | undefined,
  field: F,
  value: CellStyle[F] | undefined,
): CellStyle | undefined {
  const from = base ?? EMPTY;
  const tkey = `${field}:${transitionKey(value)}`;
  let t = transitions.get(from);
  if (!t) {
    t = new Map();
    transitions.set(from, t);
  }
  if (t.has(tkey)) return t.get(tkey);
  const next: Record<string, unknown> = { ...from };
  if (value === undefined) delete next[field];
  else next[field] = value;
  const result = intern(next);
  t.set(tkey, result);
  return result;
}

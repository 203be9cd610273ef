/**
 * What an analysis after an edit shares with the one before: the items (mentions, theme evidence, quotes,
 * paragraphs) before the edit are the same, those after it the same moved by the edit: `ds` code units and `dp`
 * paragraphs. `analysisTransfer` sends those as references to the earlier analysis, so that a keystroke in a large
 * article does not send the whole analysis again.
 */

/** How far the text after an edit moved: offsets by `ds`, paragraph indices by `dp`. */
export interface Shift {
  readonly ds: number;
  readonly dp: number;
}

/** `value` moved by `shift`: `start`/`end` by `ds`, `paragraph`/`index` by `dp` (a paragraph of -1 stays), at any depth. */
export function shifted<T>(value: T, shift: Shift): T {
  if (shift.ds === 0 && shift.dp === 0) return value;
  return shiftedValue(value, shift) as T;
}

// Plain loops: the receiving thread moves thousands of mentions per piece.
function shiftedValue(value: unknown, shift: Shift): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shiftedValue(value[i], shift);
    return out;
  }
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in from) out[k] = moved(k, from[k], shift);
  return out;
}

function moved(key: string, v: unknown, shift: Shift): unknown {
  if (typeof v === 'number') {
    if (key === 'start' || key === 'end') return v + shift.ds;
    if ((key === 'paragraph' || key === 'index') && v >= 0) return v + shift.dp;
    return v;
  }
  return typeof v === 'object' && v !== null ? shiftedValue(v, shift) : v;
}

/**
 * Moves `value` by `shift` in place, at any depth, and returns it: the receiving thread reuses the objects of the
 * analysis before an edit for the one after it, so that a keystroke in a large article does not make (and leave
 * to the garbage collector) a new object for each of the tens of thousands of mentions, sentences and pieces of
 * evidence after the edit. Only for objects no other item reaches: each is moved once.
 */
export function shiftInPlace<T>(value: T, shift: Shift): T {
  if ((shift.ds !== 0 || shift.dp !== 0) && typeof value === 'object' && value !== null) moveInPlace(value as Record<string, unknown>, shift);
  return value;
}

function moveInPlace(value: Record<string, unknown> | unknown[], shift: Shift): void {
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && v !== null) moveInPlace(v as Record<string, unknown>, shift);
    return;
  }
  for (const k in value) {
    const v = value[k];
    if (typeof v === 'number') value[k] = moved(k, v, shift);
    else if (typeof v === 'object' && v !== null) moveInPlace(v as Record<string, unknown>, shift);
  }
}

/** Whether `item` equals `before` moved by `shift` (plain JSON data). */
export function sameShifted(item: unknown, before: unknown, shift: Shift): boolean {
  if (Array.isArray(item)) {
    return Array.isArray(before) && item.length === before.length && item.every((v, i) => sameShifted(v, before[i], shift));
  }
  if (typeof item !== 'object' || item === null || typeof before !== 'object' || before === null) return item === before;
  const keys = Object.keys(item);
  if (keys.length !== Object.keys(before).length) return false;
  const b = before as Record<string, unknown>;
  const a = item as Record<string, unknown>;
  for (const k of keys) {
    if (!(k in b)) return false;
    const v = a[k];
    if (typeof v === 'object' && v !== null) {
      if (!sameShifted(v, b[k], shift)) return false;
    } else if (v !== moved(k, b[k], shift)) return false;
  }
  return true;
}

/** How many leading items of `items` equal those of `before`, and how many trailing ones equal them moved by `shift`. */
export function sharedRuns(items: readonly unknown[], before: readonly unknown[], shift: Shift): { prefix: number; suffix: number } {
  const unmoved = { ds: 0, dp: 0 };
  let prefix = 0;
  while (prefix < items.length && prefix < before.length && sameShifted(items[prefix], before[prefix], unmoved)) prefix++;
  let suffix = 0;
  while (suffix < items.length - prefix && suffix < before.length - prefix
    && sameShifted(items[items.length - 1 - suffix], before[before.length - 1 - suffix], shift)) suffix++;
  return { prefix, suffix };
}

import type { EntityType, PlacedMention } from '../model';
import { lexiconTag } from '../nlp/engine';

// What joins the names of a list: a comma, "and", "or" ("Shrewsbury, Bewdley and Tewkesbury"; "BP and Shell").
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/** Whether the text between two names joins them in a list: ", ", " and ", ", or " ("Aberdeen and Hull"). */
export const isListGap = (gap: string): boolean => LIST_GAP.test(gap);
// A list after a preposition of place: "jobs in Aberdeen and Hull".
const LOCATIVE = /\b(?:in|at|near|from|across|around)\s+$/i;
const STRONG_SOURCES: ReadonlySet<string> = new Set(['gazetteer', 'known', 'context', 'head', 'acronym', 'user']);

type Kind = Exclude<EntityType, 'COUNTRY'>;
const kindOf = (type: EntityType): Kind => (type === 'COUNTRY' ? 'PLACE' : type);

/**
 * Names listed together are of one kind: a one-word name only the tagger typed takes the type every other name of its
 * list has in the article ("Shrewsbury, Bewdley, Upton-upon-Severn and Tewkesbury" are towns; "BP and Shell" firms;
 * "SSE and Vargronn" firms; "Moody's and Fitch" agencies). A list has "and" or "or" in it, and no demonym. With one
 * other name, that name must be sure of its type (a rule's or a gazetteer's reading, an acronym, or two mentions of
 * the type), a person may become only a firm, and a name becomes a place only after a preposition of place ("jobs in Aberdeen and
 * Hull", not "Russia and Gazprom", "President Bush and Mexico").
 * `isPersonal` names the words of people named in full, which stay theirs. `raw` sorted by start.
 */
export function listedTypes(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string,
  isPersonal: (s: string) => boolean): Map<string, Kind> {
  const votes = new Map<string, Map<Kind, number>>();
  const sure = new Set<string>();
  const guessed = new Set<string>();
  for (const m of raw) {
    const s = surface(m);
    const v = votes.get(s) ?? new Map<Kind, number>();
    v.set(kindOf(m.type), (v.get(kindOf(m.type)) ?? 0) + (STRONG_SOURCES.has(m.source) ? 2 : 1));
    votes.set(s, v);
    if (STRONG_SOURCES.has(m.source) || /^\p{Lu}{2,}$/u.test(s)) sure.add(s);
    if (m.source === 'tagger' || m.source === 'repeat') guessed.add(s);
  }
  const typeOf = (s: string): Kind => [...(votes.get(s) ?? [])].sort((a, b) => b[1] - a[1])[0][0];
  const isSure = (s: string): boolean => sure.has(s) || (votes.get(s)?.get(typeOf(s)) ?? 0) >= 2;
  // one word in capitals and lower case, only the tagger's, of no person named in full
  const isGuess = (s: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(s) && guessed.has(s) && !sure.has(s) && !isPersonal(s);
  const out = new Map<string, Kind>();
  let first = 0;
  let joined = false;
  for (let i = 1; i <= raw.length; i++) {
    // a demonym is no member: "President Bush and Peruvian President Alan Garcia"
    const gap = i < raw.length && raw[i].via !== 'demonym' && raw[i - 1].via !== 'demonym' ? text.slice(raw[i - 1].end, raw[i].start) : '';
    if (LIST_GAP.test(gap)) {
      joined ||= /\b(?:and|or)\s/.test(gap);
      continue;
    }
    const from = first;
    const isList = joined;
    first = i;
    joined = false;
    // commas alone make no list: "Before hitting Vietnam, Damrey slammed into"; nor do names before a noun ("U.N. and
    // Western diplomats"); (the cheap tests first: most names stand in no list)
    if (i - from < 2 || !isList || isBeforeNoun(text, raw[i - 1].end)) continue;
    // (pushed, not mapped: see `order` in groupMentionsSteps, group.ts)
    const list: string[] = [];
    for (let k = from; k < i; k++) list.push(surface(raw[k]));
    const afterLocative = LOCATIVE.test(text.slice(Math.max(0, raw[from].start - 8), raw[from].start));
    for (const s of list) {
      const others = list.filter(o => o !== s);
      if (!isGuess(s) || others.length === 0) continue;
      const kinds = new Set(others.map(typeOf));
      const [kind] = kinds;
      if (kinds.size !== 1 || kind === typeOf(s)) continue;
      const isPair = others.length === 1;
      if (isPair && (!isSure(others[0]) || kind === 'PERSON' || (kind === 'PLACE' && (typeOf(s) === 'PERSON' || !afterLocative)))) continue;
      out.set(s, kind);
    }
  }
  return out;
}

/** Whether a lower-case noun follows at `end` ("Western diplomats", "Aldi stores"): the names before it are modifiers. */
function isBeforeNoun(text: string, end: number): boolean {
  const next = /^ ([\p{Ll}]+)/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  const tag = lexiconTag(next[1]);
  return tag === undefined ? /[^s]s$/.test(next[1]) : /Plural|Singular|Noun|Actor|Uncountable/.test(tag);
}

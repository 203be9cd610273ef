import type { Entity, Mention } from '../model';
import { firstStartingAt } from '../text/search';
import { GENERIC_ORG_NOUNS, ORG_NOUNS, PRONOUNS, VERB_MODIFIERS } from './lexicon';
import type { Token } from './tokens';

/** How a quotation's speaker was found: by a name in the text, a pronoun, a role, or from the quotation before. */
export type SpeakerVia = 'name' | 'pronoun' | 'role' | 'continuation';

/** A speaker found for a quotation: the entity id, or null with no `via` when the text names nobody we know. */
export interface Speaker {
  readonly entityId: string | null;
  readonly via?: SpeakerVia;
}

/** The last speaker seen, for pronouns ("he said") and for quotations without a cue of their own. */
export interface SpeakerHistory {
  last?: { readonly entityId: string; readonly type: Entity['type']; readonly paragraph: number; readonly at: number };
  /** Entities a he/she was resolved to: "she" does not go to someone already called "he". */
  readonly gender: Map<string, 'male' | 'female'>;
}

/** The entities and mentions of the analysis, indexed for finding speakers. */
export class SpeakerIndex {
  readonly #mentions: readonly Mention[];
  readonly #entities: ReadonlyMap<string, Entity>;

  /** `mentions` sorted by start (as `Analysis.mentions`). */
  constructor(mentions: readonly Mention[], entities: readonly Entity[]) {
    this.#mentions = mentions;
    this.#entities = new Map(entities.map(e => [e.id, e]));
  }

  /** Mentions lying inside `[start, end)`, by start. */
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.#firstAtOrAfter(start); i < this.#mentions.length && this.#mentions[i].start < end; i++) {
      if (this.#mentions[i].end <= end) out.push(this.#mentions[i]);
    }
    return out;
  }

  /** The last mention ending at or before `at` that passes `fits`, or undefined. */
  before(at: number, fits: (m: Mention) => boolean): Mention | undefined {
    for (let i = this.#firstAtOrAfter(at) - 1; i >= 0; i--) if (this.#mentions[i].end <= at && fits(this.#mentions[i])) return this.#mentions[i];
    return undefined;
  }

  entity(id: string): Entity | undefined {
    return this.#entities.get(id);
  }

  /** Entities passing `fits`, in order of first mention. */
  entities(fits: (e: Entity) => boolean): Entity[] {
    return [...this.#entities.values()].filter(fits);
  }

  #firstAtOrAfter(at: number): number {
    return firstStartingAt(this.#mentions, at);
  }
}

/** "Beijing said", "India told": a country or capital speaks only when it is the whole subject. */
const METONYM_TYPES = new Set(['COUNTRY', 'PLACE']);

/**
 * The speaker named by a phrase next to a speech verb. `words` are the phrase's tokens in order; `side` says
 * where the verb is: `'subject'` (phrase before the verb: "The external affairs minister" tweeted) or `'object'`
 * (phrase after it: said "Niels van Dam, the union's lead negotiator"). In order: a pronoun next to the verb,
 * a person named in the phrase (the one nearest the verb), an organisation, a country or city that is the whole
 * subject, then a definite role ("the minister", "the agency", "the 34-year-old"). Null when none fits.
 */
export function resolvePhrase(
  index: SpeakerIndex,
  words: readonly Token[],
  side: 'subject' | 'object',
  history: SpeakerHistory,
  paragraph: number,
): Speaker {
  const core = side === 'subject' ? trimModifiers(withoutDateline(words)) : words;
  if (core.length === 0) return { entityId: null };
  const next = side === 'subject' ? core[core.length - 1] : core[0];
  // "Asked whether ..., he said": the pronoun next to the verb is its subject
  if (PRONOUNS[next.lower] !== undefined) return resolvePronoun(index, next, history, paragraph);
  const mentions = index.within(core[0].start, core[core.length - 1].end);
  // "The Bank of Japan left rates unchanged and said": after "and" the subject is the clause's first name
  const isCoordinated = side === 'subject' && core.length > 6 && core.some(t => t.lower === 'and');
  const ordered = side === 'subject' && !isCoordinated ? [...mentions].reverse() : mentions;
  const pick = ordered.find(m => m.type === 'PERSON') ?? ordered.find(m => m.type === 'ORG');
  if (pick) return { entityId: pick.entityId, via: 'name' };
  // "Beijing said", "The Netherlands told": a country or city heading the subject speaks for its government
  const head = core[0].lower === 'the' && core.length > 1 ? core[1] : core[0];
  // ("the Afghan team's coach" is no country speaking: a demonym never is, and the name must be the whole phrase)
  const metonym = mentions.find(m => METONYM_TYPES.has(m.type) && m.via !== 'demonym' && m.start === head.start);
  if (metonym && (isCoordinated || metonym.end === core[core.length - 1].end)) return { entityId: metonym.entityId, via: 'name' };
  return resolveRole(index, core, side);
}

/** "TOKYO — The Bank of Japan ...": the dateline is no part of the subject. */
function withoutDateline(words: readonly Token[]): readonly Token[] {
  const dash = words.findIndex(t => t.text === '—' || t.text === '–');
  return dash >= 1 && dash <= 3 ? words.slice(dash + 1) : words;
}

function trimModifiers(words: readonly Token[]): readonly Token[] {
  let end = words.length;
  while (end > 0 && (VERB_MODIFIERS.has(words[end - 1].lower) || !words[end - 1].isWord)) end--;
  return words.slice(0, end);
}

/** "he" / "she": the last speaker when close by and fitting, else the nearest person named before. */
export function resolvePronoun(index: SpeakerIndex, pronoun: Token, history: SpeakerHistory, paragraph: number): Speaker {
  const kind = PRONOUNS[pronoun.lower];
  const fitsType = (type: string): boolean => (kind === 'group' ? type === 'ORG' : type === 'PERSON');
  const fitsGender = (id: string): boolean => kind === 'group' || (history.gender.get(id) ?? kind) === kind;
  const last = history.last;
  let id: string | undefined;
  if (last && last.at < pronoun.start && paragraph - last.paragraph <= 1 && fitsType(last.type) && fitsGender(last.entityId)) id = last.entityId;
  id ??= index.before(pronoun.start, m => fitsType(m.type) && fitsGender(m.entityId))?.entityId;
  if (!id) return { entityId: null };
  if (kind !== 'group') history.gender.set(id, kind);
  return { entityId: id, via: 'pronoun' };
}

function resolveRole(index: SpeakerIndex, core: readonly Token[], side: 'subject' | 'object'): Speaker {
  // the noun phrase next to the verb, from its determiner: "Asked ..., the governor" / "the minister, who ..."
  let from = -1;
  let to = core.length;
  if (side === 'subject') {
    for (let i = core.length - 1; i >= 0 && core[i].isWord; i--) if (core[i].lower === 'the') { from = i; break; }
  } else if (core[0].lower === 'the') {
    from = 0;
    to = core.findIndex(t => !t.isWord || t.lower === 'who');
    if (to < 0) to = core.length;
  }
  if (from < 0 || to - from < 2) return { entityId: null };
  const phrase = core.slice(from + 1, to).map(t => t.lower.replace(/['’]s$/, ''));
  const head = phrase[phrase.length - 1];
  const at = core[0].start;
  if (/^\d+-year-old$/.test(head)) {
    // "Captain Marco Reus was more blunt. '...,' the 34-year-old said": the person named last
    const id = index.before(at, m => m.type === 'PERSON')?.entityId;
    return id ? { entityId: id, via: 'role' } : { entityId: null };
  }
  if (ORG_NOUNS.has(head)) {
    const named = index.before(at, m => m.type === 'ORG' && hasWord(index.entity(m.entityId)?.canonical ?? '', head))
      ?? index.entities(e => e.type === 'ORG' && hasWord(e.canonical, head))[0]?.mentions[0];
    const any = GENERIC_ORG_NOUNS.has(head) ? index.before(at, m => m.type === 'ORG') : undefined;
    const id = named?.entityId ?? any?.entityId;
    return id ? { entityId: id, via: 'role' } : { entityId: null };
  }
  const holders = index.entities(e => e.type === 'PERSON' && e.role !== undefined && hasWord(e.role, head));
  if (holders.length === 0) return { entityId: null };
  // "the external affairs minister": a holder whose role has every word of the phrase wins
  const exact = holders.filter(e => phrase.every(w => hasWord(e.role ?? '', w)));
  const pool = exact.length > 0 ? exact : holders;
  const ids = new Set(pool.map(e => e.id));
  const id = index.before(at, m => ids.has(m.entityId))?.entityId ?? pool[0].id;
  return { entityId: id, via: 'role' };
}

function hasWord(s: string, word: string): boolean {
  return ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${word} `);
}


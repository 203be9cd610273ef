import type { EntityType } from '../model';
import { findKnownOrgs, isJunkSpan, roleBefore, stripTitles } from './rules';
import { tagTokens } from './tagger';
import { tokenize, type Token } from './tokens';

/** A mention found in one analysis unit, offsets relative to the unit's text (UTF-16, end exclusive). */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly reason: string;
  /** A person's title or role written before the name ("External Affairs Minister"). */
  readonly role?: string;
  readonly countryCode?: string;
  readonly via?: 'name' | 'alias' | 'demonym' | 'capital';
  /** For an organisation known by a short form: the full name ("UN" -> "United Nations"). */
  readonly name?: string;
}

const TYPE_OF = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' } as const;

/**
 * Finds people, organisations and places in `text`: compromise's tokenizer and lexicon, the averaged-perceptron
 * tagger (`tagger.ts`), then rules (titles become roles, known organisations, junk filters). Spans run from the
 * first word's start to the last word's end, without surrounding punctuation or a possessive 's. Demonyms are
 * left to the country gazetteer. Sorted by start, non-overlapping; blank text gives [].
 */
export function extractMentions(text: string): RawMention[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const known = findKnownOrgs(tokens);
  const out: RawMention[] = known.map(k => ({
    start: tokens[k.first].start,
    end: tokens[k.last].end,
    type: 'ORG',
    reason: k.reason,
    ...(k.name ? { name: k.name } : {}),
  }));
  for (const span of tagTokens(tokens)) {
    if (span.type === 'GPE') continue;
    let first = span.first;
    if (span.type === 'PER') {
      first = stripTitles(tokens, span.first, span.last);
      if (first < 0) continue;
    }
    if (isJunkSpan(tokens, first, span.last)) continue;
    const clash = known.filter(k => k.first <= span.last && first <= k.last);
    // A known organisation wins unless the tagger's organisation contains it ("UN Security Council").
    if (clash.length > 0 && !(span.type === 'ORG' && clash.every(k => k.first >= first && k.last <= span.last))) continue;
    for (const k of clash) out.splice(out.findIndex(m => m.start === tokens[k.first].start), 1);
    out.push(mentionOf(text, tokens, first, span.last, TYPE_OF[span.type]));
  }
  return out.sort((a, b) => a.start - b.start);
}

function mentionOf(text: string, tokens: readonly Token[], first: number, last: number, type: EntityType): RawMention {
  const base = { start: tokens[first].start, end: tokens[last].end, type, reason: 'tagger' };
  if (type !== 'PERSON') return base;
  const role = roleBefore(tokens, first);
  return role ? { ...base, role: text.slice(tokens[role.first].start, tokens[role.last].end) } : base;
}

import type { PlacedMention } from '../model';
import { lexiconTag } from '../nlp/engine';
import { ROLE_WORDS } from '../nlp/lexicons';
import { isSportArticle } from '../nlp/sportNames';

// Between a cast member and the part: "as" after nothing, after a copula and one word ("is superb as", "is raw as") or
// after a verb of acting ("stars as"), then "the" and up to three lower-case words with no preposition or nothing ("as
// the eternal student Trofimov"); or "plays" and a possessive or "the" with one to three such words ("plays his
// mother Arkadina").
const CAST_GAP = /^\s+(?:(?:(?:is|was)\s+(\p{Ll}+)\s+|(?:plays|played|stars|starred|appears|appeared)\s+)?as\s+(?:the\s+(?:(?!(?:of|for|at|in|on|to|with|and)\s)[\p{Ll}-]+\s+){0,3})?|(?:plays|played)\s+(?:the|his|her|their)\s+(?:(?!(?:of|for|at|in|on|to|with|and)\s)[\p{Ll}-]+\s+){1,3})$/u;

/** Whether a word after "is" may praise a performance ("superb", "raw", "excellent"): an adjective or no word the lexicon knows. */
function isPraise(word: string): boolean {
  const tag = lexiconTag(word);
  return !word.endsWith('ed') && (tag === undefined || tag === 'Adjective');
}

/**
 * The parts the article's cast play, outside sports reports: the name after a person named in full and "as"
 * ("Tobi Adeyinka is superb as Lopakhin", "Rafal Nowak as the eternal student Trofimov", "Helena Quist plays his mother
 * Arkadina") is a character, a person, wherever the tagger read it as a place or a body. Not a post, a nickname or a
 * team ("Jo Reyes as Kestrel captain", "was appointed as", "is known as"). `raw` sorted by start.
 */
export function playedNames(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const out = new Set<string>();
  if (isSportArticle(text)) return out;
  for (let i = 0; i + 1 < raw.length; i++) {
    const actor = raw[i];
    const part = raw[i + 1];
    if (actor.type !== 'PERSON' || !surface(actor).includes(' ') || part.type === 'COUNTRY') continue;
    const gap = CAST_GAP.exec(text.slice(actor.end, part.start));
    if (!gap || (gap[1] !== undefined && !isPraise(gap[1]))) continue;
    const next = /^\s+([\p{Ll}-]+)/u.exec(text.slice(part.end, part.end + 30));
    if (next && ROLE_WORDS.has(next[1])) continue;
    out.add(surface(part));
  }
  return out;
}

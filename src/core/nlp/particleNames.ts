import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Surnames that open with a particle in lower case, alone or after an initial: "de Silva added 52", "D de Silva not
 * out 31", "T de Zorzi", "van Dijk headed in". The tagger reads them as bodies or places (a particle in lower case is
 * rare at the start of GMB's names); a person's name is all they can be.
 */

// Particles that open a surname written without the given name; not "la", "le", "el", "al" or "y", which are articles
// or "and" in other tongues ("al-Shabab", "la Liga").
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'du']);

const isSurnameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower);

/**
 * A step over the tagger's spans (spanSteps.ts): a span that opens with such a particle, or with an initial and such
 * a particle, then one or two surname words (no body's or place's head), is a person. Same order and bounds.
 */
export function typeParticleSurnames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.type === 'PER' || s.type === 'GPE') return s;
    const particle = /^\p{Lu}\.?$/u.test(tokens[s.first].text) ? s.first + 1 : s.first;
    if (particle >= s.last || !PARTICLES.has(tokens[particle].text) || s.last - particle > 3) return s;
    for (let i = particle + 1; i <= s.last; i++) if (!isSurnameWord(tokens[i]) && !PARTICLES.has(tokens[i].text)) return s;
    return { ...s, type: 'PER' };
  });
}

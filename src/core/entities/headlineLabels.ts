import type { PlacedMention, Span } from '../model';

/**
 * A headline's label: broadcasters start a headline with its topic and a colon ("Wimbledon: Halden beats Ortiz",
 * "Budget 2026: what it means"), where the tagger, seeing one capitalised word before the rest, often reads a
 * person. Such a one-word person is the article's person only if the article names a person by it elsewhere (a
 * person named in full ending or starting with the word: "Halden: I was lucky" after "Marit Halden"); otherwise it
 * takes the type of the article's first other mention of the word that is no person ("at Wimbledon"), or is dropped.
 */
export function mendHeadlineLabel(text: string, mentions: readonly PlacedMention[], headline: Span | undefined,
  surface: (m: PlacedMention) => string): PlacedMention[] {
  if (!headline) return [...mentions];
  const label = mentions.find(m => m.start >= headline.start && m.end < headline.end && m.type === 'PERSON'
    && /^\s*$/.test(text.slice(headline.start, m.start)) && text[m.end] === ':' && !surface(m).includes(' '));
  if (!label) return [...mentions];
  const word = surface(label);
  let other: PlacedMention | undefined;
  for (const m of mentions) {
    if (m === label) continue;
    const s = surface(m);
    if (m.type === 'PERSON' && (s.startsWith(word + ' ') || s.endsWith(' ' + word))) return [...mentions];
    if (s === word && m.type !== 'PERSON') other ??= m;
  }
  return mentions.flatMap(m => m !== label ? [m] : other ? [{ ...m, type: other.type, reason: m.reason + '+label' }] : []);
}

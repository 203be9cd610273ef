import type { EntityType, Paragraph, PlacedMention } from '../model';
import { ParagraphMemo } from '../pipeline/paragraphMemo';
import { isShouted, isShoutedCount } from '../text/caps';
import { firstStartingAt } from '../text/search';
import { collapseSpace } from '../text/whitespace';
import { isSportArticle } from './sportNames';

/**
 * Names in lines written in capitals ("MERKEL URGES EU UNITY AS BROWN MEETS SARKOZY"), read through the names the
 * article itself writes in ordinary case: a run of one to four words in capitals that the article names
 * elsewhere ("Angela Merkel", "Gordon Brown", "Nicolas Sarkozy" give MERKEL, BROWN and SARKOZY as people) becomes
 * a mention of that type (the type most of its mentions have), named as the article writes it (`name`); in a sports
 * report a club's nickname stands for the club ("Baltimore Orioles" gives ORIOLES). A word in capitals that the article never writes as a name stays nothing, so capitals
 * alone never invent an entity. Input and output sorted by start and non-overlapping; offsets into `text`. Which
 * paragraphs are in capitals is kept in `memo`.
 */
export function namesInCapitals(
  text: string,
  mentions: readonly PlacedMention[],
  paragraphs: readonly Paragraph[],
  memo = new ParagraphMemo(),
): PlacedMention[] {
  // each paragraph's answer kept in `memo`: after an edit only the edited paragraphs are read again
  const shouting = paragraphs.filter(p => memo.of(isShouting, text, p));
  if (shouting.length === 0) return [...mentions];
  // Each name in capitals: the way the article writes it, and its votes by type ("Leeds" a club twice, a place once).
  const votes = new Map<string, { name: string; types: Map<EntityType, number> }>();
  const isSport = isSportArticle(text);
  const vote = (upper: string, name: string, type: EntityType, weight: number): void => {
    const v = votes.get(upper) ?? { name, types: new Map<EntityType, number>() };
    v.types.set(type, (v.types.get(type) ?? 0) + weight);
    votes.set(upper, v);
  };
  for (const m of mentions) {
    const s = collapseSpace(text.slice(m.start, m.end));
    if (!/\p{Ll}/u.test(s)) continue;
    const upper = s.toUpperCase();
    vote(upper, s, m.type, 1);
    // "Angela Merkel" is MERKEL in a headline
    if (m.type === 'PERSON' && s.includes(' ')) {
      const last = s.slice(s.lastIndexOf(' ') + 1);
      if (last.length > 2) vote(last.toUpperCase(), last, 'PERSON', 0.5);
    }
    // "Baltimore Orioles" is ORIOLES in a sports headline
    if (isSport && m.type === 'ORG' && s.includes(' ')) {
      const last = s.slice(s.lastIndexOf(' ') + 1);
      if (/^\p{Lu}\p{Ll}{2,}s$/u.test(last)) vote(last.toUpperCase(), last, 'ORG', 0.5);
    }
  }
  const known = new Map<string, { name: string; type: EntityType }>();
  for (const [upper, v] of votes) known.set(upper, { name: v.name, type: [...v.types].sort((a, b) => b[1] - a[1])[0][0] });
  if (known.size === 0) return [...mentions];
  // whether [a, b) overlaps a mention: the mentions are sorted and disjoint, so look at the last one starting before b
  const taken = (a: number, b: number): boolean => {
    const at = firstStartingAt(mentions, b) - 1;
    return at >= 0 && mentions[at].end > a;
  };
  const found: PlacedMention[] = [];
  for (const p of shouting) {
    const words = [...text.slice(p.start, p.end).matchAll(/\p{Lu}[\p{Lu}'’.-]*\p{Lu}|\p{Lu}/gu)].map(w => ({ start: p.start + w.index, end: p.start + w.index + w[0].length }));
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const start = words[i].start;
        const end = words[i + n - 1].end;
        const phrase = text.slice(start, end);
        if (/\s{2,}|[,;:]/.test(phrase)) continue;
        const name = known.get(phrase);
        if (!name || taken(start, end)) continue;
        found.push({ start, end, type: name.type, source: 'capitals', reason: 'capitals', name: name.name, paragraph: p.index });
        i += n - 1;
        break;
      }
    }
  }
  return found.length === 0 ? [...mentions] : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

/** A line in capitals (`isShouted`), its words being the runs of two letters or more. */
function isShouting(line: string): boolean {
  // ASCII text (most paragraphs) is counted by hand, without the array of words: this runs on every paragraph
  if (/[^\x00-\x7f]/.test(line)) return isShouted(line.match(/\p{L}{2,}/gu) ?? []);
  let words = 0;
  let caps = 0;
  let start = -1;
  let hasLower = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    const isLower = c >= 97 && c <= 122;
    if (isLower || (c >= 65 && c <= 90)) {
      if (start < 0) {
        start = i;
        hasLower = false;
      }
      hasLower ||= isLower;
      continue;
    }
    if (start >= 0 && i - start >= 2) {
      words++;
      if (!hasLower) caps++;
    }
    start = -1;
  }
  return isShoutedCount(words, caps);
}

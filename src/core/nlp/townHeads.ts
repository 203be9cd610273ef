import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isBreakAfter } from './features';
import { isSportSentence } from './newsRules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A town or region whose first word the tagger left out of its span ("Des Moines", "Los Angeles", "Le Mans": the
 * tagger read "Moines" alone, or "Moines Register") is made whole: a span whose first words, with the capitalised
 * word right before them that no span holds, make a name the place lists know as a town of several words or a region
 * takes that word in. A span that is the place and no more becomes a place ("the mayor of Des Moines"); a longer
 * one keeps its class ("the Des Moines Register"). Spans stay sorted and disjoint.
 */
export function joinTownHeads(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const head = tokens[s.first - 1];
    const isFree = k === 0 || spans[k - 1].last < s.first - 1;
    if (!isFree || head === undefined || !/^\p{Lu}\p{Ll}/u.test(head.text) || isBreakAfter(head, tokens[s.first])
      || tokens[s.first].start - head.end !== 1 || head.isPossessive) return s;
    let name = head.text;
    for (let j = s.first; j <= Math.min(s.last, s.first + 2); j++) {
      name += ' ' + tokens[j].text;
      const kind = placeKind(name);
      if (kind === 'multi-word town' || kind === 'region') return { first: s.first - 1, last: s.last, type: j === s.last ? 'LOC' : s.type };
    }
    return s;
  });
}

// The nouns of an area that close a county's or a district's name: "Cuyahoga County", "Jefferson Parish".
const AREA_HEADS = new Set(['County', 'Parish', 'Borough', 'District', 'Province', 'Prefecture', 'Oblast', 'Governorate']);

/**
 * "Cuyahoga County Executive Chris Ronayne", "in Jefferson Parish": a name the tagger read apart from the area's noun
 * right after it (the noun alone or unread) is one place with it; and a body's span of a listed place and "State"
 * before a lower-case word is the state ("the Lagos State government"). Not in a sentence about sport, where "Derby
 * County" and "Ohio State" are sides. Spans stay sorted and disjoint.
 */
export function joinAreaHeads(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const head = tokens[s.last + 1];
    const next = spans[k + 1];
    const isHeadFree = next === undefined || next.first > s.last + 1 || (next.first === s.last + 1 && next.last === s.last + 1);
    // (a country's "District" opens a court's or a judge's title: "U.S. District Judge")
    const name = tokens.slice(s.first, s.last + 1).map(t => t.text).join(' ');
    // "the Lagos State government": a state named by its place and "State" is the place (not a side: "Ohio State won")
    if (s.type === 'ORG' && s.last === s.first + 1 && tokens[s.last].text === 'State' && placeKind(tokens[s.first].text) !== undefined
      && /^\p{Ll}/u.test(head?.text ?? '') && !isSportSentence(tokens, tokens[s.last].sentence)) {
      out.push({ ...s, type: 'LOC' });
      continue;
    }
    if (s.type === 'PER' || s.type === 'GPE' || isCountryWord(name) || isCountryWord(name.replace(/\./g, '')) || s.last - s.first > 1 || head === undefined || !AREA_HEADS.has(head.text) || tokens[s.last].post !== ''
      || head.start !== tokens[s.last].end + 1 || head.sentence !== tokens[s.last].sentence || !isHeadFree || isSportSentence(tokens, head.sentence)) {
      out.push(s);
      continue;
    }
    out.push({ first: s.first, last: s.last + 1, type: 'LOC' });
    if (next !== undefined && next.first === s.last + 1) k++;
  }
  return out;
}

// The last words of institutions named after their town: "Leeds Art Gallery", "Bristol Museum", "York Theatre Royal".
const INSTITUTION_ENDS = new Set(['Gallery', 'Museum', 'Library', 'Theatre', 'Theater', 'Hospital', 'Infirmary', 'Cathedral', 'Zoo',
  'Observatory', 'Conservatoire', 'Playhouse']);

/**
 * "Leeds" + "Art Gallery", "Bristol" + "Museum and Art Gallery": a place (or a listed town read as a body) the tagger read
 * apart from the institution's name right after it (one space, no punctuation or possessive between), which ends with an institution's noun, is one
 * organisation with it; so is "Leeds" + "General" + "Infirmary", the noun alone after a word the tagger left out. Spans
 * stay sorted and disjoint.
 */
export function joinTownInstitutions(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const [s, next] = [spans[k], spans[k + 1]];
    const town = tokens[s.last];
    const isPlace = s.type === 'LOC' || (s.type === 'ORG' && placeKind(tokens.slice(s.first, s.last + 1).map(t => t.text).join(' ')) !== undefined);
    // ("Leeds" + "General" + "Infirmary": a capitalised word the tagger left out between them, with the noun alone)
    const gap = next === undefined ? -1 : next.first - s.last - 1;
    const between = tokens.slice(s.last + 1, s.last + 1 + Math.max(gap, 0));
    if (isPlace && next !== undefined && (gap === 0 || (gap === 1 && next.first === next.last && /^\p{Lu}\p{Ll}/u.test(between[0].text)
      && between[0].post === '' && tokens[next.first].start - between[0].end === 1)) && town.post === '' && !town.isPossessive
      && (between[0] ?? tokens[next.first]).start - town.end === 1 && town.sentence === tokens[next.first].sentence
      && INSTITUTION_ENDS.has(tokens[next.last].text) && (next.type !== 'PER' || next.first === next.last)) {
      out.push({ first: s.first, last: next.last, type: 'ORG' });
      k++;
      continue;
    }
    out.push(s);
  }
  return out;
}

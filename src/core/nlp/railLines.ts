import { giveWay } from './spanLists';
import type { TaggedSpan } from './tagger';
import { sentenceHasWord, type Token } from './tokens';

// Words of a sentence about trains, which make "the Cumbrian Coast line" a railway and not a party's position
// ("toed the Labour line") or a shipping company ("Norwegian Cruise Line").
const RAIL_CUES = new Set(['train', 'trains', 'rail', 'rails', 'railway', 'railways', 'service', 'services', 'passenger',
  'passengers', 'commuter', 'commuters', 'station', 'stations', 'track', 'tracks', 'signal', 'signals', 'signalling',
  'tube', 'underground', 'metro', 'tram', 'trams', 'platform', 'platforms', 'timetable', 'electrification', 'freight',
  'locomotive', 'derailment', 'derailed', 'sleeper', 'branch']);

// Last words of a railway's own name, after which "line" is a common noun again.
const RAILWAY_WORDS = new Set(['rail', 'railway', 'railways', 'railroad']);

// Lower-case words inside a line's name: "Heart of Wales line", "Settle and Carlisle line".
const INNER_WORDS = new Set(['of', 'and', 'on']);

const isNameWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && t.text !== 'The';

/**
 * Railway lines named with the word "line" or "Main Line", which the tagger cuts, joins to the words before them or
 * reads as bodies: "services on the Cumbrian Coast line", "the Heart of Wales line", "the West Coast Main Line",
 * "the Elizabeth line". A line is a place. "Main Line" names a railway wherever it stands; another "X line" or
 * "X Line" only in a sentence about trains, and never in the plural ("the Bakerloo and Jubilee lines" names two).
 * The name starts at its first capitalised word after "the" (not a sentence's first word before it: "Services on
 * the ..."); tagger spans that meet it give way. Spans stay sorted and disjoint.
 */
export function joinRailLines(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const lines: TaggedSpan[] = [];
  let cueSentence = -1;
  let hasCue = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower !== 'line' || t.isPossessive) continue;
    const isMainLine = t.text === 'Line' && tokens[i - 1].text === 'Main';
    if (!isMainLine) {
      if (cueSentence !== t.sentence) {
        cueSentence = t.sentence;
        // an operator's name that ends in "rail" counts ("ScotRail: West Highland line suspended")
        hasCue = sentenceHasWord(tokens, i, w => RAIL_CUES.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('rail')));
      }
      if (!hasCue) continue;
    }
    const first = nameStart(tokens, i);
    // "the Northern Powerhouse Rail line": a name that is itself a railway's keeps "line" out
    if (first < 0 || RAILWAY_WORDS.has(tokens[i - 1].lower)) continue;
    lines.push({ first, last: i, type: 'LOC' });
  }
  return giveWay(spans, lines);
}

/**
 * The first token of the name before "line" at `i`, or -1 when no capitalised word stands right before it: the name
 * runs back over capitalised words and "of", "and", "on" between them, and stops at "the" or any other word
 * ("Services on the Cumbrian Coast line": the sentence's first words are no part of it).
 */
function nameStart(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i].sentence;
  let first = -1;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
    const t = tokens[j];
    // a break in punctuation ends the name ("Carlisle, line"); a hyphen joins ("Settle-Carlisle line")
    // and an owner's name is not the line's ("Network Rail's West Coast Main Line")
    if ((t.post !== '' && t.post !== '-') || t.isPossessive) break;
    if (isNameWord(t)) {
      first = j;
      continue;
    }
    if (INNER_WORDS.has(t.text) && first === j + 1 && j > 0 && isNameWord(tokens[j - 1])) continue;
    break;
  }
  return first;
}

// London's railway termini, which timetables and travel news name after the city ("London Euston", "London Bridge"
// stays the bridge's and the station's own name).
const LONDON_TERMINI = new Set(['Euston', 'Paddington', 'Victoria', 'Waterloo', "King's Cross", 'St Pancras', 'Liverpool Street',
  'Marylebone', 'Charing Cross', 'Cannon Street', 'Fenchurch Street', 'Blackfriars', 'Moorgate']);

/** Whether tokens `[first, last]` spell "London" and one of its termini ("London Euston", "London Liverpool Street"). */
export function isLondonTerminus(tokens: readonly Token[], first: number, last: number): boolean {
  if (last <= first || tokens[first].text !== 'London' || tokens[first].post !== '') return false;
  const rest = tokens.slice(first + 1, last + 1);
  const name = rest.map(t => t.text + (t.isPossessive ? "'s" : '')).join(' ');
  return rest.every((t, k) => k === rest.length - 1 || t.post === '' || t.isPossessive) && LONDON_TERMINI.has(name);
}

/**
 * A step over the tagger's spans (spanSteps.ts): "London" and a terminus read as two places ("London" | "Liverpool
 * Street") are the one station. Spans stay sorted and disjoint.
 */
export function joinLondonTermini(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (s.type === 'LOC' && s.first === s.last && next?.first === s.last + 1 && isLondonTerminus(tokens, s.first, next.last)) {
      out.push({ first: s.first, last: next.last, type: 'LOC' });
      k++;
    } else {
      out.push(s);
    }
  }
  return out;
}

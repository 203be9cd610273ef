import type { TaggedSpan } from './tagger';
import { sentenceHasWord, type Token } from './tokens';
import { PLACE_ENDS } from './placeEnds';

// A British road's number: "M62", "A66", "B1051" (a motorway, an A road, a B road).
const ROAD_CODE = /^[ABM]\d{1,4}$/;
// A road upgraded to a motorway, as the tokenizer leaves it: "A1(M" of "A1(M)".
const MOTORWAY_MARK = /^[AM]\d{1,4}\(M$/;
// An American interstate written short: "I-95".
const INTERSTATE = /^I-\d{1,3}$/;
// Words before a number that name a road with it: "Highway 16", "Route 66", "Interstate 95".
const ROAD_HEADS = new Set(['Highway', 'Route', 'Interstate', 'Freeway', 'Motorway']);
// Words of a sentence about roads, which make "the A66" a road and not a model, a paper size or a vitamin.
const ROAD_CUES = new Set(['road', 'roads', 'motorway', 'motorways', 'junction', 'junctions', 'carriageway', 'lane', 'lanes',
  'traffic', 'northbound', 'southbound', 'eastbound', 'westbound', 'drivers', 'motorists', 'diversion', 'diversions',
  'roundabout', 'bypass', 'closed', 'closure', 'crash', 'collision', 'lorry', 'lorries', 'highway', 'route', 'routes',
  'between', 'near', 'towards', 'gritters', 'gritted']);

/**
 * Roads named by their number, which the tagger leaves out or reads as bodies: "the M62 was closed between
 * junctions 22 and 24", "the A66 near Scotch Corner", "Highway 16", "Route 66", "I-95". A British road's number is a
 * road only in a sentence about roads ("closed", "junction", "between ... and", "drivers"): "the A380" of an airline's
 * fleet and "the B12 injections" stay out. Spans stay sorted and disjoint; a tagger span of the number alone becomes
 * the place.
 */
export function addRoadNumbers(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const roads: TaggedSpan[] = [];
  let cueSentence = -1;
  let hasCue = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (ROAD_HEADS.has(t.text) && next !== undefined && /^\d{1,4}$/.test(next.text) && t.post === '' && next.sentence === t.sentence) {
      roads.push({ first: i, last: i + 1, type: 'LOC' });
      i++;
    } else if (INTERSTATE.test(t.text)) {
      roads.push({ first: i, last: i, type: 'LOC' });
    } else if (ROAD_CODE.test(t.text)) {
      if (cueSentence !== t.sentence) {
        cueSentence = t.sentence;
        hasCue = sentenceHasWord(tokens, i, w => ROAD_CUES.has(w.lower));
      }
      if (hasCue) roads.push({ first: i, last: i, type: 'LOC' });
    }
  }
  // "the A1(M)": the tokenizer cuts the motorway's mark in two, and the half is no name
  const kept = spans.filter(s => !(s.first === s.last && MOTORWAY_MARK.test(tokens[s.first].text))).flatMap(s => splitNumberedRoad(tokens, s));
  if (roads.length === 0) return kept;
  const out = kept.filter(s => !roads.some(r => r.first <= s.first && s.last <= r.last));
  for (const r of roads) if (!out.some(s => s.first <= r.last && r.first <= s.last)) out.push(r);
  return out.sort((a, b) => a.first - b.first);
}

// Last words of a road's or a pass's name after its number: "A57 Snake Pass", "B1051 Henham Road".
const ROAD_NAME_ENDS = new Set([...PLACE_ENDS, 'pass', 'street', 'avenue', 'drive', 'bypass', 'tunnel', 'link', 'highway', 'expressway']);

/**
 * A span that opens with a road's number before the road's own name ("the A628 Woodhead Pass", "the B1051 Henham
 * Road"), which the tagger reads as one body or place: the number and the name, two places. Not "the A380 Airbus":
 * the name must end as a road's or a place's does.
 */
function splitNumberedRoad(tokens: readonly Token[], s: TaggedSpan): TaggedSpan[] {
  if (s.last === s.first || !ROAD_CODE.test(tokens[s.first].text) || !ROAD_NAME_ENDS.has(tokens[s.last].lower)) return [s];
  if (!/^\p{Lu}/u.test(tokens[s.first + 1].text) || tokens[s.first].post !== '') return [s];
  return [{ first: s.first, last: s.first, type: 'LOC' }, { first: s.first + 1, last: s.last, type: 'LOC' }];
}

import type { RawMention } from '../model';
import { findCountryMentions, isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { NOT_ENTITIES } from './knownOrgs';
import { findNamedBodies } from './namedBodies';
import { AREA_SERVICE_HEADS, DETERMINERS, findHeadedOrgs } from './rules';
import { isShouted } from '../text/caps';
import { isGivenNameTag, type Token } from './tokens';
import type { UnitState } from './unitState';

// Sports whose national governing bodies are named after the nation's demonym ("Welsh Rugby Union").
const SPORT_FIELDS = new Set(['rugby', 'football', 'cricket', 'tennis', 'golf', 'golfing', 'athletics', 'hockey', 'boxing', 'cycling',
  'swimming', 'rowing', 'netball', 'basketball', 'baseball', 'volleyball', 'chess', 'olympic', 'paralympic', 'badminton',
  'squash', 'snooker', 'darts', 'racing', 'sailing', 'ski', 'skiing', 'gymnastics', 'judo', 'wrestling', 'handball']);

// Kinds of areas written before a council's head: "Wyre Forest District Council".
const AREA_KINDS = new Set(['District', 'Borough', 'County', 'City', 'Town', 'Parish', 'Metropolitan', 'Regional']);

/** Pass (`pipeline.ts`): organisations named by a head noun that the tagger missed or saw only in part. */
export function addHeadedOrgs(state: UnitState): void {
  const { tokens, mentions: out } = state;
  // "the ruling Labor Party": a capitalised name ending in an organisation noun that the tagger missed.
  for (const h of findHeadedOrgs(tokens)) {
    // "SOCCER - NORWAY TOP GROUP AFTER WIN": in a line in capitals every word looks like a name; the capitals pass
    // (capitals.ts) finds there what the article names in ordinary case
    if (isShoutedSentence(tokens, h.first)) continue;
    const start = tokens[h.first].start;
    const end = tokens[h.last].end;
    const inside = out.filter(m => m.start < end && start < m.end);
    // "Bank of Japan" where the tagger saw only "Bank", "the Environment Agency" where it saw only "Agency": the whole
    // name, when every tagger span it meets lies inside it and the name holds "of" or "and" ("Avon and Somerset
    // Police") or the tagger's names are its head
    // ("the Afghan Foreign Ministry" stays a demonym and "Foreign Ministry": the country is read from the demonym)
    const isPart = (m: RawMention): boolean => m.source === 'tagger' && m.start >= start && m.end <= end && m.end - m.start < end - start;
    // "South Yorkshire Police", "South Wales Police" where the tagger saw the area's words as places: the area's public service
    // (not a nation's council: "the Russian National Security Council" keeps its demonym apart)
    // ("Wyre Forest District Council", "Selby Moor District Council" where the tagger read "Wyre" as a person, "Selby" as a
    // body: one word, no given name unless a kind of area comes before the head)
    const isAreaWord = (m: RawMention): boolean => m.type === 'PLACE' || (m.type !== 'COUNTRY' && m.source === 'tagger' && m.start === start
      && !/\s/.test(state.text.slice(m.start, m.end)) && (!isGivenNameTag(tokens[h.first].lexTag) || AREA_KINDS.has(tokens[h.last - 1].text)));
    const isAreaService = AREA_SERVICE_HEADS.has(tokens[h.last].lower) && inside.every(m => isAreaWord(m) || (m.type === 'ORG' && m.end === end))
      && findCountryMentions(state.text.slice(start, end)).every(c => c.via !== 'demonym');
    // "the Welsh Rugby Union", "the Scottish Football Association": a nation's governing body of a sport keeps its demonym
    const isSportBody = isDemonymWord(tokens[h.first].text) && h.last > h.first + 1 && SPORT_FIELDS.has(tokens[h.first + 1].lower);
    const isDemonym = (m: RawMention): boolean => isSportBody && m.start === start && m.end === tokens[h.first].end;
    // "the Scottish Environment Protection Agency" where the tagger saw only "Agency": a head noun alone after three
    // words or more is no name of its own, demonym or not ("the Afghan Foreign Ministry" keeps its demonym apart)
    const isBareHead = inside.length === 1 && inside[0].type === 'ORG' && inside[0].start === tokens[h.last].start && h.last - h.first >= 3;
    const isWhole = inside.length > 0 && inside.every(m => isPart(m) || isDemonym(m))
      && (isAreaService || isSportBody || isBareHead || tokens.slice(h.first, h.last + 1).some(t => t.text === 'of' || t.text === 'and' || t.text === 'for' || t.text === 'on')
        || (inside.every(m => m.type === 'ORG' && m.end === end) && findCountryMentions(state.text.slice(start, end)).length === 0));
    if (inside.length > 0 && !isWhole) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ start, end, type: 'ORG', source: 'head', reason: h.reason });
  }
  // "Leeds Teaching Hospitals NHS Trust", "Cancer Research UK", "the journal Nature Astronomy" (namedBodies.ts): the
  // whole body, where the tagger's names it meets lie inside it
  for (const b of findNamedBodies(tokens)) {
    const start = tokens[b.first].start;
    const end = tokens[b.last].end;
    const inside = out.filter(m => m.start < end && start < m.end);
    if (inside.some(m => m.start < start || m.end > end || m.source === 'known')) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ start, end, type: 'ORG', source: 'head', reason: b.reason });
  }
  addLowerCaseParties(state);
}

/**
 * "the Conservative party", "the populist Kadima party" (house styles that write "party" in lower case): the
 * capitalised words right before "party" are the party, not a place or a person, unless they are only a country's,
 * a people's or a faith's name ("the German party", "the Shi'ite party"), a sentence's first word ("Neither party") or the
 * tagger's person of two words or more.
 */
function addLowerCaseParties(state: UnitState): void {
  const { tokens, mentions: out } = state;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== 'party' && tokens[i].text !== 'Party') continue;
    let first = i;
    while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1].text) && !isBreakAfter(tokens[first - 1], tokens[first]) && !DETERMINERS.has(tokens[first - 1].lower)) first--;
    const words = tokens.slice(first, i);
    // "Neither party", "the Shi'ite party": no opening word and no faith
    if (tokens[first].isFirst && !/^$|Name|Place|Organization/.test(tokens[first].lexTag ?? '')) continue;
    if (first === i || words.every(t => isCountryWord(t.text) || isDemonymWord(t.text) || NOT_ENTITIES.has(t.lower)) || isShoutedSentence(tokens, i)) continue;
    const start = tokens[first].start;
    // "the Kadima party": the name is the capitalised words; "the Kadima Party" is all of it
    const end = tokens[tokens[i].text === 'party' ? i - 1 : i].end;
    const inside = out.filter(m => m.start < end && start < m.end);
    if (inside.some(m => m.start < start || m.end > end || (m.type === 'PERSON' && /\s/.test(state.text.slice(m.start, m.end))) || m.type === 'ORG')) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ start, end, type: 'ORG', source: 'head', reason: 'org-head:party' });
  }
  out.sort((a, b) => a.start - b.start);
}

/** Whether the sentence of token `i` is written in capitals (`isShouted`, over its words of two letters or more). */
function isShoutedSentence(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  let from = i;
  while (from > 0 && tokens[from - 1].sentence === sentence) from--;
  const words: string[] = [];
  for (let j = from; j < tokens.length && tokens[j].sentence === sentence; j++) if (/\p{L}{2}/u.test(tokens[j].text)) words.push(tokens[j].text);
  return isShouted(words);
}

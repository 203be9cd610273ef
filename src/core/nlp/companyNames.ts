import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { isCompanyCueBefore, isCompanyNoun } from './companyRules';
import { ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_WORDS } from './lexicons';
import type { NewsSpan } from './newsRules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Companies in business news where the tagger cuts them wrong: a company named by a demonym and a company noun
 * ("British Airways", "Dutch Telecom"), a company glued to its chief's name ("chief executive of Unilever Niall
 * FitzGerald told reporters"); a name whose share price moves is in priceMoves.ts.
 */

/**
 * "British Airways": a demonym the tagger read apart, right before an organisation of two words at most whose first
 * word is a company's noun ("Airways", "Petroleum", "Steel") and that holds no other organisation's noun ("Iraqi Oil
 * Ministry"), is the first word of that company. Spans in token order, non-overlapping.
 */
export function joinDemonymCompanies(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    // the capitalised words the organisation opens with ("Airways" of "Airways gained 8p", cut at "gained" later)
    let name = next?.first ?? 0;
    while (next && name < next.last && /^\p{Lu}/u.test(tokens[name + 1].text)) name++;
    const fits = s.type === 'GPE' && s.first === s.last && next !== undefined && next.type === 'ORG' && next.first === s.last + 1
      && name - next.first <= 1 && isDemonymWord(tokens[s.first].text) && isCompanyNoun(tokens[next.first]) && !isBreakAfter(tokens[s.last], tokens[next.first])
      // "Iraqi Oil Ministry" is the demonym and a ministry
      && !tokens.slice(next.first, name + 1).some(t => ORG_HEADS.has(t.lower) && !isCompanyNoun(t));
    if (fits || isNationalBody(tokens, s, next)) {
      out.push({ first: s.first, last: next.last, type: 'ORG' });
      k++;
    } else out.push(s);
  }
  return out;
}

// The last words of a national body's own name that a demonym opens ("the Indian Space Research Organisation", "the
// American Civil Liberties Union"), not a government's ("the French Foreign Ministry" is the demonym and a ministry).
const NATIONAL_BODY_HEADS = new Set(['organisation', 'organization', 'association', 'union', 'institute', 'society', 'foundation']);
const GOVERNMENT_WORDS = new Set(['ministry', 'department', 'embassy', 'consulate', 'government', 'army', 'navy', 'police', 'office', 'forces']);

/**
 * "the Indian Space Research Organisation": a demonym the tagger read apart, right before an organisation of three
 * words or more that ends in a national body's head and holds no word of a government's department.
 */
function isNationalBody(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan | undefined): boolean {
  return s.type === 'GPE' && s.first === s.last && next !== undefined && next.type === 'ORG' && next.first === s.last + 1
    && next.last - next.first >= 2 && isDemonymWord(tokens[s.first].text) && !isBreakAfter(tokens[s.last], tokens[next.first])
    && NATIONAL_BODY_HEADS.has(tokens[next.last].lower) && !tokens.slice(next.first, next.last + 1).some(t => GOVERNMENT_WORDS.has(t.lower));
}

// What follows a company's chief named after it: "... of Unilever Niall FitzGerald told reporters".
const SPEECH = new Set(['said', 'says', 'told', 'added', 'warned', 'announced', 'insisted', 'explained', 'declined', 'predicted', 'noted']);

/**
 * "Chief executive of Unilever Niall FitzGerald told reporters": an organisation (or a place) of three or four words
 * after a role and "of", followed by a verb of speech, is the company and, in its last two words, the person who speaks.
 * Spans in token order, non-overlapping.
 */
export function splitChiefFromCompany(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const of = tokens[s.first - 1];
    const role = tokens[s.first - 2];
    const verb = tokens[s.last + 1];
    const fits = (s.type === 'ORG' || s.type === 'LOC') && s.last - s.first >= 2 && s.last - s.first <= 3 && of?.lower === 'of' && role !== undefined
      && (ROLE_HEADS.has(role.lower) || ROLE_WORDS.has(role.lower)) && verb !== undefined && SPEECH.has(verb.lower) && !isBreakAfter(tokens[s.last], verb)
      && [s.last - 1, s.last].every(i => /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && !isCompanyNoun(tokens[i]));
    if (fits) {
      out.push({ first: s.first, last: s.last - 2, type: 'ORG' }, { first: s.last - 1, last: s.last, type: 'PER' });
    } else out.push(s);
  }
  return out;
}

/**
 * Names joined by an ampersand, firms mostly ("Marks & Spencer", "Procter & Gamble", "Standard & Poor"): the
 * capitalised words on both sides of a lone "&", one organisation. `text` is the text the tokens index.
 */
export function findAmpersandNames(text: string, tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  const isName = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}/u.test(t.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (!isName(a) || !isName(b) || a.sentence !== b.sentence || a.isPossessive || text.slice(a.end, b.start).trim() !== '&') continue;
    let first = i;
    while (first > 0 && isName(tokens[first - 1]) && !isBreakAfter(tokens[first - 1], tokens[first]) && !tokens[first - 1].isFirst) first--;
    let last = i + 1;
    while (isName(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
    if (out.length > 0 && out[out.length - 1].last >= first) continue;
    out.push({ first, last, type: 'ORG', reason: 'ampersand' });
    i = last;
  }
  return out;
}

// Kinds of firms named after their founders, written before the name: "solicitors Weir and Colville", "shipbuilder Corran and Pike".
const FIRM_KINDS = new Set(['solicitors', 'lawyers', 'accountants', 'auditors', 'architects', 'shipbuilder', 'shipbuilders', 'stockbroker',
  'stockbrokers', 'brokers', 'jewellers', 'publishers', 'brewers', 'builders', 'retailer', 'firm', 'publisher', 'brewer', 'store']);
// Words after a firm of advisers: "Slaughter and May acting as legal counsel", "Weir and Colville, acting for the workers".
const ADVISING = new Set(['acting', 'acted', 'advised', 'advising', 'represented', 'representing']);

/**
 * Firms named "X and Y" after their founders ("Slaughter and May acting as legal counsel", "shares in Marks and Spencer",
 * "shipbuilder Corran and Pike"): two single capitalised words joined by "and", no country, people, place or head word,
 * with a firm's kind or a company's cue before them or an adviser's verb after them, or after "at" with a family name
 * the lexicon knows ("at Harland and Wolff"); every other "X and Y" of the
 * same words in the unit is the firm too. Organisations, in token order.
 */
export function findFirmPairs(tokens: readonly Token[]): NewsSpan[] {
  const isWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.isPossessive
    && !isCountryWord(t.text) && !isDemonymWord(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)
    && !/Place|City|Country|Region|Demonym/.test(t.lexTag ?? '');
  const pairs: number[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [a, and, b] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (and.text !== 'and' || !isWord(a) || !isWord(b) || a.post !== '' || and.post !== '' || a.sentence !== b.sentence) continue;
    if (/^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && !FIRM_KINDS.has(tokens[i - 2].lower)) continue;
    if (/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && b.post === '') continue;
    pairs.push(i);
  }
  const isFirm = (i: number): boolean => {
    const before = tokens[i - 2];
    const after = tokens[i + 2];
    // "a riveter at Harland and Wolff": a workplace after "at", one of its words a family name the lexicon knows
    const isWorkplace = before?.text === 'at' && [tokens[i - 1], tokens[i + 1]].some(t => /LastName/.test(t.lexTag ?? ''));
    return (before !== undefined && FIRM_KINDS.has(before.lower) && !isBreakAfter(before, tokens[i - 1])) || isCompanyCueBefore(tokens, i - 1)
      || (after !== undefined && ADVISING.has(after.lower)) || isWorkplace;
  };
  const key = (i: number): string => `${tokens[i - 1].text} and ${tokens[i + 1].text}`;
  const firms = new Set(pairs.filter(isFirm).map(key));
  return pairs.filter(i => firms.has(key(i))).map(i => ({ first: i - 1, last: i + 1, type: 'ORG' as const, reason: 'firm-pair' }));
}

import { isBreakAfter } from './features';
import { isSportSentence } from './newsRules';
import { isPriceMove } from './priceMoves';
import type { Token } from './tokens';

/**
 * How news writing shows that a name is a company or another body: the words around it ("shares in Vodafone",
 * "Toyota spokesman", "the regulator Ofgem", "X, the Seoul-based chipmaker,"), a company's noun at its end
 * ("Kestrel Mining"), a company-like spelling ("eBay", "PricewaterhouseCoopers") or compromise's lexicon.
 */

// Words before a company's name: "shares in Vodafone", "a stake in Tata Steel", "chief executive of Toyota".
const COMPANY_BEFORE = [
  ['shares', 'in'], ['shares', 'of'], ['stake', 'in'], ['stock', 'in'], ['executive', 'of'], ['chairman', 'of'],
  ['spokesman', 'for'], ['spokeswoman', 'for'], ['spokesperson', 'for'], ['subsidiary', 'of'], ['unit', 'of'],
  ['takeover', 'of'], ['merger', 'with'], ['bid', 'for'], ['analyst', 'at'], ['economist', 'at'], ['analysts', 'at'],
  ['economists', 'at'], ['shareholders', 'in'], ['investors', 'in'], ['founder', 'of'], ['co-founder', 'of'],
  // "supplied by Jena-Optronik", "a mechanical engineer at Arup", "Lloyds Banking Group, which owns Halifax"
  ['supplied', 'by'], ['manufactured', 'by'], ['engineer', 'at'], ['engineers', 'at'], ['which', 'owns'],
  // "a partner at Freshfields", "a director at Kestrel"
  ['partner', 'at'], ['partners', 'at'], ['associate', 'at'], ['director', 'at'],
];
// Words right after a company's name: "Vodafone shares", "Toyota spokesman", "Samsung Electronics Co".
const COMPANY_AFTER = new Set([
  'shares', 'stock', 'stocks', 'plc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'ag', 'sa', 'nv', 'gmbh',
  'spa', 'bv', 'ab', 'asa', 'holdings', 'shareholders', 'spokesman', 'spokeswoman', 'ceo', 'chairman', 'executives',
]);

/** Kinds of bodies written right before a body's name, lower case ("the regulator Ofgem"); none is said of a person. */
export const ORG_KIND_CUES: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'broadcaster', 'retailer', 'carmaker', 'automaker', 'chipmaker',
  'drugmaker', 'lender', 'insurer', 'airline', 'supermarket', 'charity', 'brewer', 'conglomerate', 'telecoms', 'utility',
  'publisher', 'manufacturer', 'firm', 'company', 'startup', 'start-up', 'newspaper', 'tabloid', 'union', 'thinktank',
  'think-tank', 'bank', 'miner', 'carrier', 'operator', 'supplier', 'exchange', 'agency', 'group',
  // "the property website Rightmove", "consultancy Vespucci Maritime", "the bookmaker William Hill", "broker Marsh"
  'website', 'consultancy', 'bookmaker', 'broker', 'housebuilder',
  // "the Mumbai brokerage Dhanraj Mehta", "the official gazette El Diario", "the Belfast trio Kneecap", "the band Corran"
  'brokerage', 'gazette', 'trio', 'duo', 'quartet', 'quintet', 'band',
  'chain', 'platform', 'arm', 'house', 'studio', 'label', 'streamer', 'distributor', 'subsidiary', 'app', 'outlet',
  // "Nigerian fintech Kuda", "the insurtech Lemonade"
  'fintech', 'insurtech', 'proptech', 'edtech', 'healthtech',
  // "the steelmaker Firth Brown", "the shipbuilder Harland"
  'steelmaker', 'shipbuilder', 'planemaker', 'toymaker', 'watchmaker']);

/**
 * Whether the words right before token `first` call what follows a company, even a name that starts like a
 * person's: "an analyst at Morgan Stanley", "shares in Vodafone", "Seoul-based Samsung".
 */
export function isCompanyCueBefore(tokens: readonly Token[], first: number): boolean {
  return hasCueBefore(tokens, first) || isListedAfterCompany(tokens, first, 3);
}

function hasCueBefore(tokens: readonly Token[], first: number): boolean {
  const p1 = tokens[first - 1];
  const p2 = tokens[first - 2];
  if (p1 === undefined || isBreakAfter(p1, tokens[first])) return false;
  // (in sports copy a bid is for a player: "a bid for Lindqvist, who scored ten goals")
  if (p2 && !isBreakAfter(p2, p1) && COMPANY_BEFORE.some(([a, b]) => p2.lower === a && p1.lower === b)) return p2.lower !== 'bid' || !isSportSentence(tokens, p1.sentence);
  // "the regulator Ofgem", "the broadcaster ITV", "carmaker Nissan": a body's kind written before its name
  if (ORG_KIND_CUES.has(p1.text) && !p1.isPossessive && !/[,;:]/.test(p1.post)) return true;
  // "Seoul-based Samsung": the tokenizer keeps "based" apart from the place it follows
  return /-based$/i.test(p1.text) || (p1.lower === 'based' && p2?.post === '-');
}

/**
 * "shares in Pennon and Severn Trent", "analysts at Barclays, HSBC and Lloyds": a name listed after a name the words
 * before it call a company, joined by "and", "or" or a comma, is a company too. Looks back over at most `depth` names.
 */
function isListedAfterCompany(tokens: readonly Token[], first: number, depth: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k--;
  else if (tokens[k]?.post !== ',' || !closesList(tokens, first)) return false;
  const last = tokens[k];
  if (depth === 0 || last === undefined || !/^\p{Lu}/u.test(last.text) || last.sentence !== tokens[first].sentence || (k < first - 1 && isBreakAfter(last, tokens[k + 1]))) return false;
  let start = k;
  while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1].text) && !isBreakAfter(tokens[start - 1], tokens[start])) start--;
  return hasCueBefore(tokens, start) || isListedAfterCompany(tokens, start, depth - 1);
}

/**
 * Whether the name at tokens `[first, last]` reads as a company from the words around it: "shares in Vodafone",
 * "Toyota spokesman", "PricewaterhouseCoopers" (a capital inside one word), "eBay.com", "Seoul-based Samsung".
 */
export function isCompanyContext(tokens: readonly Token[], first: number, last: number): boolean {
  const n1 = tokens[last + 1];
  if (isCompanyCueBefore(tokens, first)) return true;
  if (n1 && !isBreakAfter(tokens[last], n1) && COMPANY_AFTER.has(n1.lower) && !tokens[last].isPossessive) return true;
  if (n1 && tokens[last].isPossessive && ['shares', 'stock'].includes(n1.lower)) return true;
  // "Kestrel chief executive Maria Lindqvist"
  if (n1 && n1.lower === 'chief' && !isBreakAfter(tokens[last], n1) && ['executive', 'financial', 'operating', 'economist'].includes(tokens[last + 2]?.lower ?? '')) return true;
  if (isCompanyNoun(tokens[last]) && last > first) return true;
  // "its Altera unit", "their Instagram subsidiary": a firm's part named between "its" and what it is to the firm
  if (n1 && tokens[first - 1]?.lower === 'its' && OWNED_PARTS.has(n1.lower) && !isBreakAfter(tokens[last], n1)) return true;
  return isCompanyApposition(tokens, last) || isPriceMove(tokens, last);
}

// Nouns that end a company's name ("Kestrel Mining", "Nettlefield Systems", "Halvorsen Logistics", "BBC News").
const COMPANY_NOUNS = new Set(['mining', 'logistics', 'freight', 'systems', 'holdings', 'energy', 'motors', 'airlines',
  'capital', 'partners', 'technologies', 'technology', 'pharmaceuticals', 'pharma', 'foods', 'steel', 'telecom',
  'telecoms', 'media', 'resources', 'petroleum', 'insurance', 'airways', 'industries', 'electronics', 'software',
  'labs', 'laboratories', 'entertainment', 'brands', 'retail', 'stores', 'investments', 'securities', 'financial',
  'semiconductor', 'semiconductors', 'networks', 'communications', 'solutions', 'enterprises', 'ventures',
  'construction', 'chemicals', 'shipping', 'automotive', 'aerospace', 'therapeutics', 'biotech', 'motor', 'oil',
  'gas', 'power', 'utilities', 'robotics', 'dynamics', 'microsystems', 'pictures', 'studios', 'records', 'publishing',
  'news', 'weekly', 'renewables', 'maritime',
  // practices: "Okafor Associates", "Hale Architects", "Marsh Consulting"
  'associates', 'architects', 'consultants', 'consulting', 'analytics', 'advisory',
  // housebuilders and developers: "Persimmon Homes", "Arrowgate Developments", "Kestrel Properties"
  'homes', 'developments', 'properties',
  // industries: "Nidaiya Chemical", "Dangote Cement", "Kestrel Engineering", "Skyline Aviation"
  'chemical', 'cement', 'minerals', 'engineering', 'aviation', 'healthcare', 'textiles', 'beverages', 'brewery', 'breweries']);

// What a firm's part is to it, after its name: "its Altera unit".
const OWNED_PARTS = new Set(['unit', 'subsidiary', 'division', 'brand', 'arm', 'business']);

/** A capitalised noun that ends a company's name ("Mining", "Systems"). */
export const isCompanyNoun = (t: Token | undefined): boolean => t !== undefined && isCompanyNounWord(t.text);

/** `isCompanyNoun` of a word as written. */
export const isCompanyNounWord = (word: string): boolean => /^\p{Lu}/u.test(word) && COMPANY_NOUNS.has(word.toLowerCase());

// What a company is called in apposition: "Lumenix, the Seoul-based chipmaker,"; "Corvantis, whose shares fell".
const COMPANY_KINDS = new Set(['company', 'firm', 'chipmaker', 'carmaker', 'automaker', 'lender', 'insurer', 'retailer',
  'airline', 'carrier', 'manufacturer', 'maker', 'producer', 'conglomerate', 'startup', 'start-up', 'brewer', 'miner',
  'supplier', 'publisher', 'broadcaster', 'operator', 'giant', 'group', 'bank', 'developer', 'distributor', 'exporter',
  'importer', 'refiner', 'utility', 'telecoms', 'drugmaker', 'subsidiary', 'unit', 'outfit', 'shipper', 'investor',
  'housebuilder', 'builder', 'grocer', 'supermarket', 'chain', 'bookmaker', 'broker', 'stockbroker', 'housebuilders',
  // "Vaultline, a crypto exchange,", "Northgate, the streaming platform," (not "fund": "the fund's managing director")
  'exchange', 'platform', 'marketplace', 'app', 'brokerage', 'consultancy', 'streamer']);

/** Whether `lower`, a lower-case word, is a kind of firm ("chipmaker", "lender"), which is no firm's name. */
export const isCompanyKind = (lower: string): boolean => COMPANY_KINDS.has(lower) && lower !== 'unit' && lower !== 'group';

/** "X, the Seoul-based chipmaker," or "X, whose shares fell": an apposition that says the name is a company. */
function isCompanyApposition(tokens: readonly Token[], last: number): boolean {
  const name = tokens[last];
  if (!/^,/.test(name.post) || name.isPossessive) return false;
  const next = tokens[last + 1];
  if (!next || next.sentence !== name.sentence) return false;
  if (next.lower === 'whose' && ['shares', 'stock'].includes(tokens[last + 2]?.lower ?? '')) return true;
  if (!['the', 'a', 'an'].includes(next.lower)) return false;
  for (let i = last + 2; i < last + 7 && tokens[i] && tokens[i].sentence === name.sentence; i++) {
    if (COMPANY_KINDS.has(tokens[i].lower)) return true;
    if (/[,;:]/.test(tokens[i].post) || /Verb|Tense|Copula/.test(tokens[i].lexTag ?? '')) return false;
  }
  return false;
}

/** A news outlet named in one word ending in "news" ("Euronews"), whatever class the tagger gave it. */
export const isNewsOutletWord = (word: string): boolean => /^\p{Lu}\p{Ll}{2,}news$/u.test(word);

/**
 * A company's spelling that no person's name has: initials glued to a word ("STMicroelectronics", "JPMorgan"), or a
 * word ending in a trade's syllable ("Zentratech", "Corvasoft", "Medipharma", "Quorbex Labs" aside: one word only).
 */
export const isInitialsWord = (word: string): boolean => /^\p{Lu}{3,}\p{Ll}{3,}$/u.test(word)
  || /^\p{Lu}\p{Ll}{2,}(?:soft|tronics|tech|corp|pharma|labs|systems|mobile|logic|telecom)$/u.test(word);

/**
 * Whether one word is written like a company's name: "PricewaterhouseCoopers", "eBay", "YouTube", "eBay.com",
 * "Euronews", "STMicroelectronics";
 * not a family name with an inner capital ("McDonald", "MacArthur", "ElBaradei", "DiCaprio", "LeBron").
 */
export function isCompanyWord(word: string): boolean {
  if (/\.(?:com|net|org|co\.uk)$/i.test(word)) return true;
  // "eBay"; a news outlet named in one word ending in "news" ("Euronews")
  if (/^e\p{Lu}/u.test(word) || isNewsOutletWord(word)) return true;
  if (isInitialsWord(word)) return true;
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|El|Al|Abu|Ben|Bin|Ibn|O)\p{Lu}/u.test(word);
}

/** Whether compromise's lexicon lists tokens `[first, last]` as an organisation or a sports team ("Toyota", "Green Bay Packers"). */
export function isLexiconOrg(tokens: readonly Token[], first: number, last: number, tagOf: (lower: string) => string | undefined): boolean {
  const tag = first === last ? tokens[first].lexTag : tagOf(tokens.slice(first, last + 1).map(t => t.lower).join(' '));
  return tag !== undefined && /^(?:Organization|SportsTeam)(?:,ProperNoun)?$/.test(tag);
}

const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * Whether the name at token `first`, after a comma, is an item of a list that "and" or "or" closes ("Barclays,
 * Jefferies and Peel Hunt"), not an apposition ("the founder of Microsoft, Bill Gates, said").
 */
function closesList(tokens: readonly Token[], first: number): boolean {
  let j = first;
  for (let items = 0; items < 6; items++) {
    while (isCapitalised(tokens[j + 1]) && !isBreakAfter(tokens[j], tokens[j + 1])) j++;
    const next = tokens[j + 1];
    if (next === undefined || next.sentence !== tokens[first].sentence) return false;
    if (next.lower === 'and' || next.lower === 'or') return true;
    if (tokens[j].post !== ',' || !isCapitalised(next)) return false;
    j++;
  }
  return false;
}

import type { PlacedMention } from '../model';
import { isCompanyNounWord } from '../nlp/companyRules';
import { lexiconTag } from '../nlp/engine';
import { ORG_HEADS } from '../nlp/lexicons';
import { isGivenNameTag } from '../nlp/tokens';

// What the article's own names say of a name's kind (harmonise.ts): the firms it names in two ways ("Harbourline" and
// "Harbourline Renewables") and the natural features it names in full ("River Severn", then "the Severn").

/** The words `firmWordsOf` found: one-word organisations, and the first words of two-word firms. */
export interface FirmWords {
  readonly orgs: ReadonlySet<string>;
  readonly firstOfFirms: ReadonlySet<string>;
}

/**
 * The article's one-word organisations ("Harbourline said"; read as one at least as often as a person) and the first
 * words of its two-word companies ("Stellbrook Energy") and of its parties of three words or more, less any word a
 * person named in full bears (`isPersonal`) or the lexicon knows as a given name.
 */
export function firmWordsOf(raw: readonly PlacedMention[], surface: (m: PlacedMention) => string, isPersonal: (w: string) => boolean): FirmWords {
  // a one-word name counts as an organisation where at least as many of its mentions read it so as read a person
  const orgs = new Map<string, number>();
  const firstOfFirms = new Set<string>();
  for (const m of raw) {
    // (only these two types count: the split below is the cost of this reading)
    if (m.type !== 'ORG' && m.type !== 'PERSON') continue;
    const words = surface(m).split(' ');
    if (words.length === 1 && (m.type === 'ORG' || m.type === 'PERSON')) orgs.set(words[0], (orgs.get(words[0]) ?? 0) + (m.type === 'ORG' ? 1 : -1));
    else if (m.type === 'ORG' && ((words.length === 2 && isCompanyNounWord(words[1])) || isMovementName(words))) firstOfFirms.add(words[0]);
  }
  const isFirmWord = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPersonal(w) && !isGivenNameTag(lexiconTag(w.toLowerCase()));
  return { orgs: new Set([...orgs].filter(([w, n]) => n >= 0 && isFirmWord(w)).map(([w]) => w)), firstOfFirms: new Set([...firstOfFirms].filter(isFirmWord)) };
}

// Head nouns of a party's or a movement's name of three words or more, which the party goes by its first word of
// ("Wiper Democratic Movement": "who leads Wiper").
const MOVEMENT_HEADS = new Set(['movement', 'party', 'alliance', 'front']);

const isMovementName = (words: readonly string[]): boolean => words.length >= 3 && MOVEMENT_HEADS.has(words[words.length - 1].toLowerCase());

/**
 * Whether a name read as a person is a firm of the article: a longer name whose first word is one of its organisations
 * and whose last is a company's or a body's noun ("Harbourline Renewables" where "Harbourline" is the company; not
 * "Saddam Hussein" where the tagger read "Saddam" as a body), or one word that opens the name of one of its
 * companies or movements ("Stellbrook shares jumped" after "Stellbrook Energy"; "who leads Wiper" after "the Wiper
 * Democratic Movement").
 */
export function isFirmName(s: string, firms: FirmWords): boolean {
  const words = s.split(' ');
  if (words.length === 1) return firms.firstOfFirms.has(s);
  const last = words[words.length - 1];
  return firms.orgs.has(words[0]) && (isCompanyNounWord(last) || ORG_HEADS.has(last.toLowerCase()));
}

// Head nouns of a natural feature's name ("River Severn", "Lake Orla", "Mount Kessel", "Kessel Mountain").
const FEATURE_HEADS = new Set(['river', 'lake', 'loch', 'mount', 'mountain', 'mt']);

/** The names the article gives natural features in full, less their head noun: "Severn" of "River Severn". */
export function featureNames(raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const out = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'PLACE') continue;
    const words = surface(m).split(' ');
    if (words.length !== 2) continue;
    if (FEATURE_HEADS.has(words[0].toLowerCase())) out.add(words[1]);
    else if (FEATURE_HEADS.has(words[1].toLowerCase())) out.add(words[0]);
  }
  return out;
}

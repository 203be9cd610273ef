/**
 * Words that attribute speech, as data: the verbs that cue a quotation, the words that may stand between a
 * speaker and the verb, the listeners a verb like "told" takes before its content clause, and the role nouns
 * that name a speaker without naming them. All lowercase.
 */

/** Verbs (in the forms news uses) that introduce a quotation or reported speech: "said", "told", "tweeted". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'tweeted', 'wrote', 'writes',
  'stated', 'announced', 'announces', 'declared', 'declares', 'insisted', 'insists', 'explained', 'explains',
  'noted', 'argued', 'argues', 'claimed', 'asked', 'replied', 'replies', 'responded',
  'recalled', 'admitted', 'admits', 'acknowledged', 'conceded', 'concedes', 'continued', 'urged', 'urges',
  'cautioned', 'stressed', 'stresses', 'emphasised', 'emphasized', 'posted', 'remarked', 'observed', 'suggested',
  'suggests', 'maintained', 'maintains', 'confirmed', 'confirms', 'predicted', 'promised', 'vowed', 'pledged',
  'complained', 'joked', 'ruled', 'alleged', 'reported', 'countered', 'agreed', 'assured', 'informed', 'reiterated',
  'underlined', 'estimated', 'revealed', 'disclosed', 'testified', 'shouted', 'signalled', 'signaled',
]);

/** Verbs that take a listener before their content: "told reporters that ...", "assured MPs the ...". */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'assured', 'informed', 'urged', 'urges', 'warned', 'asked']);

/** Listeners written without a determiner: "told reporters the strike would ...". */
export const LISTENERS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'supporters', 'lawmakers', 'legislators', 'parliament', 'mps', 'delegates', 'students',
  'investors', 'analysts', 'staff', 'employees', 'workers', 'voters', 'residents', 'viewers', 'listeners', 'congress',
  'me', 'him', 'her', 'them', 'us',
]);

/** Words between a subject and its speech verb that do not change who speaks: "He also said", "has said". */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'earlier', 'once', 'recently', 'repeatedly', 'again', 'has', 'had', 'have',
  'would', 'will', 'reportedly', 'further', 'separately', 'publicly', 'privately', 'first', 'last', 'simply',
  'only', 'just', 'frequently', 'often', 'quickly', 'flatly', 'bluntly', 'angrily', 'calmly',
]);

/** Words that make a speech verb passive or an infinitive, so nobody is speaking there: "was told", "to say". */
export const NOT_SPEAKING_BEFORE: ReadonlySet<string> = new Set([
  'was', 'were', 'been', 'being', 'be', 'is', 'are', 'to', 'not', 'never', 'cannot', 'could', 'should', 'might',
  'may', 'must', 'did', 'does', 'do', 'who', 'which', 'what', 'the', 'a', 'an',
]);

/** Words after a speech verb that do not open its content clause: "said in a statement", "said nothing". */
export const NOT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'after', 'before', 'during', 'as', 'of', 'into', 'over',
  'under', 'through', 'without', 'within', 'since', 'until', 'via', 'about', 'against', 'nothing', 'little',
  'something', 'goodbye', 'sorry', 'yes', 'no', 'so', 'otherwise', 'and', 'or', 'but', 'while', 'when', 'also',
  'later', 'earlier', 'today', 'yesterday', 'tonight', 'repeatedly', 'again', 'once', 'twice', 'publicly',
  'privately', 'recently', 'previously', 'separately', 'not', 'last', 'then', 'thanks', 'hello', 'why', 'how',
  'what', 'whether', 'if', 'who', 'which', 'where', 'here',
]);

/**
 * Verbs whose content clause may come without "that" and start with any word: "said turnout was low",
 * "told reporters results were late". Other speech verbs take a noun as object too ("claimed victory",
 * "announced plans"), so their clause needs "that".
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'argued', 'argues', 'wrote', 'writes',
  'tweeted', 'warned', 'warns', 'stressed', 'explained', 'maintained', 'maintains', 'recalled', 'suggested', 'conceded',
  'admitted', 'acknowledged', 'noted', 'posted', 'replied', 'responded', 'assured',
]);

/** Words a subject phrase cannot start with: after a quotation, "and pointed to" is no speaker. */
export const NOT_SUBJECT_START: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'as', 'which', 'who', 'that', 'of', 'from', 'by', 'was',
  'is', 'were', 'are', 'while', 'when', 'after', 'before', 'because', 'if', 'so', 'than',
]);

/** Subject pronouns and the kind of entity they stand for. */
export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'group'>> = {
  he: 'male', she: 'female', they: 'group', it: 'group',
};

/** Nouns that name an organisation by its kind: "the agency said" is the agency named before. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'bank', 'authority', 'ministry', 'commission', 'union', 'company', 'firm', 'group', 'club', 'court',
  'committee', 'council', 'government', 'department', 'office', 'organisation', 'organization', 'party', 'association',
  'federation', 'institute', 'university', 'board', 'alliance', 'campaign', 'charity', 'service', 'army', 'police',
  'corporation', 'network', 'fund', 'team', 'airline', 'carrier', 'regulator', 'watchdog', 'tribunal', 'league',
]);

/** Nouns that stand for an organisation of any name: "the company said" after "Northwind Systems". */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'corporation', 'carrier', 'airline', 'regulator', 'watchdog',
]);

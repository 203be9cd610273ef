/**
 * Word lists the entity tagger and its rules use, as data. Every list says why it exists; all entries are
 * lower case. They feed the statistical tagger as features (a word's class) and the rules in `rules.ts`.
 */

/** Words a name can follow directly, ending a title ("Minister S Jaishankar"): role words that are also heads. */
const TITLE_HEADS = [
  'president', 'minister', 'secretary', 'secretary-general', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'ayatollah', 'sheikh', 'imam', 'cleric',
  'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
  'gov.', 'mayor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'director', 'director-general', 'commissioner', 'commander', 'general', 'gen', 'gen.', 'admiral', 'colonel',
  'col', 'col.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant',
  'sgt', 'sgt.', 'judge', 'justice', 'prosecutor', 'leader', 'chief', 'ceo', 'coach', 'counterpart',
  'candidate', 'lawmaker', 'speaker', 'adviser', 'advisor', 'aide', 'official', 'attorney-general', 'lady',
  // members of parliaments in British house style: "Labour MEP Jane Doe", "SNP MSP"
  'mp', 'mep', 'msp', 'mla',
];

/**
 * Words that make up a person's title or role ("External Affairs Minister", "Secretary of State"): the title
 * heads, a few nouns that never end a title before a name, and the modifiers and portfolios of titles. Its
 * classes are features of the trained tagger: changing it means retraining (`scripts/trainNer.ts`).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS,
  'chair', 'attorney', 'officer', 'legislator', 'rapporteur', 'coordinator',
  'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence',
  'finance', 'interior', 'trade', 'external', 'affairs', 'home', 'health', 'energy', 'economy',
  'education', 'agriculture', 'environment', 'information', 'labor', 'labour', 'acting', 'former', 'late',
  'opposition', 'rebel', 'militant', 'army', 'police', 'military', 'top', 'senior', 'first',
  'executive', 'national', 'security', 'homeland', 'state', 'treasury', 'crown',
  // "Shadow home secretary David Davis", "Chancellor of the Exchequer Gordon Brown"
  'shadow', 'exchequer',
]);

/** Posts in parliaments, companies and institutions that end a title too ("Minority Whip", "chief economist"). */
const POST_HEADS = ['whip', 'economist', 'analyst', 'strategist', 'founder', 'co-founder'];

/**
 * Portfolios, offices and posts that make up a title with a role word ("Commerce Secretary", "Majority Leader"),
 * beyond those in `ROLE_WORDS`. Kept apart from `ROLE_WORDS`, whose classes are features of the trained tagger.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'commerce', 'transport', 'transportation', 'industry', 'culture', 'tourism', 'housing', 'communications',
  'veterans', 'immigration', 'fisheries', 'mines', 'mining', 'planning', 'development', 'water', 'railways',
  'aviation', 'telecommunications', 'science', 'technology', 'sports', 'youth', 'women', 'petroleum', 'oil',
  'infrastructure', 'climate', 'digital', 'labor', 'welfare', 'social', 'public', 'works', 'local', 'government',
  // parliamentary offices: "Senate Majority Leader"
  'majority', 'minority',
  // "managing director", "House Minority Whip", "chief economist"
  'managing', ...POST_HEADS,
]);

/** Words that can end a title directly before a name ("Prime Minister" + name, "Minority Whip" + name). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...POST_HEADS]);

/**
 * Professions written before a person's name, in the arts, the sciences and public life ("the saxophonist Soweto
 * Kinch", "Baritone Erwin Schrott" opening a sentence): the name after one is a person's, and the profession is no
 * part of it. Kept apart from `ROLE_WORDS`, whose classes are features of the trained tagger.
 */
export const PROFESSIONS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'artist', 'author', 'ballerina', 'bandleader', 'baritone', 'bassist', 'cellist', 'choreographer',
  'clarinettist', 'comedian', 'composer', 'conductor', 'curator', 'dancer', 'designer', 'drummer', 'film-maker',
  'filmmaker', 'guitarist', 'illustrator', 'lyricist', 'mezzo-soprano', 'musician', 'novelist', 'painter', 'photographer',
  'pianist', 'playwright', 'poet', 'rapper', 'saxophonist', 'screenwriter', 'sculptor', 'singer', 'singer-songwriter',
  'songwriter', 'soprano', 'tenor', 'trumpeter', 'violinist', 'writer', 'architect', 'historian', 'astronomer',
  'astrophysicist', 'physicist', 'chemist', 'biologist', 'geologist', 'epidemiologist', 'surgeon', 'psychologist',
  'psychiatrist', 'neuroscientist', 'oncologist', 'cardiologist', 'campaigner', 'broadcaster', 'presenter', 'critic',
  'astronaut', 'mathematician', 'philosopher', 'explorer', 'chef',
]);

/** Roles of sport written before a player's name: "Newcastle striker Alan Shearwood", "Winger Callum Brodie scored". */
export const SPORT_ROLES: ReadonlySet<string> = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger',
  'forward', 'fullback', 'full-back', 'playmaker', 'skipper', 'manager', 'boss', 'batsman', 'bowler', 'spinner', 'opener',
  'wicketkeeper', 'quarterback', 'pitcher', 'outfielder', 'guard', 'centre', 'center', 'rider', 'driver']);

/** Courtesy titles: stripped from a person's name but not worth reporting as a role ("Mr. Bush"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.',
  'professor', 'rev', 'rev.', 'reverend', 'madam', 'mister',
  // peers and knights: "Baroness Jones", "Lord Smith"
  'baroness', 'baron', 'earl', 'duke', 'duchess', 'countess', 'viscount', 'marquess',
]);

/** Nouns that head an organisation's name ("Ministry of Defense", "Labor Party", "Bank of Japan"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'party', 'council', 'committee', 'commission', 'bank', 'university',
  'college', 'institute', 'institution', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.',
  'co', 'co.', 'group', 'association', 'union', 'organization', 'organisation', 'federation', 'league', 'alliance',
  'front', 'movement', 'brigade', 'brigades', 'army', 'forces', 'court', 'parliament', 'assembly', 'congress',
  'senate', 'cabinet', 'office', 'bureau', 'service', 'services', 'fund', 'foundation', 'network', 'news',
  'times', 'post', 'airlines', 'airways', 'motors', 'industries', 'board', 'authority', 'secretariat', 'tribunal',
  'police', 'navy', 'guard', 'coalition', 'society', 'center', 'centre', 'program', 'programme', 'club', 'team',
  'exchange', 'school', 'academy', 'church', 'watch', 'international', 'press', 'television', 'radio', 'agency',
]);

/** Nouns that head a place's name ("Yellow River", "Helmand province", "Gaza Strip"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'river', 'mountain', 'mountains', 'mount', 'mt', 'mt.', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait',
  'island', 'islands', 'peninsula', 'valley', 'desert', 'province', 'region', 'state', 'county', 'district',
  'city', 'town', 'village', 'square', 'street', 'avenue', 'airport', 'port', 'border', 'coast', 'strip',
  'bank', 'plateau', 'basin', 'canal', 'delta', 'hills', 'capital', 'territory', 'territories', 'republic',
]);

/**
 * Lower-case nouns of a place that a name right before them names: "the Kerem Shalom crossing", "the Repsol Place
 * arena", "the Maskuta Creek subdivision" (not "the Smith family", "the Apple store").
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'crossing', 'checkpoint', 'junction', 'roundabout', 'interchange', 'arena', 'stadium', 'subdivision', 'suburb',
  'neighbourhood', 'neighborhood', 'township', 'townsite', 'village', 'hamlet', 'estuary', 'valley', 'reservoir',
]);

/** Words for days, months and other time words that are capitalised but never entities ("Wednesday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today',
  'yesterday', 'tomorrow', 'christmas', 'easter', 'ramadan',
]);

/** The word lists `wordClass` reads: the tagger's feature fingerprint hashes them (`featureSet.ts`). */
export const WORD_CLASS_LISTS: Readonly<Record<string, ReadonlySet<string>>> = {
  HONORIFICS, ROLE_HEADS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS, TIME_WORDS,
};

/** The class of a word for the tagger's gazetteer features, or undefined. */
export function wordClass(lower: string): string | undefined {
  if (HONORIFICS.has(lower)) return 'honorific';
  if (ROLE_HEADS.has(lower)) return 'roleHead';
  if (ORG_HEADS.has(lower)) return PLACE_HEADS.has(lower) ? 'orgPlaceHead' : 'orgHead';
  if (PLACE_HEADS.has(lower)) return 'placeHead';
  if (ROLE_WORDS.has(lower)) return 'role';
  if (TIME_WORDS.has(lower)) return 'time';
  return undefined;
}

/**
 * Sense checks for ambiguous cues: words that name a policy topic in one reading and something else in
 * another ("strike" by workers or at goal, a military "draft" or a "draft law"). See `CueSense`.
 */
import type { CueSense } from '../lexiconTypes';

/**
 * Words that put a paragraph on the sports pages (a match report, a results line). Only words with no
 * everyday political reading: "match", "season", "victory" and "final" are left out.
 */
export const SPORT_WORDS: readonly string[] = [
  'goal', 'goals', 'goalkeeper', 'keeper', 'striker', 'midfielder', 'defender', 'winger', 'free kick',
  'equaliser', 'equalizer', 'scored', 'scorer', 'hat-trick', 'half-time', 'full-time', 'kick-off', 'derby',
  'referee', 'relegation', 'playoff', 'playoffs', 'quarterback', 'touchdown', 'innings', 'wicket', 'wickets',
  'batsman', 'bowler', 'pitcher', 'home run', 'rebounds', 'rookie', 'tournament', 'championship', 'semi-final',
  'scrum', 'lineout', 'winning streak', 'football', 'soccer', 'rugby', 'cricket', 'basketball', 'baseball',
  'hockey', 'tennis', 'golf', 'stadium', 'first whistle', 'final whistle', 'grand final', 'Premier League', 'Champions League',
];

/** Words of the fighting sense that also fill match reports ("the defence held", "the captain scored"). */
export const MILITARY_WORDS_IN_SPORT: readonly string[] = [
  'defence', 'defense', 'captain', 'battle', 'battles', 'offensive', 'veteran',
  'force', 'fighting', 'enemy', 'retreat', 'killed', 'commander', 'commanders', 'generals', 'bombers', 'bomber',
  'rebels', 'rebel', 'hawks', 'fighters', 'tanks', 'tank', 'armed', 'arms', 'weapon', 'weapons', 'conflict',
];

/**
 * Words of play by the CAP topic they would otherwise vote for, beside `MILITARY_WORDS_IN_SPORT` (Defense): a race and
 * its riders, drivers and crashes, a stage and its summit finish, the race leaders, a time trial and the race jury, a
 * rider who cracks, a green jersey or a putting green, a horse that lands a race, a team's chief executive, and where a
 * side plays ("an England Under-21 international", "a European fixture", "the world rankings"). In a sports story they
 * vote for their topic only beside a firmer cue of it (themes/scoreThemes.ts). Lower case, as the lexicon's terms.
 */
export const PLAY_WORDS_IN_SPORT: Readonly<Record<number, readonly string[]>> = {
  2: ['race', 'races', 'racing', 'women', 'woman'],
  7: ['green', 'greens'],
  10: ['car', 'cars', 'driver', 'drivers', 'driving', 'crash', 'crashes', 'crashed', 'crashing', 'road', 'roads'],
  12: ['trial', 'trials', 'jury', 'crack', 'cracks', 'cracked', 'suspect', 'suspected', 'appeal', 'appeals', 'body', 'dead'],
  15: ['chief executive'],
  19: ['international', 'internationals', 'european', 'europe', 'world', 'global', 'overseas', 'abroad', 'foreign', 'summit',
    'summits', 'leader', 'leaders'],
  21: ['land', 'lands', 'landed'],
  23: ['the stage', 'staging'],
};

/** Words of medicine beside which a trial is a clinical one and cases are patients', not the courts' (read in any case). */
const CLINICAL_WORDS = ['clinical', 'placebo', 'participants', 'volunteers', 'dose', 'doses', 'vaccine', 'vaccines',
  'patients', 'disease', 'diseases', 'infection', 'infections', 'infected', 'outbreak', 'virus', 'symptoms', 'diagnosed',
  'dementia', 'cancer', 'measles', 'flu', 'Covid', 'Covid-19', 'hospitalised', 'hospitalized', 'doctors',
  'medicine', 'medicines', 'prescribe', 'prescribed', 'pill', 'pills', 'drug trial', 'drug trials'];

/** The built-in sense checks. */
export const CUE_SENSES: readonly CueSense[] = [
  {
    cues: ['miners'], code: 5, scope: 'sentence',
    reason: 'miners are workers, not the mining companies of a market report ("the FTSE fell as miners dragged")',
    notWith: ['shares', 'stocks', 'stock', 'index', 'ftse', 'copper', 'iron ore', 'prices', 'investors', 'traders', 'blue-chip',
      'drag', 'dragged', 'sector', 'market', 'markets'],
  },
  {
    cues: ['strike', 'strikes', 'striking', 'strikers'], code: 5, scope: 'paragraph',
    reason: 'a strike is industrial action only beside workers, unions or pay; not a shot, a hit or an air strike',
    needsAny: ['union', 'unions', 'workers', 'staff', 'employees', 'pay', 'wage', 'wages', 'pension', 'pensions',
      'walkout', 'picket', 'pickets', 'ballot', 'industrial action', 'dispute', 'bosses', 'management', 'shifts',
      'nurses', 'teachers', 'doctors', 'drivers', 'miners', 'dockers', 'pilots', 'overtime', 'contract', 'talks',
      'employers', 'labour', 'labor', 'stoppage', 'members'],
    notWith: [...SPORT_WORDS, 'shot', 'air', 'missile', 'missiles', 'drone', 'drones', 'military', 'target',
      'targets', 'bombers', 'lightning', 'pre-emptive', 'nuclear', 'hunger'],
  },
  {
    cues: ['draft'], code: 16, scope: 'paragraph',
    reason: 'a draft is conscription only beside the military; not a draft law, text or report, nor a sports draft',
    needsAny: ['military', 'army', 'conscription', 'conscripts', 'conscripted', 'troops', 'soldiers',
      'military service', 'national service', 'enlist', 'enlistment', 'war', 'Vietnam', 'draftees', 'draft board',
      'draft dodgers', 'draft evaders', 'recruits', 'call-up'],
    notWith: ['law', 'laws', 'bill', 'legislation', 'text', 'resolution', 'proposal', 'report', 'agreement',
      'constitution', 'budget', 'document', 'treaty', 'regulation', 'rules', 'directive', 'amendment', 'version',
      'decree', 'statement', 'communique', 'declaration', 'pick', 'picks', 'round', 'NBA', 'NFL', 'NHL', 'player',
      'players', 'team', 'league', 'prospect', 'prospects', 'rookie', 'beer'],
  },
  {
    cues: ['train', 'trains'], code: 10, scope: 'paragraph',
    reason: 'a train is the railway only beside its travellers, lines or services; not the verb ("he trains every day")',
    needsAny: ['passenger', 'passengers', 'rail', 'railway', 'station', 'stations', 'commuter', 'commuters', 'service',
      'services', 'carriage', 'carriages', 'track', 'tracks', 'line', 'lines', 'fare', 'fares', 'ticket', 'tickets',
      'platform', 'timetable', 'operator', 'operators', 'freight', 'derailed', 'delayed', 'delays', 'cancelled',
      'cancellations', 'driver', 'drivers', 'signal', 'signalling', 'ferry', 'bus', 'buses', 'journey', 'journeys',
      'travel', 'travelled', 'network', 'depot', 'tram', 'trams', 'metro', 'underground', 'tube', 'crash'],
  },
  {
    cues: ['cable'], code: 17, scope: 'paragraph',
    reason: 'cable is telecommunications only beside television, broadband or networks; not a diplomatic cable',
    needsAny: ['television', 'TV', 'broadband', 'channel', 'channels', 'operator', 'operators', 'subscribers',
      'internet', 'network', 'networks', 'fibre', 'fiber', 'telecom', 'telecoms', 'provider', 'providers',
      'undersea', 'satellite', 'viewers'],
    notWith: ['diplomatic', 'embassy', 'leaked', 'WikiLeaks', 'ambassador', 'bridge', 'car'],
  },
  {
    cues: ['space', 'moon', 'Mars', 'Saturn', 'Jupiter', 'stars', 'stellar', 'universe', 'cosmic', 'eclipse',
      'rocket', 'rockets', 'comet', 'galaxy', 'galaxies', 'orbit', 'orbiting', 'planet', 'planets', 'shuttle'],
    code: 17, scope: 'paragraph',
    reason: 'words of the sky name space science only beside other space words; not office space, film stars or rocket fire',
    needsAny: ['NASA', 'astronaut', 'astronauts', 'spacecraft', 'satellite', 'satellites', 'telescope', 'orbit',
      'launch', 'launched', 'launch pad', 'mission', 'astronomers', 'astronomy', 'space agency', 'space station',
      'solar system', 'light-years', 'probe', 'lunar', 'planet', 'planets', 'moon', 'Mars', 'galaxy', 'scientists'],
    notWith: ['office', 'parking', 'storage', 'retail', 'public space', 'green space', 'film', 'films', 'movie',
      'actor', 'actress', 'singer', 'band', 'album', 'show', 'fans', 'militants', 'fired', 'attack', 'attacks',
      'shelling', 'Hamas', 'car', 'cars', 'shuttle bus', 'bus', 'airport', 'honeymoon'],
  },
  {
    cues: ['website', 'websites', 'Web site', 'Web sites', 'online', 'on-line', 'web', 'email', 'e-mail', 'emails',
      'e-mails', 'media', 'news media', 'magazine', 'magazines', 'newspaper', 'newspapers', 'journalists',
      'journalist', 'television', 'TV', 'radio', 'broadcast', 'broadcasting', 'broadcaster', 'broadcasters',
      'phone', 'phones', 'telephone', 'data', 'editors', 'publishers', 'networks', 'network'],
    code: 17, scope: 'paragraph',
    reason: 'news writing mentions websites, e-mails, television and the papers in passing: they count for '
      + 'Technology only beside a second cue of the subject',
    needsAny: ['station', 'stations', 'channel', 'channels', 'ratings', 'viewers', 'audience', 'audiences', 'advertisers', 'licence fee', 'license fee',
      'airwaves', 'FCC', 'Ofcom', 'regulator', 'subscribers', 'users', 'outage', 'hackers', 'app', 'apps',
      'platform', 'platforms', 'digital', 'streaming', 'newsroom', 'circulation', 'press freedom'],
  },
  {
    cues: ['study', 'studies', 'research', 'researchers', 'findings', 'discovery', 'discoveries', 'discovered',
      'experiment', 'experiments', 'lab', 'labs', 'laboratory'],
    code: 17, scope: 'paragraph',
    reason: 'a study, research or a finding is science only beside a second cue of science; reports and polls '
      + 'are studies too',
    needsAny: ['journal', 'published', 'peer-reviewed', 'scientists', 'scientific', 'science', 'physics',
      'chemistry', 'biology', 'genetics', 'experiment', 'laboratory', 'funding'],
  },
  {
    cues: MILITARY_WORDS_IN_SPORT, code: 16, scope: 'paragraph',
    reason: 'match reports speak of defence, attack, captains and battles: on the sports pages they count only '
      + 'beside firm military cues ("troops", "war")',
    notWith: SPORT_WORDS,
  },
  {
    cues: ['attack', 'attacks', 'attacked'], code: 16, scope: 'paragraph',
    reason: 'an attack is an act of war or terror only beside fighters, arms or the dead; not a raid on a shop, a '
      + 'heart attack, an attack on a policy or an attack on goal',
    needsAny: ['militants', 'militant', 'militia', 'militias', 'insurgents', 'rebels', 'gunmen', 'troops', 'soldiers',
      'army', 'military', 'forces', 'war', 'terrorist', 'terrorists', 'terror', 'terrorism', 'suicide', 'bomb', 'bombs',
      'bomber', 'bombing', 'explosives', 'rocket', 'rockets', 'missile', 'missiles', 'drone', 'drones', 'air strike',
      'airstrike', 'artillery', 'shelling', 'killed', 'wounded', 'casualties', 'civilians', 'Taliban', 'al-Qaida',
      'al-Qaeda', 'jihadist', 'jihadists', 'extremists', 'security forces', 'checkpoint', 'convoy', 'base', 'invasion'],
    notWith: [...SPORT_WORDS, 'heart', 'asthma', 'panic', 'shark', 'dog', 'dogs'],
  },
  {
    cues: ['officers'], code: 16, scope: 'paragraph',
    reason: 'officers are military only beside the armed forces; most officers in the news are police officers',
    needsAny: ['military', 'army', 'navy', 'naval', 'air force', 'troops', 'soldiers', 'armed forces', 'marines',
      'commander', 'commanders', 'generals', 'defence', 'defense', 'war', 'coup', 'regiment', 'battalion'],
    notWith: ['police', 'detectives', 'arrested', 'arrest', 'called to', 'investigation'],
  },
  {
    cues: ['world'], code: 19, scope: 'paragraph',
    reason: 'the sports pages have world champions, world number ones and world records: no foreign affairs',
    notWith: [...SPORT_WORDS, 'number one', 'number two', 'world champion', 'world record', 'world title', 'world ranking', 'seed'],
  },
  {
    cues: ['patient'], code: 3, scope: 'paragraph',
    reason: 'one is patient with markets and children: "patient" is a person in care only beside care',
    needsAny: ['hospital', 'hospitals', 'doctor', 'doctors', 'nurse', 'nurses', 'treatment', 'treated', 'care', 'NHS',
      'surgery', 'surgeon', 'clinic', 'ward', 'ill', 'illness', 'disease', 'medical', 'medicine', 'diagnosed', 'GP'],
  },
  {
    cues: ['appointment', 'appointments'], code: 20, scope: 'paragraph',
    reason: 'an appointment is to a post, not with a doctor: patients wait for appointments',
    notWith: ['patients', 'patient', 'hospital', 'hospitals', 'GP', 'GPs', 'doctor', 'doctors', 'outpatient', 'clinic',
      'dentist', 'dental', 'surgery', 'treatment', 'waiting list', 'waiting lists', 'waiting', 'wait', 'booked', 'vaccine'],
  },
  {
    cues: ['labour', 'labor'], code: 5, scope: 'paragraph', capitalisedOnly: true,
    reason: 'Labour with a capital is a party in British, Australian and other politics: it counts for Labor only '
      + 'beside workers, pay or jobs',
    needsAny: ['workers', 'unions', 'union', 'wages', 'wage', 'pay', 'jobs', 'employment', 'employers',
      'employees', 'strike', 'strikes', 'workplace', 'minimum wage', 'pensions'],
    notWith: ['MPs', 'MP', 'party', 'leader', 'Tories', 'Tory', 'Conservatives', 'Conservative', 'Liberal Democrats',
      'Lib Dems', 'coalition', 'opposition', 'shadow', 'election', 'manifesto', 'Westminster', 'Commons', 'voters',
      'seats', 'government', 'ministers', 'prime minister', 'SNP', 'Greens', 'Liberals', 'Coalition'],
  },
  {
    cues: ['sports', 'athletes', 'athlete', 'golf', 'tennis', 'stadium', 'stadiums'], code: 15, scope: 'paragraph',
    reason: 'sport is commerce (its regulation and money) only beside law, money or business; a match report\'s '
      + '"sports scientist" or "tennis" is no such story',
    needsAny: ['regulation', 'regulator', 'regulators', 'law', 'laws', 'legislation', 'bill', 'government', 'minister',
      'ministers', 'funding', 'tax', 'taxpayers', 'betting', 'gambling', 'doping', 'licence', 'license', 'rights',
      'sponsorship', 'sponsors', 'owners', 'franchise', 'antitrust', 'billion', 'million', 'investment', 'investors',
      'revenue', 'revenues', 'industry', 'commercial', 'council', 'subsidy', 'subsidies', 'bid', 'takeover', 'company',
      'companies', 'business', 'businesses', 'firm', 'firms', 'shares', 'profits', 'profit', 'development', 'planning'],
  },
  {
    cues: ['women', 'woman'], code: 2, scope: 'paragraph',
    reason: 'the sports pages have women\'s singles, draws and records: a category of play, no question of rights',
    notWith: [...SPORT_WORDS, 'singles', 'doubles', 'draw', 'seed', 'seeds', 'world number one'],
  },
  {
    cues: ['book', 'books'], code: 23, scope: 'paragraph',
    reason: 'on the sports pages players are booked, and that is no reading; a results block\'s "Booked: Dawes." has '
      + 'no word of reading beside it',
    notWith: SPORT_WORDS,
    needsAny: ['author', 'authors', 'novel', 'novels', 'novelist', 'read', 'reading', 'reader', 'readers', 'library',
      'libraries', 'publisher', 'publishers', 'published', 'publishing', 'literary', 'literature', 'writer', 'writers',
      'wrote', 'written', 'bookshop', 'bookshops', 'bookstore', 'bookstores', 'pages', 'chapter', 'fiction', 'poetry',
      'poems', 'memoir', 'memoirs', 'biography', 'title', 'titles', 'edition', 'bestseller', 'bestselling', 'prize'],
  },
  {
    cues: ['trial', 'trials'], code: 12, scope: 'paragraph',
    reason: 'a trial is a court\'s only where it is no clinical trial of a medicine, nor a time trial',
    notWith: [...CLINICAL_WORDS, 'researchers', 'time trial', 'time-trial', 'trial run'],
  },
  {
    cues: ['case', 'cases'], code: 12, scope: 'paragraph',
    reason: 'cases of a disease are patients, not the courts\' cases',
    notWith: CLINICAL_WORDS,
  },
  {
    cues: ['crack'], code: 12, scope: 'paragraph',
    reason: 'crack is the drug only beside drugs; a rider cracks on a climb, and a coalition shows cracks',
    needsAny: ['cocaine', 'drug', 'drugs', 'dealer', 'dealers', 'dealing', 'addict', 'addicts', 'addiction', 'heroin',
      'possession', 'users', 'narcotics'],
  },
  {
    cues: ['rebels', 'rebel'], code: 19, scope: 'paragraph',
    reason: 'rebels on the sports pages are a club, not an insurgency',
    notWith: SPORT_WORDS,
  },
];

/**
 * Curated country vocabulary for news text that the `world-countries` dataset lacks or gets wrong.
 * Rules are data: every entry says why it exists. The resolver (`resolver.ts`) merges these with the
 * generated table; an entry here wins over a dataset form spelled the same way.
 */
import type { CountryVia } from '../model';

/** A surface form tied to a country. */
export interface CountryAliasRule {
  /** The form as written in news, without a leading "the" ("Netherlands", "U.S."). */
  readonly text: string;
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly via: CountryVia;
  /** PLACE for capitals, seats of government and parts of a country; COUNTRY otherwise (default). */
  readonly type?: 'COUNTRY' | 'PLACE';
  /** Match only with exactly this capitalisation ("US" but never "us" or "Us"). */
  readonly exactCase?: boolean;
  /** For the demonym of a part of a country: the part's name, the canonical name of the place ("Tibet"). */
  readonly place?: string;
  readonly reason: string;
}

const alias = (text: string, code: string, reason: string, exactCase = false): CountryAliasRule => ({
  text, code, via: 'alias', type: 'COUNTRY', exactCase, reason,
});
const part = (text: string, code: string, reason: string): CountryAliasRule => ({
  text, code, via: 'alias', type: 'PLACE', reason,
});
const demonym = (text: string, code: string, reason: string): CountryAliasRule => ({
  text, code, via: 'demonym', type: 'COUNTRY', reason,
});
const partDemonym = (text: string, place: string, code: string, reason: string): CountryAliasRule => ({
  text, code, via: 'demonym', type: 'PLACE', place, reason,
});
const seat = (text: string, code: string, reason: string): CountryAliasRule => ({
  text, code, via: 'capital', type: 'PLACE', reason,
});

// The states of the United States not listed with a reason of their own below ("New Mexico" and "New Jersey", which
// stop phrases keep from being Mexico and Jersey, are left to the tagger).
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming'];

/** Names and abbreviations for the state itself (COUNTRY, via 'alias'). */
export const COUNTRY_ALIASES: readonly CountryAliasRule[] = [
  alias('U.S.', 'US', 'standard news abbreviation', true),
  alias('U.S.A.', 'US', 'dotted abbreviation', true),
  alias('U.S', 'US', 'the abbreviation without its last period, before a noun ("the U.S government")', true),
  alias('US', 'US', 'abbreviation; upper case only, so the pronoun "us" never matches', true),
  alias('USA', 'US', 'abbreviation (dropped by the generic short-code filter)', true),
  // "Latin America", "South America", "Central America", "North America" are stop phrases
  alias('America', 'US', 'common name of the United States in news'),
  alias('United States', 'US', 'kept explicit: "the United States" is the usual written form'),
  alias('UK', 'GB', 'abbreviation; upper case only', true),
  alias('U.K.', 'GB', 'dotted abbreviation', true),
  alias('Britain', 'GB', 'usual news name of the United Kingdom, missing from the dataset'),
  alias('Great Britain', 'GB', 'used for the state in news, though strictly the island'),
  alias('UAE', 'AE', 'abbreviation', true),
  alias('DRC', 'CD', 'abbreviation', true),
  alias('DPRK', 'KP', 'abbreviation', true),
  alias('PRC', 'CN', 'abbreviation', true),
  alias('Holland', 'NL', 'informal name of the Netherlands'),
  alias('South Korea', 'KR', 'common name'),
  alias('North Korea', 'KP', 'common name'),
  alias('Russia', 'RU', 'common name'),
  alias('Iran', 'IR', 'common name'),
  alias('Syria', 'SY', 'common name'),
  alias('Vietnam', 'VN', 'common name'),
  alias('Viet Nam', 'VN', 'UN spelling'),
  alias('Laos', 'LA', 'common name'),
  alias('Burma', 'MM', 'former name still used by several outlets'),
  alias('Ivory Coast', 'CI', 'English name of Côte d\'Ivoire'),
  alias('Czech Republic', 'CZ', 'long-standing name, still more common in news than Czechia'),
  alias('Turkey', 'TR', 'English name; the bird is lower case and never matches'),
  alias('Swaziland', 'SZ', 'former name of Eswatini'),
  alias('Cape Verde', 'CV', 'English name of Cabo Verde'),
  alias('East Timor', 'TL', 'English name of Timor-Leste'),
  // Bare "Congo" in news mostly means the Democratic Republic (the eastern Congo conflict);
  // the Republic of the Congo is normally written out or called Congo-Brazzaville.
  alias('Congo', 'CD', 'bare "Congo" in news usually means the DR Congo'),
  alias('Democratic Republic of Congo', 'CD', 'usual news form without "the"'),
  alias('Republic of Congo', 'CG', 'usual news form without "the"'),
  alias('Taiwan', 'TW', 'common name'),
  alias('Palestinian territories', 'PS', 'the territories of the State of Palestine'),
  alias('Palestinian Territories', 'PS', 'capitalised variant'),
  alias('Occupied Palestinian Territories', 'PS', 'UN usage'),
  alias('Kosovo', 'XK', 'common name (user-assigned code XK)'),
  alias('Vatican', 'VA', 'the Holy See in news'),
  alias('Holy See', 'VA', 'diplomatic name of the Vatican'),
  alias('Macedonia', 'MK', 'name before 2019, still common'),
  alias('U.S. Virgin Islands', 'VI', 'disambiguates the bare "Virgin Islands"'),
  alias('US Virgin Islands', 'VI', 'disambiguates the bare "Virgin Islands"'),
  alias('British Virgin Islands', 'VG', 'disambiguates the bare "Virgin Islands"'),
];

/** Parts and territories that carry a country but are places, not the state (PLACE, via 'alias'). */
export const COUNTRY_PARTS: readonly CountryAliasRule[] = [
  // England is not the UK: news uses it for the football team or the region, so it stays a place.
  part('England', 'GB', 'constituent country of the UK, not the state'),
  part('Scotland', 'GB', 'constituent country of the UK, not the state'),
  part('Wales', 'GB', 'constituent country of the UK, not the state'),
  part('Northern Ireland', 'GB', 'part of the UK; longer than "Ireland", so it wins'),
  part('Gaza', 'PS', 'Palestinian territory'),
  part('Gaza Strip', 'PS', 'Palestinian territory'),
  part('West Bank', 'PS', 'Palestinian territory'),
  // the parts whose demonyms are in PART_DEMONYMS, so that "Tibet" and "Tibetan" are one place
  part('Tibet', 'CN', 'autonomous region of China'),
  part('Chechnya', 'RU', 'republic of the Russian Federation'),
  part('Catalonia', 'ES', 'autonomous community of Spain'),
  part('Flanders', 'BE', 'region of Belgium'),
  part('Wallonia', 'BE', 'region of Belgium'),
  part('Corsica', 'FR', 'region of France'),
  part('Sicily', 'IT', 'region of Italy'),
  part('Sardinia', 'IT', 'region of Italy'),
  part('Bavaria', 'DE', 'state of Germany'),
  part('Quebec', 'CA', 'province of Canada'),
  part('Tasmania', 'AU', 'state of Australia'),
  part('Zanzibar', 'TZ', 'semi-autonomous region of Tanzania'),
  part('Darfur', 'SD', 'region of Sudan'),
  part('Hawaii', 'US', 'state of the United States'),
  part('Texas', 'US', 'state of the United States'),
  part('California', 'US', 'state of the United States'),
  // the other states, so "Mississippi and Alabama have activated their National Guards" names no person; left out
  // are those that are as often a country, a person or the capital: Georgia, Virginia, Washington
  ...US_STATES.map(state => part(state, 'US', 'state of the United States')),
];

/** Demonyms the dataset lacks: plurals it cannot derive, variants and informal forms. */
export const EXTRA_DEMONYMS: readonly CountryAliasRule[] = [
  demonym('Briton', 'GB', 'noun demonym of the UK'),
  demonym('Britons', 'GB', 'plural noun demonym of the UK'),
  demonym('Brit', 'GB', 'informal noun demonym'),
  demonym('Brits', 'GB', 'informal plural'),
  demonym('Americans', 'US', 'plural; listed so the US reading is not lost to a territory'),
  demonym('Spaniard', 'ES', 'noun demonym'),
  demonym('Spaniards', 'ES', 'plural noun demonym'),
  demonym('Frenchman', 'FR', 'noun demonym'),
  demonym('Frenchmen', 'FR', 'plural noun demonym'),
  demonym('Dutchman', 'NL', 'noun demonym'),
  demonym('Dutchmen', 'NL', 'plural noun demonym'),
  demonym('Dutchwoman', 'NL', 'noun demonym'),
  demonym('Dutchwomen', 'NL', 'plural noun demonym'),
  demonym('Frenchwoman', 'FR', 'noun demonym'),
  demonym('Frenchwomen', 'FR', 'plural noun demonym'),
  demonym('Irishman', 'IE', 'noun demonym (news mostly means the Republic; "Northern Irishman" is not listed)'),
  demonym('Irishmen', 'IE', 'plural noun demonym'),
  demonym('Irishwoman', 'IE', 'noun demonym'),
  demonym('Irishwomen', 'IE', 'plural noun demonym'),
  demonym('Dane', 'DK', 'noun demonym'),
  demonym('Danes', 'DK', 'plural noun demonym'),
  demonym('Swede', 'SE', 'noun demonym'),
  demonym('Swedes', 'SE', 'plural noun demonym'),
  demonym('Finn', 'FI', 'noun demonym'),
  demonym('Finns', 'FI', 'plural noun demonym'),
  demonym('Pole', 'PL', 'noun demonym ("North Pole" is a stop phrase)'),
  demonym('Poles', 'PL', 'plural noun demonym'),
  demonym('Turk', 'TR', 'noun demonym'),
  demonym('Turks', 'TR', 'plural noun demonym ("Turks and Caicos" is longer and wins)'),
  demonym('Czechs', 'CZ', 'plural the generic rule skips after "ch"'),
  demonym('Filipina', 'PH', 'feminine demonym'),
  demonym('Filipinas', 'PH', 'feminine plural'),
  demonym('Afghani', 'AF', 'frequent variant of Afghan'),
  demonym('Saudi', 'SA', 'usual short demonym'),
  demonym('Saudis', 'SA', 'plural'),
  demonym('Congolese', 'CD', 'shared by both Congos in the dataset; news mostly means the DR Congo'),
  demonym('Dominican', 'DO', 'shared with Dominica in the dataset; news mostly means the Republic'),
  demonym('Dominicans', 'DO', 'plural'),
  demonym('Kyrgyz', 'KG', 'usual spelling (the dataset has Kirghiz)'),
  demonym('Tajik', 'TJ', 'usual spelling (the dataset has Tadzhik)'),
  demonym('Tajiks', 'TJ', 'plural'),
  demonym('Uzbek', 'UZ', 'usual short demonym'),
  demonym('Uzbeks', 'UZ', 'plural'),
  demonym('Kazakh', 'KZ', 'usual short demonym'),
  demonym('Kazakhs', 'KZ', 'plural'),
  demonym('Azeri', 'AZ', 'usual short demonym'),
  demonym('Azeris', 'AZ', 'plural'),
  demonym('Serb', 'RS', 'ethnic noun used for Serbia in news'),
  demonym('Serbs', 'RS', 'plural'),
  demonym('Bosnian Serb', 'BA', 'Serbs of Bosnia: longer than "Serb", so it wins'),
  demonym('Bosnian Serbs', 'BA', 'plural'),
  demonym('Croat', 'HR', 'ethnic noun used for Croatia in news'),
  demonym('Croats', 'HR', 'plural'),
  demonym('Bosnian Croat', 'BA', 'Croats of Bosnia'),
  demonym('Bosnian Croats', 'BA', 'plural'),
  demonym('Slovenian', 'SI', 'usual variant of Slovene'),
  demonym('Ecuadorian', 'EC', 'usual spelling (the dataset has Ecuadorean)'),
  demonym('Cape Verdean', 'CV', 'usual spelling'),
  demonym('Maldivian', 'MV', 'usual spelling'),
  demonym('Argentinian', 'AR', 'variant'),
  demonym('Argentinean', 'AR', 'variant'),
  demonym('Salvadorean', 'SV', 'variant'),
  demonym('Nepali', 'NP', 'variant of Nepalese'),
  demonym('Lao', 'LA', 'usual adjective ("the Lao government")'),
  demonym('Philippine', 'PH', 'usual adjective ("the Philippine Coast Guard"; the dataset has only Filipino)'),
  demonym('Surinamese', 'SR', 'usual adjective'),
  demonym('Djiboutian', 'DJ', 'usual adjective'),
  demonym('Botswanan', 'BW', 'adjective beside Motswana'),
  demonym('Basotho', 'LS', 'the people of Lesotho'),
  demonym('Timorese', 'TL', 'short form'),
  demonym('Icelandic', 'IS', 'adjective'),
  demonym('Greenlander', 'GL', 'noun demonym'),
  demonym('Hong Kongers', 'HK', 'plural'),
  demonym('Aussie', 'AU', 'informal demonym'),
  demonym('Aussies', 'AU', 'informal plural'),
  demonym('Kiwi', 'NZ', 'informal demonym (the fruit is lower case)'),
  demonym('Kiwis', 'NZ', 'informal plural'),
  demonym('Batswana', 'BW', 'plural of Motswana'),
];

/**
 * Demonyms of parts of a country (PLACE, via 'demonym'): the mention stands for the region, which carries its
 * country ("Tibetan monks" -> Tibet, China). Only parts that lie in one state; peoples spread over several
 * (Kurdish, Kashmiri, Basque, Tamil) stay out.
 */
export const PART_DEMONYMS: readonly CountryAliasRule[] = [
  partDemonym('Scottish', 'Scotland', 'GB', 'adjective of a UK constituent country'),
  partDemonym('Scots', 'Scotland', 'GB', 'people of a UK constituent country'),
  partDemonym('Welsh', 'Wales', 'GB', 'adjective of a UK constituent country'),
  // the nouns of the constituent countries' people, as sports and news pages write them before a name ("Welshman
  // Geraint Thomas"); "The Scotsman", the newspaper, is a stop phrase (blockRules.ts)
  ...['Scotsman', 'Scotsmen', 'Scotswoman', 'Scotswomen'].map(w => partDemonym(w, 'Scotland', 'GB', 'noun of a UK constituent country\'s people')),
  ...['Welshman', 'Welshmen', 'Welshwoman', 'Welshwomen'].map(w => partDemonym(w, 'Wales', 'GB', 'noun of a UK constituent country\'s people')),
  ...['Englishman', 'Englishmen', 'Englishwoman', 'Englishwomen'].map(w => partDemonym(w, 'England', 'GB', 'noun of a UK constituent country\'s people')),
  partDemonym('Northern Irish', 'Northern Ireland', 'GB', 'longer than "Irish", so it wins'),
  partDemonym('Tibetan', 'Tibet', 'CN', 'Tibet is an autonomous region of China'),
  partDemonym('Tibetans', 'Tibet', 'CN', 'plural'),
  partDemonym('Chechen', 'Chechnya', 'RU', 'Chechnya is a republic of the Russian Federation'),
  partDemonym('Chechens', 'Chechnya', 'RU', 'plural'),
  partDemonym('Catalan', 'Catalonia', 'ES', 'Catalonia is an autonomous community of Spain'),
  partDemonym('Catalans', 'Catalonia', 'ES', 'plural'),
  partDemonym('Flemish', 'Flanders', 'BE', 'Flanders is a region of Belgium'),
  partDemonym('Walloon', 'Wallonia', 'BE', 'Wallonia is a region of Belgium'),
  partDemonym('Corsican', 'Corsica', 'FR', 'Corsica is a region of France'),
  partDemonym('Sicilian', 'Sicily', 'IT', 'Sicily is a region of Italy'),
  partDemonym('Sardinian', 'Sardinia', 'IT', 'Sardinia is a region of Italy'),
  partDemonym('Bavarian', 'Bavaria', 'DE', 'Bavaria is a state of Germany'),
  partDemonym('Quebecer', 'Quebec', 'CA', 'Quebec is a province of Canada'),
  partDemonym('Quebecers', 'Quebec', 'CA', 'plural'),
  partDemonym('Quebecois', 'Quebec', 'CA', 'French-derived adjective'),
  partDemonym('Québécois', 'Quebec', 'CA', 'French-derived adjective, with accents'),
  partDemonym('Tasmanian', 'Tasmania', 'AU', 'Tasmania is a state of Australia'),
  partDemonym('Zanzibari', 'Zanzibar', 'TZ', 'Zanzibar is a semi-autonomous region of Tanzania'),
  partDemonym('Darfuri', 'Darfur', 'SD', 'Darfur is a region of Sudan'),
  partDemonym('Hawaiian', 'Hawaii', 'US', 'Hawaii is a state of the United States'),
  partDemonym('Texan', 'Texas', 'US', 'Texas is a state of the United States'),
  partDemonym('Californian', 'California', 'US', 'California is a state of the United States'),
];

/** Capitals and seats of government used for the state (PLACE, via 'capital'). */
export const EXTRA_SEATS: readonly CountryAliasRule[] = [
  seat('Washington', 'US', 'capital, used for the US government'),
  seat('Washington D.C.', 'US', 'capital'),
  seat('Washington, D.C.', 'US', 'capital'),
  seat('Washington DC', 'US', 'capital'),
  seat('Kingston', 'JM', 'capital of Jamaica (also Norfolk Island\'s, rarely in news)'),
  seat('Kiev', 'UA', 'older spelling of Kyiv'),
  seat('Rangoon', 'MM', 'former capital, still the usual dateline'),
  seat('Yangon', 'MM', 'former capital, still the usual dateline'),
  seat('Naypyitaw', 'MM', 'spelling variant'),
  seat('Nay Pyi Taw', 'MM', 'official spelling'),
  seat('Sanaa', 'YE', 'spelling without apostrophe'),
  seat('Ulaanbaatar', 'MN', 'usual spelling'),
  seat('Bogota', 'CO', 'spelling without accent'),
  seat('Brasilia', 'BR', 'spelling without accent'),
  seat('Asuncion', 'PY', 'spelling without accent'),
  seat('Chisinau', 'MD', 'spelling without diacritics'),
  seat('Yaounde', 'CM', 'spelling without accent'),
  seat('Lome', 'TG', 'spelling without accent'),
  seat('Ndjamena', 'TD', 'spelling without apostrophe'),
  seat('Teheran', 'IR', 'older spelling'),
  seat('Berne', 'CH', 'French/older spelling'),
  seat('La Paz', 'BO', 'seat of government (the dataset lists only Sucre)'),
  seat('The Hague', 'NL', 'seat of government; the article is part of the name'),
  seat('Hague', 'NL', 'seat of government, after a lower-case "the"'),
  // Seats of power standing for the state: the Kremlin and Downing Street speak for a government.
  seat('Kremlin', 'RU', 'seat of the Russian presidency, used for the state'),
  seat('Whitehall', 'GB', 'seat of the British civil service, used for the government'),
  seat('Downing Street', 'GB', 'seat of the British prime minister'),
  seat('White House', 'US', 'seat of the US presidency'),
  seat('Elysee', 'FR', 'seat of the French presidency'),
  seat('Élysée', 'FR', 'seat of the French presidency'),
];

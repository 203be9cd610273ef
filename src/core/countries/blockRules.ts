/**
 * Words and phrases that must never become countries. Rules are data with a reason each.
 *
 * - `STOP_PHRASES` are matched like country names and, being longer, win over the name inside them
 *   ("New Mexico" hides "Mexico"); they produce no hit.
 * - `NEVER_FORMS` remove dataset forms (names, alternative names, demonyms, capitals) that are
 *   ordinary words, person names or ambiguous in English news.
 */

/** A phrase consumed without a hit. */
export interface StopPhraseRule {
  readonly text: string;
  readonly reason: string;
}

/** A dataset form that is dropped from the index. */
export interface NeverFormRule {
  readonly text: string;
  readonly reason: string;
}

const stop = (reason: string, ...texts: string[]): StopPhraseRule[] => texts.map((text) => ({ text, reason }));

/** Phrases containing a country word that do not refer to that country. */
export const STOP_PHRASES: readonly StopPhraseRule[] = [
  ...stop('region of the Americas, not the US', 'Latin America', 'South America', 'Central America',
    'North America', 'Latin American', 'South American', 'Central American', 'North American',
    'Latin Americans', 'South Americans', 'Central Americans', 'North Americans', 'Pan-American',
    'Pan American', 'Native American', 'Native Americans', 'Middle America'),
  ...stop('organisation named after the country', 'Voice of America', 'Bank of America'),
  ...stop('the Americas or Ibero-America, not the US', 'Inter-American', 'Ibero-American',
    'Organization of American States'),
  ...stop('trophy, not the country', "America's Cup"),
  ...stop('newspaper, not the people of Scotland', 'The Scotsman'),
  ...stop('race or ground named after the country, not a mention of it', 'Tour de France', "Giro d'Italia",
    'Tour of Britain', 'Tour de Suisse', 'Stade de France'),
  ...stop('US state, not the country', 'New Mexico', 'New Jersey', 'Washington state', 'Washington State'),
  ...stop('US region', 'New England'),
  ...stop('Australian state', 'New South Wales'),
  ...stop('island, not Guinea nor Papua New Guinea', 'New Guinea'),
  ...stop('animal', 'Guinea pig', 'Guinea pigs', 'Guinea fowl'),
  ...stop('sea or gulf named after a country', 'South China Sea', 'East China Sea', 'Sea of Japan',
    'Gulf of Mexico', 'Gulf of Guinea', 'Gulf of Oman', 'Gulf of Thailand', 'Irish Sea', 'Indian Ocean'),
  ...stop('region of Nigeria or the river, not Niger', 'Niger Delta', 'Niger River'),
  ...stop('river or basin shared by several states', 'Congo River', 'Congo Basin', 'Jordan River'),
  ...stop('valley across Israel, the West Bank and Jordan', 'Jordan Valley'),
  ...stop('lake shared by four states', 'Lake Chad'),
  ...stop('Indonesian half of Timor', 'West Timor'),
  ...stop('Caribbean islands, not India', 'West Indies', 'West Indian', 'West Indians', 'East Indies'),
  ...stop('poles of the Earth, not Poland', 'North Pole', 'South Pole'),
  ...stop('vegetable', 'Brussels sprouts'),
  ...stop('title, not the country', 'Prince of Wales', 'Princess of Wales'),
];

const never = (reason: string, ...texts: string[]): NeverFormRule[] => texts.map((text) => ({ text, reason }));

/** Dataset forms dropped from the index. */
export const NEVER_FORMS: readonly NeverFormRule[] = [
  ...never('ordinary English word', 'Island', 'Reunion', 'Mann', 'Emirates'),
  ...never('native-language word that is also an English word or name', 'Viti', 'Prathet',
    'Dominique', 'Portuguesa', 'Mexicanos', 'Nijar'),
  ...never('ambiguous between territories', 'Virgin Islands', 'Virgin Islander', 'Channel Islander', 'Guiana'),
  // continental or regional adjectives are not country demonyms
  ...never('regional adjective ("Central African states"), not the Central African Republic', 'Central African'),
  ...never('capital named like a person or an ordinary phrase', 'The Valley', 'Victoria', 'City of Victoria',
    'Hamilton', 'Douglas', 'Stanley', 'Plymouth', 'Jamestown', 'West Island', 'Saint-Denis', 'George Town',
    'San José'),
];

/**
 * Words that look like country words but are not, kept for tests and documentation: the resolver
 * never matches them because no rule or dataset form produces them.
 */
export const NOT_COUNTRY_WORDS: readonly NeverFormRule[] = [
  ...never('continental adjective, not a country demonym', 'European', 'Europeans', 'Asian', 'Asians',
    'African', 'Africans'),
  ...never('ethnic group or people spread over several states', 'Kurds', 'Kurdish', 'Arab', 'Arabs',
    'Tamil', 'Pashtun', 'Basque', 'Kashmiri'),
  ...never('ambiguous between North and South Korea', 'Korea', 'Korean', 'Koreans'),
  ...never('language far more often than nationality in news', 'English'),
  ...never('too ambiguous ("member States", "the Gulf States", "States parties")', 'States'),
  ...never('not a nationality ("Indo-Pacific")', 'Indo'),
];

/** The four compass points as names spell them: "North", "South", "East", "West" ("West Cactus Road", "North Ealing"). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);

/**
 * The compass points with their adjectives and "Central", as names spell them: the words that open a region's name or
 * adjective ("Northern Ireland", "East Asian", "Central Europe").
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

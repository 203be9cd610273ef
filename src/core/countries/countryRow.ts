/**
 * The shape of one row of the generated country table (`generated/countryTable.ts`, written by
 * `scripts/genCountries.mjs` from the `world-countries` dataset, ODbL, mledoze/countries).
 */
export interface CountryRow {
  /** ISO 3166-1 alpha-2, upper case ("JP"). */
  readonly a2: string;
  /** ISO 3166-1 alpha-3 ("JPN"). */
  readonly a3: string;
  /** Common English name ("Japan"). */
  readonly name: string;
  /** Official English name ("Japan", "Republic of India"). */
  readonly official: string;
  /** Emoji flag. */
  readonly flag: string;
  /** Capital cities, as the dataset spells them; may be empty. */
  readonly capitals: readonly string[];
  readonly region: string;
  readonly subregion: string;
  /**
   * Alternative names usable for matching English text: Latin script only, without short all-caps
   * codes ("IN", "GB") and without inverted catalogue forms ("Korea, Republic of").
   */
  readonly alt: readonly string[];
  /** English demonyms, masculine then feminine (often equal); empty when the dataset has none. */
  readonly demonyms: readonly string[];
  /** Sovereign state (false for dependencies and territories such as Guam or Aruba). */
  readonly independent: boolean;
  /** Wikidata item id ("Q17"), from `data/country-wikidata.csv` (CC0); absent when the file has none. */
  readonly wikidata?: string;
}

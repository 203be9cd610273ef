/**
 * Facts about countries for hovers and the country list, from the generated dataset table
 * (`world-countries`, ODbL, mledoze/countries).
 */
import { COUNTRY_TABLE } from './generated/countryTable';
import type { CountryRow } from './countryRow';

/** What a hover shows about a country. */
export interface CountryFacts {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  /** ISO 3166-1 alpha-3. */
  readonly alpha3: string;
  /** Common English name ("Japan"). */
  readonly name: string;
  /** Official English name ("Republic of India"). */
  readonly officialName: string;
  /** Emoji flag. */
  readonly flag: string;
  /** Capitals as the dataset spells them; empty for Antarctica and a few territories. */
  readonly capital: readonly string[];
  readonly region: string;
  readonly subregion: string;
}

const toFacts = (r: CountryRow): CountryFacts =>
  Object.freeze({
    code: r.a2,
    alpha3: r.a3,
    name: r.name,
    officialName: r.official,
    flag: r.flag,
    capital: r.capitals,
    region: r.region,
    subregion: r.subregion,
  });

const ALL: readonly CountryFacts[] = Object.freeze(COUNTRY_TABLE.map(toFacts));
const BY_CODE: ReadonlyMap<string, CountryFacts> = new Map(ALL.map((f) => [f.code, f]));

/** The country with this ISO alpha-2 code (upper case, "JP"), or undefined for unknown codes. */
export function getCountry(code: string): CountryFacts | undefined {
  return BY_CODE.get(code);
}

/** Every country and territory of the dataset, sorted by alpha-2 code. */
export function allCountries(): readonly CountryFacts[] {
  return ALL;
}

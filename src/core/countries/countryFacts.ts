/**
 * Facts about countries for hovers and the country list, from the generated dataset table
 * (`world-countries`, ODbL, mledoze/countries).
 */
import { COUNTRY_TABLE } from './generated/countryTable';
import type { Country } from '../model';
import type { CountryRow } from './countryRow';

/** What a hover shows about a country: a `Country` without its mentions in a particular article. */
export type CountryFacts = Omit<Country, 'entityId' | 'mentions'>;

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
    ...(r.wikidata ? { wikidata: r.wikidata } : {}),
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

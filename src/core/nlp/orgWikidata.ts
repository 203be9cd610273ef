import { KNOWN_ORGS } from './knownOrgs';

/**
 * Wikidata item ids of the well-known organisations News Lens lists itself (`knownOrgs.ts`), keyed by canonical
 * name: the entry's full name, or the form itself for entries listed by form only ("UNICEF"). Only ids checked
 * against Wikidata's own items are listed; an organisation missing here simply has no link. The ids are
 * Wikidata's (CC0 1.0).
 */
export const ORG_WIKIDATA: Readonly<Record<string, string>> = Object.freeze({
  'United Nations': 'Q1065',
  'North Atlantic Treaty Organization': 'Q7184',
  'European Union': 'Q458',
  'Association of Southeast Asian Nations': 'Q7768',
  'World Health Organization': 'Q7817',
  'International Monetary Fund': 'Q7804',
  'World Trade Organization': 'Q7825',
  'World Bank': 'Q7164',
  'Group of 20': 'Q19771',
  'OPEC': 'Q7795',
  'International Atomic Energy Agency': 'Q41984',
  'UNICEF': 'Q740308',
  'UNESCO': 'Q7809',
  'UNDP': 'Q161718',
  'UNRWA': 'Q846656',
  'FAO': 'Q82151',
  'WFP': 'Q204344',
  'ILO': 'Q54129',
  'OECD': 'Q41550',
  'OSCE': 'Q81299',
  'SAARC': 'Q145700',
  'Interpol': 'Q8475',
  'INTERPOL': 'Q8475',
  'Shanghai Cooperation Organisation': 'Q485207',
  'African Union': 'Q7159',
  'Arab League': 'Q7172',
  'European Commission': 'Q8880',
  'European Parliament': 'Q8889',
  'European Council': 'Q8886',
  'European Central Bank': 'Q8901',
  'International Criminal Court': 'Q47488',
  'International Court of Justice': 'Q7801',
  'Security Council': 'Q37470',
  'General Assembly': 'Q47423',
  'Amnesty International': 'Q42970',
  'Hamas': 'Q38799',
  'al-Qaida': 'Q34490',
  'Islamic State': 'Q2429253',
  'Reuters': 'Q130879',
  'Associated Press': 'Q40469',
});

const own = (name: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(ORG_WIKIDATA, name) ? ORG_WIKIDATA[name] : undefined;

// Every written form of a listed organisation ("UN", "U.N.", "United Nations") to its id: an article that only
// writes "EU" gives an entity whose canonical name is "EU".
const BY_FORM: ReadonlyMap<string, string> = new Map(
  KNOWN_ORGS.flatMap(org => org.forms.flatMap(form => {
    const id = own(org.name || form);
    return id ? [[form, id] as const] : [];
  })),
);

/**
 * The Wikidata item id of a known organisation by its canonical name or any form `knownOrgs.ts` lists for it
 * ("United Nations" and "UN" -> "Q1065"), matched case-sensitively; undefined for any other name.
 */
export function orgWikidata(name: string): string | undefined {
  return own(name) ?? BY_FORM.get(name);
}

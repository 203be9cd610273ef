import type { Paragraph, PlacedMention } from '../model';
import { isCountryWord } from '../countries/resolver';
import { partitionPoint } from '../text/search';
import { spanAt } from '../text/spans';
import { isThingName } from './thingNames';

/**
 * A person's body named by its acronym right after the name: "Michael Tien of NPP", "Elizabeth Quat of DAB was
 * elected". Article-level, before grouping: the acronym (two to six capitals, no country's and no thing's) is an
 * organisation, where no mention holds it already.
 */

const AFFILIATION = /^ of (\p{Lu}{2,6})(?![\p{L}\p{N}.'’-])/u;

/**
 * Adds the acronym written as " of ACRONYM" right after a person's mention (source `context`, reason
 * `affiliation`), inside the person's paragraph. Input and output sorted by start and non-overlapping.
 */
export function addAffiliations(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const found: PlacedMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const match = AFFILIATION.exec(text.slice(m.end, m.end + 12));
    if (!match || isCountryWord(match[1]) || isThingName(match[1])) continue;
    const start = m.end + 4;
    const end = start + match[1].length;
    const p = spanAt(paragraphs, start);
    const next = partitionPoint(0, mentions.length, k => mentions[k].end <= start);
    if (!p || end > p.end || (next < mentions.length && mentions[next].start < end)) continue;
    found.push({ start, end, type: 'ORG', source: 'context', reason: 'affiliation', paragraph: p.index });
  }
  return found.length === 0 ? [...mentions] : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

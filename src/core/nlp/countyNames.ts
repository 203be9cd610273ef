import { giveWay } from './spanLists';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Counties written with "Co" before them, as Irish and Northern Irish news writes them: "Arklow, Co Wicklow", "Co.
 * Cork", "County Tyrone", and "Co Durham" in England. The tagger reads "Co" as a company's abbreviation and the whole as
 * a body, or "Co." alone as one.
 */

// The counties of the island of Ireland, and Durham: the only names "Co" stands before as a county's word.
const COUNTIES = new Set(['Antrim', 'Armagh', 'Carlow', 'Cavan', 'Clare', 'Cork', 'Derry', 'Londonderry', 'Donegal', 'Down',
  'Dublin', 'Fermanagh', 'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim', 'Limerick', 'Longford', 'Louth',
  'Mayo', 'Meath', 'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Tyrone', 'Waterford', 'Westmeath', 'Wexford',
  'Wicklow', 'Durham']);

/** Whether tokens `i` and `i + 1` are a county's word and a county's name ("Co Wicklow", "Co. Cork", "County Tyrone"). */
const isCountyAt = (tokens: readonly Token[], i: number): boolean => {
  const word = tokens[i];
  const name = tokens[i + 1];
  return name !== undefined && (word.text === 'Co' || word.text === 'County') && (word.post === '' || word.post === '.')
    && COUNTIES.has(name.text) && name.pre === '' && !tokens[i - 1]?.post.endsWith('&') && tokens[i - 1]?.text !== '&';
};

/**
 * A step over the tagger's spans (spanSteps.ts): each county written so is one place, and the spans of its words alone
 * give way to it (a longer name that holds it stays). Spans stay sorted and disjoint.
 */
export function joinCountyNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const counties: TaggedSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (a longer name that holds the county stays: "the Co Durham Police")
    if (isCountyAt(tokens, i) && !spans.some(s => s.first <= i + 1 && s.last >= i && (s.first < i || s.last > i + 1))) {
      counties.push({ first: i, last: i + 1, type: 'LOC' });
    }
  }
  return giveWay(spans, counties);
}

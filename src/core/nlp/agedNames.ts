import { isListedGivenName } from './listedGivenNames';
import { isGivenNameTag, type Token } from './tokens';
import type { UnitState } from './unitState';

// A word of a person's name: capitalised, maybe with a hyphen or an apostrophe inside ("Gaskarth", "Owusu-Bright", "O'Hara").
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const AGE = /^\d{1,3}$/;

/**
 * Part of the coordination pass (`pipeline.ts`): a given name and one or two surnames with an age after them, set off
 * by commas or in brackets, are a person ("Hollie Marsh, 34, from Lancaster, said", "Jordan Vale (29), of Hulme - 13
 * years"), where no pass read them or only the gazetteer or the tagger read a word of them as a country or a place
 * ("Jordan"). The given name is the lexicon's, a name the lexicon knows as a person's, or the list's; no capitalised
 * word is glued before it. Adds mentions (`coordination`, reason `aged-name`), replacing those it holds; keeps
 * `mentions` sorted.
 */
export function addAgedNames(state: UnitState): void {
  const { tokens } = state;
  let mentions = state.mentions;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isGivenName(t) || (k > 0 && isGlued(tokens[k - 1], t) && /^\p{Lu}/u.test(tokens[k - 1].text))) continue;
    let last = k;
    while (last - k < 2 && tokens[last + 1] !== undefined && isGlued(tokens[last], tokens[last + 1]) && NAME_WORD.test(tokens[last + 1].text)) last++;
    if (last === k || !hasAgeAfter(tokens, last)) continue;
    const start = t.start;
    const end = tokens[last].end;
    const met = mentions.filter(m => m.start < end && start < m.end);
    if (met.some(m => m.start < start || m.end > end || (m.source !== 'gazetteer' && !(m.source === 'tagger' && m.type === 'PLACE')))) continue;
    mentions = [...mentions.filter(m => !met.includes(m)), { start, end, type: 'PERSON', source: 'coordination', reason: 'aged-name' }];
    k = last;
  }
  if (mentions !== state.mentions) state.mentions = mentions.sort((a, b) => a.start - b.start);
}

/** Whether an age follows token `last`: ", 34," or " (29)". */
function hasAgeAfter(tokens: readonly Token[], last: number): boolean {
  const age = tokens[last + 1];
  if (age === undefined || !AGE.test(age.text) || age.sentence !== tokens[last].sentence) return false;
  return (tokens[last].post === ',' && /^,/.test(age.post)) || (tokens[last].post === '' && age.pre === '(' && /^\)/.test(age.post));
}

const isGivenName = (t: Token): boolean => NAME_WORD.test(t.text)
  && (isGivenNameTag(t.lexTag) || t.lexTag === 'Person' || (t.lexTag === undefined && isListedGivenName(t.text)));

const isGlued = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && a.sentence === b.sentence && b.start === a.end + 1;

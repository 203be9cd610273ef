import { isCountryWord } from '../countries/resolver';
import { isKnownPlace } from './connectorSplits';
import { ORG_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A span step (`spanSteps.ts`): a body's name that an acronym in brackets spells out in full is one name,
// however the tagger cut it.

// Small words an acronym may skip or take the first letter of ("Office for Budget Responsibility": OBR; "Interim
// Force in Lebanon": UNIFIL).
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', '&']);

// The most words a name spelt by an acronym runs to, counted back from the bracket.
const MAX_WORDS = 10;

/**
 * Whether the words spell `acronym`, in order: each word gives the first one to three letters of its own, a small word
 * its first letter or none ("Canadian Interagency Forest Fire Centre": CIFFC; "United Nations Interim Force in
 * Lebanon": UNIFIL; "Socialists and Democrats": SD, from "S&D"). Case-insensitive.
 */
function spells(words: readonly string[], acronym: string, w = 0, a = 0): boolean {
  if (w === words.length) return a === acronym.length;
  const word = words[w].toLowerCase();
  if (SMALL_WORDS.has(word)) return spells(words, acronym, w + 1, a) || (word[0] === acronym[a] && spells(words, acronym, w + 1, a + 1));
  for (let k = 1; k <= 3 && a + k <= acronym.length && k <= word.length; k++) {
    if (word.slice(0, k) === acronym.slice(a, a + k) && spells(words, acronym, w + 1, a + k)) return true;
  }
  return false;
}

/**
 * "the Socialists and Democrats (S&D) group", "the Canadian Interagency Forest Fire Centre (CIFFC)", "the United
 * Nations Interim Force in Lebanon (UNIFIL)": where an acronym in capitals stands
 * in brackets right after a run of words that spells it (`spells`: the first run that does, counted back from the
 * bracket, opening with a capitalised word, no punctuation inside but hyphens and possessives, no lower-case word but
 * small ones), that run is one organisation, and the tagger's spans inside it go; only when one of
 * them is an organisation's or the run ends in a body's head, and never a country's or a listed place's name
 * ("the Democratic Republic of the Congo (DRC)"). Spans stay sorted and disjoint.
 */
export function joinAcronymNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  let out = [...spans];
  for (let i = 1; i < tokens.length; i++) {
    const acronym = tokens[i];
    if (acronym.pre !== '(' || !/^\)/.test(acronym.post) || !/^\p{Lu}[\p{Lu}&]{1,8}$/u.test(acronym.text)) continue;
    const letters = acronym.text.replace(/&/g, '').toLowerCase();
    const end = i - 1;
    let first = -1;
    for (let j = end; j >= 0 && end - j < MAX_WORDS && tokens[j].sentence === acronym.sentence; j--) {
      const t = tokens[j];
      const isCapital = /^\p{Lu}/u.test(t.text);
      if ((j < end && !(t.post === '' || t.post === '-')) || (!isCapital && !SMALL_WORDS.has(t.lower))) break;
      if (isCapital && spells(tokens.slice(j, end + 1).map(x => x.text), letters)) {
        first = j;
        break;
      }
    }
    if (first < 0 || first === end) continue;
    const inside = out.filter(s => s.first <= end && first <= s.last);
    const name = tokens.slice(first, end + 1).map(t => t.text).join(' ');
    const isBody = inside.some(s => s.type === 'ORG') || ORG_HEADS.has(tokens[end].lower);
    if (!isBody || inside.some(s => s.first < first || s.last > end) || isCountryWord(name) || isKnownPlace(tokens, first, end)) continue;
    if (inside.length === 1 && inside[0].first === first && inside[0].last === end) continue;
    out = [...out.filter(s => !inside.includes(s)), { first, last: end, type: 'ORG' as const }].sort((a, b) => a.first - b.first);
  }
  return out;
}

import type { RawMention } from '../model';
import type { Token } from './tokens';
import type { UnitState } from './unitState';

/**
 * Pass (`pipeline.ts`): an organisation's acronym in brackets after its name; the acronym replaces what the tagger
 * made of the same word ("(OBR)" as a person), and stays out of an organisation's span. Leaves the mentions
 * sorted by start.
 */
export function addAcronyms(state: UnitState): void {
  const { text, tokens } = state;
  const out = state.mentions.sort((a, b) => a.start - b.start);
  const acronyms = acronymsInBrackets(text, tokens, out);
  // the tagger's reading of the same word goes, even as a body, so that every "Fema" of the article is the acronym's body
  const kept = out.filter(m => !acronyms.some(a => a.start === m.start && a.end === m.end));
  state.mentions = [...kept, ...acronyms.filter(a => !kept.some(m => m.start < a.end && a.start < m.end))].sort((a, b) => a.start - b.start);
}

// Small words a body's initials skip ("Office for Budget Responsibility": OBR).
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/** An acronym written as a word, in British style, that spells the name's initials: "Fema", "Nato" (not "Unicef"). */
function isInitialsWord(word: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter(w => w !== '' && !SKIPPED.has(w.toLowerCase())).map(w => w[0]).join('');
  return /^\p{Lu}\p{Ll}{2,5}$/u.test(word) && initials.length === word.length && initials.toLowerCase() === word.toLowerCase();
}

/**
 * "the Office for Budget Responsibility (OBR)", "the Federal Emergency Management Agency (Fema)": an acronym in
 * brackets right after an organisation's name is the same organisation, named by its full name (`name`), whatever
 * the tagger made of it.
 */
function acronymsInBrackets(text: string, tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let t = 0;
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    while (t < tokens.length && tokens[t].start < m.end) t++;
    const a = tokens[t];
    if (!a || a.pre !== '(' || !/^\)/.test(a.post) || text.slice(m.end, a.start).trim() !== '(') continue;
    if (!/^\p{Lu}{2,6}s?$/u.test(a.text) && !isInitialsWord(a.text, text.slice(m.start, m.end))) continue;
    out.push({ start: a.start, end: a.end, type: 'ORG', source: 'acronym', reason: 'acronym-in-brackets', name: m.name ?? text.slice(m.start, m.end) });
  }
  return out;
}

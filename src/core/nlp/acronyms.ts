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
  const kept = out.filter(m => !acronyms.some(a => a.start === m.start && a.end === m.end && m.type !== 'ORG'));
  state.mentions = [...kept, ...acronyms.filter(a => !kept.some(m => m.start < a.end && a.start < m.end))].sort((a, b) => a.start - b.start);
}

/**
 * "the Office for Budget Responsibility (OBR)": an acronym in brackets right after an organisation's name is
 * the same organisation, named by its full name (`name`), whatever the tagger made of it.
 */
function acronymsInBrackets(text: string, tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let t = 0;
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    while (t < tokens.length && tokens[t].start < m.end) t++;
    const a = tokens[t];
    if (!a || a.pre !== '(' || !/^\)/.test(a.post) || !/^\p{Lu}{2,6}s?$/u.test(a.text) || text.slice(m.end, a.start).trim() !== '(') continue;
    out.push({ start: a.start, end: a.end, type: 'ORG', source: 'acronym', reason: 'acronym-in-brackets', name: m.name ?? text.slice(m.start, m.end) });
  }
  return out;
}

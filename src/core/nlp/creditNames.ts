import { isCompanyNoun } from './companyRules';
import { ORG_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A step over the tagger's spans (spanSteps.ts): the credits of a work written in running text ("designed
 * by Es Devlin", "with music by Anna Meredith", "directed by Ola Dunn") name people. A body's span of two or three
 * capitalised words right after such a credit, with no body's head and no company noun, is a person. "Produced by" and
 * "published by" are left out: a studio or a house is credited so as often. Same order and bounds.
 */

// The participles and nouns of a credit, before "by".
const CREDITS = new Set(['designed', 'directed', 'written', 'choreographed', 'composed', 'conducted', 'lit', 'illustrated',
  'translated', 'narrated', 'adapted', 'photographed', 'curated', 'music', 'lyrics', 'costumes', 'choreography', 'design',
  'direction', 'lighting', 'sound', 'words', 'drawings', 'photographs', 'photography']);

export function typeCreditedPeople(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.type !== 'ORG' || s.last === s.first || s.last - s.first > 2) return s;
    const by = tokens[s.first - 1];
    const credit = tokens[s.first - 2];
    if (by?.text !== 'by' || credit === undefined || !CREDITS.has(credit.lower) || credit.post !== '' || by.post !== '') return s;
    const words = tokens.slice(s.first, s.last + 1);
    if (words.some(t => !/^\p{Lu}\p{Ll}/u.test(t.text) || ORG_HEADS.has(t.lower) || isCompanyNoun(t))) return s;
    return { ...s, type: 'PER' };
  });
}

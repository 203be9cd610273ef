import type { Paragraph } from '../model';

/**
 * Articles whose own words mislead the themes, known by their headline: a review tells the plot of the work it
 * reviews ("a play set in a war": soldiers, bombs, murders), an obituary the illness its subject died of. What the
 * article is about is the work, or the life.
 */

/** A review or an obituary; other articles have no genre here. */
export type ArticleGenre = 'review' | 'obituary';

// "Macbeth review - a thrilling staging", "Don Giovanni review: ...", "The Salt Road by Jane Doe review": the word
// ends the name of what is reviewed ("Justices to Review Issue of ..." is a court's review).
const REVIEW = /\breview\s*(?:[-–—:|]|$)/iu;
// "Dennis Marlowe, jazz saxophonist, dies aged 84", "Frank Stanton ... Dies at 98", "Obituary: ...".
const OBITUARY = /\b(?:dies|died|dead) (?:aged|at) \d{1,3}\b|\bobituary\b/i;

/** The genre the headline (the paragraph of kind 'headline', if any) of an article of `text` gives it, or undefined. */
export function articleGenre(text: string, paragraphs: readonly Paragraph[]): ArticleGenre | undefined {
  const p = paragraphs.find(q => q.kind === 'headline');
  if (!p) return undefined;
  const headline = text.slice(p.start, p.end);
  if (REVIEW.test(headline)) return 'review';
  if (OBITUARY.test(headline)) return 'obituary';
  return undefined;
}

import type { Paragraph, Span } from '../model';
import { holdsInSomePart, type ParagraphMemo } from '../pipeline/paragraphMemo';

/**
 * Racehorses in a racing report's results: "1st Corrib Lady (IRE) 8/1", "2nd Harbour Lights (Tom Marquand) 9/2",
 * "Race 3: 1st Saltmarsh (J. Doyle)". A horse is no person, organisation or place, though its name reads like one
 * ("Harbour Lights", "Corrib Lady"). Read only in an article that speaks of racing (a jockey, a trainer, furlongs,
 * a racecourse) and gives odds ("9/2", "7/2F", "11-4"): a name written with a breeding country's code in capitals
 * after it, and a name after a placing ("1st", "2nd", or a bare number that opens a line of a card) with its rider in
 * brackets after it.
 */

// Racing's own words: a text with none of them has no horses to find.
const RACING = /\b(?:jockeys?|trainers?|furlongs?|racecourses?|racehorses?|stewards|each-way|gelding|filly|fillies|colt|mare|stallion)\b/i;
const hasRacingWords = (text: string): boolean => RACING.test(text);
// Odds as a results line writes them: "9/2", "7/2F", "11/4JF", "100/30", "5-1 fav".
const ODDS = /(?:^|[\s(])\d{1,3}\/\d{1,2}(?:J?F|fav)?(?=$|[\s,;.)])|\b\d{1,2}-1 (?:fav|jt-fav)\b/m;
// The country a horse was bred in, in capitals in brackets after its name (the racing calendars' codes). A horse's
// name: capitalised words, small linking words inside ("Sea of Brass", "Queen of the Nile"), apostrophes; it starts
// a word (a match tried inside a long word would cost its length at every letter).
const BRED = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’]*(?: (?:(?:of|the|de|du|la|le|in|on|and) )*\p{Lu}[\p{L}'’]*){0,4}) \((IRE|GB|FR|NZ|AUS|USA|GER|JPN|ITY|SAF|ARG|BRZ|CAN|CHI|SPA|HK)\)/gu;
// A placing, the horse, and its rider in brackets: "1st Kunanyi (Jye McNeil)", "3. Dawn Raid (R Moore)".
const PLACED = /(?:^|[\s:;,])((?:\d{1,2}(?:st|nd|rd|th)|\d{1,2}\.) (\p{Lu}[\p{L}'’]*(?: (?:(?:of|the|de|du|la|le|in|on|and) )*\p{Lu}[\p{L}'’]*){0,4})) \((?:\p{Lu}\.? ?){0,3}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*\)/gu;

// The same in a results card that writes the placing as a bare number at the line's start, with the odds after the
// rider: "1 Quiet Reading (Luke Fennimore) 9-2", "2 Tin Soldier (H Marsh) 5-4 fav".
const CARDED = /^((\d{1,2}) (\p{Lu}[\p{L}'’]*(?: (?:(?:of|the|de|du|la|le|in|on|and|Of|The) )*\p{Lu}[\p{L}'’]*){0,4})) \((?:\p{Lu}\.? ?){0,3}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*\) \d{1,3}[-/]\d{1,2}\b/gmu;

/**
 * The racehorses `text` names in its results (see the file's note): `names` holds each as written ("Harbour Lights")
 * and a breeding code that `text` writes only after horses ("IRE"); `spans` the placing, name and code of each as
 * they stand in the results ("2nd Harbour Lights (IRE)"), where the tagger may have cut a name short or run it into
 * its placing. Both empty when the text does not read as a racing report. Given the article's `paragraphs` and a
 * `memo`, racing's words are looked for paragraph by paragraph, each paragraph's answer kept while its text stays
 * (`holdsInSomePart`: a word stands inside one paragraph); the answer is the same.
 */
export function horseNames(text: string, paragraphs?: readonly Paragraph[], memo?: ParagraphMemo): { names: Set<string>; spans: Span[] } {
  const names = new Set<string>();
  const spans: Span[] = [];
  const isRacing = paragraphs && memo ? holdsInSomePart(hasRacingWords, text, paragraphs, memo) : hasRacingWords(text);
  if (!isRacing || !ODDS.test(text)) return { names, spans };
  const codes = new Map<string, number>();
  for (const m of text.matchAll(BRED)) {
    // "J. O'Brien (IRE)": an initial before the name makes it a person's
    if (/\p{Lu}\. ?$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    names.add(m[1]);
    const placing = /(?:^|\s)\d{1,2}(?:st|nd|rd|th) $/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    spans.push({ start: placing ? m.index - placing[0].trimStart().length : m.index, end: m.index + m[0].length });
    codes.set(m[2], (codes.get(m[2]) ?? 0) + 1);
  }
  for (const m of text.matchAll(PLACED)) {
    names.add(m[2]);
    const start = m.index + m[0].indexOf(m[1]);
    spans.push({ start, end: start + m[1].length });
  }
  for (const m of text.matchAll(CARDED)) {
    names.add(m[3]);
    spans.push({ start: m.index, end: m.index + m[1].length });
  }
  // a code written nowhere but after horses ("(IRE)" four times, never "IRE" alone)
  for (const [code, n] of codes) if (text.split(code).length - 1 === n) names.add(code);
  return { names, spans };
}

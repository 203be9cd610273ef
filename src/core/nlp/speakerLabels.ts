/**
 * The speaker labels of an interview's transcript: "Q: How did it start?", "Interviewer: And the money?", "MQ: A tour
 * of Canada." A label that names a part of the exchange (question, answer, interviewer, host) or a speaker's initials
 * is no entity; a label that is a name ("Quinlan: The council helped") is left to the other rules.
 */

// Labels that name a part of the exchange or a role in it, never a person, a body or a place.
const EXCHANGE_LABELS = new Set(['Q', 'A', 'Q.', 'A.', 'Question', 'Questions', 'Answer', 'Interviewer', 'Interviewee',
  'Host', 'Presenter', 'Reporter', 'Moderator', 'Narrator', 'Caller', 'Audience', 'Voice', 'Voices', 'Both', 'All',
  'Panel', 'Panelist', 'Panellist', 'Speaker', 'Announcer', 'Chair', 'Transcript']);

// A label at a line's start: one to three capitalised words (or initials) right before a colon and a space.
const LINE_LABEL = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}):[ \t]/gu;
// A speaker's initials: two or three capitals ("MQ", "WN", "JFK").
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * The labels of `text` that are no entity: an exchange's labels (`EXCHANGE_LABELS`) wherever they open a line before
 * a colon, and initials that open two lines or more so and that the article writes nowhere else ("MQ: ..." twice).
 * Empty when the text has no such line.
 */
export function speakerLabels(text: string): Set<string> {
  const out = new Set<string>();
  const initials = new Map<string, number>();
  // a label ends with a colon: a text without one costs no scan of `LINE_LABEL` at every position
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(LINE_LABEL)) {
    const label = m[1];
    if (EXCHANGE_LABELS.has(label)) out.add(label);
    else if (INITIALS.test(label)) initials.set(label, (initials.get(label) ?? 0) + 1);
  }
  for (const [label, asLabel] of initials) {
    if (asLabel >= 2 && wholeWordCount(text, label) === asLabel) out.add(label);
  }
  return out;
}

/** How often `word` stands in `text` as a whole word. */
function wholeWordCount(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) n++;
  }
  return n;
}

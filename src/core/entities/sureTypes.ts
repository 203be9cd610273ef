import type { EntityType, PlacedMention } from '../model';

// The steps of harmonise.ts that read a mention's own context, not the name's: "the club" where a town's name plays,
// "the city" after a preposition of place, "the club" of a results table. They say nothing of the name's other mentions.
const MENTION_STEPS = /\+(?:city|club|table)$/;

/**
 * Whether a mention's type rests on nothing but a repeat of the name or the votes of the tagger's mentions. (The tagger's
 * own reading where harmonise.ts left it stays: it may be the context's, "jobs in Halcombe" after "which owns Halcombe".)
 */
const isUnsure = (m: PlacedMention): boolean => (m.source === 'tagger' && m.reason.endsWith('+consistency'))
  || (m.source === 'repeat' && m.reason === 'repeat');

/** Whether a mention's type rests on evidence about the name: a rule, a list, a gazetteer, or a step of harmonise.ts. */
const isSure = (m: PlacedMention): boolean => !isUnsure(m) && m.reason !== 'tagger' && m.type !== 'COUNTRY' && m.source !== 'capitals' && m.source !== 'pair'
  && !MENTION_STEPS.test(m.reason);

/**
 * One name, one type, where the article's evidence agrees: the mentions of a name that rest on a plain repeat or the votes
 * (`isUnsure`) take the type of the name's other mentions when those rest on evidence about the name and all agree
 * ("Henham" placed by the place lists three times stays a place in "Henham parish councillor", which repeated a person;
 * "Sunderland" placed by them three times is no body where the votes made one); failing such mentions, a name's repeats
 * take the type its tagger's mentions agree on ("Dimorphos" read as a place six times is no person where repeated). A
 * mention typed by its own context (`MENTION_STEPS`: a town's club where it plays) sets no type, the tagger's own
 * readings keep theirs, and a person's surname stays the person's ("Balanchine" after "George Balanchine"). Same
 * mentions, same order; only `type` and `reason` change.
 */
export function followSureTypes(mentions: readonly PlacedMention[], surface: (m: PlacedMention) => string): PlacedMention[] {
  const sure = new Map<string, EntityType | null>();
  const guessed = new Map<string, EntityType | null>();
  const note = (map: Map<string, EntityType | null>, s: string, type: EntityType): void => {
    const had = map.get(s);
    map.set(s, had === undefined || had === type ? type : null);
  };
  // "Balanchine" after "George Balanchine": a repeat of a person's surname is that person, whatever the tagger guessed
  const surnames = new Set<string>();
  for (const m of mentions) {
    const s = surface(m);
    if (m.type === 'PERSON' && s.includes(' ')) surnames.add(s.slice(s.lastIndexOf(' ') + 1));
    if (m.type === 'COUNTRY') continue;
    if (isSure(m)) note(sure, s, m.type);
    else if (m.source === 'tagger') note(guessed, s, m.type);
  }
  const sureTyped = (m: PlacedMention): PlacedMention => {
    const s = surface(m);
    if (m.type === 'COUNTRY' || !isUnsure(m) || (m.type === 'PERSON' && surnames.has(s))) return m;
    const type = sure.get(s) ?? (sure.has(s) || m.source !== 'repeat' ? undefined : guessed.get(s));
    if (!type || type === m.type) return m;
    // (a person's role goes with the person)
    const { role: _role, ...rest } = m;
    return { ...(type === 'PERSON' ? m : rest), type, reason: `${m.reason}+sure-type` };
  };
  // Pushed, not mapped: the passes after harmonising read this array, and one `map` makes in optimised code is of
  // another kind than one it makes before (see `order` in groupMentionsSteps, group.ts)
  const out: PlacedMention[] = [];
  for (const m of mentions) out.push(sureTyped(m));
  return out;
}

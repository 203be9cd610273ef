import { forLastText } from '../text/lastText';
import { creditedWorks } from './creditLines';
import type { MentionSource, Paragraph, Span } from '../model';
import { holdsInSomePart, type ParagraphMemo } from '../pipeline/paragraphMemo';
import { lexiconTag } from './engine';
import { isGivenNameTag } from './tokens';
import { listedProducts, modelSpans } from './products';
import { isThingName } from './thingNames';

/**
 * Works of art named by the copy around them: a play, an opera, a novel or a film that a review names ("Macbeth
 * review - a thrilling staging", "This Macbeth is set in ...", "Mozart's Don Giovanni", "Don Giovanni runs at the
 * Royal Opera House until 12 April", "The Salt Road is published by ..."). A work is no person, organisation or
 * place; where the same name is the character in the plot ("Fiennes plays Macbeth", "When Macbeth murders Duncan")
 * the person stays.
 */

/** A mention as the article-level steps see it: offsets into the article, type and the rule that found it. */
export interface MentionLike {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly source: MentionSource;
  readonly name?: string;
  /** Why the pass that found it took it ("table:players"). */
  readonly reason?: string;
}

/**
 * The sources of the mentions that the article's own evidence may overrule (a work, no name at all): the tagger's and
 * rules' guesses, and repeats of their names. Gazetteer hits and known organisations keep their own evidence.
 */
export const JUDGED: ReadonlySet<MentionSource> = new Set(['tagger', 'repeat', 'capitals', 'context', 'head']);

// Words of the arts that make a name after a person's possessive a work ("Mozart's Don Giovanni"), not a person
// ("Trump's Mike Pence").
const ARTS_WORDS = /\b(?:opera|operas|aria|libretto|overture|symphony|concerto|sonata|ballet|novel|novels|novelist|play|playwright|staging|production|premiere|album|film|documentary|exhibition|review)\b/i;
const hasArtsWords = (text: string): boolean => ARTS_WORDS.test(text);

// A venue's word after "opens at", "runs at": "the Harold Pinter Theatre", "the Royal Opera House".
const VENUE = /^(?:the )?\p{Lu}[^.\n]{0,40}?\b(?:Theatre|Theater|Opera|Playhouse|Gallery|Museum|Hall|House|Centre|Center|Cinema|Cinemas|Coliseum|Barbican|Festival|Warehouse|Vic)\b/u;

// What a run or a release of a work says after its name: "runs until May", "is published by Faber", "opens in cinemas".
const RUN_AFTER = /^ (?:(?:opens|runs|continues|plays|transfers|returns|tours) until\b|(?:is|was|will be) (?:published|released|out|reissued|due for release|due out)\b|(?:is|are|was) (?:in|on) (?:cinemas|release|tour)\b|(?:opens|is released|premieres) (?:in|at) cinemas\b)/;
const RUN_AT = /^ (?:opens|runs|continues|transfers|returns|premieres|is) (?:at|to) /;

// A work's kind set off by a comma before its title: "your debut, Kelvin Blue,", "a memoir, A Room Facing South,"; and
// what is a work's follow-up: "the follow-up to Brat".
const KIND_BEFORE = /\b(?:debut|album|record|single|EP|memoir|novel|book|collection|film|documentary|series|drama|play|musical|painting|canvas|mural|sculpture)(?: (?:album|novel|record|single|film|collection|memoir))?, (?:(?:A|An|The) )?$|\b(?:follow-up|sequel|prequel|successor) to (?:the )?$/;
// A title closed as an apposition is: by a comma, a bracket, a full stop or a dash.
const CLOSED_AFTER = /^(?:[,.;)]| \(| [-–])/;
// A year or a span of years in brackets after a title: "Harmattan Over Hillsborough (2011)", "Don Valley Suite (1979-84)".
const YEAR_AFTER = /^ \((?:1[5-9]|20)\d\d(?:[-–]\d{2,4})?\)/;

// Nouns whose "of" names a work: "a production of Macbeth", "the author of Harmattan".
const WORK_OF = /\b(?:production|productions|staging|stagings|adaptation|premiere|sequel|prequel|libretto|author|composer) of (?:the )?$|\bthe (?:[\p{L}-]+ )?(?:company|studio|firm|team|label) behind $|\bthe (?:makers|creators) of $/iu;

/**
 * Whether `before` ends as every match of `WORK_OF` does ("of ", "of the ", "behind ", in any case): the cheap test
 * first, as a test of `WORK_OF` tries each of its alternatives at each position of the copy before every mention.
 */
function isWorkOfTail(before: string): boolean {
  const tail = before.slice(-7).toLowerCase();
  return tail.endsWith('of ') || tail.endsWith('of the ') || tail.endsWith('behind ');
}

// Words before a name that make it the character ("Fiennes plays Macbeth", "Byström as Donna Anna", "Lady Macbeth").
const CHARACTER_BEFORE = /\b(?:plays|played|playing|play|as|Lady|Lord|King|Queen|Prince|Princess)\s$/;
// Verbs after a name that say the work's run, not a character's deed.
const WORK_VERBS = new Set(['opens', 'opened', 'runs', 'continues', 'transfers', 'returns', 'premieres', 'premiered', 'tours', 'is', 'was', 'has', 'does', 'remains', 'feels', 'seems', 'looks']);

/** Whether the occurrence of a name at `[start, end)` is the character of a plot: "plays Macbeth", "Macbeth murders Duncan". */
function isCharacter(text: string, start: number, end: number): boolean {
  if (CHARACTER_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return true;
  const verb = /^ (\p{Ll}+(?:s|ed))\b/u.exec(text.slice(end, end + 20));
  return verb !== null && !WORK_VERBS.has(verb[1]) && verb[1] !== 'review' && !/(?:ss|us|is)$/.test(verb[1]);
}

/** Whether the line holding `start` opens with the name and goes on with "review" ("Macbeth review - ...", "The Salt Road by Jane Doe review"). */
function isReviewedInHeadline(text: string, start: number, end: number, name: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^(?:The |A )?$/.test(text.slice(lineStart, start))) return false;
  if (!/^(?: by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})? review\b/u.test(text.slice(end, end + 60))) return false;
  // "Adele review": a performer's concert, named by a given name
  return !isGivenNameTag(lexiconTag(name.split(/\s+/)[0].toLowerCase()));
}

// What follows "this" and a production's name: a verb of its own or a stop ("This Macbeth is set in ..."); not a noun
// ("this London borough").
const THIS_AFTER = /^(?: (?:is|was|has|had|opens|runs|feels|seems|looks|makes|takes|begins|ends|starts)\b|[,.;:!?)]|$)/;

// Verbs of making, performing or showing a work, before its title: "starred in Fjordland", "opened with Harbour
// Lights", "directed Moonlight", "a cover of The Mercy Seat".
const MAKING_BEFORE = /\b(?:starred in|stars in|starring in|directed|co-directed|opened with|opens with|closed with|closes with|ended with|covered|a cover of|sang|screened|premiered|recorded) (?:the )?$/;

const SHOW_BEFORE = /\b(?:present(?:s|ed|ing)?|host(?:s|ed|ing)?|appear(?:s|ed|ing)? on|star(?:s|red|ring)? in) (?:the )?\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)?['’]s (?:\p{Lu}[\p{L}'-]*['’]s )?$/u;
const PRIZE_FOR = /\b(?:won|wins|winning|earned|nominated for) (?:an? |the |two |three )?(?:Bafta|Baftas|Oscar|Oscars|Emmy|Emmys|Grammy|Grammys|Olivier|Tony|Golden Globe|award|awards|prize) for (?:(?:his|her|their|the) |\p{Lu}[\p{L}'-]*['’]s )?$/u;

/** Whether the copy around the mention at `[start, end)` names a work of art. */
function isWorkCue(text: string, m: MentionLike, people: readonly MentionLike[], isArts: boolean): boolean {
  const name = text.slice(m.start, m.end);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 80);
  if (isReviewedInHeadline(text, m.start, m.end, name)) return true;
  // a show after a channel's possessive and a verb of presenting or appearing ("presenting the BBC's Morrow's Kitchen",
  // "appeared on ITV's This Morning"), a work after a prize won for it ("won a Bafta for Morrow's Kitchen")
  // (not the owner in "the BBC's Morrow's Kitchen")
  if ((SHOW_BEFORE.test(before) || PRIZE_FOR.test(before)) && !/^['’]s\b/.test(after)) return true;
  // in an article about the arts, a title after a verb of making or performing it (a person keeps a given name)
  if (isArts && MAKING_BEFORE.test(before) && !isGivenNameTag(lexiconTag(name.split(/\s+/)[0].toLowerCase()))) return true;
  // "This Macbeth is set in ...": a demonstrative before a person's name makes it a production
  if (m.type === 'PERSON' && /\b[Tt]his $/.test(before) && THIS_AFTER.test(after)) return true;
  if (RUN_AFTER.test(after) || (RUN_AT.test(after) && VENUE.test(after.replace(RUN_AT, '')))) return true;
  // in an article about the arts, a title after its kind set off by a comma ("her debut, Kelvin Blue,"), or after "the
  // follow-up to"; and a title with its year in brackets, no person's ("The Salford Suite (1972)") (a person keeps a given name)
  if (isArts && !isGivenNameTag(lexiconTag(name.split(/\s+/)[0].toLowerCase()))) {
    const isApposed = /, (?:A |An |The )?$/.test(before);
    if ((isApposed || / to (?:the )?$/.test(before)) && KIND_BEFORE.test(before) && (!isApposed || CLOSED_AFTER.test(after))) return true;
    if (m.type !== 'PERSON' && YEAR_AFTER.test(after)) return true;
  }
  // "the Booker-shortlisted Harmattan", "her Oscar-nominated Moonlight": a prize's list names works (a person keeps a given name)
  if ((isWorkOfTail(before) && WORK_OF.test(before)) || (/\p{L}-(?:shortlisted|longlisted|nominated) $/u.test(before) && !isGivenNameTag(lexiconTag(name.split(/\s+/)[0].toLowerCase())))) return true;
  // "Mozart's Don Giovanni", "Achebe's Things Fall Apart" in an article about the arts
  return isArts && /['’]s $/.test(before) && people.some(p => p.end === m.start - 3 || (p.end === m.start - 2 && /’s $/.test(before)));
}

// A work's title after its author's possessive: capitalised words with the small words of titles ("Things Fall Apart",
// "Half of a Yellow Sun").
const TITLE = /^\p{Lu}[\p{L}'’-]*(?: (?:(?:of|a|an|the|and|in|on|for|to|from) )*\p{Lu}[\p{L}'’-]*)*/u;
// Words of a title that make it a building's or a body's name ("London's Royal Opera House", "New York's City Ballet").
const NOT_TITLE = /\b(?:House|Theatre|Theater|Hall|Museum|Gallery|Centre|Center|Opera|Ballet|Orchestra|Company|Council|University|Street|Square|Park)\b/;

/** Works and their authors read from the copy: the spans of the works, and the names that are their authors. */
export interface WorkReading {
  /** The spans of the article that name a work, sorted by start. */
  readonly works: readonly Span[];
  /** Names of two or three words the tagger read as a place or a body, that are a work's author ("Chinua Achebe's"). */
  readonly authors: readonly Span[];
  /**
   * Titles whose ends the copy marks (a setlist's line, quotation marks, a product listed beside a known one, a ship's
   * prefix), names of things by their form (`isThingName`) and
   * their other writings: every mention inside one is the title's word, whichever rule found it ("Lisbon" of "3.
   * Lisbon in the Rain").
   */
  readonly titles: readonly Span[];
}

/**
 * In an arts article, a name of two or three words before a possessive and a title of three words or more, or with
 * the small words of titles, is the title's author ("Chinua Achebe's Things Fall Apart", "Chimamanda Ngozi Adichie's
 * Half of a Yellow Sun"); the title is a work. Not a building's or a body's name, nor a person's ("Hong Kong's Carrie
 * Lam": two words, the first a given name).
 */
function authoredTitles(text: string, mentions: readonly MentionLike[], works: Span[], authors: Span[]): void {
  for (const m of mentions) {
    if (!JUDGED.has(m.source) || m.type === 'COUNTRY' || !/^\p{Lu}\S* \p{Lu}\S*(?: \p{Lu}\S*)?$/u.test(text.slice(m.start, m.end))) continue;
    if (!/^['’]s /.test(text.slice(m.end, m.end + 3))) continue;
    const start = m.end + 3;
    let title = TITLE.exec(text.slice(start, start + 80))?.[0] ?? '';
    // "Things Fall Apart and of Chimamanda Ngozi Adichie's ...": the next author's possessive ends the title
    const next = title.search(/(?: (?:and|of|the|a|an|in|on|for|to|from))+(?: \p{Lu}[\p{L}-]*)+['’]s\b/u);
    if (next > 0) title = title.slice(0, next);
    const words = title.split(' ');
    const isTitle = (words.length >= 3 || /\s\p{Ll}/u.test(title)) && !NOT_TITLE.test(title) && !isGivenNameTag(lexiconTag(words[0].toLowerCase()));
    if (!isTitle) continue;
    works.push({ start, end: start + title.length });
    if (m.type !== 'PERSON') authors.push({ start: m.start, end: m.end });
  }
}

/**
 * The works of art the article names and their authors: every whole-word occurrence of a name that the copy
 * somewhere calls a work (`isWorkCue`), save the occurrences that make it the character of the plot, and no name
 * the copy makes a character more often than a work; and the titles after an author's possessive (`authoredTitles`).
 * Given the article's `paragraphs` and a `memo`, whether a paragraph has words of the arts is read once while its
 * text stays; the answer is the same.
 */
export function readWorks(text: string, mentions: readonly MentionLike[], paragraphs?: readonly Paragraph[], memo?: ParagraphMemo): WorkReading {
  const people = mentions.filter(m => m.type === 'PERSON');
  const isArts = paragraphs && memo ? holdsInSomePart(hasArtsWords, text, paragraphs, memo) : hasArtsWords(text);
  const authors: Span[] = [];
  const out: Span[] = [];
  if (isArts) authoredTitles(text, mentions, out, authors);
  const names = new Set<string>();
  for (const m of mentions) {
    if (JUDGED.has(m.source) && m.type !== 'COUNTRY' && isWorkCue(text, m, people, isArts)) names.add(text.slice(m.start, m.end));
  }
  for (const name of names) {
    const at = wholeWords(text, name);
    const works = at.filter(start => !isCharacter(text, start, start + name.length));
    if (works.length * 2 < at.length) continue;
    for (const start of works) out.push({ start, end: start + name.length });
  }
  return { works: out.sort((a, b) => a.start - b.start), authors, titles: markedTitles(text, mentions, paragraphs, memo) };
}

/**
 * The titles of `WorkReading.titles`: the marked ones, the judged mentions named as things by their form ("Monte Carlo
 * Rally": no repeat of "Monte Carlo" inside it), and each writing elsewhere of one of several words.
 */
function markedTitles(text: string, mentions: readonly MentionLike[], paragraphs?: readonly Paragraph[], memo?: ParagraphMemo): Span[] {
  const named = mentions.filter(m => JUDGED.has(m.source) && isThingName(text.slice(m.start, m.end)));
  // "Salas Quintero's Honda Civic": the maker's name is the product's first word (not before a number: "a Boeing 737"
  // names the maker as a body too)
  const models = modelSpans(text, paragraphs, memo).filter(r => !/\d/.test(text.slice(r.start, r.end))).map(r => ({ start: r.maker, end: r.end }));
  const marked = [...setlistWorks(text), ...creditedWorks(text), ...quotedTitles(text), ...listedProducts(text), ...shipNames(text), ...named, ...models];
  const names = new Set(marked.map(t => text.slice(t.start, t.end)).filter(t => t.includes(' ')));
  for (const name of names) for (const start of wholeWords(text, name)) marked.push({ start, end: start + name.length });
  return marked;
}

/** Where `name` stands in `text` as whole words (a possessive ending is no part of a word: "Macbeth's"). */
function wholeWords(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    out.push(at);
  }
  return out;
}

/**
 * `mentions` without the judged ones that meet a work's span and any inside a marked title, and with the authors a
 * person (`readWorks`). Sorted
 * input stays sorted.
 */
export function applyWorks<M extends MentionLike>(mentions: readonly M[], reading: WorkReading): M[] {
  const { works, authors, titles } = reading;
  if (works.length === 0 && titles.length === 0) return [...mentions];
  const out: M[] = [];
  for (const m of mentions) {
    if (JUDGED.has(m.source) && works.some(w => w.start < m.end && m.start < w.end)) continue;
    if (m.source !== 'user' && titles.some(t => t.start <= m.start && m.end <= t.end)) continue;
    out.push(authors.some(a => a.start === m.start && a.end === m.end) ? { ...m, type: 'PERSON' } : m);
  }
  return out;
}

// A line that is a title and a year in brackets: "Songs for Lorna (1985)", "The Salford Suite (1972)".
const WORK_LINE = /^[ \t]*(\p{Lu}[\p{L}'’-]*(?: (?:(?:and|of|for|the|to|from|a|an|in|on|at|with|or|over|under) )*\p{Lu}[\p{L}'’-]*)*) \((?:1[5-9]|20)\d\d\)[.,;]?[ \t]*$/gmu;

/**
 * The titles of a list of works, as spans of `text` in text order: lines that hold only a title and its year, when
 * the article has two or more of them (an obituary's recordings, a writer's books); a single such line may be a
 * person with a year, and gives none. Empty when none.
 */
export function listedWorks(text: string): Span[] {
  if (!text.includes(')')) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(WORK_LINE)) {
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out.length >= 2 ? out : [];
}

// The heading of a list of songs or tracks: "THE SETLIST", "Tracklist:", "Set list".
const SETLIST_HEADING = /^[ \t]*(?:the )?(?:set ?list|track ?list|track ?listing|running order)[ \t]*:?[ \t]*$/gimu;
// A numbered line of such a list: "1. Harbour Lights", "8. The Mercy Seat (cover)", "9) Jolene, Again".
const NUMBERED_LINE = /^[ \t]*\d{1,2}[.)][ \t]+(\p{Lu}[^\n(]*?)[ \t]*(?:\([^\n)]*\))?[ \t\r]*$/u;
// An encore's line: "Encore: Nana's Hands; Harbour Lights (reprise)".
const ENCORE_LINE = /^[ \t]*Encores?:[ \t]*([^\n]+)$/gmu;

/**
 * The titles of a concert's setlist or an album's tracklist, as spans of `text` in text order: the numbered lines
 * under a heading that names the list ("THE SETLIST", "Tracklist:"), and the items of an encore's line ("Encore:
 * Nana's Hands; Harbour Lights (reprise)"), each title without its note in brackets. Empty when none.
 */
function readSetlistWorks(text: string): Span[] {
  const out: Span[] = [];
  for (const heading of text.matchAll(SETLIST_HEADING)) {
    let at = heading.index + heading[0].length + 1;
    // a blank line may stand between the heading and the list
    while (text[at] === '\n' || text[at] === '\r') at++;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = NUMBERED_LINE.exec(text.slice(at, end));
      if (!line) break;
      const start = at + line[0].indexOf(line[1]);
      out.push({ start, end: start + line[1].length });
      at = end + 1;
    }
  }
  // an encore's line says "Encore": most texts, without the word, cost no scan of `ENCORE_LINE`
  const encores = text.includes('Encore') ? text.matchAll(ENCORE_LINE) : [];
  for (const line of encores) {
    const from = line.index + line[0].length - line[1].length;
    for (const item of line[1].matchAll(/\p{Lu}[^;(\n]*?(?=[ \t]*(?:\([^)\n]*\))?[ \t\r]*(?:;|$))/gu)) out.push({ start: from + item.index, end: from + item.index + item[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `readSetlistWorks`, one scan per text for the passes that ask. */
export const setlistWorks = forLastText(readSetlistWorks);

// A title in quotation marks: capitalised words with the small words of titles ("Demon Slayer", "Ghost of Yotei").
const QUOTED_TITLE = /["“‘](\p{Lu}[\p{L}\p{N}'’-]*(?: (?:(?:of|a|an|the|and|in|on|for|to|from|at|with|or) )*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*)*)["”’]/gu;
// A work's kind after its quoted title: "the "Demon Slayer" film trilogy", "the "Halo" games".
const KIND_AFTER_QUOTE = /^ (?:(?:\p{Ll}+|\p{N}+|TV) ){0,2}(?:contest|website|site|blog|column|print|exhibition|film|films|movie|movies|trilogy|series|franchise|game|games|album|albums|song|songs|single|show|book|books|novel|novels|play|musical|podcast|documentary|sequel|saga|video|track|opera|ballet|sitcom|soundtrack)\b/u;
// A work's kind or a verb of making or showing one before its quoted title: "titles including", "the album",
// "starred in", "directed".
const CUE_BEFORE_QUOTE = /(?:\btitles? (?:including|such as|like)|\b(?:film|movie|album|song|single|show|book|novel|play|musical|podcast|documentary|series|game|opera|ballet|sitcom)|\b(?:starred in|starring in|directed|released|recorded|performed|sang|screened|premiered)) $/;

// A work's kind earlier in the sentence, before a title of several words: "two books which I still own today -
// "Scarne on Card Tricks"", "the screen print called "Cowboys and Indians"".
const KIND_IN_SENTENCE = /\b(?:books?|novels?|films?|movies?|albums?|songs?|singles?|shows?|plays?|musicals?|podcasts?|documentar(?:y|ies)|series|games?|operas?|ballets?|prints?|paintings?|exhibitions?|websites?|columns?|blogs?)\b[^.!?\n"“”]{0,60}$/;

/**
 * The titles in quotation marks that the copy calls works, as spans of `text` (the title inside its marks) in text
 * order: a kind after the title ("the "Demon Slayer" film trilogy") or a kind or a verb of making one before it
 * ("titles including "Ghost of Yotei"", "starred in "Fjordland""), and the titles listed with one ("including "X"
 * and "Y""). A quoted word of a speech ("said it was "thrilled"") is no title. Empty when none.
 */
function readQuotedTitles(text: string): Span[] {
  const out: Span[] = [];
  let listEnd = -1;
  for (const q of text.matchAll(QUOTED_TITLE)) {
    const start = q.index + 1;
    const end = start + q[1].length;
    const isListed = listEnd >= 0 && /^(?:,|,? and|,? or) $/.test(text.slice(listEnd, q.index));
    const before = text.slice(Math.max(0, q.index - 80), q.index);
    const isCued = CUE_BEFORE_QUOTE.test(before) || (q[1].includes(' ') && KIND_IN_SENTENCE.test(before));
    if (isListed || isCued || KIND_AFTER_QUOTE.test(text.slice(end + 1, end + 40))) {
      out.push({ start, end });
      listEnd = end + 1;
    } else listEnd = -1;
  }
  return out;
}

/** `readQuotedTitles`, one scan per text for the passes that ask. */
export const quotedTitles = forLastText(readQuotedTitles);

// A ship's name after its prefix: "HMS Belfast", "USS Gerald R. Ford", "the MV Aegean Dawn".
const SHIP = /\b(?:HMS|USS|USNS|RMS|HMAS|HMCS|HMNZS) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})/gu;

/** The names of ships after a navy's or a mail ship's prefix, the prefix included, in text order ("HMS Belfast"). */
export function shipNames(text: string): Span[] {
  if (!/\b(?:HMS|USS|USNS|RMS|HMAS|HMCS|HMNZS) /.test(text)) return [];
  return [...text.matchAll(SHIP)].map(m => ({ start: m.index, end: m.index + m[0].length }));
}

import type { Paragraph, Span } from '../model';
import { outsideParagraphs, ParagraphMemo, spansByPart } from '../pipeline/paragraphMemo';
import { runSteps } from '../pipeline/steps';
import { detached } from '../pipeline/textCache';
import { isCalledThing, thingSpans } from './kindEvidence';
import { ORG_HEADS } from './lexicons';
import { thingAcronyms } from './acronymThings';
import { isCommonAbbreviation, isDiscipline, isOpeningAdverb, isOpeningCommonWord } from './commonWords';
import { capitalisedWords, countedThings, isCountedNoun, isCurrencyCode } from './countedThings';
import { endsInModelCode, isMeasure, isProductName, isStance, modelSpans } from './products';
import { JUDGED, listedWorks, quotedTitles, setlistWorks, type MentionLike } from './works';
import { speakerLabels } from './speakerLabels';
import { horseNames } from './horseNames';
import { factLabels } from './factLabels';
import { isThingName } from './thingNames';
import { hasVersionNumber, isGenus, isPlayerCode } from './nameShapes';
import { thingShortForms } from './thingShortForms';

/**
 * Capitalised words that an article itself shows are no person, organisation or place: a product with a
 * version number ("Internet Explorer 6"), a storm ("Cyclone Phailin"), a species written the Latin way
 * ("Formica fusca"), a chemical element ("Hydrogen peroxide"), a caption's label ("Image: NASA"), and a word
 * the article also writes in lower case, as the ordinary word it is ("Iodine deficiency ... intake of iodine").
 * The evidence is read over the whole article, so one "Explorer 9" is enough to keep "Explorer" out everywhere.
 */

// Chemical elements and compounds written capitalised at a sentence start or in a heading: never a name. Elements
// that are also common names or places ("Mercury", "Nickel", "Lead", "Tin", "Silicon" of Silicon Valley) are left out.
const CHEMICALS = new Set(['hydrogen', 'helium', 'lithium', 'beryllium', 'boron', 'carbon', 'nitrogen', 'oxygen',
  'fluorine', 'neon', 'sodium', 'magnesium', 'aluminium', 'aluminum', 'phosphorus', 'sulfur', 'sulphur', 'chlorine',
  'argon', 'potassium', 'calcium', 'titanium', 'chromium', 'manganese', 'cobalt', 'zinc', 'arsenic', 'selenium',
  'bromine', 'strontium', 'iodine', 'xenon', 'caesium', 'cesium', 'barium', 'tungsten', 'platinum', 'radium',
  'radon', 'thorium', 'uranium', 'plutonium', 'polonium', 'cadmium', 'lithium-ion', 'methane', 'ethanol',
  'methanol', 'ammonia', 'ozone', 'glucose', 'peroxide', 'chloride', 'nitrate', 'sulfate', 'sulphate', 'benzene']);

// Words that open a storm's name ("Super Typhoon", "Severe Tropical Storm" too): the name after them is the storm's, and no person's.
const STORM = /\b((?:Super|Severe) )?(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm|Tropical Depression|Superstorm)\s+(\p{Lu}\p{Ll}+)\b/gu;

// Words that name a newspaper after "the" ("told the Times", "the Post reported"): the paper, whatever "three
// times" says about the word.
const PAPERS = new Set(['Times', 'Post', 'Guardian', 'Independent', 'Telegraph', 'Observer', 'Mirror', 'Sun', 'Star',
  'Herald', 'Journal', 'Globe', 'Tribune', 'Chronicle', 'Express', 'Mail', 'Standard', 'Economist', 'Gazette', 'Register']);

// Head nouns of bodies' and places' names that name nothing alone, written capitalised when the tagger cut them from
// the name they end or open ("the University of ...", "Premier League", "Liverpool Street"). Not the nouns of one
// body a text may call by its noun ("Parliament", "Congress", "the Senate", "the Commission").
const HEAD_FRAGMENTS = new Set(['University', 'College', 'Institute', 'League', 'Federation', 'Association', 'Foundation', 'Street',
  'Avenue', 'Road', 'Square', 'Islands', 'Highlands', 'International', 'Hospital', 'Station', 'Stadium', 'Airport', 'Rail', 'Transport']);

// Caption and credit labels ("Image: NASA", "Photo; Jane Doe") and a saved page's labels of its parts ("Q&A: What is
// fuel duty?", "Analysis:", "Share"): a label, not a name, wherever else it stands.
const LABELS = new Set(['Image', 'Images', 'Photo', 'Photos', 'Picture', 'Pictures', 'Credit', 'Credits', 'Source', 'Caption',
  'Video', 'Audio', 'Graphic', 'Map', 'Q&A', 'FAQ', 'Explainer', 'Analysis', 'Live', 'Watch', 'Listen', 'Share']);

/**
 * The surfaces (exact text of a mention) that the article shows are no name, given the article's text and its
 * mentions. Only mentions found by the statistical tagger or spread from it are judged; gazetteer hits and known
 * organisations keep their own evidence. A surname of a person named in full ("Brown" of "Gordon Brown") is
 * never judged by its lower-case use.
 */
export function findNonNames(text: string, mentions: readonly MentionLike[]): Set<string> {
  return runSteps(findNonNamesSteps(text, mentions));
}

/** Surfaces judged per step of `findNonNamesSteps`: each can cost a few scans of the whole text. */
const SURFACE_BATCH = 8;
/** Paragraphs read per step of `thingsOf`. */
const PARAGRAPH_BATCH = 500;
/** Mentions read per step of `findNonNamesSteps`. */
const MENTION_BATCH = 2000;

/**
 * `findNonNames` in resumable steps: it yields after each scan of the whole text and every few surfaces it
 * judges, so that a scheduler can spread a very large article over time slices. Same result. Given the article's
 * `paragraphs` (which hold every mention but a reader's own), what it reads from one paragraph alone is kept in
 * `memo` (see `thingsOf`).
 */
export function* findNonNamesSteps(
  text: string,
  mentions: readonly MentionLike[],
  paragraphs?: readonly Paragraph[],
  memo = new ParagraphMemo(),
): Generator<void, Set<string>, void> {
  const out = new Set<string>();
  const surfaces = new Map<string, MentionLike[]>();
  const personWords = new Set<string>();
  let n = 0;
  for (const m of mentions) {
    if (++n % MENTION_BATCH === 0) yield;
    const s = text.slice(m.start, m.end);
    const list = surfaces.get(s);
    if (list) list.push(m);
    else surfaces.set(s, [m]);
    if (m.type === 'PERSON' && /\s/.test(s)) for (const w of s.split(/\s+/)) personWords.add(w);
  }
  yield;
  // "the ballet Swan Lake", "Space Shuttle Discovery": a name inside a work's or a craft's name is no entity
  // and "ROS [Reactive Oxygen Species, ...]": an acronym the article spells out as a thing, and its expansion; a
  // setlist's songs and the titles in quotation marks that the copy calls works (works.ts)
  const things = [...yield* thingsOf(text, paragraphs, memo), ...acronymThingsOf(text, paragraphs, memo), ...setlistWorks(text), ...quotedTitles(text)];
  // Each scan of the whole text below is a step of its own: together they made a 1 MB article's longest step.
  yield;
  // "whose album Blue Over Belfast ... the Belfast-born trumpeter": a part of a title that the article names outside
  // every writing of a title too is the name it is; "His breakthrough came with Blue Over Belfast": the title again
  // (a loop, not `map` and `filter`: see `order` in groupMentionsSteps, entities/group.ts)
  const titleSet = new Set<string>();
  for (const r of things) {
    const t = text.slice(r.start, r.end);
    if (/ /.test(t)) titleSet.add(t);
  }
  const titles = [...titleSet];
  const written = titles.flatMap(t => occurrences(text, t).map(at => ({ start: at, end: at + t.length })));
  const isInThing = (m: MentionLike): boolean => [...things, ...written].some(r => m.start >= r.start && m.end <= r.end);
  const isOnlyInThings = (s: string): boolean => (surfaces.get(s) ?? []).every(isInThing);
  for (const r of [...things, ...written]) {
    const inside = mentions.filter(m => m.start >= r.start && m.end <= r.end && JUDGED.has(m.source));
    // "the ship Freewinds in Bonaire": the name that opens the span is the thing's own
    for (const m of inside) if (m.start === r.start || isOnlyInThings(text.slice(m.start, m.end))) out.add(text.slice(m.start, m.end));
    // "Endeavour" alone after "Space Shuttle Endeavour"
    const thing = text.slice(r.start, r.end);
    const last = thing.split(' ').pop() ?? '';
    if (inside.length > 0 && (/^(?:Space )?(?:Shuttle|Spacecraft) /.test(thing) || isOnlyInThings(last))) out.add(last);
  }
  yield;
  // "a stolen Audi RS6", "a Patek Philippe Nautilus": a maker's model, and any name that overlaps it
  for (const r of modelSpans(text, paragraphs, memo)) {
    for (const m of mentions) if (m.start < r.end && r.start < m.end && JUDGED.has(m.source)) out.add(text.slice(m.start, m.end));
    // "a Nissan Qashqai ... the Qashqai": the model by its own one-word name, wherever the article writes it
    if (!/\s/.test(text.slice(r.start, r.end))) out.add(text.slice(r.start, r.end));
  }
  // "Night Ferry to Stranraer (1977)": a line of a list of works; a name found only inside such titles is the
  // title's word ("Songs for Lorna (1985)" leaves his wife Lorna, named elsewhere, a person)
  yield;
  const works = listedWorks(text);
  const isInWork = (m: MentionLike): boolean => works.some(r => m.start >= r.start && m.end <= r.end);
  for (const [s, ms] of works.length > 0 ? surfaces : []) if (ms.some(m => JUDGED.has(m.source)) && ms.every(isInWork)) out.add(s);
  yield;
  n = 0;
  for (const [s, ms] of surfaces) {
    if (!ms.some(m => JUDGED.has(m.source))) continue;
    if (++n % SURFACE_BATCH === 0) yield;
    // where the surface stands, found once for the four readings below (each a scan of the whole text)
    let found: number[] | undefined;
    const at = (): number[] => (found ??= occurrences(text, s));
    if (!personWords.has(s) && at().some(i => isCalledThing(text, i, i + s.length))) {
      out.add(s);
      continue;
    }
    const word = s.split(/\s+/);
    const last = word[word.length - 1];
    if (word.length === 1 && (CHEMICALS.has(s.toLowerCase()) || LABELS.has(s) || isCommonAbbreviation(text, s)
      || ms.every(m => isPlayerCode(text, m.start, m.end)))) out.add(s);
    else if (word.length === 1 && !personWords.has(s) && !isPaper(text, s) && !isShortForm(s) && /^\p{Lu}\p{Ll}+$/u.test(s)
      && (isWrittenInLowerCase(text, s) || at().some(i => isCountedNoun(text, i, s)))) out.add(s);
    // "Vantor X2": a model's code ends the name
    else if (endsInModelCode(s) && !isNumberedName(word[word.length - 2])) out.add(s);
    else if (!isNumberedName(last) && at().some(i => hasVersionNumber(text, i, i + s.length))) {
      // "Internet Explorer 6": the product, and its last word alone ("Explorer")
      out.add(s);
      out.add(last);
    } else if (word.length === 1 && at().some(i => isGenus(text, i, i + s.length))) out.add(s);
  }
  yield;
  // "Warhol's Polaroids ... the Polaroid camera": a name the article counts as things
  // (pushed, not filtered and mapped: see `order` in groupMentionsSteps, entities/group.ts)
  const judged: string[] = [];
  for (const [s, ms] of surfaces) if (ms.some(m => JUDGED.has(m.source))) judged.push(s);
  const capitalised = judged.length ? capitalisedOf(text, paragraphs, memo) : new Set<string>();
  yield;
  for (const s of countedThings(text, judged, personWords, () => capitalised)) out.add(s);
  yield;
  // "the University", "League", "Street" alone: a head noun the tagger cut from a longer name is no name by itself
  for (const s of surfaces.keys()) if (HEAD_FRAGMENTS.has(s)) out.add(s);
  // "Image: NASA": the label, wherever a repeat of a name might find it
  const labelled = labelsBeforeColons(text);
  for (const label of LABELS) if (labelled.has(label)) out.add(label);
  // "Q: How did it start?", "MQ: A tour of Canada.": an interview's speaker labels (speakerLabels.ts)
  for (const label of speakerLabels(text)) out.add(label);
  // "Cons: Ellery 4.", "Referee: Matteo Bracchi": the labels of a results block or a fact box (factLabels.ts)
  for (const label of factLabels(text)) out.add(label);
  // "1st Corrib Lady (IRE) 8/1": the racehorses of a racing report's results, and any name the tagger cut from them
  // and wherever the article names them ("Corrib Lady, trained by ...", where the tagger kept "Corrib")
  const horses = horseNames(text, paragraphs, memo);
  const horseSpans = [...horses.spans, ...[...horses.names].flatMap(h => occurrences(text, h).map(at => ({ start: at, end: at + h.length })))];
  for (const name of horses.names) out.add(name);
  for (const r of horseSpans) {
    for (const m of mentions) if (m.start < r.end && r.start < m.end && m.source !== 'user' && m.source !== 'gazetteer') out.add(text.slice(m.start, m.end));
  }
  // "Webb" after "the James Webb Space Telescope", "DMA" beside "the Digital Markets Act" (thingShortForms.ts)
  yield;
  for (const s of yield* thingShortForms(text, surfaces, paragraphs, memo)) out.add(s);
  for (const match of text.matchAll(STORM)) {
    out.add(match[2]);
    out.add(match[0]);
    // ("Typhoon Haiyan" of "Super Typhoon Haiyan")
    if (match[1]) out.add(match[0].slice(match[1].length));
  }
  return out;
}

/**
 * `thingSpans(text)`, read paragraph by paragraph when the article's `paragraphs` are given, each paragraph's
 * spans kept in `memo`: the scan reads one line at a time (a span, its noun and the words before it stand on
 * one line), so the spans inside the paragraphs are the same, and those outside them (a header line) hold no
 * mention that `findNonNames` judges.
 */
function* thingsOf(text: string, paragraphs: readonly Paragraph[] | undefined, memo: ParagraphMemo): Generator<void, Span[], void> {
  if (!paragraphs) return thingSpans(text);
  const out: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // in steps of a few hundred paragraphs: a 1 MB article's ~3,000 made one long step
    if (i > 0 && i % PARAGRAPH_BATCH === 0) yield;
    const p = paragraphs[i];
    for (const r of memo.of(thingSpans, text, p)) out.push({ start: r.start + p.start, end: r.end + p.start });
  }
  return out;
}

/**
 * `thingAcronyms(text)`, read part by part when the article's `paragraphs` are given, each paragraph's ranges kept in
 * `memo`: an acronym, its expansion and the brackets between them stand on one line. The same ranges, in another order.
 */
function acronymThingsOf(text: string, paragraphs: readonly Paragraph[] | undefined, memo: ParagraphMemo): readonly Span[] {
  return paragraphs ? spansByPart(thingAcronyms, text, paragraphs, memo, (r, by) => ({ start: r.start + by, end: r.end + by })) : thingAcronyms(text);
}

/**
 * `capitalisedWords(text)`, gathered paragraph by paragraph (each kept in `memo`) and from the text between them (a
 * header line) when the article's `paragraphs` are given: a whole word stands inside one of them.
 */
function capitalisedOf(text: string, paragraphs: readonly Paragraph[] | undefined, memo: ParagraphMemo): ReadonlySet<string> {
  if (!paragraphs) return capitalisedWords(text);
  const out = new Set<string>();
  for (const gap of outsideParagraphs(text, paragraphs)) for (const w of capitalisedWords(text.slice(gap.start, gap.end))) out.add(w);
  for (const p of paragraphs) for (const w of memo.of(capitalisedWords, text, p)) out.add(w);
  return out;
}

const LABEL_LENGTHS = [...new Set([...LABELS].map(l => l.length))];

/** The `LABELS` written right before a colon or a semicolon somewhere in `text` (as `text.includes(label + ':')`). */
function labelsBeforeColons(text: string): Set<string> {
  const found = new Set<string>();
  for (const mark of [':', ';']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      for (const n of LABEL_LENGTHS) if (at >= n && LABELS.has(text.slice(at - n, at))) found.add(text.slice(at - n, at));
    }
  }
  return found;
}

/**
 * Whether the article uses `word` as an ordinary word: it writes it in lower case (or its plural or singular so,
 * "polaroids") at least as often as capitalised inside a sentence. "iodine ... Iodine deficiency" is the element;
 * "Scientology" written so twenty times and once as "the scientology website" stays a name.
 */
function isWrittenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const forms = lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower, lower + 's'];
  let lowerUses = 0;
  for (const f of forms) lowerUses += occurrences(text, f).length;
  if (lowerUses === 0) return false;
  // capitalised inside a sentence: after a word, a comma or an opening bracket on the same line
  const inside = occurrences(text, word).filter(at => /[\p{L}\p{N},;(]["'“‘]?[ \t]+$/u.test(text.slice(Math.max(0, at - 4), at))).length;
  return lowerUses >= inside;
}

// A character that continues a word: a name found inside "alt.religion.x", "Mets-inspired" or "O'Brien" is no use of it.
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/** Where `name` stands in `text` as whole words, not inside a longer word or a web address. */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    // a possessive ending is no part of the word ("Huntington's")
    const isPossessive = /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
    if (isWordChar(text[at - 1]) || text[at - 1] === '.' || (isWordChar(text[end]) && !isPossessive)) continue;
    if (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
    out.push(at);
  }
  return out;
}

/**
 * A body or a region called by its head noun or a compass point ("the Commission", "Parliament", "the North"):
 * the short form of a name written in full elsewhere, whatever "a commission" says.
 */
const isShortForm = (word: string): boolean => ORG_HEADS.has(word.toLowerCase()) || /^(?:North|South|East|West)$/.test(word);

// Words whose number belongs to a name, not a product's version: "BBC Radio 4", "Channel 4", "Formula 1", "Route 66",
// "Launch Pad 39A".
const NUMBERED = new Set(['channel', 'formula', 'route', 'highway', 'interstate', 'terminal', 'gate', 'platform', 'pier', 'pad', 'runway',
  'district', 'zone', 'sector', 'region', 'ward', 'block', 'apollo', 'gemini', 'mercury', 'group', 'g']);
const isNumberedName = (word: string): boolean => NUMBERED.has(word.toLowerCase()) || ORG_HEADS.has(word.toLowerCase());

/** "the Times", "the Post": a newspaper's name after "the". */
const isPaper = (text: string, word: string): boolean => PAPERS.has(word) && text.includes('the ' + word);

/**
 * The mentions an article keeps once its own evidence has spoken (`findNonNames`): judged mentions whose text is
 * no name go, and so do events, prizes, faiths and the acronyms of things (`isThingName`), well-known products and
 * names glued to a stance prefix (`products.ts`: "Firefox", "pro-Beijing"), disciplines and opening adverbs
 * (`commonWords.ts`: "Linguistics and Philosophy", "Finally,"), and the ends of a name that runs into a caption's label are cut ("Washington D.C. Image: NASA" keeps
 * "Washington D.C."), and so is a leading "The" of an organisation ("The Huffington Post"). Sorted input stays sorted.
 */
export function dropNonNames<M extends MentionLike>(text: string, mentions: readonly M[], nonNames: ReadonlySet<string>): M[] {
  return runSteps(dropNonNamesSteps(text, mentions, nonNames));
}

/** Surfaces kept by `isThingSurface` before it starts afresh. */
const THING_SURFACE_LIMIT = 20_000;
const thingSurfaces = new Map<string, boolean>();

/**
 * Whether `surface` names a thing by its form alone (`isThingName`, `isProductName`, `isDiscipline`), remembered by
 * surface: `dropNonNames` asks twice per analysis for each mention, and again for the same names after every edit.
 */
function isThingSurface(surface: string): boolean {
  let is = thingSurfaces.get(surface);
  if (is === undefined) {
    is = isThingName(surface) || isProductName(surface) || isDiscipline(surface);
    if (thingSurfaces.size >= THING_SURFACE_LIMIT) thingSurfaces.clear();
    // a copy for the key: a slice would keep the whole text of this analysis alive (see `detached`)
    thingSurfaces.set(detached(surface), is);
  }
  return is;
}

/** `dropNonNames` in resumable steps: it yields every few thousand mentions. Same result. */
export function* dropNonNamesSteps<M extends MentionLike>(text: string, mentions: readonly M[], nonNames: ReadonlySet<string>): Generator<void, M[], void> {
  const out: M[] = [];
  // "the Digital Markets Act (DMA)": the acronym of a thing is no organisation either, wherever the article writes it
  const thingAcronyms = new Set(mentions.filter(m => m.source === 'acronym' && m.name !== undefined && isThingName(m.name)).map(m => text.slice(m.start, m.end)));
  // "Brown said" after "Gordon Brown": a word of a person named in full is no common word at a sentence's start
  const personWords = new Set(mentions.filter(m => m.type === 'PERSON').flatMap(m => text.slice(m.start, m.end).split(/\s+/).slice(1)));
  const commonWords = new Map<string, boolean>();
  let n = 0;
  for (const m of mentions) {
    if (++n % MENTION_BATCH === 0) yield;
    const s = text.slice(m.start, m.end);
    if (thingAcronyms.has(s) && m.source !== 'user') continue;
    // "1st Corrib Lady (IRE)": letters in brackets after what is no name, and themselves judged no name, are none either
    if (m.source === 'acronym' && m.name !== undefined && nonNames.has(m.name) && nonNames.has(s)) continue;
    // "Key", "1st Saltmarsh Boy": a results table's name that the article shows is no name
    if (m.source === 'known' && m.reason?.startsWith('table:') && nonNames.has(s)) continue;
    if (JUDGED.has(m.source) && (nonNames.has(s) || isThingSurface(s) || isOpeningAdverb(text, m.start, m.end)
      || (!personWords.has(s) && isOpeningCommonWord(text, m.start, m.end, commonWords)))) continue;
    // "Jersey standings" over a race's results, where the article writes "the yellow jersey": a country's name that is a
    // common word, capitalised only by its place
    if (m.source === 'gazetteer' && isOpeningCommonWord(text, m.start, m.end, commonWords)) continue;
    // "the pro-Beijing camp": a side, "US$ 10 billion": an amount, "193km/h": a measure, whichever pass found the name
    if (m.source !== 'user' && (isStance(text, m.start, m.end) || isMeasure(s) || (isCurrencyCode(text, m.end) && /^\p{Lu}{1,3}$/u.test(s)))) continue;
    // the cheap test first: most names are followed by no colon
    const label = /^[:;]/.test(text.slice(m.end, m.end + 1)) ? / (\p{Lu}\p{Ll}+)$/u.exec(s) : null;
    if (label && LABELS.has(label[1])) {
      out.push({ ...m, end: m.start + label.index });
      continue;
    }
    // "told The Huffington Post": the article is no part of an organisation's name, written capitalised or not
    if (m.type === 'ORG' && m.source !== 'user' && /^The \p{Lu}/u.test(s)) {
      out.push({ ...m, start: m.start + 4 });
      continue;
    }
    out.push(m);
  }
  return out;
}

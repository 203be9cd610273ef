/**
 * The data News Lens hands from its core to every reader (editor features, CLI, benchmark).
 *
 * All offsets are UTF-16 code units into the exact text given to `analyze`, end exclusive:
 * `text.slice(span.start, span.end)` is the covered text. Everything here is plain, readonly,
 * JSON-serialisable data; one `Analysis` is made per document version and never mutated.
 */

/** A half-open range `[start, end)` in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The four kinds of entity News Lens reports. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'COUNTRY';

/** How a mention was tied to a country. */
export type CountryVia = 'name' | 'alias' | 'demonym' | 'capital';

/**
 * Which pass found a mention. In one analysis unit (`nlp/pipeline.ts`, in order): `known` datelines, bylines and
 * known organisations; `tagger` the statistical tagger (and people named after a title); `context` companies by
 * their context; `head` organisations by their head noun; `acronym` an acronym in brackets after a name;
 * `gazetteer` countries; `coordination` a place listed with places. Across the article: `capitals` a name read in
 * a line in capitals, `repeat` a repeat of a name found elsewhere, `pair` two names joined by "and", `user` the
 * reader's corrections. Code that treats mentions differently by origin reads this, never `reason` (for people).
 */
export type MentionSource =
  | 'known' | 'tagger' | 'context' | 'head' | 'acronym' | 'gazetteer' | 'coordination'
  | 'capitals' | 'repeat' | 'pair' | 'user';

/** A mention found in one analysis unit, before grouping: offsets relative to the unit's text (UTF-16, end exclusive). */
export interface RawMention extends Span {
  readonly type: EntityType;
  /** The pass that found the mention. */
  readonly source: MentionSource;
  /** The rule or model that found the mention, in detail for hovers and debugging ("tagger", "gazetteer:alias"). */
  readonly reason: string;
  /** A person's title or role written before the name ("External Affairs Minister"). */
  readonly role?: string;
  readonly countryCode?: string;
  readonly via?: CountryVia;
  /** The full name the mention stands for: an organisation's ("UN" -> "United Nations"), the place a part's
   * demonym stands for ("Tibetan" -> "Tibet"). */
  readonly name?: string;
}

/** A raw mention placed in the article: offsets absolute (into the whole text), with its paragraph index. */
export interface PlacedMention extends RawMention {
  readonly paragraph: number;
}

/** The entity types a reader can give a name; countries come from the gazetteer only. */
export type CorrectedType = Exclude<EntityType, 'COUNTRY'>;

/** The reader's corrections for one article (see `core/corrections.ts`). */
export interface Corrections {
  /** Names that are never entities ("Left Menu"): mentions with this text, in any case, are dropped. */
  readonly notEntities?: readonly string[];
  /** Names that are an entity of this type wherever they stand as whole words ("Tenzin Dorje": PERSON). */
  readonly entities?: Readonly<Record<string, CorrectedType>>;
}

/** Extra trigger words per CAP major topic code, from the user's settings (checked by the theme matcher). */
export type ExtraThemeTerms = Readonly<Record<number, readonly string[]>>;

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** `text.slice(start, end)`. */
  readonly text: string;
  readonly type: EntityType;
  /** The id of the entity this mention belongs to (see `Entity.id`). */
  readonly entityId: string;
  /** Index into `Analysis.article.paragraphs`, or -1 when outside any paragraph (header line). */
  readonly paragraph: number;
  /** ISO 3166-1 alpha-2 code, for COUNTRY mentions, places that resolve to a country and organisations named
   * after one ("Palestinian Authority", "Bank of Japan"). */
  readonly countryCode?: string;
  /** How the country was recognised, whenever `countryCode` is set (for an organisation: the word in its name). */
  readonly via?: CountryVia;
  /** A title or role seen with this mention ("External Affairs Minister"), people only. */
  readonly role?: string;
  /** The rule or model that found the mention, for hovers and debugging ("gazetteer:alias"). */
  readonly reason: string;
}

/** A thing the article talks about: every mention of "Toshimitsu Motegi" and "Motegi" together. */
export interface Entity {
  /** Stable within a version: `${type}:${canonical}` normalised. */
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name seen ("Toshimitsu Motegi"), or the dataset's common name for countries. */
  readonly canonical: string;
  /** Sorted by start. Never empty. */
  readonly mentions: readonly Mention[];
  /** Distinct surface forms, most frequent first. */
  readonly surfaceForms: readonly string[];
  /** 0..1, from mention count and presence in headline and lead; higher is more central. */
  readonly salience: number;
  /** 1-based rank by salience among all entities of the analysis. */
  readonly rank: number;
  /** Role or title for people ("External Affairs Minister"), the first one seen. */
  readonly role?: string;
  /** ISO alpha-2 for countries, and for places/organisations that belong to one when known. */
  readonly countryCode?: string;
  /** For ORG: the acronym linked to the full name ("UN" for "United Nations"). */
  readonly acronym?: string;
  /** The Wikidata item id ("Q17"), for countries and the well-known organisations News Lens lists; else absent. */
  readonly wikidata?: string;
}

/** Facts about a country mentioned in the article, from the bundled country dataset. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** ISO 3166-1 alpha-3. */
  readonly alpha3: string;
  /** Common English name ("Japan"). */
  readonly name: string;
  /** Official English name ("Republic of India"). */
  readonly officialName: string;
  /** Emoji flag. */
  readonly flag: string;
  /** Capitals as the dataset spells them; empty for Antarctica and a few territories. */
  readonly capital: readonly string[];
  readonly region: string;
  readonly subregion: string;
  /** The Wikidata item id ("Q17" for Japan), when the bundled table has one. */
  readonly wikidata?: string;
  /**
   * The COUNTRY entity's id, or `''` when no COUNTRY entity names the country: only a capital ("Washington said"
   * with no "United States") or a name that contains it ("Bank of Japan"); those are PLACE or ORG mentions listed
   * in `mentions`. `Analysis.countries` is the one list of the article's countries: the status bar, the News Lens
   * view, the digest and the corpus all count these.
   */
  readonly entityId: string;
  /** Every mention that resolves to this country (names, aliases, demonyms, capitals, names containing it), by start. */
  readonly mentions: readonly Mention[];
}

/** A word or phrase that triggered a theme. */
export interface ThemeEvidence extends Span {
  readonly text: string;
  /** CAP subtopic code when the trigger is specific enough (1901 = international organisations...). */
  readonly subtopic?: number;
  /** Index into `Analysis.article.paragraphs`. */
  readonly paragraph: number;
}

/** A Comparative Agendas Project major topic touched by the article. */
export interface Theme {
  /** CAP major topic code (1 Macroeconomics ... 23 Culture). */
  readonly code: number;
  readonly name: string;
  /** IPTC Media Topic code and label closest to the CAP topic. */
  readonly iptc: { readonly code: string; readonly label: string };
  /** 0..1 article-level score; themes are sorted by it, best first. */
  readonly score: number;
  /** The most supported CAP subtopic, when evidence names one. */
  readonly subtopic?: { readonly code: number; readonly name: string };
  /** Sorted by start. */
  readonly evidence: readonly ThemeEvidence[];
  /** Score per paragraph index (0 where the theme is absent), same length as the paragraphs. */
  readonly paragraphScores: readonly number[];
}

/** Whether a quotation is given word for word in quotation marks, or reported in the writer's words. */
export type QuoteKind = 'direct' | 'reported';

/**
 * A quotation and who said it. The span is the quoted words: for a direct quotation the text inside the marks
 * (from the first paragraph's opening mark to the last one's closing mark when it runs over several paragraphs),
 * for reported speech the content clause ("the talks covered cooperation in ...").
 */
export interface Quote extends Span {
  /** `text.slice(start, end)`. */
  readonly text: string;
  readonly kind: QuoteKind;
  /** The speech verb or phrase attributing it ("said", "tweeted", "according to"); a direct quotation that
   * follows another without a cue of its own shares that one's cue. Absent when there is none. */
  readonly cue?: Span & { readonly text: string };
  /** The speaking entity (a person or organisation of `Analysis.entities`), or null when the text names none. */
  readonly speakerEntityId: string | null;
  /** How the speaker was found, when found: a name, a pronoun, a role ("the minister"), the quotation before. */
  readonly speakerVia?: 'name' | 'pronoun' | 'role' | 'continuation';
  /** 0..1: how sure the attribution is (a cue and a named speaker are surest). */
  readonly confidence: number;
  /** Index into `Analysis.article.paragraphs` of the paragraph where the quotation starts. */
  readonly paragraph: number;
}

/** One sentence inside a paragraph. */
export type Sentence = Span;

/** A block of text separated from the next by a line break. */
export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: 'headline' | 'lead' | 'body';
  readonly sentences: readonly Sentence[];
}

/** The article's layout: header, headline, paragraphs. */
export interface ArticleStructure {
  /** ISO date `YYYY-MM-DD` from the header line, if any. */
  readonly date?: string;
  /** The whole ` date ...` header line, when present. */
  readonly header?: Span;
  /** Scraps on the header line that are not article text ("Left Menu"). */
  readonly boilerplate: readonly Span[];
  /** The headline: first non-empty line after the header (or the first line when there is no header). */
  readonly headline?: Span;
  /** The standfirst/lead paragraph: the first paragraph after the headline. */
  readonly lead?: Span;
  /** Headline first, then every paragraph, in document order. */
  readonly paragraphs: readonly Paragraph[];
}

/** Everything News Lens knows about one text. */
export interface Analysis {
  readonly textLength: number;
  readonly article: ArticleStructure;
  /** Sorted by first mention start. */
  readonly entities: readonly Entity[];
  /** Every entity mention, sorted by start; no two overlap. */
  readonly mentions: readonly Mention[];
  /** Sorted by number of mentions, then name. */
  readonly countries: readonly Country[];
  /** Best first. */
  readonly themes: readonly Theme[];
  /** Quotations (direct and reported), sorted by start; no two overlap. */
  readonly quotes: readonly Quote[];
  readonly wordCount: number;
}

/** Options the caller (editor settings, CLI flags) passes to the core. */
export interface AnalyzeOptions {
  /** Minimum article-level score for a theme to be reported (default 0.05). */
  readonly minThemeScore?: number;
  /** Extra theme trigger words from the user, by CAP code. */
  readonly extraThemeTerms?: ExtraThemeTerms;
  /** The reader's corrections for this article (names that are not entities, names that are), already checked. */
  readonly corrections?: Corrections;
}

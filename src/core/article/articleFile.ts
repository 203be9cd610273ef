/**
 * What makes a file an article, in one place for the editor, the CLI and the workspace search: the header line
 * of the scraped format, the article file extensions, the binary check, and a content-based detector for plain
 * text files that have no header line.
 */

// " date 2020-10-07 Left Menu": the scraper's header line, date first, navigation scraps after.
const HEADER_LINE = /^ ?date \d{4}-\d{2}-\d{2}\b/;

/**
 * The header line as the manifest's `contributes.languages[].firstLine` writes it (` date 2020-10-07 ...`,
 * with or without the leading space). A unit test checks that package.json carries this exact pattern.
 */
export const HEADER_LINE_PATTERN: string = HEADER_LINE.source;

/**
 * The parser's deliberately looser reading of the same header (any case, tabs, several spaces), capturing the
 * date: once a file is an article, " Date\t2020-10-07" still gives its date.
 */
export const HEADER_DATE = /^[ \t\uFEFF]*date[ \t]+(\d{4}-\d{2}-\d{2})\b/i;

/** Whether `line` (one line, without its line break) is the article header; a leading byte-order mark is allowed. */
export function isHeaderLine(line: string): boolean {
  return HEADER_LINE.test(line.replace(/^\uFEFF/, ''));
}

/** The first line of `text` without its line break (`\n`, `\r\n` or `\r`); the whole text when it has none. */
export function firstLineOf(text: string): string {
  const m = /\r\n?|\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** File extensions of the News Article language, lower case with the dot. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.article', '.news'];

/** Extensions of plain-text files that may hold an article (by header line, by content or by the user's choice). */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt'];

const extensionOf = (path: string): string => /\.[^./\\]*$/.exec(path)?.[0].toLowerCase() ?? '';

/** Whether a path (or uri path) names a News Article file by its extension (case-insensitive). */
export function hasArticleExtension(path: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extensionOf(path));
}

/** Whether a path names a plain-text file (`.txt`, case-insensitive). */
export function hasTextExtension(path: string): boolean {
  return TEXT_EXTENSIONS.includes(extensionOf(path));
}

/** A glob for `findFiles` matching every article and plain-text file: `**\/*.{article,news,txt}`. */
export const ARTICLE_FILE_GLOB = `**/*.{${[...ARTICLE_EXTENSIONS, ...TEXT_EXTENSIONS].map(e => e.slice(1)).join(',')}}`;

/** How many leading bytes the binary check reads. */
export const BINARY_SNIFF_BYTES = 8192;

/** Whether file contents look binary: a NUL byte among the first `BINARY_SNIFF_BYTES` bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/** Whether decoded text looks binary (it holds a NUL character anywhere). */
export function textLooksBinary(text: string): boolean {
  return text.includes('\0');
}

/** Whether `sizeInBytes` is over a limit given in megabytes (1 MB = 1024 × 1024 bytes). */
export function isOverSizeLimit(sizeInBytes: number, limitMB: number): boolean {
  return sizeInBytes > limitMB * 1024 * 1024;
}


// ---- Content-based detection: plain-text articles without the header line ----

/** How much a text looks like a news article, and why, in words a reader understands. */
export interface ArticleLikeness {
  /** 0 (not at all) to 1 (certainly): 1 for a file with the header line. */
  readonly confidence: number;
  /** The signs found, in plain words ("a headline line", "6 paragraphs of prose", "a dateline"), in order. */
  readonly signs: readonly string[];
}

/** From this confidence on a plain-text file is annotated without being asked. */
export const ARTICLE_CONFIDENCE = 0.7;
/** From this confidence (and below `ARTICLE_CONFIDENCE`) the editor offers "Annotate This File" quietly. */
export const HINT_CONFIDENCE = 0.4;

/** How many leading characters `detectArticle` reads: enough for a headline, a lead and some paragraphs. */
export const DETECT_SAMPLE_CHARS = 20_000;
const MIN_WORDS = 80;
// "LONDON, March 3 (Reuters) -", "NEW DELHI:", "Tokyo, Oct 6 (AP) —"
const DATELINE = /^(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .]{2,30}\))? ?(?:-|–|—|:)\s/;
const DATELINE_CAPS = /^[A-Z][A-Z .'-]{2,30}(?:,|:|\s[-–—(])/;
// "By Jane Smith", "By JANE SMITH and ..."
const BYLINE = /^By [A-Z][A-Za-z'-]+ [A-Z]/;
const REPORTING = /\b(?:said|says|told|according to|announced|added|stated|reported|reportedly|spokesman|spokeswoman|spokesperson|officials?)\b/gi;
const QUOTE = /[“”"]/g;
// Lines that are not prose: log lines, code, list items, key-value pairs, markup.
const LOG_LINE = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE)\b)/;
const CODE_LINE = /(?:[;{}]\s*$|^\s*(?:import|export|function|def|class|return|const|let|var|if|for|while|#include|package|public|private)\b|=>|^\s*(?:\/\/|#!|\/\*|\*\/))/;
const LIST_LINE = /^\s*(?:[-*•+]|\d{1,3}[.)]|\[[ x]\])\s/;
const KEY_VALUE = /^\s*[\w .-]{1,30}:\s*\S*$/;

interface Block {
  readonly text: string;
  readonly words: number;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Prose: a long enough stretch of sentences, mostly letters, that ends like a sentence. */
function isProse(block: Block): boolean {
  if (block.words < 15) return false;
  const sentences = block.text.split(/[.!?]["'”’)]?\s+/).filter(s => s.trim()).length;
  const letters = (block.text.match(/\p{L}/gu)?.length ?? 0) / Math.max(1, block.text.replace(/\s/g, '').length);
  return letters > 0.75 && block.words / Math.max(1, sentences) <= 60 && /[.!?"'”’)]\s*$/.test(block.text);
}

/** A headline: one short line of words, not a sentence fragment of code, a list item or a log line. */
function isHeadline(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25 || line.length > 200) return false;
  if (LOG_LINE.test(line) || CODE_LINE.test(line) || LIST_LINE.test(line) || /^[#=>|]/.test(line)) return false;
  const letters = (line.match(/\p{L}/gu)?.length ?? 0) / Math.max(1, line.replace(/\s/g, '').length);
  return letters > 0.7 && /^[\p{Lu}\p{N}"“‘']/u.test(line.trim()) && !/[.:;,]\s*$/.test(line);
}

/**
 * How much `text` looks like a news article, from its content alone (the first 20,000 characters): a headline
 * line, then paragraphs of prose (one per line or separated by blank lines), a dateline or byline, reporting
 * words ("said", "according to") and quotations raise it; log lines, code, list items and key-value lines lower
 * it, and texts under 80 words score low. A file whose first line is the header line scores 1. Deterministic;
 * empty text gives 0 with no signs.
 */
export function detectArticle(text: string): ArticleLikeness {
  const sample = text.slice(0, DETECT_SAMPLE_CHARS);
  const rawLines = sample.split(/\r\n?|\n/);
  if (rawLines.length && isHeaderLine(rawLines[0])) return { confidence: 1, signs: ['the article header line'] };
  const lines = rawLines.map(l => l.trim()).filter(l => l.length > 0);
  const totalWords = wordCount(sample);
  if (lines.length === 0 || totalWords === 0) return { confidence: 0, signs: [] };
  const blocks = sample.split(/(?:\r\n?|\n)\s*(?:\r\n?|\n)|(?<=[.!?"'”’)])\s*(?:\r\n?|\n)/)
    .map(b => b.trim()).filter(Boolean).map(b => ({ text: b, words: wordCount(b) }));
  const prose = blocks.filter(isProse);
  const proseWords = prose.reduce((n, b) => n + b.words, 0);
  const signs: string[] = [];
  let score = 0;
  if (isHeadline(lines[0]) && !isProse({ text: lines[0], words: wordCount(lines[0]) })) {
    score += 0.2;
    signs.push('a headline line');
  }
  const proseShare = proseWords / totalWords;
  if (prose.length >= 2) {
    score += 0.35 * Math.min(1, proseShare / 0.8);
    signs.push(`${prose.length} paragraphs of prose`);
  }
  if (prose.length >= 4) score += 0.1;
  const lead = lines.slice(1, 4);
  if (lead.some(l => BYLINE.test(l))) {
    score += 0.1;
    signs.push('a byline');
  }
  if (lead.some(l => DATELINE_CAPS.test(l) && DATELINE.test(l) && wordCount(l) > 8)) {
    score += 0.15;
    signs.push('a dateline');
  }
  const reporting = sample.match(REPORTING)?.length ?? 0;
  if (reporting > 0) {
    score += 0.15 * Math.min(1, (reporting * 200) / totalWords);
    signs.push(reporting === 1 ? 'a reporting word ("said", "according to")' : `${reporting} reporting words ("said", "according to")`);
  }
  if ((sample.match(QUOTE)?.length ?? 0) >= 2) {
    score += 0.05;
    signs.push('quotations');
  }
  const odd = lines.filter(l => LOG_LINE.test(l) || CODE_LINE.test(l) || LIST_LINE.test(l) || KEY_VALUE.test(l)).length / lines.length;
  if (odd > 0.1) {
    score *= Math.max(0, 1 - 1.5 * odd);
    signs.push(`${Math.round(odd * 100)}% of lines look like code, logs or lists`);
  }
  if (totalWords < MIN_WORDS) {
    score *= totalWords / MIN_WORDS / 2;
    signs.push(`only ${totalWords} words`);
  }
  return { confidence: Math.round(Math.min(1, score) * 100) / 100, signs };
}

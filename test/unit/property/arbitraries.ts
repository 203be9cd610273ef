// Generators of messy article text for the property tests and `npm run fuzz`: random Unicode (surrogate pairs and
// lone halves), combining marks, right-to-left scripts, zero-width and control characters, every line-break
// style, very long lines, runs of punctuation, ALL-CAPS, scraper headers, and real article text with random edits.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const SAMPLE_DIR = path.join(__dirname, '../../../samples');

/** The real articles shipped in `samples/` (at least one). */
export const SAMPLES: readonly string[] = fs.readdirSync(SAMPLE_DIR)
  .filter(f => f.endsWith('.txt'))
  .sort()
  .map(f => fs.readFileSync(path.join(SAMPLE_DIR, f), 'utf8'));

const SAMPLE_WORDS: readonly string[] = [...new Set(SAMPLES.join(' ').split(/\s+/).filter(w => w.length > 0))];

// Names and words that the NLP and the gazetteers react to, so that generated texts do produce mentions.
const KNOWN = [
  'Angela Merkel', 'Toshimitsu Motegi', 'S Jaishankar', 'Mr. Abe', 'Dr. Smith', 'United Nations', 'UN', 'the U.S.',
  'Bank of Japan', 'European Union', 'Tokyo', 'New Delhi', 'Paris, France', 'Japan', 'India', 'Japanese', 'Indian',
  'Chinese', 'Washington', 'Côte d’Ivoire', 'São Paulo', 'Zürich', 'Indo-Pacific', 'Quad', 'NATO', 'Congo',
  'trade', 'budget', 'health', 'defence', 'inflation', 'climate', 'election', 'tax', 'hospital', 'army',
];

const SPECIAL = [
  '\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\r\r', '\t', ' ', '  ', '\u00a0', '\u2028', '\u2029', '\u0085', '\f', '\v',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202e', '\u2066', '\u2069',
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0080', '\u009f', '\ufffd', '\ufffe', '\uffff',
  'e\u0301', 'A\u030a', '\u0301\u0301\u0301', 'Z\u0351\u0352\u0353\u0354', '\u0915\u094d\u0937', 'ก\u0e34\u0e48',
  'مرحبا بالعالم', 'שלום עולם', 'مصر', 'إسرائيل', '日本', '東京都', '中华人民共和国', 'Москва', 'Ελλάδα', '한국',
  '😀', '👍🏽', '🇯🇵', '🇮🇳', '👨‍👩‍👧‍👦', '𝕬𝖓𝖌𝖊𝖑𝖆', '𝟙𝟚𝟛', '🏳️‍🌈',
  '...', '!!!', '???', '?!', '—', '–', '-', '--', '…', '“', '”', '‘', '’', '"', "'", '(', ')', '[', ']', '«', '»',
  '.', ',', ';', ':', '/', '\\', '#', '@', '&', '*', '$', '%', '€', '£', '¥', '<', '>', '|', '~', '^', '`', '{', '}',
  'U.S.', 'e.g.', 'i.e.', 'No.', 'St.', 'Mt.', 'J.', 'A.', '1.', '2020-10-07', '10:30', '3.5', '1,000,000',
];

const HEADERS = [
  ' date 2020-10-07 Left Menu\n', 'date 2020-10-07\n', ' date 2020-13-45 Left Menu Right Menu\r\n',
  '\ufeff date 1999-01-01 Home | World | Asia\n', ' DATE 2021-02-03 x\r', ' date 2020-10-07', ' date 2020-10-07 \n\n\n',
  ' date 20-10-07 Left Menu\n', '\t date 2020-10-07\tLeft\tMenu\n',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map(c => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map(c => String.fromCharCode(c));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c));

/** One piece of text: a word, a name, a special character, a random string, a long run or a line break. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SAMPLE_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN) },
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...SAMPLE_WORDS, ...KNOWN).map(w => w.toUpperCase()) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: fc.array(anyCodeUnit, { maxLength: 6 }).map(a => a.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('.', '!', '?', '-', '=', '*', ' ', 'a', 'Ab ', '😀', '\u0301', '\t'),
    fc.integer({ min: 2, max: 300 })).map(([s, n]) => s.repeat(n)) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n', '\r', '\n\n', ', ', '. ', '.\n', '\t');

/** A text assembled from fragments and separators, sometimes behind a scraper header. */
export const messyText: fc.Arbitrary<string> = fc.tuple(
  fc.option(fc.constantFrom(...HEADERS), { freq: 3 }),
  fc.array(fc.tuple(fragment, separator), { maxLength: 160, size: 'max' }),
).map(([header, parts]) => (header ?? '') + parts.map(([f, s]) => f + s).join(''));

/** A very long line (up to ~12 000 code units) of words, emoji and no line break, cut into several analysis units. */
export const longLine: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', 'Headline\n', ' date 2020-10-07 Left Menu\nHeadline\r\n'),
  fc.array(fc.constantFrom(...SAMPLE_WORDS, ...KNOWN, '😀', 'x'.repeat(40)), { minLength: 200, maxLength: 1500, size: 'max' }),
  fc.constantFrom(' ', '', '. ', '\u00a0', '\u200b'),
).map(([head, words, sep]) => head + words.join(sep));

/** One edit: delete `del` code units at `at` (both taken modulo the text length) and insert `ins` there. */
export interface Edit {
  readonly at: number;
  readonly del: number;
  readonly ins: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  del: fc.oneof(fc.constant(0), fc.nat(4), fc.nat(200)),
  ins: fc.oneof(fc.constant(''), fragment, fc.array(fc.tuple(fragment, separator), { maxLength: 8 }).map(a => a.map(([f, s]) => f + s).join(''))),
});

/** Applies an edit, clamping its position and length into the text (any code unit boundary, surrogates too). */
export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  const del = Math.min(e.del, text.length - at);
  return text.slice(0, at) + e.ins + text.slice(at + del);
}

/** Real article text with a few random edits. */
export const editedSample: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...SAMPLES), fc.array(edit, { maxLength: 12 }))
  .map(([text, edits]) => edits.reduce(applyEdit, text));

/** Any of the above: the input domain of the core. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: messyText },
  { weight: 3, arbitrary: editedSample },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\ufeff', '\u200b', ' date 2020-10-07', 'x', '\ud83d') },
);

/** A starting text and a sequence of edits for the incremental-equals-fresh properties. */
export const editSession: fc.Arbitrary<{ start: string; edits: Edit[] }> = fc.record({
  start: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SAMPLES) }, { weight: 1, arbitrary: messyText }),
  edits: fc.array(edit, { minLength: 1, maxLength: 25, size: 'max' }),
});

/** Keys that find Object's own members when a record is read with `[key]`. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

/**
 * The text of a hostile or careless corrections file: nesting thousands deep, prototype keys as names and
 * types, huge lists, odd values, a byte-order mark, truncation, and "secret" text that a message must never quote.
 */
export const correctionsFileText: fc.Arbitrary<string> = fc.oneof(
  fc.record({
    depth: fc.integer({ min: 1, max: 30_000 }),
    where: fc.constantFrom('notEntities', 'entities', 'other'),
  }).map(({ depth, where }) => {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return where === 'notEntities' ? `{"notEntities": [${deep}, "Japan"]}` : where === 'entities' ? `{"entities": {"Japan": ${deep}}}` : `{"x": ${deep}}`;
  }),
  fc.record({
    names: fc.array(fc.constantFrom(...PROTOTYPE_KEYS, 'Japan', 'Tenzin Dorje', 'secret value'), { maxLength: 8 }),
    types: fc.array(fc.constantFrom(...PROTOTYPE_KEYS, 'person', 'ORG', 'place', 'COUNTRY', 'secret type'), { minLength: 1, maxLength: 8 }),
    not: fc.array(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 30 }), fc.constant({ secret: 1 }), fc.integer()), { maxLength: 8 }),
  }).map(({ names, types, not }) => `{"entities": {${names.map((n, i) => `${JSON.stringify(n)}: ${JSON.stringify(types[i % types.length])}`).join(', ')}}, "notEntities": ${JSON.stringify(not)}}`),
  fc.record({ size: fc.integer({ min: 0, max: 60_000 }), item: fc.constantFrom('1', '"x"', '"Japan"', '{}', '[]', 'null', '"secret"') })
    .map(({ size, item }) => `{"notEntities": [${Array(size).fill(item).join(',')}]}`),
  fc.tuple(fc.constantFrom('', '\uFEFF'), fc.constantFrom('{"notEntities": ["Japan"], "entities": {"Tokyo": "place"}}', 'secret line one\nsecret line two', '{"notEntities": ["Japan"] secret', '[]', 'null', '"secret"', '{"notEntities": ['))
    .chain(([bom, body]) => fc.integer({ min: 0, max: body.length }).map(cut => bom + body.slice(0, cut))),
);

import { lexiconEntries } from './engine';
import { LABELS, labelFeatures, phraseTags, staticFeatures, tokenInfos } from './features';
import { wordClass, WORD_CLASS_LISTS } from './lexicons';
import { tokenize } from './tokens';

/**
 * The fingerprint of what the entity tagger's features are made of, stored with the weights by
 * `scripts/trainNer.ts` and checked by a unit test: weights trained on other features or other lexicons score
 * the wrong things silently, so a drift must fail a test and mean retraining.
 */

// A made-up probe that exercises every feature template: titles, possessives, brackets, quotes, abbreviations,
// hyphens, digits, multi-word lexicon phrases, sentence edges.
const PROBE = 'Prime Minister Jane Doe\'s aide told the United Nations (UN) in New York, on Monday: "We will see." '
  + 'U.S.-based al-Qaida rivals met G20 envoys - Sir Ian Botham, Mr. Li and the Bank of Japan chief.';

/** The feature template names ("w", "s-1", "L1w"...), in the order the features are built, each once. */
export function featureTemplates(): string[] {
  return [...new Set(probeFeatures().map(f => (f.includes('=') ? f.slice(0, f.indexOf('=')) : f)))];
}

/**
 * A 64-bit hex fingerprint of the feature set: the templates and their values on a fixed probe text, the word
 * lists of `lexicons.ts` and the classes `wordClass` gives, and compromise's lexicon (tokens' tags and
 * phrases). Equal fingerprints mean the features a model was trained with are the ones computed now.
 */
export function featureSetFingerprint(): string {
  const hash = new Hash();
  hash.add('labels', LABELS.join(' '));
  hash.add('templates', featureTemplates().join(' '));
  hash.add('probe', probeFeatures().join('\n'));
  const words = new Set<string>();
  for (const [name, list] of Object.entries(WORD_CLASS_LISTS).sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort();
    sorted.forEach(w => words.add(w));
    hash.add(name, sorted.join(' '));
  }
  const lexicon = lexiconEntries();
  for (const [word] of lexicon) words.add(word);
  hash.add('classes', [...words].sort().map(w => `${w}:${wordClass(w) ?? ''}`).join(' '));
  hash.add('lexicon', lexicon.map(([w, tag]) => `${w}:${tag}`).join(' '));
  return hash.hex();
}

function probeFeatures(): string[] {
  const tokens = tokenize(PROBE);
  const infos = tokenInfos(tokens);
  const phrases = phraseTags(tokens);
  const out: string[] = [];
  tokens.forEach((_, i) => {
    out.push(...staticFeatures(tokens, infos, i, phrases[i]));
    out.push(...labelFeatures(tokens, infos, i, LABELS[(i % (LABELS.length - 1)) + 1], 'O'));
  });
  return out;
}

/** Two FNV-1a 32-bit hashes with different offsets, over named parts (the name keeps parts from running together). */
class Hash {
  #a = 0x811c9dc5;
  #b = 0x01000193 ^ 0x5bd1e995;

  add(name: string, value: string): void {
    const text = `${name}\u0000${value}\u0001`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.#a = Math.imul(this.#a ^ c, 0x01000193);
      this.#b = Math.imul(this.#b ^ c, 0x01000193) ^ (this.#b >>> 15);
    }
  }

  hex(): string {
    return (this.#a >>> 0).toString(16).padStart(8, '0') + (this.#b >>> 0).toString(16).padStart(8, '0');
  }
}

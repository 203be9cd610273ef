import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Paragraph, PlacedMention } from '../../../src/core/model';
import { lexiconTag } from '../../../src/core/nlp/engine';
import { completePeople, completePeopleSteps, isNameUse } from '../../../src/core/nlp/repeats';
import { spanAt } from '../../../src/core/text/spans';

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\-]/u.test(c);

/** The rule stated plainly, one `indexOf` per name (longest first): what the one-pass scan must equal. */
function reference(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const s = text.slice(m.start, m.end);
    names.add(s);
    if (/\s/.test(s)) names.add(s.slice(s.search(/\S+$/)));
  }
  if (names.size === 0) return [...mentions];
  const out = [...mentions];
  const taken = new Uint8Array(text.length);
  for (const m of out) taken.fill(1, m.start, m.end);
  const found: PlacedMention[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    // a lower-case word is never a name alone; one the lexicon knows as an ordinary word counts only where
    // it is used as a name (inside a sentence, or before a verb of saying at its start)
    if (/^\p{Ll}/u.test(name)) continue;
    const tag = lexiconTag(name.toLowerCase());
    const isOrdinary = tag !== undefined && !/(?:MaleName|FemaleName|FirstName|LastName|Person)/.test(tag);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      const p = spanAt(paragraphs, at);
      if (!p || end > p.end || taken.subarray(at, end).some(x => x)) continue;
      if (isOrdinary && !isNameUse(text, at, end, p.start)) continue;
      found.push({ start: at, end, type: 'PERSON', source: 'repeat', reason: 'repeat', paragraph: p.index });
      taken.fill(1, at, end);
    }
  }
  return [...out, ...found].sort((a, b) => a.start - b.start);
}

/** Paragraphs as the blank-line-separated blocks of `text`. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, index: out.length, kind: 'body', sentences: [] });
  }
  return out;
}

/** The first whole-word occurrence of each name as a PERSON mention (non-overlapping, sorted). */
function mentionsOf(text: string, names: readonly string[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const ms: PlacedMention[] = [];
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0 || ms.some(m => m.start < at + name.length && at < m.end)) continue;
    ms.push({ start: at, end: at + name.length, type: 'PERSON', source: 'tagger', reason: 'tagger', paragraph: spanAt(paragraphs, at)?.index ?? -1 });
  }
  return ms.sort((a, b) => a.start - b.start);
}

describe('completePeople', () => {
  it('finds repeats of full names and surnames, longest first, whole words inside paragraphs only', () => {
    const text = 'Toshimitsu Motegi met Ann Lee.\n\nMotegi and Lee spoke; Leeds and Motegi-san did not. Ann Lee Ann left.';
    const paragraphs = paragraphsOf(text);
    const result = completePeople(text, mentionsOf(text, ['Toshimitsu Motegi', 'Ann Lee'], paragraphs), paragraphs);
    assert.deepEqual(result.map(m => `${text.slice(m.start, m.end)}/${m.reason}`),
      ['Toshimitsu Motegi/tagger', 'Ann Lee/tagger', 'Motegi/repeat', 'Lee/repeat', 'Ann Lee/repeat']);
    assert.deepEqual(result, reference(text, mentionsOf(text, ['Toshimitsu Motegi', 'Ann Lee'], paragraphs), paragraphs));
  });

  it('takes a surname that is an ordinary word where it is a name, not where it is the word', () => {
    const text = 'Gordon Brown spoke. Brown later told reporters. Brown bears slept. They met Brown today.';
    const paragraphs = paragraphsOf(text);
    const result = completePeople(text, mentionsOf(text, ['Gordon Brown'], paragraphs), paragraphs);
    assert.deepEqual(result.map(m => `${m.start}:${text.slice(m.start, m.end)}`),
      ['0:Gordon Brown', `${text.indexOf('Brown later')}:Brown`, `${text.indexOf('Brown today')}:Brown`]);
  });

  it('equals one indexOf per name on random texts (overlapping, same-length, accented and odd names)', () => {
    const word = fc.constantFrom('Ann', 'Lee', 'Ann Lee', 'Lee Ann', 'Zoë', 'Zoë Ng', 'Ng', 'O\'Neil', '-Kim', 'Kim', 'Jean-Luc',
      'and', 'said', 'Leeds', 'Brown', 'Gordon Brown', 'later', '.', ',', '\n\n', '🙂', 'Ng-Ann');
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), fc.array(fc.constantFrom('Ann Lee', 'Lee Ann', 'Zoë Ng', 'Kim', '-Kim', 'O\'Neil', 'Jean-Luc', 'Gordon Brown', 'and'), { maxLength: 4 }),
      (words, names) => {
        const text = words.join(' ');
        const paragraphs = paragraphsOf(text);
        const mentions = mentionsOf(text, names, paragraphs);
        assert.deepEqual(completePeople(text, mentions, paragraphs), reference(text, mentions, paragraphs));
      }), { numRuns: 300 });
  });

  it('yields while scanning a long text and returns what the one-call version returns', () => {
    const block = 'Toshimitsu Motegi met officials. Later Motegi said so, and Motegi left.';
    const text = Array.from({ length: 3000 }, () => block).join('\n\n');
    const paragraphs = paragraphsOf(text);
    const mentions = mentionsOf(text, ['Toshimitsu Motegi'], paragraphs);
    const steps = completePeopleSteps(text, mentions, paragraphs);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    assert.ok(yields > 3, `${yields} yields`);
    assert.equal(r.value.filter(m => m.reason === 'repeat').length, 3000 * 2 + 2999);
    assert.deepEqual(r.value, reference(text, mentions, paragraphs));
  });
});

import assert from 'node:assert/strict';
import { extractMentions, extractUnit, UNIT_PASSES } from '../../../src/core/nlp/pipeline';

/** `text:source` for each mention of `text`. */
const sources = (text: string): string[] => extractUnit(text).map(m => `${text.slice(m.start, m.end)}:${m.source}`);

describe('nlp pipeline: the unit passes', () => {
  it('lists each pass once, with a source of its own, the gazetteer after every pass that reads the words of names', () => {
    const names = UNIT_PASSES.map(p => p.name);
    assert.equal(new Set(names).size, names.length);
    assert.equal(new Set(UNIT_PASSES.map(p => p.source)).size, names.length);
    const gazetteer = names.indexOf('gazetteer');
    assert.ok(gazetteer > names.indexOf('tagger') && gazetteer > names.indexOf('known names'), names.join(', '));
  });

  it('marks each mention with the pass that found it', () => {
    const text = 'Toshimitsu Motegi met NATO officials in India on Tuesday.';
    const found = sources(text);
    assert.ok(found.includes('Toshimitsu Motegi:tagger'), found.join('|'));
    assert.ok(found.includes('NATO:known'), found.join('|'));
    assert.ok(found.includes('India:gazetteer'), found.join('|'));
  });

  it('gives every mention the source of a listed pass', () => {
    const listed = new Set(UNIT_PASSES.map(p => p.source));
    const text = 'NEW YORK, March 3 (Reuters) - Mr Cable said the Office for Budget Responsibility (OBR) and Bank of Japan met in Lahore and Jacobabad with Germans.';
    const ms = extractUnit(text);
    assert.ok(ms.length >= 5, sources(text).join('|'));
    for (const m of ms) assert.ok(listed.has(m.source), `${text.slice(m.start, m.end)}: ${m.source}`);
  });

  it('reads the source, not the reason: a tagged lone person listed with places becomes a place by coordination', () => {
    // the tagger reads "Jacobabad" as a person here; the coordination pass keys on that source
    const text = 'Hospitals in Lahore and Jacobabad reported heatstroke cases.';
    const m = extractUnit(text).find(x => text.slice(x.start, x.end) === 'Jacobabad');
    assert.ok(m, sources(text).join('|'));
    assert.equal(m.type, 'PLACE');
    assert.equal(m.source, 'coordination');
    assert.equal(m.reason, 'coordination');
  });

  it('gives nothing for blank text, and the names alone without the gazetteer', () => {
    assert.deepEqual(extractUnit('  \n '), []);
    const text = 'Toshimitsu Motegi visited India.';
    assert.ok(extractMentions(text).every(m => m.source !== 'gazetteer'));
    assert.ok(extractUnit(text).some(m => m.source === 'gazetteer'));
  });
});

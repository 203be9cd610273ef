import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { speakerLabels } from '../../../src/core/nlp/speakerLabels';

// An interview transcript written for these tests (issue 10: every genre a newsroom publishes).
const transcript = [
  'Interview with festival director Mara Quinlan',
  'Q: How did the festival start?',
  'A: We began in 2009 with three stages in Galway. It was chaos.',
  'Interviewer: And the funding?',
  'MQ: The Arts Council helped.',
  'WN: What comes next?',
  'MQ: A tour of Canada.',
  'WN: Thank you.',
  'Quinlan: It was a pleasure.',
].join('\n\n');

describe('Speaker labels of an interview', () => {
  it('finds the labels of the exchange and a speaker\'s recurring initials, and no name used as a label', () => {
    assert.deepEqual([...speakerLabels(transcript)].sort(), ['A', 'Interviewer', 'MQ', 'Q', 'WN']);
    // initials the article also writes elsewhere are left alone ("the BBC"), and so are one-off labels
    assert.deepEqual([...speakerLabels('BBC: One.\n\nBBC: Two. Both aired on the BBC.\n\nNATO: a statement.')], []);
  });

  it('shows no label as an entity, and keeps the people and places of the answers', () => {
    const names = analyze(transcript).mentions.map(m => `${m.type}:${transcript.slice(m.start, m.end)}`);
    assert.equal(names.some(n => /:(?:Q|A|Interviewer|MQ|WN)$/.test(n)), false, names.join(', '));
    for (const name of ['PERSON:Mara Quinlan', 'PLACE:Galway', 'ORG:Arts Council']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});

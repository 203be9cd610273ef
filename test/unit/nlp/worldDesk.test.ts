import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Court, world and science copy written for these tests (issue 10, families 2, 6 and 10).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Where someone is from, and regions by a compass point', () => {
  it('reads the town after a defendant\'s age as a place', () => {
    const text = 'Dennis Ashworth, 58, of Harrogate, admitted 14 counts of fraud by abuse of position at Leeds Crown Court on Monday.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Harrogate'), names.join(', '));
  });

  it('keeps a compass point on the region it names, with the region\'s country', () => {
    const text = 'More than 600,000 people have fled North Darfur since April, and fighting has spread to South Kordofan, aid groups said.';
    const result = analyze(text);
    const names = shown(text);
    assert.ok(names.includes('PLACE:North Darfur'), names.join(', '));
    assert.ok(!names.includes('PLACE:Darfur'), names.join(', '));
    const darfur = result.mentions.find(m => text.slice(m.start, m.end) === 'North Darfur');
    assert.equal(darfur?.countryCode, 'SD');
  });
});

describe('Bodies named by their fields', () => {
  it('keeps an owner\'s body whole when its name opens with a field and "and"', () => {
    const text = 'The African Union\'s Peace and Security Council will meet in Addis Ababa on Monday to discuss the truce.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Peace and Security Council'), names.join(', '));
    assert.ok(!names.includes('ORG:Security Council'), names.join(', '));
  });

  it('does not cut a field from its body where the article writes the field alone', () => {
    const text = [
      'The telescope was built with money from the UK\'s Science and Technology Facilities Council, which funds British astronomy.',
      'The country\'s Minister of Science, Technology and Innovation, Lerato Dube, welcomed the result on Friday.',
    ].join('\n\n');
    const names = shown(text);
    assert.ok(names.includes('ORG:Science and Technology Facilities Council'), names.join(', '));
    assert.ok(!names.includes('PLACE:Technology Facilities Council') && !names.includes('ORG:Technology Facilities Council'), names.join(', '));
  });
});

describe('Towns written with spaces where the lists spell them with hyphens', () => {
  it('are one place ("Stoke on Trent"), and a weekday after "on" stays apart', () => {
    const text = 'Voters in Stoke on Trent and Walton on Thames went to the polls on Thursday, while Leeds on Saturday hosts the count.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Stoke on Trent') && names.includes('PLACE:Walton on Thames'), names.join(', '));
    assert.ok(!names.some(n => /Saturday/.test(n)), names.join(', '));
  });
});

describe('An American wire story', () => {
  const text = [
    'CLEVELAND (AP) — A Parma man was charged Monday with trafficking after agents seized fentanyl at the airport, prosecutors said.',
    'U.S. District Judge Rebecca Lutz set a hearing for next week. Cuyahoga County Executive Chris Ronayne said overdose deaths were falling.',
  ].join('\n\n');

  it('reads the dateline before the agency in brackets as a place, and the town before "man" as a place', () => {
    const names = shown(text);
    assert.ok(names.includes('PLACE:CLEVELAND') && names.includes('PLACE:Parma'), names.join(', '));
  });

  it('keeps a county\'s noun with its name, and leaves a federal judge\'s title to the country', () => {
    const names = shown(text);
    assert.ok(names.includes('PLACE:Cuyahoga County'), names.join(', '));
    assert.ok(!names.includes('PLACE:U.S. District') && !names.includes('ORG:Cuyahoga'), names.join(', '));
  });
});

describe('A region named by a compass word and a country', () => {
  it('is the region, not a person and the country', () => {
    const text = 'Western Australia Premier Roger Cook backed the bill on Tuesday, while the premier of South Australia asked for more time.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Western Australia') && names.includes('PLACE:South Australia'), names.join(', '));
    assert.ok(!names.includes('PERSON:Western') && !names.includes('COUNTRY:Australia'), names.join(', '));
  });
});

describe('A place the tagger ends on a verb', () => {
  it('is cut at the verb, and a pronoun left alone is nothing', () => {
    const text = 'The candidate said: "Today, like many Americans, I am skeptical of both parties, and I understand why."';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PLACE:I')), names.join(', '));
  });
});

describe('An adjective of the compass', () => {
  it('before a lower-case word is no name ("Western diplomats"), before a name part of it', () => {
    const text = 'Western diplomats said the talks had stalled, and a Western military alliance was not on the table for Northern Ireland.';
    const names = shown(text);
    assert.ok(!names.some(n => /:Western$/.test(n)), names.join(', '));
    assert.ok(names.includes('PLACE:Northern Ireland'), names.join(', '));
  });
});

describe('A compass word and a listed place read whole as someone', () => {
  it('is the region ("Western Sydney"), and a body with its head stays the body', () => {
    const text = 'The mayor said Western Sydney was growing faster than any other region, while Western Union said its branches would stay open.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Western Sydney') && names.includes('ORG:Western Union'), names.join(', '));
  });
});

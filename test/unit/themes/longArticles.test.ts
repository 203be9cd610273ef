import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 11): a long local-politics story that mentions a navy once.
const paragraphs = [
  ' date 2026-05-12',
  'Harlow Bridge council backs riverside housing plan after long night',
  'Councillors in Harlow Bridge voted on Tuesday to approve 640 new homes on the old riverside depot, ending a year of argument over rents and neighbourhoods.',
  'The housing plan includes 200 affordable apartments and a rent cap for ten years, the council said.',
  'Residents of the Eastfield neighbourhood said the homes would push up rents for tenants already struggling with housing costs.',
  'The developer, Marrow Homes, said the apartments would be built in three phases, with the first tenants moving in by 2028.',
  'Councillor Idris Penhallow, a former navy pilot, said the city could not wait any longer for new housing.',
  'Tenants groups asked for the rent cap to last twenty years, but the amendment failed by one vote.',
  'The council will publish the final housing agreement next month, and landlords in the district said they would study it.',
  'Work on the homes is expected to begin in the autumn, the housing committee said.',
];
const themes = (text: string): string[] => analyze(text).themes.map(t => t.name);

describe('Themes of a long article', () => {
  it('shows no second theme that one word said once supports ("a former navy pilot" in a housing story)', () => {
    const names = themes(paragraphs.join('\n\n'));
    assert.equal(names[0], 'Housing', names.join(', '));
    assert.ok(!names.includes('Defense'), names.join(', '));
  });

  it('keeps that theme in a short text, where one word is much of what it says', () => {
    assert.ok(themes('A former navy pilot joined the council.').includes('Defense'));
  });
});

import * as assert from 'assert';
import { openArticle } from './helpers';

suite('The analysis the API returns for the seed article', () => {
  test('has S Jaishankar and Toshimitsu Motegi as people, with exact spans', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    assert.ok(analysis);
    const text = document.getText();
    const people = analysis.entities.filter(e => e.type === 'PERSON');
    const names = people.map(e => e.canonical);
    for (const name of ['S Jaishankar', 'Toshimitsu Motegi']) assert.ok(names.includes(name), `people: ${names.join(', ')}`);
    const motegi = people.find(e => e.canonical === 'Toshimitsu Motegi');
    assert.deepStrictEqual(motegi?.mentions.map(m => text.slice(m.start, m.end)), ['Toshimitsu Motegi', 'Motegi']);
  });

  test('has India and Japan as countries, with flags and ISO codes', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const codes = analysis?.countries.map(c => c.code) ?? [];
    for (const code of ['IN', 'JP']) assert.ok(codes.includes(code), `countries: ${codes.join(', ')}`);
    const japan = analysis?.countries.find(c => c.code === 'JP');
    assert.strictEqual(japan?.flag, '🇯🇵');
    assert.strictEqual(japan?.alpha3, 'JPN');
  });

  test('returns the same object while the document version is unchanged', async () => {
    const { document, api } = await openArticle();
    assert.strictEqual(await api.getAnalysis(document.uri), await api.getAnalysis(document.uri));
  });
});

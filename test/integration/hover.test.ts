import * as assert from 'assert';
import { hoverText, openArticle, positionOf, screenshot, sleep, tidyWorkbench } from './helpers';
import * as vscode from 'vscode';

suite('Hovers', () => {
  test('hovering "Jaishankar" shows the person, their mentions and the command links', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'Jaishankar'));
    assert.match(text, /Jaishankar/);
    assert.match(text, /Person/);
    assert.match(text, /\d+ mentions?/);
    assert.match(text, /ranked \d+ of \d+ by how central it is/);
    assert.match(text, /Recognised|On the list|A shorter repeat|One of two|Listed together|Marked as an entity/, 'how it was found, in words');
    assert.doesNotMatch(text, /found by|`tagger`|gazetteer:|known-org|salience/, 'no rule names or jargon');
    assert.match(text, /command:newsLens\.showMentions/);
    assert.match(text, /command:newsLens\.revealInView/);
  });

  test('hovering "Japanese" shows Japan with its flag, codes, capital and how it was recognised', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'Japanese'));
    assert.ok(text.includes('🇯🇵'), text);
    assert.match(text, /Japan/);
    assert.match(text, /`JP` \/ `JPN`/);
    assert.match(text, /Tokyo/);
    assert.match(text, /Recognised from the word “Japanese” \(the word for its people\)/);
    assert.doesNotMatch(text, /demonym|gazetteer/);
    assert.ok(text.includes('(https://www.wikidata.org/wiki/Q17)'), `a link to Japan's Wikidata page: ${text}`);
  });

  test('hovering "Tokyo" shows country content with the flag of Japan', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'Tokyo'));
    assert.ok(text.includes('🇯🇵'), text);
    assert.match(text, /Tokyo/);
    assert.ok(!text.includes('wikidata.org'), `Tokyo is not Japan: no Wikidata link to the country: ${text}`);
  });

  test('hovering theme evidence shows the CAP topic, IPTC code, score and other trigger words', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const theme = analysis?.themes[0];
    assert.ok(theme && theme.evidence.length > 0, 'the seed has a theme with evidence');
    const evidence = theme.evidence[0];
    const text = await hoverText(document, document.positionAt(evidence.start + 1));
    assert.ok(text.includes(`CAP ${theme.code}`), text);
    assert.ok(text.includes(`IPTC ${theme.iptc.code}`), text);
    assert.ok(text.includes(theme.score.toFixed(2)), text);
  });

  test('hovering an organisation named after a country shows the organisation and that country', async () => {
    const { document, api } = await openArticle('envoys.article');
    const text = await hoverText(document, positionOf(document, 'Palestinian Authority'));
    assert.match(text, /Palestinian Authority/);
    assert.match(text, /Organisation/);
    assert.ok(text.includes('🇵🇸'), text);
    assert.match(text, /Named after the country, by the word for its people/);
    const analysis = await api.getAnalysis(document.uri);
    assert.ok(analysis?.countries.some(c => c.code === 'PS' && c.mentions.some(m => m.text === 'Palestinian Authority')));
  });

  test('hovering "Tibetan" shows the place Tibet, in China, recognised from the word "Tibetan"', async () => {
    const { document } = await openArticle('envoys.article');
    const text = await hoverText(document, positionOf(document, 'Tibetan'));
    assert.match(text, /\*\*Tibet\*\* — Place/);
    assert.ok(text.includes('🇨🇳'), text);
    assert.match(text, /Recognised from the word “Tibetan”/);
  });

  test('hovering plain words shows nothing from News Lens', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'wide-ranging'));
    assert.doesNotMatch(text, /ranked \d+ of/);
  });

  test('a country hover can be seen in the editor (screenshot)', async () => {
    const { editor, document } = await openArticle();
    await tidyWorkbench();
    const at = positionOf(document, 'Japanese');
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1200);
    await screenshot('country-hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  });
});

// node-only: writes exports into a temporary folder and reads them with fs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { fixture, openArticle, sleep } from './helpers';

suite('Export', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-'));
  suiteTeardown(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    // let Copy Summary's three-second status-bar note go, so the screenshots of later suites show only their subject
    await sleep(3100);
  });

  test('Export Analysis writes the entities as CSV, the summary as Markdown and the analysis as JSON', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    assert.ok(analysis);

    const csvUri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'csv', vscode.Uri.file(path.join(dir, 'seed.csv')));
    const csv = fs.readFileSync(csvUri.fsPath, 'utf8').split('\r\n');
    assert.equal(csv[0], 'type,name,mentions,salience,rank,role,country,acronym,written as,first offset,wikidata');
    assert.ok(csv.some(l => l.startsWith('COUNTRY,Japan,') && l.endsWith(',Q17')), 'Japan with its Wikidata id');
    assert.equal(csv.filter(Boolean).length, analysis.entities.length + 1);
    assert.ok(csv.some(l => l.startsWith('PERSON,S Jaishankar,4,')), csv.join('\n'));

    const mdUri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'markdown', vscode.Uri.file(path.join(dir, 'seed.md')));
    const md = fs.readFileSync(mdUri.fsPath, 'utf8');
    assert.match(md, /^# India, Japan hold strategic dialogue/);
    assert.match(md, /\| 🇯🇵 \| Japan \| JP \|/);
    assert.match(md, /## Quotations[\s\S]*\| S Jaishankar \| direct \| said \|/);

    const quotesUri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'quotesCsv', vscode.Uri.file(path.join(dir, 'seed.quotes.csv')));
    const quotes = fs.readFileSync(quotesUri.fsPath, 'utf8').split('\r\n').filter(Boolean);
    assert.equal(quotes[0], 'speaker,speaker id,kind,cue,start,end,confidence,quotation');
    assert.equal(quotes.length, analysis.quotes.length + 1);

    const jsonUri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'json', vscode.Uri.file(path.join(dir, 'seed.json')));
    const json = JSON.parse(fs.readFileSync(jsonUri.fsPath, 'utf8')) as { file: string; mentions: unknown[]; themes: { code: number }[]; quotes: unknown[] };
    assert.equal(json.file, path.basename(document.uri.fsPath));
    assert.equal(json.mentions.length, analysis.mentions.length);
    assert.deepEqual(json.themes.map(t => t.code), analysis.themes.map(t => t.code));
    assert.equal(json.quotes.length, analysis.quotes.length);
  });

  test('Export Analysis writes the annotation formats: brat beside its text, spaCy spans in code points, W3C selectors', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    assert.ok(analysis);
    const text = document.getText();
    const codePoints = (start: number, end: number) => [...text].slice(start, end).join('');

    const ann = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'brat', vscode.Uri.file(path.join(dir, 'seed.ann')));
    assert.equal(fs.readFileSync(path.join(dir, 'seed.txt'), 'utf8'), text, 'the .txt beside the .ann is the text as analysed');
    const tLines = fs.readFileSync(ann.fsPath, 'utf8').split('\n').filter(l => l.startsWith('T'));
    assert.equal(tLines.length, analysis.mentions.length);
    for (const line of tLines) {
      const [, head, covered] = line.split('\t');
      const [, s, e] = head.split(' ');
      assert.equal(codePoints(Number(s), Number(e)), covered);
    }

    const jsonl = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'spacy', vscode.Uri.file(path.join(dir, 'seed.jsonl')));
    const record = JSON.parse(fs.readFileSync(jsonl.fsPath, 'utf8')) as { text: string; spans: { start: number; end: number; text: string; kb_id?: string }[] };
    assert.equal(record.text, text);
    for (const span of record.spans) assert.equal(codePoints(span.start, span.end), span.text);
    assert.ok(record.spans.some(span => span.kb_id === 'Q17'), 'Japan carries its Wikidata id');

    const w3c = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'w3c', vscode.Uri.file(path.join(dir, 'seed.jsonld')));
    const collection = JSON.parse(fs.readFileSync(w3c.fsPath, 'utf8')) as { type: string; first: { items: { target: string | { source: string } }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    const targets = collection.first.items.map(a => (typeof a.target === 'string' ? a.target : a.target.source));
    assert.ok(targets.every(t => t === document.uri.toString()), 'every annotation targets the article');
  });

  test('brat export never replaces another file where its .txt belongs', async () => {
    const { document } = await openArticle();
    fs.writeFileSync(path.join(dir, 'other.txt'), 'someone else\'s text');
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsLens.exportAnalysis', document.uri, 'brat', vscode.Uri.file(path.join(dir, 'other.ann')));
    assert.equal(result, undefined);
    assert.equal(fs.readFileSync(path.join(dir, 'other.txt'), 'utf8'), 'someone else\'s text');
    assert.ok(!fs.existsSync(path.join(dir, 'other.ann')));
  });

  test('Copy Summary puts the Markdown summary on the clipboard', async () => {
    const { document } = await openArticle();
    const text = await vscode.commands.executeCommand<string>('newsLens.copySummary', document.uri);
    assert.match(text, /^# India, Japan hold strategic dialogue/);
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  test('nothing is exported for a file that is not an article', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    await vscode.window.showTextDocument(document);
    const target = vscode.Uri.file(path.join(dir, 'notes.csv'));
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsLens.exportAnalysis', document.uri, 'csv', target);
    assert.equal(result, undefined);
    assert.ok(!fs.existsSync(target.fsPath));
  });
});

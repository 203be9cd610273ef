import * as assert from 'assert';
import * as vscode from 'vscode';

suite('The web worker extension host', () => {
  test('runs News Lens there, as a UI extension with no Node.js', () => {
    const extension = vscode.extensions.getExtension('news-lens.news-lens');
    assert.strictEqual(extension?.extensionKind, vscode.ExtensionKind.UI);
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined');
  });
});

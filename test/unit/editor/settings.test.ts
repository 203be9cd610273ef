// The settings table (src/editor/settings.ts, plain data) against what package.json declares to VS Code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_EXTRA_TERM_LENGTH } from '../../../src/core/themes/userTerms';
import { SETTINGS, type SettingSpec } from '../../../src/editor/settings';

interface Declared {
  type: string;
  default: unknown;
  scope?: string;
  minimum?: number;
  maximum?: number;
  additionalProperties?: { items?: { maxLength?: number } };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, Declared> } };
};
const declared = manifest.contributes.configuration.properties;

describe('settings: the table and the manifest agree', () => {
  it('declare the same settings', () => {
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(SETTINGS).map(k => `newsLens.${k}`).sort());
  });

  for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec][]) {
    it(`newsLens.${key}: same type, default, scope and bounds`, () => {
      const d = declared[`newsLens.${key}`];
      assert.ok(d, 'declared in package.json');
      assert.deepEqual(
        { type: d.type, default: d.default, scope: d.scope, minimum: d.minimum, maximum: d.maximum },
        { type: spec.type, default: spec.default, scope: spec.scope, minimum: spec.minimum, maximum: spec.maximum },
      );
    });
  }

  it('the longest theme word the manifest allows is the one the core accepts', () => {
    assert.equal(declared['newsLens.themeTerms'].additionalProperties?.items?.maxLength, MAX_EXTRA_TERM_LENGTH);
  });
});

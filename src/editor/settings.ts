/**
 * The `newsLens.*` settings, declared once: type, default, bounds and scope. `configuration.ts` reads and checks
 * values against this table, and a unit test checks that package.json's `contributes.configuration` declares
 * the same (descriptions live only in the manifest). Plain data: no `vscode` import.
 */

/** How one setting is declared. */
export interface SettingSpec {
  readonly type: 'boolean' | 'number' | 'array' | 'object';
  readonly default: unknown;
  /** `resource` settings may differ per workspace folder and are read with the document's uri. */
  readonly scope: 'window' | 'resource';
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Every setting, by key without the `newsLens.` prefix. */
export const SETTINGS = {
  'decorations.enabled': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.people': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.organisations': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.places': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.countries': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.themes': { type: 'boolean', default: true, scope: 'resource' },
  'decorations.quotes': { type: 'boolean', default: true, scope: 'resource' },
  'include': { type: 'array', default: [], scope: 'window' },
  'exclude': { type: 'array', default: [], scope: 'window' },
  'maxFileSizeMB': { type: 'number', default: 5, scope: 'resource', minimum: 0 },
  'debounceMs': { type: 'number', default: 300, scope: 'resource', minimum: 0, maximum: 5000 },
  'minThemeScore': { type: 'number', default: 0.05, scope: 'resource', minimum: 0, maximum: 1 },
  'themeTerms': { type: 'object', default: {}, scope: 'resource' },
  'statusBar.enabled': { type: 'boolean', default: true, scope: 'window' },
} as const satisfies Readonly<Record<string, SettingSpec>>;

export type SettingKey = keyof typeof SETTINGS;
/** The keys of the boolean settings. */
export type BooleanSettingKey = { [K in SettingKey]: (typeof SETTINGS)[K]['type'] extends 'boolean' ? K : never }[SettingKey];
/** The keys of the number settings. */
export type NumberSettingKey = { [K in SettingKey]: (typeof SETTINGS)[K]['type'] extends 'number' ? K : never }[SettingKey];

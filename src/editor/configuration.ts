import * as vscode from 'vscode';
import type { AnalyzeOptions, ExtraThemeTerms } from '../core/model';
import { checkUserThemeTerms } from '../core/themes/userTerms';
import { Disposable } from './disposable';
import { SETTINGS, type BooleanSettingKey, type NumberSettingKey } from './settings';

/** The highlight categories, in the order the UI lists them. */
export const CATEGORIES = ['people', 'organisations', 'places', 'countries', 'themes', 'quotes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A typed, frozen snapshot of the `newsLens.*` settings. */
export interface NewsLensConfig {
  readonly decorationsEnabled: boolean;
  readonly categories: Readonly<Record<Category, boolean>>;
  readonly include: readonly string[];
  /** Globs of files the corpus index leaves out (`newsLens.exclude`). */
  readonly exclude: readonly string[];
  readonly maxFileSizeMB: number;
  readonly debounceMs: number;
  readonly minThemeScore: number;
  /** The user's extra theme words by CAP code (`newsLens.themeTerms`), checked. */
  readonly themeTerms: ExtraThemeTerms;
  readonly statusBarEnabled: boolean;
}

/** The defaults, from the settings table. */
export const DEFAULT_CONFIG: NewsLensConfig = Object.freeze({
  decorationsEnabled: SETTINGS['decorations.enabled'].default,
  categories: Object.freeze(Object.fromEntries(CATEGORIES.map(c => [c, SETTINGS[`decorations.${c}`].default])) as Record<Category, boolean>),
  include: Object.freeze([...SETTINGS.include.default]) as readonly string[],
  exclude: Object.freeze([...SETTINGS.exclude.default]) as readonly string[],
  maxFileSizeMB: SETTINGS.maxFileSizeMB.default,
  debounceMs: SETTINGS.debounceMs.default,
  minThemeScore: SETTINGS.minThemeScore.default,
  themeTerms: Object.freeze({ ...SETTINGS.themeTerms.default }),
  statusBarEnabled: SETTINGS['statusBar.enabled'].default,
});

/** Most `newsLens.include` globs, and most wildcards in one: VS Code's glob matcher can stall on many. */
export const MAX_INCLUDE_GLOBS = 50;
export const MAX_GLOB_WILDCARDS = 8;
const MAX_GLOB_LENGTH = 200;

/** Why an include glob is refused (too long, too many wildcards or brace groups), or undefined. */
function globProblem(glob: string): string | undefined {
  const wildcards = (glob.match(/\*+|\?/g) ?? []).length;
  if (glob.length > MAX_GLOB_LENGTH) return `a glob of ${glob.length} characters is longer than ${MAX_GLOB_LENGTH}`;
  if (wildcards > MAX_GLOB_WILDCARDS) return `a glob with ${wildcards} wildcards has more than ${MAX_GLOB_WILDCARDS}`;
  if ((glob.match(/[{]/g) ?? []).length > 2) return 'a glob has more than 2 brace groups';
  return undefined;
}

/** What reading the settings gave: the snapshot, plus the names of settings that were invalid and defaulted. */
export interface ConfigReading {
  readonly config: NewsLensConfig;
  readonly invalid: readonly string[];
  /** What was wrong, where a setting's problem needs saying ("\"Sport\" is not a CAP major topic code or name"). */
  readonly details: readonly string[];
}

/** Reads `newsLens.*` from a configuration section; invalid values fall back to defaults and are named. */
export function readConfiguration(section: vscode.WorkspaceConfiguration): ConfigReading {
  const invalid: string[] = [];
  const bool = (key: BooleanSettingKey): boolean => {
    const fallback = SETTINGS[key].default;
    const v = section.get<unknown>(key, fallback);
    if (typeof v === 'boolean') return v;
    invalid.push(`newsLens.${key}`);
    return fallback;
  };
  const num = (key: NumberSettingKey): number => {
    const spec: { default: number; minimum?: number; maximum?: number } = SETTINGS[key];
    const v = section.get<unknown>(key, spec.default);
    if (typeof v === 'number' && Number.isFinite(v) && v >= (spec.minimum ?? -Infinity) && v <= (spec.maximum ?? Infinity)) return v;
    invalid.push(`newsLens.${key}`);
    return spec.default;
  };
  const details: string[] = [];
  const globs = (key: 'include' | 'exclude'): readonly string[] => {
    const v = section.get<unknown>(key, []);
    if (Array.isArray(v) && v.every(x => typeof x === 'string')) {
      const kept = v.filter(x => x.trim() !== '');
      const problem = kept.length > MAX_INCLUDE_GLOBS ? `at most ${MAX_INCLUDE_GLOBS} globs` : kept.map(globProblem).find(p => p !== undefined);
      if (!problem) return Object.freeze(kept);
      details.push(`newsLens.${key}: ${problem}`);
    }
    invalid.push(`newsLens.${key}`);
    return DEFAULT_CONFIG[key];
  };
  const themeTerms = (): ExtraThemeTerms => {
    const { terms, problems } = checkUserThemeTerms(section.get<unknown>('themeTerms', {}));
    if (problems.length === 0) return Object.freeze(terms);
    invalid.push('newsLens.themeTerms');
    details.push(...problems.map(p => `newsLens.themeTerms: ${p}`));
    return DEFAULT_CONFIG.themeTerms;
  };
  const config: NewsLensConfig = Object.freeze({
    decorationsEnabled: bool('decorations.enabled'),
    categories: Object.freeze(Object.fromEntries(CATEGORIES.map(c => [c, bool(`decorations.${c}`)])) as Record<Category, boolean>),
    include: globs('include'),
    exclude: globs('exclude'),
    maxFileSizeMB: num('maxFileSizeMB'),
    debounceMs: num('debounceMs'),
    minThemeScore: num('minThemeScore'),
    themeTerms: themeTerms(),
    statusBarEnabled: bool('statusBar.enabled'),
  });
  return { config, invalid, details };
}

/**
 * Holds the settings snapshots and tells listeners when they change; settings apply without reload. `current` is
 * the window's (for `window` settings); `for(uri)` gives a document's, with its workspace folder's values of the
 * `resource` settings, which differ per folder in a multi-root workspace.
 */
export class Configuration extends Disposable {
  #current: NewsLensConfig;
  /** Snapshots per workspace folder uri, read on first use. */
  readonly #folders = new Map<string, { folder: vscode.Uri; config: NewsLensConfig }>();
  #reported = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<NewsLensConfig>());
  /** Fires with the new window snapshot after any `newsLens.*` setting changed (folder snapshots are read anew too). */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this.#current = this.#read(undefined, new Set());
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration('newsLens')) return;
      this.#refresh();
      this.#onDidChange.fire(this.#current);
    }));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.#folders.clear()));
  }

  get current(): NewsLensConfig {
    return this.#current;
  }

  /** The settings that apply to the document or file at `uri`: its workspace folder's, else the window's. */
  for(uri: vscode.Uri): NewsLensConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!folder) return this.#current;
    const key = folder.toString();
    let held = this.#folders.get(key);
    if (!held) this.#folders.set(key, (held = { folder, config: this.#read(folder, this.#reported) }));
    return held.config;
  }

  /** Writes a setting where the user keeps it (workspace when set there, else user settings). */
  async update(key: string, value: unknown): Promise<void> {
    const section = vscode.workspace.getConfiguration('newsLens');
    const inspected = section.inspect(key);
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await section.update(key, value, target);
  }

  /** Reads every snapshot anew; what is still invalid and was already said is not said again. */
  #refresh(): void {
    const said = this.#reported;
    this.#reported = new Set();
    this.#current = this.#read(undefined, said);
    for (const held of this.#folders.values()) held.config = this.#read(held.folder, said);
  }

  #read(scope: vscode.Uri | undefined, said: ReadonlySet<string>): NewsLensConfig {
    const { config, invalid, details } = readConfiguration(vscode.workspace.getConfiguration('newsLens', scope));
    // Warn once per invalid value: changing another setting does not repeat what was already said.
    const isNew = invalid.some(key => !said.has(key) && !this.#reported.has(key));
    for (const key of invalid) this.#reported.add(key);
    if (isNew) {
      void vscode.window.showWarningMessage(
        `News Lens: ${invalid.join(', ')} ${invalid.length === 1 ? 'has an invalid value' : 'have invalid values'}; using the default instead.${details.length ? ` (${details.slice(0, 3).join('; ')})` : ''}`,
        'Open Settings',
      ).then(choice => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', invalid[0]);
      });
    }
    return config;
  }
}

/** The analysis options the settings give (theme words, minimum theme score). */
export function optionsFrom(config: NewsLensConfig): AnalyzeOptions {
  return { minThemeScore: config.minThemeScore, extraThemeTerms: config.themeTerms };
}

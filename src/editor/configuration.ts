import * as vscode from 'vscode';
import type { ExtraThemeTerms } from '../core/model';
import { checkUserThemeTerms } from '../core/themes/userTerms';
import { Disposable } from './disposable';

/** The five highlight categories, in the order the UI lists them. */
export const CATEGORIES = ['people', 'organisations', 'places', 'countries', 'themes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A typed, frozen snapshot of the `newsLens.*` settings. */
export interface NewsLensConfig {
  readonly decorationsEnabled: boolean;
  readonly categories: Readonly<Record<Category, boolean>>;
  readonly include: readonly string[];
  readonly maxFileSizeMB: number;
  readonly debounceMs: number;
  readonly minThemeScore: number;
  /** The user's extra theme words by CAP code (`newsLens.themeTerms`), checked. */
  readonly themeTerms: ExtraThemeTerms;
  readonly statusBarEnabled: boolean;
}

export const DEFAULT_CONFIG: NewsLensConfig = Object.freeze({
  decorationsEnabled: true,
  categories: Object.freeze({ people: true, organisations: true, places: true, countries: true, themes: true }),
  include: Object.freeze([]) as readonly string[],
  maxFileSizeMB: 5,
  debounceMs: 300,
  minThemeScore: 0.05,
  themeTerms: Object.freeze({}),
  statusBarEnabled: true,
});

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
  const bool = (key: string, fallback: boolean): boolean => {
    const v = section.get<unknown>(key, fallback);
    if (typeof v === 'boolean') return v;
    invalid.push(`newsLens.${key}`);
    return fallback;
  };
  const num = (key: string, fallback: number, min: number, max: number): number => {
    const v = section.get<unknown>(key, fallback);
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    invalid.push(`newsLens.${key}`);
    return fallback;
  };
  const globs = (): readonly string[] => {
    const v = section.get<unknown>('include', []);
    if (Array.isArray(v) && v.every(x => typeof x === 'string')) return Object.freeze(v.filter(x => x.trim() !== ''));
    invalid.push('newsLens.include');
    return DEFAULT_CONFIG.include;
  };
  const details: string[] = [];
  const themeTerms = (): ExtraThemeTerms => {
    const { terms, problems } = checkUserThemeTerms(section.get<unknown>('themeTerms', {}));
    if (problems.length === 0) return Object.freeze(terms);
    invalid.push('newsLens.themeTerms');
    details.push(...problems.map(p => `newsLens.themeTerms: ${p}`));
    return DEFAULT_CONFIG.themeTerms;
  };
  const d = DEFAULT_CONFIG;
  const config: NewsLensConfig = Object.freeze({
    decorationsEnabled: bool('decorations.enabled', d.decorationsEnabled),
    categories: Object.freeze(Object.fromEntries(CATEGORIES.map(c => [c, bool(`decorations.${c}`, d.categories[c])])) as Record<Category, boolean>),
    include: globs(),
    maxFileSizeMB: num('maxFileSizeMB', d.maxFileSizeMB, 0, Number.MAX_SAFE_INTEGER),
    debounceMs: num('debounceMs', d.debounceMs, 0, 5000),
    minThemeScore: num('minThemeScore', d.minThemeScore, 0, 1),
    themeTerms: themeTerms(),
    statusBarEnabled: bool('statusBar.enabled', d.statusBarEnabled),
  });
  return { config, invalid, details };
}

/** Holds the current settings snapshot and tells listeners when it changes; settings apply without reload. */
export class Configuration extends Disposable {
  #current: NewsLensConfig;
  #reported = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<NewsLensConfig>());
  /** Fires with the new snapshot after any `newsLens.*` setting changed. */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this.#current = this.#read();
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration('newsLens')) return;
      this.#current = this.#read();
      this.#onDidChange.fire(this.#current);
    }));
  }

  get current(): NewsLensConfig {
    return this.#current;
  }

  /** Writes a setting where the user keeps it (workspace when set there, else user settings). */
  async update(key: string, value: unknown): Promise<void> {
    const section = vscode.workspace.getConfiguration('newsLens');
    const inspected = section.inspect(key);
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await section.update(key, value, target);
  }

  #read(): NewsLensConfig {
    const { config, invalid, details } = readConfiguration(vscode.workspace.getConfiguration('newsLens'));
    // Warn once per invalid value: changing another setting does not repeat what was already said.
    const isNew = invalid.some(key => !this.#reported.has(key));
    this.#reported = new Set(invalid);
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

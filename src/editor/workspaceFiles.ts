import * as vscode from 'vscode';

/** Most files read in one workspace search: the first ones by path, so every run reads the same ones. */
export const MAX_SEARCH_FILES = 2000;
/** Most files listed before choosing; a workspace with more is reported as "more than" this. */
const MAX_LISTED = 50_000;
/** Always left out, whatever the settings say. */
const ALWAYS_EXCLUDED = ['**/node_modules', '**/.git'];
const FIND_EXCLUDE = '**/{node_modules,.git}/**';
/** Exclude globs with more wildcards than this are not used (a glob is turned into a regular expression). */
const MAX_GLOB_WILDCARDS = 12;

/** The files a workspace search reads, and what was left out on the way. */
export interface SearchFiles {
  /** Sorted by uri; at most `maxFiles` (`MAX_SEARCH_FILES` unless told). */
  readonly files: readonly vscode.Uri[];
  /** Those matched by a `newsLens.include` glob. */
  readonly included: ReadonlySet<string>;
  /** How many files there were to choose from (`files.length` when the cap cut nothing). */
  readonly found: number;
  /** Files reached through a symbolic link (the file, or a folder above it in the workspace): never read. */
  readonly linked: readonly vscode.Uri[];
}

/**
 * The files of the workspace a search may read: those matching `patterns`, less what `files.exclude`,
 * `search.exclude` (entries set to true) and, when `search.useIgnoreFiles` is on, the root `.gitignore` of each
 * folder leave out, and less node_modules and .git; never a file outside the workspace folders or reached through
 * a symbolic link. Chosen by path, so a capped search reads the same files on every run.
 */
export async function searchFiles(
  patterns: readonly string[], includePatterns: readonly string[], extra: readonly vscode.Uri[], maxFiles = MAX_SEARCH_FILES,
): Promise<SearchFiles> {
  const excluders = new Map<string, (uri: vscode.Uri) => boolean>();
  const isExcluded = async (uri: vscode.Uri): Promise<boolean> => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return true; // outside the workspace
    const key = folder.uri.toString();
    if (!excluders.has(key)) excluders.set(key, await excluderFor(folder));
    return excluders.get(key)!(uri);
  };
  const found = new Map<string, vscode.Uri>();
  const included = new Set<string>();
  const add = async (uris: readonly vscode.Uri[], isInclude: boolean): Promise<void> => {
    for (const u of uris) {
      if (await isExcluded(u)) continue;
      found.set(u.toString(), u);
      if (isInclude) included.add(u.toString());
    }
  };
  // An exclude given here turns VS Code's own files.exclude off: the settings' excludes are applied above instead.
  for (const pattern of patterns) await add(await vscode.workspace.findFiles(pattern, FIND_EXCLUDE, MAX_LISTED), false);
  for (const pattern of includePatterns) await add(await vscode.workspace.findFiles(pattern, FIND_EXCLUDE, MAX_LISTED), true);
  await add(extra, false);
  const sorted = [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
  const links = new LinkCheck();
  const files: vscode.Uri[] = [];
  const linked: vscode.Uri[] = [];
  for (const uri of sorted) {
    if (files.length >= maxFiles) break;
    if (await links.isReachedThroughLink(uri)) linked.push(uri);
    else files.push(uri);
  }
  return { files, included, found: sorted.length - linked.length, linked };
}

/** Whether a file, or a folder between it and its workspace folder, is a symbolic link; folders asked once. */
class LinkCheck {
  readonly #folders = new Map<string, Promise<boolean>>();

  async isReachedThroughLink(uri: vscode.Uri): Promise<boolean> {
    if (await isLink(uri)) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return true;
    const root = folder.uri.path.replace(/\/$/, '');
    for (let dir = vscode.Uri.joinPath(uri, '..'); dir.path.startsWith(`${root}/`); dir = vscode.Uri.joinPath(dir, '..')) {
      const key = dir.toString();
      if (!this.#folders.has(key)) this.#folders.set(key, isLink(dir));
      if (await this.#folders.get(key)) return true;
    }
    return false;
  }
}

async function isLink(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return false;
  }
}

/** What `files.exclude`, `search.exclude` and the root `.gitignore` leave out of `folder`, as one test. */
async function excluderFor(folder: vscode.WorkspaceFolder): Promise<(uri: vscode.Uri) => boolean> {
  const globs = [...ALWAYS_EXCLUDED];
  for (const section of ['files', 'search']) {
    const value = vscode.workspace.getConfiguration(section, folder.uri).get<unknown>('exclude');
    if (typeof value === 'object' && value !== null) {
      // `{"when": ...}` entries depend on sibling files: not applied here
      for (const [glob, on] of Object.entries(value)) if (on === true) globs.push(glob);
    }
  }
  if (vscode.workspace.getConfiguration('search', folder.uri).get<boolean>('useIgnoreFiles', true)) {
    globs.push(...await gitignoreGlobs(folder.uri));
  }
  const tests = globs.map(globMatcher).filter((m): m is (path: string) => boolean => m !== undefined);
  const root = folder.uri.path.replace(/\/$/, '');
  return uri => {
    const relative = uri.path.slice(root.length + 1);
    // a glob naming a folder leaves out everything in it: test the path and each folder above it
    const parts = relative.split('/');
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join('/');
      if (tests.some(test => test(prefix))) return true;
    }
    return false;
  };
}

/** The simple lines of a folder's root `.gitignore` as globs ("build/" -> "**\/build"); negations are not applied. */
async function gitignoreGlobs(root: vscode.Uri): Promise<string[]> {
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, '.gitignore')));
  } catch {
    return [];
  }
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/).slice(0, 1000)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const body = line.replace(/\/+$/, '');
    if (!body) continue;
    // "/dist" and "a/b" are anchored at the root; "dist" matches at any depth
    globs.push(body.startsWith('/') ? body.slice(1) : body.includes('/') ? body : `**/${body}`);
  }
  return globs;
}

type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'one' | 'star' | 'globstar' | 'segments' }
  | { readonly kind: 'class'; readonly body: string; readonly isNegated: boolean };

/** Most alternatives a glob's brace groups may expand to. */
const MAX_ALTERNATIVES = 64;

/**
 * A test for a glob ("**\/out", "*.{log,tmp}", "[ab]?") over a folder-relative path with "/" separators, or
 * undefined for a glob too long, with too many wildcards or alternatives. A matcher written out, not a regular
 * expression (no user text becomes a pattern): memoised, so its time is bounded by glob length x path length^2.
 */
export function globMatcher(glob: string): ((path: string) => boolean) | undefined {
  if (glob.length > 300 || (glob.match(/[*?]/g) ?? []).length > MAX_GLOB_WILDCARDS) return undefined;
  const alternatives = expandBraces(glob);
  if (!alternatives) return undefined;
  const programs = alternatives.map(tokenize);
  return path => programs.some(tokens => matches(tokens, path));
}

/** "a{b,c}d" -> ["abd", "acd"]; undefined when unbalanced or over MAX_ALTERNATIVES. */
function expandBraces(glob: string): string[] | undefined {
  const open = glob.lastIndexOf('{');
  if (open < 0) return glob.includes('}') ? undefined : [glob];
  const close = glob.indexOf('}', open);
  if (close < 0) return undefined;
  const out: string[] = [];
  for (const choice of glob.slice(open + 1, close).split(',')) {
    const expanded = expandBraces(glob.slice(0, open) + choice + glob.slice(close + 1));
    if (!expanded) return undefined;
    out.push(...expanded);
    if (out.length > MAX_ALTERNATIVES) return undefined;
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const isSegments = glob[i + 2] === '/';
      tokens.push({ kind: isSegments ? 'segments' : 'globstar' });
      i += isSegments ? 2 : 1;
    } else if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      tokens.push({ kind: 'class', body: body.replace(/^[!^]/, ''), isNegated: /^[!^]/.test(body) });
      i = end;
    } else tokens.push({ kind: 'char', ch: c });
  }
  return tokens;
}

function inClass(body: string, ch: string): boolean {
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === '-' && k + 2 < body.length) {
      if (ch >= body[k] && ch <= body[k + 2]) return true;
      k += 2;
    } else if (body[k] === ch) return true;
  }
  return false;
}

function matches(tokens: readonly Token[], path: string): boolean {
  const width = path.length + 1;
  // 0 unknown, 1 no, 2 yes
  const memo = new Uint8Array((tokens.length + 1) * width);
  const at = (i: number, j: number): boolean => {
    const cell = i * width + j;
    if (memo[cell]) return memo[cell] === 2;
    let ok: boolean;
    if (i === tokens.length) ok = j === path.length;
    else {
      const t = tokens[i];
      const c = path[j];
      switch (t.kind) {
        case 'char': ok = c === t.ch && at(i + 1, j + 1); break;
        case 'one': ok = j < path.length && c !== '/' && at(i + 1, j + 1); break;
        case 'class': ok = j < path.length && c !== '/' && inClass(t.body, c) !== t.isNegated && at(i + 1, j + 1); break;
        case 'star': ok = at(i + 1, j) || (j < path.length && c !== '/' && at(i, j + 1)); break;
        case 'globstar': ok = at(i + 1, j) || (j < path.length && at(i, j + 1)); break;
        case 'segments': {
          // zero or more whole folders, each ending in "/"
          ok = at(i + 1, j);
          for (let k = j + 1; !ok && k <= path.length; k++) if (path[k - 1] === '/') ok = at(i + 1, k);
          break;
        }
      }
    }
    memo[cell] = ok ? 2 : 1;
    return ok;
  };
  return at(0, 0);
}

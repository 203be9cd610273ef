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
  const tests = globs.map(globToRegExp).filter((r): r is RegExp => r !== undefined);
  const root = folder.uri.path.replace(/\/$/, '');
  return uri => {
    const relative = uri.path.slice(root.length + 1);
    // a glob naming a folder leaves out everything in it: test the path and each folder above it
    const parts = relative.split('/');
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join('/');
      if (tests.some(t => t.test(prefix))) return true;
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

/**
 * A glob ("**\/out", "*.{log,tmp}", "[ab]?") as an anchored regular expression over a folder-relative path with
 * "/" separators, or undefined for a glob too long or with too many wildcards to test safely.
 */
export function globToRegExp(glob: string): RegExp | undefined {
  if (glob.length > 300 || (glob.match(/[*?]/g) ?? []).length > MAX_GLOB_WILDCARDS) return undefined;
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\/]/g, m => `\\${m}`);
  }
  if (depth > 0) return undefined;
  try {
    return new RegExp(`^${out}$`);
  } catch {
    return undefined;
  }
}

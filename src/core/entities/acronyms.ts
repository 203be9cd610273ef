/** What the acronym index needs of a group: its canonical name and its creation order (first wins). */
interface Named {
  readonly canonical: string;
  readonly order: number;
}

/**
 * The organisations grouped so far, indexed for "the first organisation (in creation order) that `name` is the
 * acronym of, or that is the acronym of `name`" (`isAcronymOf` either way) without scanning every group.
 */
export class AcronymIndex<G extends Named> {
  /** Groups by the initials of their canonical name (two or more letters). */
  readonly #byInitials = new Map<string, G[]>();
  /** Groups whose canonical name is itself an acronym, by its letters. */
  readonly #byLetters = new Map<string, G[]>();

  add(g: G): void {
    const initials = initialsOf(g.canonical);
    if (initials.length >= 2) push(this.#byInitials, initials, g);
    const letters = acronymLetters(g.canonical);
    if (letters !== undefined) push(this.#byLetters, letters, g);
  }

  find(name: string): G | undefined {
    const letters = acronymLetters(name);
    const spelt = letters === undefined ? undefined : this.#byInitials.get(letters)?.[0];
    const initials = initialsOf(name);
    const spelling = initials.length >= 2 ? this.#byLetters.get(initials)?.[0] : undefined;
    if (!spelt || !spelling) return spelt ?? spelling;
    return spelt.order < spelling.order ? spelt : spelling;
  }
}

function push<G>(map: Map<string, G[]>, key: string, g: G): void {
  const list = map.get(key);
  if (list) list.push(g);
  else map.set(key, [g]);
}

/** "U.N." -> "UN": the letters of a word that can be an acronym (2 to 6 capitals, dots dropped), else undefined. */
function acronymLetters(word: string): string | undefined {
  const letters = word.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : undefined;
}

/** The initials of the capitalised words of `name` ("North Atlantic Treaty Organization" -> "NATO"). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter(w => /^[A-Z]/.test(w)).map(w => w[0]).join('');
}

/** "UN" spells "United Nations"; "NATO" spells "North Atlantic Treaty Organization" (function words skipped). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (letters === undefined) return false;
  const initials = initialsOf(name);
  return initials.length >= 2 && initials === letters;
}

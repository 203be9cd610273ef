import { lexiconTag } from './engine';
import { PEER_TITLES } from './peerTitles';

/**
 * The grammatical gender that a courtesy title, a peerage or a knighthood gives a name ("Lord Smith" is a man,
 * "Baroness Jones" a woman), and the one that a given name usually has ("Jane", "Gordon"), as compromise's lexicon
 * knows it. Used to keep "Lord Smith" from joining "Jane Smith" when both are named in one article.
 */
export type Gender = 'male' | 'female';

const peers = (gender: Gender): string[] => [...PEER_TITLES].filter(([, g]) => g === gender).map(([title]) => title);
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Father', 'Brother', ...peers('male')]);
const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame', 'Sister', ...peers('female')]);

/** The gender of the title written right before offset `at` of `text` ("Lord " before "Smith"), if any. */
export function titleGenderBefore(text: string, at: number): Gender | undefined {
  const title = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, at - 14), at))?.[1];
  if (title === undefined) return undefined;
  if (MALE_TITLES.has(title)) return 'male';
  return FEMALE_TITLES.has(title) ? 'female' : undefined;
}

/** The usual gender of a given name ("Jane": female), or undefined when the lexicon does not say or says both. */
export function firstNameGender(name: string): Gender | undefined {
  const tag = lexiconTag(name.toLowerCase()) ?? '';
  const male = /MaleName/.test(tag.replace(/FemaleName/g, ''));
  const female = /FemaleName/.test(tag);
  return male === female ? undefined : male ? 'male' : 'female';
}

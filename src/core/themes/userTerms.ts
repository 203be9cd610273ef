import type { ExtraThemeTerms } from '../model';
import { CAP_TOPICS, capTopic } from './topics';

/** Longest user term kept, in UTF-16 code units. */
export const MAX_EXTRA_TERM_LENGTH = 100;
/** Most user terms kept per topic. */
export const MAX_EXTRA_TERMS_PER_TOPIC = 500;

/** The user's theme words after checking, and what was wrong with what they wrote. */
export interface UserThemeTerms {
  readonly terms: ExtraThemeTerms;
  /** One readable sentence per problem; empty when everything was usable. */
  readonly problems: readonly string[];
}

/**
 * Checks a user setting of extra theme words: an object whose keys are CAP major topic codes ("17") or
 * names ("Technology", any case) and whose values are arrays of words or phrases. Usable entries are kept;
 * each unusable one (unknown topic, a value that is not a list, a term that is not text, empty, over 100
 * characters or with no letter or digit) is left out and named in `problems`. A value that is not an object
 * gives no terms and one problem; `undefined` and `{}` give no terms and no problems. Terms are later matched
 * literally, as words: nothing the user writes is ever evaluated as a pattern.
 */
export function checkUserThemeTerms(value: unknown): UserThemeTerms {
  if (value === undefined || value === null) return { terms: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { terms: {}, problems: ['it must map CAP topics (code or name) to lists of words'] };
  }
  const byName = new Map(CAP_TOPICS.map(t => [t.name.toLowerCase(), t.code]));
  const terms: Record<number, string[]> = {};
  const problems: string[] = [];
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    const code = /^\d+$/.test(key.trim()) ? Number(key) : byName.get(key.trim().toLowerCase());
    if (code === undefined || !capTopic(code)) {
      problems.push(`"${key}" is not a CAP major topic code or name`);
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(`the words for "${key}" must be a list`);
      continue;
    }
    const kept = terms[code] ?? [];
    for (const term of list) {
      const t = typeof term === 'string' ? term.trim() : '';
      if (typeof term !== 'string' || t.length === 0 || t.length > MAX_EXTRA_TERM_LENGTH || !/[\p{L}\p{N}]/u.test(t)) {
        problems.push(`${JSON.stringify(term)} under "${key}" is not a usable word (text of 1 to ${MAX_EXTRA_TERM_LENGTH} characters with a letter or digit)`);
      } else if (kept.length < MAX_EXTRA_TERMS_PER_TOPIC) {
        kept.push(t);
      }
    }
    if (kept.length > 0) terms[code] = kept;
  }
  return { terms, problems };
}

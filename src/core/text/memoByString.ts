import { detached } from '../pipeline/textCache';

/**
 * `read` remembering its value by its argument, for a pure function of a short string (a word, a name) asked again and
 * again across tokens, mentions and analyses. At most `limit` values are kept: the cache is emptied when full. Keys are
 * stored `detached`, so that no cached key keeps the text it was cut from alive.
 */
export function memoByString<T>(read: (key: string) => T, limit = 20_000): (key: string) => T {
  const values = new Map<string, T>();
  return (key: string): T => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = read(key);
      if (values.size >= limit) values.clear();
      values.set(detached(key), value);
    }
    return value as T;
  };
}

/**
 * `read` remembering its value for the last text it was given: two passes of one analysis that scan the same whole
 * text ("the quoted titles of the article") share one scan, and an edit's new text is read anew. The value is
 * shared: callers must not change it.
 */
export function forLastText<T>(read: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let value: T;
  return (text: string): T => {
    if (text !== last) {
      value = read(text);
      last = text;
    }
    return value;
  };
}

/**
 * White space as the core compares and shows names: every run of white space (spaces, tabs, line breaks, no-break
 * spaces: JavaScript's `\s`) becomes one space. Lengths change, so offsets into the result are not offsets into the
 * input. Empty input gives "".
 */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** `collapseSpace` and trimmed at both ends: the form a name is compared in ("Toshimitsu\n Motegi " -> "Toshimitsu Motegi"). */
export function normaliseSpace(s: string): string {
  return isNormalAscii(s) ? s : collapseSpace(s).trim();
}

/**
 * Whether `s` is printable ASCII with single spaces between words and none at its ends: then it is its own
 * `normaliseSpace` (the usual name), and no regular expression needs to run.
 */
function isNormalAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32 : c < 33 || c > 126) return false;
  }
  return true;
}

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
  return collapseSpace(s).trim();
}

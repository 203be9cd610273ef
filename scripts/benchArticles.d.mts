/** Body paragraphs (no header line, no headline) of the repository's own articles. */
export function paragraphs(): string[];
/** An article of at least `minChars` code units made of `pool`'s paragraphs. */
export function article(pool: readonly string[], minChars: number, seed: number): string;
/** The file name benchHost gives the article of `mb` megabytes. */
export function articleName(mb: number): string;

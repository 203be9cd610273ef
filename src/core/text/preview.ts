import type { Span } from '../model';
import { normaliseSpace } from './whitespace';

/**
 * One line of `text` around `span` for previews (outline items, quick picks): the span's line, cut to about
 * `width` UTF-16 code units centred on the span, white space collapsed, with "…" where the line was cut.
 * The span must lie in one line; an empty text gives "".
 */
export function preview(text: string, span: Span, width = 80): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0) lineEnd = text.length;
  let from = Math.max(lineStart, span.start - Math.floor((width - (span.end - span.start)) / 2));
  const to = Math.min(lineEnd, from + width);
  from = Math.max(lineStart, Math.min(from, to - width));
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  return prefix + normaliseSpace(text.slice(from, to)) + suffix;
}

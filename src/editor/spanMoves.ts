import type { Span } from '../core/model';
import type { TextChange } from './coreModule';

/**
 * Whether `changes` (in order, each into the text the ones before it left) moved `shown` exactly onto `spans`, the
 * way VS Code moves decorations with the text: a span ending before a change stays, one starting after it shifts by
 * the change's length delta. False when the lists differ in length, when a change touches a span (at its edges too,
 * where the decoration's range behaviour decides whether it grows), or when any moved span is not the span at the
 * same index of `spans`. No change: whether the lists are equal. Allocates nothing, so that a repaint after a
 * keystroke can tell a decoration type needs no new ranges without copying each list once per change.
 */
export function isMovedTo(shown: readonly Span[], changes: readonly TextChange[], spans: readonly Span[]): boolean {
  if (shown.length !== spans.length) return false;
  for (let i = 0; i < shown.length; i++) {
    let { start, end } = shown[i];
    for (const c of changes) {
      if (end < c.offset) continue;
      if (start <= c.offset + c.length) return false;
      const delta = c.text.length - c.length;
      start += delta;
      end += delta;
    }
    if (start !== spans[i].start || end !== spans[i].end) return false;
  }
  return true;
}

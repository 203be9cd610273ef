/** The longest a pause in typing is waited for, whatever the article's size. */
export const MAX_TYPING_DELAY_MS = 2000;
/** The share of the last whole analysis's time that a pause in typing must last before the next one starts. */
const SHARE_OF_LAST_RUN = 0.25;

/**
 * How long after the last keystroke the next analysis starts: `newsLens.debounceMs`, or for an article whose last
 * analysis took long (a 10 MB article takes seconds) a quarter of that time, at most `MAX_TYPING_DELAY_MS`. A run
 * started in a short pause is cancelled by the next keystroke, and meanwhile it took a core the editor needed: on
 * a two-core machine the typing itself slowed. An ordinary article (tens of ms) keeps the setting's delay.
 */
export function typingDelay(debounceMs: number, lastRunMs: number | undefined): number {
  if (lastRunMs === undefined || !Number.isFinite(lastRunMs)) return debounceMs;
  return Math.max(debounceMs, Math.min(MAX_TYPING_DELAY_MS, Math.round(lastRunMs * SHARE_OF_LAST_RUN)));
}

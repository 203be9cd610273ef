import type { RawMention } from '../model';
import type { NewsSpan } from './newsRules';
import type { RuleSpan } from './rules';
import type { Token } from './tokens';

/**
 * What the passes over one analysis unit share (see `pipeline.ts`): the unit's text and tokens, and the mentions
 * found so far. Offsets are UTF-16 code units into `text`, end exclusive.
 */
export interface UnitState {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Datelines, bylines and known organisations, by first token: names the tagger's spans give way to. */
  known: readonly (RuleSpan | NewsSpan)[];
  /** The mentions found so far; a pass may add, replace or drop them, or replace the array. */
  mentions: RawMention[];
}

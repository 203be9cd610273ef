import { shiftInPlace, type Shift } from './analysisDelta';

/** New items of a middle spliced in with one call at most (a spread of more could overflow the stack). */
const SPLICE_LIMIT = 8192;

/**
 * One array of an analysis (its mentions, quotes, paragraphs or a theme's evidence) put together on the receiving
 * side from what the sender sends after an edit (analysisTransfer.ts): a run of the earlier array's items kept as
 * they are, the new items of the middle, a run of its last items moved by the edit. The result is the earlier
 * array itself, its middle replaced in place: a keystroke in a 10 MB article then makes no new array of 160,000
 * mentions (and leaves none to the garbage collector). Pieces in another order (the sender never sends them so)
 * are put together in a new array instead. `onMoved` is called before the earlier array or one of its items changes.
 */
export class ArrayAssembly {
  #base: unknown[] | undefined;
  /** Leading items of `#base` kept where they are. */
  #kept = 0;
  readonly #middle: unknown[] = [];
  /** The trailing run of `#base` kept (moved in place), once one came: [from, to). */
  #suffix: { from: number; to: number } | undefined;
  /** The items in order, once the pieces came in an order the base's array cannot hold. */
  #plain: unknown[] | undefined;
  readonly #onMoved: () => void;

  constructor(onMoved: () => void) {
    this.#onMoved = onMoved;
  }

  /** Items `from` to `to` of the earlier array `base`, moved by `shift`. */
  keep(base: readonly unknown[], from: number, to: number, shift: Shift): void {
    const isMoved = shift.ds !== 0 || shift.dp !== 0;
    if (!this.#plain && (this.#base ?? base) === base) {
      this.#base = base as unknown[];
      if (!isMoved && !this.#middle.length && !this.#suffix && from === this.#kept) {
        this.#kept = to;
        return;
      }
      if (this.#suffix ? from === this.#suffix.to : from >= this.#kept) {
        if (isMoved) this.#onMoved();
        for (let i = from; i < to; i++) shiftInPlace(base[i], shift);
        this.#suffix = { from: this.#suffix?.from ?? from, to };
        return;
      }
    }
    const into = this.#toPlain();
    if (isMoved) this.#onMoved();
    for (let i = from; i < to; i++) into.push(shiftInPlace(base[i], shift));
  }

  /** New items, in order. */
  add(items: readonly unknown[]): void {
    const into = this.#plain ?? (this.#suffix ? this.#toPlain() : this.#middle);
    for (const item of items) into.push(item);
  }

  /** The whole array. */
  finish(): unknown[] {
    const base = this.#base;
    if (this.#plain || !base) return this.#plain ?? this.#middle;
    const from = this.#suffix?.from ?? base.length;
    if ((this.#suffix?.to ?? base.length) !== base.length || this.#middle.length > SPLICE_LIMIT) return this.#toPlain();
    if (from !== this.#kept || this.#middle.length) {
      this.#onMoved();
      base.splice(this.#kept, from - this.#kept, ...this.#middle);
    }
    return base;
  }

  #toPlain(): unknown[] {
    if (this.#plain) return this.#plain;
    const base = this.#base ?? [];
    const plain = base.slice(0, this.#kept);
    for (const item of this.#middle) plain.push(item);
    if (this.#suffix) for (let i = this.#suffix.from; i < this.#suffix.to; i++) plain.push(base[i]);
    return (this.#plain = plain);
  }
}

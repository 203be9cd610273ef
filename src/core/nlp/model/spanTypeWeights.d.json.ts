/**
 * The span type model (`spanTypeWeights.json`, written by `scripts/trainSpanTypes.ts`): typed here so the compiler
 * does not infer a type from the large file.
 */
declare const model: SpanTypeModel;
export default model;

/** A quantised averaged-perceptron model over whole names and what it was trained with. */
export interface SpanTypeModel {
  /** Format of this file; bumped when its shape changes. */
  readonly format: number;
  /** The classes, in the order the weight rows index them (`SPAN_CLASSES`). */
  readonly classes: readonly string[];
  /** How far the best class must score above the tagger's type to replace it. */
  readonly margin: number;
  /** The training files (base names), the SHA-256 of their contents and their record counts, in order. */
  readonly trainingData: readonly { readonly file: string; readonly sha256: string; readonly records: number }[];
  readonly epochs: number;
  /** How many perceptrons, trained on different orders of the spans, were averaged into these weights. */
  readonly bags: number;
  /** Features seen fewer times than this were left out; weights smaller than `minWeight` were dropped. */
  readonly minCount: number;
  readonly minWeight: number;
  /** Where the training data comes from and under which licence: shipped with the weights. */
  readonly licence: string;
  readonly attribution: string;
  /** Weights by feature: `[class index, quantised weight, ...]`, zero weights left out. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

/**
 * The entity tagger's model (`nerWeights.json`, written by `scripts/trainNer.ts`): typed here so the compiler
 * does not infer a type from the 1.6 MB file.
 */
declare const model: NerModel;
export default model;

/** A trained, quantised averaged-perceptron model and what it was trained with. */
export interface NerModel {
  /** Format of this file; bumped when its shape changes. */
  readonly format: number;
  /** The BIO labels, in the order the weight rows index them. */
  readonly labels: readonly string[];
  /** `featureSetFingerprint()` of the features and lexicons at training time (`src/core/nlp/featureSet.ts`). */
  readonly featureSet: string;
  /** The feature template names at training time. */
  readonly templates: readonly string[];
  /** The training files (base names) and the SHA-256 of their contents, in order. */
  readonly trainingData: readonly { readonly file: string; readonly sha256: string; readonly records: number }[];
  readonly epochs: number;
  /** Features seen fewer times than this in the training data were left out. */
  readonly minCount: number;
  /** Where the training data comes from and under which licence: shipped with the weights. */
  readonly licence: string;
  readonly attribution: string;
  /** Anything else a reader of the weights must know about how they were made. */
  readonly note?: string;
  /** Weights by feature: `[label index, quantised weight, ...]`, labels with a zero weight left out. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

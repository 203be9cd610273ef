/**
 * What the editor loads on its first analysis: the analyzer and the time-slicing scheduler; and what the CLI
 * needs besides (corrections files, JSONL records). The node build makes this a separate file (`dist/core.js`)
 * that the extension and the CLI share, so that activating the extension does not parse the NLP, its model
 * weights and the country table, and the package carries the engine once.
 */
export { Analyzer } from './analyze';
export { analyzeInSlices } from './pipeline/scheduler';
export { CORRECTIONS_FILE_SUFFIX, hasCorrections, MAX_CORRECTIONS_FILE_BYTES, parseCorrections } from './entities/corrections';
export { toJsonlRecord } from './outputs/export';

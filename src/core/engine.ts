/**
 * What the editor loads on its first analysis: the analyzer and the time-slicing scheduler. The node build
 * makes this a separate file (`dist/core.js`), so that activating the extension does not parse the NLP,
 * its model weights and the country table.
 */
export { Analyzer } from './analyze';
export { analyzeInSlices } from './scheduler';

/** The corpus: what a folder of articles is about, built from per-article records. */
export { corpusArticle, isCorpusArticle, type CorpusArticle, type CorpusArticleSource, type CorpusItem } from './article';
export { autoGranularity, filterArticles, matchesFilter, periodOf, type CorpusFilter, type TimelineGranularity } from './filter';
export {
  CorpusAccumulator, summarizeCorpus, type CorpusEntity, type CorpusPair, type CorpusSummary, type SummaryOptions, type TimelinePeriod,
} from './accumulator';
export { CORPUS_CSV_HEADER, corpusCsv, corpusCsvLine, corpusJsonl, corpusRow, type CorpusRow } from './table';

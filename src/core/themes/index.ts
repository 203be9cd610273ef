/** Policy themes: CAP major topics, the lexicon as data, the matcher and the article scorer. */
export { CAP_TOPICS, capSubtopic, capTopic, majorOfSubtopic, type CapSubtopic, type CapTopic } from './topics';
export { THEME_RULES } from './lexicon';
export type { CueSense, ThemeRule } from './lexiconTypes';
export { CUE_SENSES } from './rules/senses';
export { checkUserThemeTerms, type UserThemeTerms } from './userTerms';
export { createThemeMatcher, matchThemeTerms, type ThemeHit, type ThemeMatcher } from './matcher';
export { createNameMask, type NameSpan } from './nameMask';
export { DEFAULT_MIN_THEME_SCORE, scoreThemes, scoreThemesSteps, type ParagraphThemeInput, type ScoreThemesOptions } from './scoreThemes';

/** Policy themes: CAP major topics, the lexicon as data, the matcher and the article scorer. */
export { CAP_TOPICS, capSubtopic, capTopic, majorOfSubtopic, type CapSubtopic, type CapTopic } from './topics';
export { THEME_RULES } from './lexicon';
export type { ThemeRule } from './lexiconTypes';
export { checkUserThemeTerms, type UserThemeTerms } from './userTerms';
export { createThemeMatcher, matchThemeTerms, type ThemeHit, type ThemeMatcher } from './matcher';
export { DEFAULT_MIN_THEME_SCORE, scoreThemes, scoreThemesSteps, type ParagraphThemeInput, type ScoreThemesOptions } from './scoreThemes';

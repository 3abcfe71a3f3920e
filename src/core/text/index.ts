export { eachSentence, endMarks, lastRunStart, sentences, words, scanWords, urlSpans } from './segment';
export { wordsAmong } from './words-among';
export type { Token, TokenKind, TokenSink, WordRangeSink } from './segment';
export { hashRange, WordTable } from './word-table';
export { scanToneTokens, TONE_TOKEN_RE } from './word-scan';
export { normalizeText, fold, termKey } from './normalize';
export { stopwordsFor, broadStopwordsFor, isStopword, SUPPORTED_LANGS } from './stopwords';
export { detectLang, decideLanguages, primaryTag, ANALYSIS_LANGS, MIN_COMMENT_CHARS } from './lang';
export type { LangDecision } from './lang';

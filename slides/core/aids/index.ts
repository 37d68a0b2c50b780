/**
 * Speaker aids (朗读提示): readings shown small above the notes where a speaker may
 * stumble — pinyin over rare characters, tricky words and the deck's own names, and
 * figures as they are read aloud. Pure: the views draw them, the CLI lists them.
 */
export { deckAids, deckWords, readingInContext, reviewAids, textAids } from './compute.ts';
export { findFigures, type FoundFigure } from './numbers.ts';
export { isCommonCharacter, LEVEL_ONE_COUNT } from './common-characters.ts';
export { entryProblem, normalizeReading, TRICKY_SOURCES, TRICKY_WORDS, MAX_READING_CHARS, MAX_WORD_CHARS } from './pronounce.ts';
export { correctAid, dismissAid, parseAidsReview, resetDecisions, setPronounce, storedReview, REVIEW_FORMAT, type StoredReview } from './review.ts';
export * from './model.ts';

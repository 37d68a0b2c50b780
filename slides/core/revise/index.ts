/**
 * Revised drafts (pure TypeScript): bring a new version of the report into an edited deck.
 *
 * - reviseDeck(deck, source, options?) → { deck, summary, slides, removed }: see revise.ts.
 * - alignSentences / sentenceKey / similarity: the sentence alignment it rests on (align.ts).
 */
export { reviseDeck, type ReviseResult, type ReviseSummary, type RevisedSlide, type RemovedSlide, type SlideStatus, type UnplacedEdit } from './revise.ts';
export { alignSentences, sentenceKey, similarity, type Alignment } from './align.ts';
export { handEdits, markdownEdits, type HandEdit } from './hand-edits.ts';
export { readRevisionRecord, revisionRecord, REVISION_RECORD_FORMAT, type RevisionRecord } from './record.ts';
export { draftChanges, revisedSentences, sentenceChanges, type DiffPiece, type DraftChanges, type SentenceChange, type SlideChange } from './changes.ts';
export type { RevisionOutcome } from './outcome.ts';

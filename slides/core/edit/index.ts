/**
 * The editor's API (pure TypeScript, no DOM, no Node): typed edit operations on a DeckModel.
 *
 * - applyEdit(deck, op) → { deck, inverse }; applyEdits(deck, ops) → { deck, inverses }.
 *   Throws DeckError code EDIT with a message for the person when an op does not fit.
 * - sentenceSpans(notes): the sentences of a slide's notes with offsets (click, split, pick).
 * - partGroup(slides, index): the parts of a split paragraph a slide belongs to.
 * - automaticWords(slides, index, lang, phrases?): what the planner would put on a slide.
 * - isByHand(slide, part), isPictureSrc(src).
 */
export { applyEdit, applyEdits, isByHand, type EditResult } from './apply.ts';
export { isPictureSrc } from '../pictures.ts';
export { automaticWords, partGroup, sentenceSpans, type AutomaticWords, type SentenceSpan } from './automatic.ts';
export * from './ops.ts';

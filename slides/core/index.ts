/**
 * The compiler core's public API. Pure TypeScript: no DOM, no Node, no Electron.
 *
 * - compileDeck(source, options?): decoded report text (.txt, .docx text, .md) → DeckModel.
 *   Throws only DeckError: EMPTY (no readable text), FRONT_MATTER (with the line), OPTION.
 * - documentAuthor(deck): the author exported files name (front matter author:, else the byline's name).
 * - deckToMarkdown(deck): the editable reveal.js-style Markdown deck that `podium import` writes;
 *   compileDeck reads it back to the same slides (ids, titles, points, notes, seconds).
 * - readingUnits / readingSeconds / detectLang: Chinese in characters per minute (punctuation
 *   counted as a pause), English in words per minute, mixed text both.
 * - slideId / SlideIdAllocator: stable ids from a slide's kind and notes, for rehearsal data.
 * - splitSentences: verbatim sentence pieces (for reading cursors and teleprompters).
 * - normalizeText / compactText, parseDuration / formatDuration: shared small helpers.
 * The invariant checker for tests and fuzzing lives in ./invariants.ts.
 */
export { compileDeck } from './compile.ts';
export { deckToMarkdown } from './export-markdown.ts';
export { documentAuthor } from './author.ts';
export { detectLang, readingSeconds, readingUnits } from './reading.ts';
export { slideId, SlideIdAllocator } from './ids.ts';
export { normalizeText, compactText } from './text.ts';
export { parseDuration, formatDuration } from './frontmatter.ts';
export { splitSentences } from './sentences.ts';
export * from './model.ts';
export * from './errors.ts';

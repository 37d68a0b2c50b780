/**
 * The compiler core's public API. Pure TypeScript: no DOM, no Node, no Electron.
 */
export { compileDeck } from './compile.ts';
export { deckToMarkdown } from './export-markdown.ts';
export { detectLang, readingSeconds, readingUnits } from './reading.ts';
export { slideId, SlideIdAllocator } from './ids.ts';
export { normalizeText, compactText } from './text.ts';
export { parseDuration, formatDuration } from './frontmatter.ts';
export { splitSentences } from './sentences.ts';
export * from './model.ts';
export * from './errors.ts';

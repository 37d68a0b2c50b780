/** Limits and checks of one pronunciation-list entry, shared by the front matter reader and the review (no dictionary needed). */
import type { MessageRef } from '../messages/catalogue.ts';

/** Longest word a list may hold (a name, a place, an enterprise). */
export const MAX_WORD_CHARS = 24;
/** Longest reading (pinyin of the longest word, or words for a figure). */
export const MAX_READING_CHARS = 120;

/** What is wrong with an entry, as a message for the person who typed it; undefined when it is fine. */
export function entryProblem(word: string, reading: string): MessageRef | undefined {
  if (!word.trim()) return { key: 'aids.entry.empty' };
  if ([...word.trim()].length > MAX_WORD_CHARS) return { key: 'aids.entry.wordTooLong', values: { max: MAX_WORD_CHARS } };
  if (/[\n\r]/.test(word + reading)) return { key: 'aids.entry.multiline' };
  if (reading.length > MAX_READING_CHARS) return { key: 'aids.entry.readingTooLong', values: { max: MAX_READING_CHARS } };
  return undefined;
}

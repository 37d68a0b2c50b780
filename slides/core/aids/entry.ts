/** Limits and checks of one pronunciation-list entry, shared by the front matter reader and the review (no dictionary needed). */

/** Longest word a list may hold (a name, a place, an enterprise). */
export const MAX_WORD_CHARS = 24;
/** Longest reading (pinyin of the longest word, or words for a figure). */
export const MAX_READING_CHARS = 120;

/** What is wrong with an entry, in words for the person who typed it; undefined when it is fine. */
export function entryProblem(word: string, reading: string): string | undefined {
  if (!word.trim()) return 'the word is empty';
  if ([...word.trim()].length > MAX_WORD_CHARS) return `the word is longer than ${MAX_WORD_CHARS} characters`;
  if (/[\n\r]/.test(word + reading)) return 'a word or reading must be on one line';
  if (reading.length > MAX_READING_CHARS) return `the reading is longer than ${MAX_READING_CHARS} characters`;
  return undefined;
}

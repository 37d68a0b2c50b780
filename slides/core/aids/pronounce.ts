/**
 * Pronunciation lists (发音表): the deck's own (front matter `pronounce:` and the table
 * the staff edit in the presenter) and the built-in tricky-word list. Readings are pinyin
 * with tone marks; numbered pinyin (yu4 xian4) is turned into marks, and an empty
 * reading means "show the dictionary's reading for this word".
 */
import { convert } from 'pinyin-pro';
import tricky from './tricky-words.json' with { type: 'json' };
import type { PronounceEntry } from './model.ts';
export { entryProblem, MAX_READING_CHARS, MAX_WORD_CHARS } from './entry.ts';

export interface ListedWord extends PronounceEntry {
  /** Strings around the word in which it is a different word (银行长期 holds 行长 but not the word 行长). */
  unless?: string[];
}

/** yu4 xian4 → yù xiàn; readings with marks (or plain words) stay as they are. */
export function normalizeReading(reading: string): string {
  const text = reading.trim().replace(/\s+/g, ' ');
  if (!/[a-zü:]+[0-5]/i.test(text)) return text;
  return convert(text.replace(/v/g, 'ü'), { format: 'numToSymbol' }).replace(/u:/g, 'ü');
}

export const TRICKY_WORDS: readonly ListedWord[] = (tricky.words as (PronounceEntry & { unless?: string[] })[]).map(({ word, reading, unless }) => (unless ? { word, reading, unless } : { word, reading }));

/** The sources named by the built-in list, by key (for the review list and docs). */
export const TRICKY_SOURCES: Readonly<Record<string, string>> = tricky.sources;

/**
 * Speaker aids (朗读提示): a reading shown small above a stretch of the notes where a
 * speaker may stumble. Aids are data beside the text, never part of it: the notes stay
 * the report, character for character.
 */

/** 'pinyin' over Chinese characters; 'number' beside a figure (its reading as said). */
export type AidKind = 'pinyin' | 'number';

/**
 * Why the aid is there: a rare character (outside 《通用规范汉字表》 level 1), a word of
 * the built-in tricky-word list, the deck's own pronunciation list (front matter or the
 * table in the app), or a figure.
 */
export type AidSource = 'rare' | 'tricky' | 'deck' | 'figure';

/** An aid in one text, before it is tied to a slide. */
export interface TextAid {
  kind: AidKind;
  source: AidSource;
  /** The report's characters, exactly as in the notes. */
  text: string;
  /** What to say: pinyin with tone marks, or the figure in words. */
  reading: string;
  /** UTF-16 offsets in the text (a slide's notes). */
  start: number;
  end: number;
}

export interface Aid extends TextAid {
  /** Id of the slide whose notes hold it. */
  slide: string;
  /** Set when the staff corrected the reading in the review (the computed one is kept for the list). */
  corrected?: boolean;
}

/** One entry of a pronunciation list: a word and how to say it (empty: the dictionary's reading, shown). */
export interface PronounceEntry {
  word: string;
  reading: string;
}

/**
 * What the staff decided in the review, remembered per deck: the pronunciation table,
 * corrected readings and dismissed aids (both per slide and text).
 */
export interface AidsReview {
  pronounce: PronounceEntry[];
  /** `aidKey` → the reading to show instead. */
  corrections: Record<string, string>;
  /** `aidKey`s of aids the staff dismissed. */
  dismissed: string[];
}

export const EMPTY_REVIEW: AidsReview = { pronounce: [], corrections: {}, dismissed: [] };

/** Identity of an aid for the review: its slide and its text (every occurrence on that slide). */
export function aidKey(aid: Pick<Aid, 'slide' | 'text'>): string {
  return `${aid.slide}\u0000${aid.text}`;
}

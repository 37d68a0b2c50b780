/**
 * Reading time: Chinese is read in characters per minute, English in words per minute. Mixed
 * text counts both: each Han character at the CJK rate, each word of Latin letters or digits
 * (an "X" mask, a year, "R&D") at the word rate. Full-width punctuation (，。、“”) counts as a
 * character in Chinese, as a word processor's 字数 does: the pause it marks takes about as long.
 */
import type { Lang, ReadingRate } from './model.ts';
import { countUnits } from './text.ts';

/** The language the deck is read in: Chinese when Han characters outnumber Latin words. */
export function detectLang(text: string): Lang {
  const { cjk, words } = countUnits(text, false);
  return cjk > 0 && cjk >= words ? 'zh' : 'en';
}

/**
 * Units read aloud: for Chinese, Han characters plus one unit per embedded Latin word or number;
 * for English, words plus one unit per embedded Han character. Rates measured in rehearsal
 * divide these by minutes.
 */
export function readingUnits(text: string, lang: Lang): number {
  const { cjk, words } = countUnits(text, lang === 'zh');
  return cjk + words;
}

/** Seconds to read `text` aloud at `rate` (fractional; slides round to whole seconds). */
export function readingSeconds(text: string, rate: ReadingRate, lang: Lang): number {
  const { cjk, words } = countUnits(text, lang === 'zh');
  return (cjk * 60) / rate.cjkPerMinute + (words * 60) / rate.wordsPerMinute;
}

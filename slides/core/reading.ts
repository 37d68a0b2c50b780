/**
 * Reading time: Chinese is read in characters per minute, English in words per minute. Mixed
 * text counts both: each Han character at the CJK rate, each word of Latin letters or digits
 * (an "X" mask, a year, "R&D") at the word rate. Full-width punctuation (，。、“”) counts as a
 * character, as a word processor's 字数 does: the pause it marks takes about as long.
 */
import type { Lang, ReadingRate } from './model.ts';
import { isCjkChar, isLatinLetter } from './text.ts';

interface UnitCounts {
  cjk: number;
  words: number;
}

function isCjkPunctuation(code: number): boolean {
  return (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) ||
    code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026 || code === 0x2014;
}

function countUnits(text: string): UnitCounts {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const full = text.codePointAt(i) ?? 0;
      i++;
      if (isCjkChar(full)) cjk++;
      inWord = false;
      continue;
    }
    if (isCjkChar(code) || isCjkPunctuation(code)) {
      cjk++;
      inWord = false;
      continue;
    }
    const ch = text[i] as string;
    const wordChar = (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || isLatinLetter(ch) ||
      (inWord && (ch === "'" || ch === '’' || ch === '-' || ch === '&' || ch === '.' || ch === ','));
    if (wordChar) {
      if (!inWord && !(ch === "'" || ch === '’' || ch === '-' || ch === '&' || ch === '.' || ch === ',')) {
        words++;
        inWord = true;
      }
    } else {
      inWord = false;
    }
  }
  return { cjk, words };
}

/** The language the deck is read in: Chinese when Han characters outnumber Latin words. */
export function detectLang(text: string): Lang {
  const { cjk, words } = countUnits(text);
  return cjk > 0 && cjk >= words ? 'zh' : 'en';
}

/**
 * Units read aloud: for Chinese, Han characters plus one unit per embedded Latin word or number;
 * for English, words plus one unit per embedded Han character. Rates measured in rehearsal
 * divide these by minutes.
 */
export function readingUnits(text: string, _lang: Lang): number {
  const { cjk, words } = countUnits(text);
  return cjk + words;
}

/** Seconds to read `text` aloud at `rate` (fractional; slides round to whole seconds). */
export function readingSeconds(text: string, rate: ReadingRate, _lang: Lang): number {
  const { cjk, words } = countUnits(text);
  return (cjk * 60) / rate.cjkPerMinute + (words * 60) / rate.wordsPerMinute;
}

/**
 * Aids for one text and for a whole deck. Order of precedence where they overlap: the
 * deck's own pronunciation list, then the built-in tricky words, then rare characters;
 * figures never overlap characters. The staff's review (dismissals, corrections) is
 * applied last.
 */
import { pinyin } from 'pinyin-pro';
import type { DeckModel, Lang } from '../model.ts';
import { isCommonCharacter } from './common-characters.ts';
import { aidKey, type Aid, type AidSource, type AidsReview, type PronounceEntry, type TextAid } from './model.ts';
import { findFigures } from './numbers.ts';
import { normalizeReading, TRICKY_WORDS, type ListedWord } from './pronounce.ts';

const HAN = /\p{Script=Han}/u;
/** Characters of context given to the dictionary on each side, so it can pick the reading the word needs. */
const CONTEXT = 8;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The dictionary's reading of text[start, end) as said in its context; undefined when it has none for some character. */
export function readingInContext(text: string, start: number, end: number): string | undefined {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  const syllables = pinyin(text.slice(from, to), { type: 'array', toneType: 'symbol' });
  const at = [...text.slice(from, start)].length;
  const chars = [...text.slice(start, end)];
  const picked = syllables.slice(at, at + chars.length);
  if (picked.length !== chars.length) return undefined;
  // The dictionary gives back a character it cannot read as itself.
  if (picked.some((syllable, i) => syllable === chars[i] && HAN.test(syllable))) return undefined;
  return picked.join(' ');
}

class Claims {
  private readonly spans: [number, number][] = [];
  free(start: number, end: number): boolean {
    return !this.spans.some(([s, e]) => start < e && end > s);
  }
  take(start: number, end: number): void {
    this.spans.push([start, end]);
  }
}

function listedAids(text: string, words: readonly ListedWord[], source: AidSource, claims: Claims): TextAid[] {
  const found: TextAid[] = [];
  const longestFirst = [...words].sort((a, b) => b.word.length - a.word.length);
  for (const entry of longestFirst) {
    if (!entry.word) continue;
    for (let at = text.indexOf(entry.word); at >= 0; at = text.indexOf(entry.word, at + 1)) {
      const end = at + entry.word.length;
      if (!claims.free(at, end)) continue;
      if (entry.unless?.some((context) => insideContext(text, at, entry.word, context))) continue;
      const reading = entry.reading ? entry.reading : readingInContext(text, at, end);
      if (!reading) continue;
      claims.take(at, end);
      found.push({ kind: 'pinyin', source, text: entry.word, reading, start: at, end });
    }
  }
  return found;
}

/** Whether the word found at `at` sits inside an occurrence of `context` (which contains the word). */
function insideContext(text: string, at: number, word: string, context: string): boolean {
  for (let offset = context.indexOf(word); offset >= 0; offset = context.indexOf(word, offset + 1)) {
    if (text.startsWith(context, at - offset)) return true;
  }
  return false;
}

function rareAids(text: string, claims: Claims): TextAid[] {
  const found: TextAid[] = [];
  let index = 0;
  let runStart = -1;
  const close = (end: number): void => {
    if (runStart < 0) return;
    const reading = readingInContext(text, runStart, end);
    if (reading) {
      claims.take(runStart, end);
      found.push({ kind: 'pinyin', source: 'rare', text: text.slice(runStart, end), reading, start: runStart, end });
    }
    runStart = -1;
  };
  for (const ch of text) {
    const rare = HAN.test(ch) && !isCommonCharacter(ch) && claims.free(index, index + ch.length);
    if (rare && runStart < 0) runStart = index;
    if (!rare) close(index);
    index += ch.length;
  }
  close(index);
  return found;
}

/** Every aid in `text`, in order of where it starts. */
export function textAids(text: string, lang: Lang, deckWords: readonly PronounceEntry[] = []): TextAid[] {
  const claims = new Claims();
  const figures: TextAid[] = findFigures(text, lang).map((figure) => ({ kind: 'number', source: 'figure', ...figure }));
  for (const figure of figures) claims.take(figure.start, figure.end);
  const aids = [
    ...figures,
    ...listedAids(text, deckWords, 'deck', claims),
    ...listedAids(text, TRICKY_WORDS, 'tricky', claims),
    ...rareAids(text, claims),
  ];
  return aids.sort((a, b) => a.start - b.start);
}

/**
 * The deck's pronunciation list: its front matter's, then the staff's table (which wins
 * for a word in both), readings normalised.
 */
export function deckWords(deck: DeckModel, review?: AidsReview): PronounceEntry[] {
  const byWord = new Map<string, string>();
  for (const entry of [...(deck.meta.pronounce ?? []), ...(review?.pronounce ?? [])]) {
    const word = entry.word.trim();
    if (word) byWord.set(word, normalizeReading(entry.reading));
  }
  return [...byWord].map(([word, reading]) => ({ word, reading }));
}

/**
 * The aids found in one slide's text with the staff's review applied: dismissed ones
 * left out, corrected ones carrying the corrected reading.
 */
export function reviewAids(slide: string, found: readonly TextAid[], review?: AidsReview): Aid[] {
  const dismissed = new Set(review?.dismissed ?? []);
  const corrections = review?.corrections ?? {};
  const aids: Aid[] = [];
  for (const item of found) {
    const aid: Aid = { slide, ...item };
    const key = aidKey(aid);
    if (dismissed.has(key)) continue;
    const corrected = corrections[key];
    if (corrected !== undefined && corrected.trim()) {
      aid.reading = normalizeReading(corrected);
      aid.corrected = true;
    }
    aids.push(aid);
  }
  return aids;
}

/** All aids of a deck's notes, slide by slide, with the staff's review applied. */
export function deckAids(deck: DeckModel, review?: AidsReview): Aid[] {
  const words = deckWords(deck, review);
  return deck.slides.flatMap((slide) => reviewAids(slide.id, textAids(slide.notes, deck.meta.lang, words), review));
}

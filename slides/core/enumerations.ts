/**
 * Enumerations inside a paragraph: 一是…二是…三是…, 一要…二要…, 第一，…第二，…, 其一…其二…,
 * 首先…其次…最后…, First,… Second,… . An item counts only at a sentence start and only as part
 * of a run that begins at one and counts up, so "一是一，二是二" inside a sentence is ignored.
 */
import { chineseNumeralValue, numeralRunLength } from './numerals.ts';

export interface EnumerationMarker {
  /** Marker as written, e.g. 一是, 第二，, 其次，, First, */
  marker: string;
  /** Position in the sequence, 1-based. */
  ordinal: number;
  /** The style, so 一是 and 第一， runs are not mixed. */
  style: string;
}

/** 最后 / finally close a run of any length. */
const LAST = 99;
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 最后: LAST };
const ENGLISH_ORDINALS: Record<string, number> = {
  first: 1, firstly: 1, second: 2, secondly: 2, third: 3, thirdly: 3, fourth: 4, fourthly: 4, fifth: 5, finally: LAST, lastly: LAST,
};

/** The enumeration marker a sentence starts with, if any. */
export function markerAt(sentence: string): EnumerationMarker | undefined {
  const first = sentence[0];
  if (first === '第' || first === '其') {
    const run = numeralRunLength(sentence, 1);
    const sep = sentence[1 + run];
    const seps = first === '第' ? '，、,' : '，、是';
    if (run > 0 && sep !== undefined && seps.includes(sep)) {
      return { marker: sentence.slice(0, run + 2), ordinal: chineseNumeralValue(sentence.slice(1, 1 + run)), style: first };
    }
  }
  const run = numeralRunLength(sentence, 0);
  if (run > 0 && (sentence[run] === '是' || sentence[run] === '要')) {
    const ordinal = chineseNumeralValue(sentence.slice(0, run));
    if (!Number.isNaN(ordinal)) return { marker: sentence.slice(0, run + 1), ordinal, style: sentence[run] as string };
  }
  const word = sentence.slice(0, 2);
  if (SEQUENCE_WORDS[word] !== undefined && (sentence[2] === '，' || sentence[2] === ',')) {
    return { marker: sentence.slice(0, 3), ordinal: SEQUENCE_WORDS[word], style: '首先' };
  }
  const english = /^([A-Za-z]{5,8}),\s/.exec(sentence.slice(0, 12));
  if (english) {
    const ordinal = ENGLISH_ORDINALS[(english[1] as string).toLowerCase()];
    if (ordinal !== undefined) return { marker: english[0], ordinal, style: 'en' };
  }
  return undefined;
}

/**
 * For each sentence, the enumeration marker it starts with when it belongs to a real run
 * (two or more items of one style counting up from the first); undefined otherwise.
 */
export function findEnumerations(sentences: readonly string[]): (EnumerationMarker | undefined)[] {
  const markers = sentences.map((s) => markerAt(s.trimStart()));
  const result: (EnumerationMarker | undefined)[] = sentences.map(() => undefined);
  let run: { style: string; last: number; indices: number[] } | undefined;
  const close = (): void => {
    if (run && run.indices.length >= 2) for (const index of run.indices) result[index] = markers[index];
    run = undefined;
  };
  markers.forEach((marker, index) => {
    if (!marker || Number.isNaN(marker.ordinal)) return;
    const loose = marker.style === '首先' || marker.style === 'en';
    const continues = run && run.style === marker.style && (loose ? marker.ordinal > run.last : marker.ordinal === run.last + 1);
    if (continues && run) {
      run.last = marker.ordinal;
      run.indices.push(index);
    } else if (marker.ordinal === 1) {
      close();
      run = { style: marker.style, last: 1, indices: [index] };
    }
  });
  close();
  return result;
}

/**
 * Aligning two drafts sentence by sentence (jsdiff's diffArrays, an O(ND) diff), robust to what
 * revisions do: sentences are compared by their words only (punctuation, spaces and a leading
 * heading number such as 三、 → 四、 left out); a run of removed sentences facing a run of added
 * ones is paired by character similarity (reworded sentences, changed numbers); a sentence the
 * diff saw removed in one place and added in another is paired too (a moved paragraph).
 */
import { diffArrays, diffChars } from 'diff';
import { headingLabelAt } from '../headings.ts';

/** Letters, digits and ideographs: what a sentence says, without how it is punctuated or numbered. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The words of a sentence for matching: heading number, punctuation and spaces removed. */
export function sentenceKey(sentence: string): string {
  const text = sentence.trim();
  const label = headingLabelAt(text);
  const words = (label ? text.slice(label.label.length) : text).replace(NOT_WORD, '');
  return words.toLowerCase();
}

/** How alike two keys are: 2·common / (|a| + |b|), 1 for equal, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  // Lengths too far apart can never reach the pairing threshold: skip the diff.
  if ((2 * Math.min(a.length, b.length)) / (a.length + b.length) < PAIR_THRESHOLD) return 0;
  let common = 0;
  for (const change of diffChars(a, b)) if (!change.added && !change.removed) common += change.value.length;
  return (2 * common) / (a.length + b.length);
}

/** Two sentences at least this alike are one sentence reworded. */
export const PAIR_THRESHOLD = 0.5;
/** A moved sentence must say at least this much to be told apart from a common phrase. */
const MIN_MOVED_KEY = 6;
/** Largest removed × added block paired by similarity (keeps the cost bounded on a rewrite). */
const MAX_PAIRING_WORK = 2500;

/** For each new sentence, the index of the old sentence it continues (same or reworded), or -1. */
export interface Alignment {
  /** newToOld[j] = i: new sentence j is old sentence i (maybe reworded); -1: a new sentence. */
  newToOld: number[];
  /** oldToNew[i] = j, or -1: old sentence i is gone. */
  oldToNew: number[];
}

export function alignSentences(oldKeys: readonly string[], newKeys: readonly string[]): Alignment {
  const newToOld = new Array<number>(newKeys.length).fill(-1);
  const oldToNew = new Array<number>(oldKeys.length).fill(-1);
  const pair = (i: number, j: number): void => {
    newToOld[j] = i;
    oldToNew[i] = j;
  };
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const pairBlock = (): void => {
    if (removed.length > 0 && added.length > 0 && removed.length * added.length <= MAX_PAIRING_WORK) {
      // In order (a revision rewords in place): each added sentence takes the most alike old one after the last taken.
      let from = 0;
      for (const nj of added) {
        let best = -1;
        let bestScore = PAIR_THRESHOLD;
        for (let k = from; k < removed.length; k++) {
          const score = similarity(oldKeys[removed[k] as number] as string, newKeys[nj] as string);
          if (score >= bestScore) {
            best = k;
            bestScore = score;
            if (score === 1) break;
          }
        }
        if (best >= 0) {
          pair(removed[best] as number, nj);
          from = best + 1;
        }
      }
    }
    removed = [];
    added = [];
  };
  for (const change of diffArrays(oldKeys as string[], newKeys as string[])) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      for (let k = 0; k < count; k++) added.push(j++);
    } else if (change.removed) {
      for (let k = 0; k < count; k++) removed.push(i++);
    } else {
      pairBlock();
      for (let k = 0; k < count; k++) pair(i++, j++);
    }
  }
  pairBlock();
  pairMoved(oldKeys, newKeys, newToOld, oldToNew);
  return { newToOld, oldToNew };
}

/** Sentences still unpaired that say exactly the same thing elsewhere: a moved passage. */
function pairMoved(oldKeys: readonly string[], newKeys: readonly string[], newToOld: number[], oldToNew: number[]): void {
  const unpairedOld = new Map<string, number[]>();
  oldKeys.forEach((key, i) => {
    if (oldToNew[i] !== -1 || key.length < MIN_MOVED_KEY) return;
    const list = unpairedOld.get(key);
    if (list) list.push(i);
    else unpairedOld.set(key, [i]);
  });
  newKeys.forEach((key, j) => {
    if (newToOld[j] !== -1) return;
    const i = unpairedOld.get(key)?.shift();
    if (i === undefined) return;
    newToOld[j] = i;
    oldToNew[i] = j;
  });
}

/**
 * Where the words of a title or point stand in the report: verbatim (every occurrence, the one in
 * the slide's own notes first), or else the passage they were most likely taken from, with the
 * differences character by character (jsdiff; word by word in English). Two-character pieces vote for where the words
 * start, so a passage is found among 30,000 characters in a few index lookups.
 */
import { diffChars, diffWordsWithSpace } from 'diff';
import type { Lang } from '../model.ts';

/** A piece of the slide's words against the report: in both, typed on the slide, or left out of it. */
export interface ProofPiece {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** The piece changes a figure (set by proofreading). */
  number?: true;
}

/** Where words were found: [start, end) in the report text. */
export interface Place {
  start: number;
  end: number;
}

export interface Approximate extends Place {
  pieces: ProofPiece[];
}

/** Every start of `needle` in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Positions of each two-character piece of the report, built once per check. */
export class PairIndex {
  private readonly positions = new Map<string, number[]>();
  constructor(readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = text.slice(i, i + 2);
      const list = this.positions.get(pair);
      if (list) list.push(i);
      else this.positions.set(pair, [i]);
    }
  }
  at(pair: string): readonly number[] {
    return this.positions.get(pair) ?? [];
  }
}

/** A pair this common says nothing about where the words come from (的发, ，我). */
const MAX_PAIR_HITS = 400;
/** Below this share of the words found in the passage, the words were typed, not taken from it. */
const MIN_SAME_SHARE = 0.5;

/**
 * The passage of the report that `words` most likely come from, preferring `near` (the slide's
 * own notes) when it is as good; undefined when too little of them is in the report to say.
 */
export function approximatePlace(index: PairIndex, words: string, lang: Lang, near?: Place): Approximate | undefined {
  if (words.length < 2) return undefined;
  const votes = new Map<number, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const hits = index.at(words.slice(i, i + 2));
    if (hits.length > MAX_PAIR_HITS) continue;
    for (const hit of hits) votes.set(hit - i, (votes.get(hit - i) ?? 0) + 1);
  }
  // Offsets a few characters apart are the same passage with words typed in or left out.
  const slack = Math.max(4, Math.ceil(words.length / 2));
  let best: { offset: number; score: number } | undefined;
  for (const offset of votes.keys()) {
    let score = 0;
    for (let d = -slack; d <= slack; d++) score += votes.get(offset + d) ?? 0;
    if (near && offset >= near.start - slack && offset < near.end) score += 0.5;
    if (!best || score > best.score || (score === best.score && offset < best.offset)) best = { offset, score };
  }
  if (!best) return undefined;
  const text = index.text;
  const start = Math.max(0, best.offset - slack);
  // The passage runs to the last piece of the words found after it (words may have been left out between).
  let reach = best.offset + words.length + slack;
  for (let i = 0; i + 1 < words.length; i++) {
    for (const hit of index.at(words.slice(i, i + 2))) {
      if (hit - i >= best.offset - slack && hit - i <= best.offset + words.length && hit + 2 > reach) reach = hit + 2 + slack;
    }
  }
  const end = Math.min(text.length, reach);
  const passage = text.slice(start, end);
  const changes = lang === 'en' ? diffWordsWithSpace(passage, words) : diffChars(passage, words);
  const raw: ProofPiece[] = changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  // The window's own edges are not the passage: its words before and after go first.
  let lead = 0;
  while (raw[lead]?.kind === 'removed') lead++;
  let tail = raw.length;
  while (tail > lead && raw[tail - 1]?.kind === 'removed') tail--;
  const edges = raw.slice(0, lead).concat(raw.slice(tail)).reduce((sum, p) => sum + p.text.length, 0);
  const skipped = raw.slice(0, lead).reduce((sum, p) => sum + p.text.length, 0);
  const pieces = tidy(raw.slice(lead, tail), lang);
  // The report's words before the first and after the last words in common are not the passage:
  // words typed there are added to it, not put in place of the report's.
  const firstSame = pieces.findIndex((p) => p.kind === 'same');
  if (firstSame < 0) return undefined;
  let lastSame = pieces.length - 1;
  while (pieces[lastSame]?.kind !== 'same') lastSame--;
  const length = (list: readonly ProofPiece[], kind: ProofPiece['kind']): number => list.filter((p) => p.kind === kind).reduce((sum, p) => sum + p.text.length, 0);
  const before = pieces.slice(0, firstSame);
  const after = pieces.slice(lastSame + 1);
  const kept = [...before.filter((p) => p.kind === 'added'), ...pieces.slice(firstSame, lastSame + 1), ...after.filter((p) => p.kind === 'added')];
  if (length(kept, 'same') < words.length * MIN_SAME_SHARE) return undefined;
  return { start: start + skipped + length(before, 'removed'), end: end - (edges - skipped) - length(after, 'removed'), pieces: kept };
}

/**
 * Pieces without chance matches: a lone character (a space in English) the two texts share
 * between two changes is not the report's words kept, so it joins the change; each change is
 * then the report's words removed, then the slide's added.
 */
function tidy(raw: readonly ProofPiece[], lang: Lang): ProofPiece[] {
  const pieces: ProofPiece[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed !== '') pieces.push({ kind: 'removed', text: removed });
    if (added !== '') pieces.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  raw.forEach((piece, i) => {
    const between = i > 0 && i < raw.length - 1 && raw[i - 1]?.kind !== 'same' && raw[i + 1]?.kind !== 'same';
    const chance = piece.kind === 'same' && between && (lang === 'en' ? piece.text.trim() === '' : piece.text.length <= 1);
    if (piece.kind === 'same' && !chance) {
      flush();
      pieces.push(piece);
    } else if (chance) {
      removed += piece.text;
      added += piece.text;
    } else if (piece.kind === 'removed') {
      removed += piece.text;
    } else {
      added += piece.text;
    }
  });
  flush();
  return pieces;
}

/**
 * Splitting a long paragraph over consecutive slides at sentence ends, so no slide's notes take
 * longer than the limit to read. Parts come out about equal; a break falls preferably where an
 * enumeration item begins (二是…). A sentence longer than the limit is cut at clause ends, and a
 * clause longer than that (a line without punctuation) into equal pieces.
 */
import { splitClauses } from './sentences.ts';

export interface Piece {
  /** Verbatim text; the pieces of a paragraph concatenate to it. */
  text: string;
  seconds: number;
  /** A break before this piece reads well (an enumeration item starts here). */
  preferBreak: boolean;
  /** Index of the sentence this piece belongs to. */
  sentence: number;
  /** A heading read before the paragraph: it stays on the slide with the text that follows. */
  heading?: boolean;
}

/** Cuts text into `count` pieces of about equal length, never inside a surrogate pair, at a space if one is near. */
function equalPieces(text: string, count: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let k = 1; k < count; k++) {
    let end = Math.round((text.length * k) / count);
    const window = Math.max(8, Math.floor(text.length / count / 10));
    const near = text.slice(Math.max(start, end - window), end).lastIndexOf(' ');
    if (near >= 0) end = Math.max(start, end - window) + near + 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end++;
    if (end <= start) continue;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces.filter((p) => p.length > 0);
}

/** Pieces no longer than `maxSeconds` each (except where a text cannot be cut further). */
export function fitPieces(pieces: readonly Piece[], maxSeconds: number, secondsOf: (text: string) => number): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.seconds <= maxSeconds) {
      out.push(piece);
      continue;
    }
    const clauses = splitClauses(piece.text);
    clauses.forEach((clause, i) => {
      const seconds = secondsOf(clause);
      const preferBreak = i === 0 && piece.preferBreak;
      if (seconds <= maxSeconds) {
        out.push({ text: clause, seconds, preferBreak, sentence: piece.sentence });
        return;
      }
      const parts = equalPieces(clause, Math.ceil(seconds / (maxSeconds * 0.9)));
      parts.forEach((text, j) => out.push({ text, seconds: secondsOf(text), preferBreak: preferBreak && j === 0, sentence: piece.sentence }));
    });
  }
  return out;
}

function sumSeconds(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p) => sum + p.seconds, 0);
}

/**
 * Cuts pieces into `count` parts whose boundaries lie nearest to the even shares of the total;
 * within a quarter of a share of that point, a boundary before an enumeration item wins. The
 * boundaries only move forward, so this is linear in the number of pieces.
 */
function balancedParts(pieces: readonly Piece[], count: number, total: number): Piece[][] {
  const before: number[] = [0];
  for (const piece of pieces) before.push((before[before.length - 1] as number) + piece.seconds);
  const share = total / count;
  const canCut = (b: number): boolean => b > 0 && b < pieces.length && !pieces[b - 1]?.heading;
  const cuts: number[] = [];
  let b = 1;
  for (let k = 1; k < count; k++) {
    const ideal = k * share;
    const floor = (cuts[cuts.length - 1] ?? 0) + 1;
    b = Math.max(b, floor);
    while (b + 1 < pieces.length && (before[b + 1] as number) <= ideal) b++;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let c = Math.max(floor, b - 8); c < pieces.length && c <= b + 8; c++) {
      if (!canCut(c)) continue;
      const distance = Math.abs((before[c] as number) - ideal);
      const cost = pieces[c]?.preferBreak && distance <= share / 4 ? distance / 4 : distance;
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    if (best < 0) break;
    cuts.push(best);
    b = best;
  }
  const parts: Piece[][] = [];
  let start = 0;
  for (const cut of [...cuts, pieces.length]) {
    if (cut > start) parts.push(pieces.slice(start, cut));
    start = cut;
  }
  return parts;
}

/** Fallback for pieces that resist balancing: fill each part up to the limit. */
function greedyParts(pieces: readonly Piece[], maxSeconds: number): Piece[][] {
  const parts: Piece[][] = [];
  let current: Piece[] = [];
  let acc = 0;
  for (const piece of pieces) {
    if (current.length > 0 && !current[current.length - 1]?.heading && acc + piece.seconds > maxSeconds) {
      parts.push(current);
      current = [];
      acc = 0;
    }
    current.push(piece);
    acc += piece.seconds;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Groups pieces into as few parts of about equal reading time as keep each within `maxSeconds`. */
export function groupPieces(pieces: readonly Piece[], maxSeconds: number): Piece[][] {
  const total = sumSeconds(pieces);
  if (total <= maxSeconds) return [pieces.slice()];
  const least = Math.ceil(total / maxSeconds);
  for (let count = least; count < least + 4; count++) {
    const parts = balancedParts(pieces, count, total);
    if (parts.every((part) => sumSeconds(part) <= maxSeconds)) return parts;
  }
  return greedyParts(pieces, maxSeconds);
}

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

/** Groups pieces into parts of about equal reading time, each within `maxSeconds` where possible. */
export function groupPieces(pieces: readonly Piece[], maxSeconds: number): Piece[][] {
  const total = pieces.reduce((sum, p) => sum + p.seconds, 0);
  if (total <= maxSeconds) return [pieces.slice()];
  const count = Math.ceil(total / maxSeconds);
  const target = total / count;
  const parts: Piece[][] = [];
  let current: Piece[] = [];
  let acc = 0;
  for (const piece of pieces) {
    if (current.length > 0 && !current[current.length - 1]?.heading) {
      const over = acc + piece.seconds > maxSeconds;
      const pastTarget = acc + piece.seconds / 2 > target;
      const goodBreak = piece.preferBreak && acc >= target * 0.6;
      if (over || pastTarget || goodBreak) {
        parts.push(current);
        current = [];
        acc = 0;
      }
    }
    current.push(piece);
    acc += piece.seconds;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

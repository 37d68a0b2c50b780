/**
 * Stable slide ids: a hash of the slide's kind and its normalised notes (whitespace removed), so
 * an edit to one paragraph leaves every other slide's id, and the rehearsal data keyed by it,
 * unchanged. Identical slides (same kind and notes) get a numeric suffix in order of appearance.
 */
import type { SlideKind } from './model.ts';
import { compactText } from './text.ts';

/** 53-bit string hash (cyrb53): fast, well mixed, deterministic across runtimes. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(36).padStart(11, '0');
}

/**
 * The id a slide of `kind` with these notes gets, before duplicates are told apart.
 * `fallback` (e.g. a hand-written slide's body) is hashed when the notes are empty.
 */
export function slideId(kind: SlideKind, notes: string, fallback = ''): string {
  const content = compactText(notes) || compactText(fallback);
  return `s-${hash53(`${kind}\u0000${content}`)}`;
}

/** Hands out ids for one deck: the base id, then `-2`, `-3` … for later identical slides. */
export class SlideIdAllocator {
  private readonly seen = new Map<string, number>();

  next(kind: SlideKind, notes: string, fallback = ''): string {
    const base = slideId(kind, notes, fallback);
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

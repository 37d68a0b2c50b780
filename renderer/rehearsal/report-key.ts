/**
 * Rehearsals are stored per report. The key comes from the report's title and source
 * file name, so reopening the same report (even edited) finds its runs, while two
 * different reports never share them. It is safe as a file name and a storage key.
 */
import type { DeckModel } from '../../slides/core/model.ts';

/** 32-bit FNV-1a over UTF-16 code units, with a chosen offset basis so two variants give 64 bits. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function reportKey(deck: DeckModel): string {
  const identity = `${deck.meta.source.name}\u0000${deck.meta.title.trim()}`;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `report-${hex(fnv1a(identity, 0x811c9dc5))}${hex(fnv1a(identity, 0x050c5d1f))}`;
}

/** Shape check used by every store: keys are ours, never a path. */
export const REPORT_KEY_PATTERN = /^report-[0-9a-f]{16}$/;

/**
 * The staff's review of a deck's aids as stored data: validated when read back (it
 * crossed a disk and a process boundary), changed only through these pure functions.
 */
import { aidKey, EMPTY_REVIEW, type Aid, type AidsReview, type PronounceEntry } from './model.ts';
import { entryProblem, MAX_READING_CHARS } from './entry.ts';

export const REVIEW_FORMAT = 'podium-aids-review';
export const REVIEW_VERSION = 1;

export interface StoredReview extends AidsReview {
  format: typeof REVIEW_FORMAT;
  version: typeof REVIEW_VERSION;
}

/** Most entries of each kind kept (the store holds small settings). */
export const MAX_REVIEW_ENTRIES = 500;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Stored data → a review, or what is wrong with it. Nothing stored yet is an empty review. */
export function parseAidsReview(value: unknown): Check<AidsReview> {
  if (value === undefined || value === null) return { ok: true, value: EMPTY_REVIEW };
  if (!isRecord(value) || value.format !== REVIEW_FORMAT) return { ok: false, reason: `not a ${REVIEW_FORMAT} record` };
  if (value.version !== REVIEW_VERSION) return { ok: false, reason: `version ${JSON.stringify(value.version)} is not supported (this app reads ${REVIEW_VERSION})` };
  const { pronounce, corrections, dismissed } = value;
  if (!Array.isArray(pronounce) || pronounce.length > MAX_REVIEW_ENTRIES) return { ok: false, reason: 'pronounce is not a list of entries' };
  const entries: PronounceEntry[] = [];
  for (const [index, entry] of pronounce.entries()) {
    if (!isRecord(entry) || typeof entry.word !== 'string' || typeof entry.reading !== 'string') return { ok: false, reason: `pronounce[${index}] is not {word, reading}` };
    const problem = entryProblem(entry.word, entry.reading);
    if (problem) return { ok: false, reason: `pronounce[${index}]: ${problem.key}` };
    entries.push({ word: entry.word, reading: entry.reading });
  }
  if (!isRecord(corrections) || Object.keys(corrections).length > MAX_REVIEW_ENTRIES) return { ok: false, reason: 'corrections is not a map of readings' };
  for (const [key, reading] of Object.entries(corrections)) {
    if (typeof reading !== 'string' || reading.length > MAX_READING_CHARS) return { ok: false, reason: `correction of ${JSON.stringify(key)} is not a reading` };
  }
  if (!Array.isArray(dismissed) || dismissed.length > MAX_REVIEW_ENTRIES || !dismissed.every((key) => typeof key === 'string')) return { ok: false, reason: 'dismissed is not a list of aids' };
  return { ok: true, value: { pronounce: entries, corrections: { ...(corrections as Record<string, string>) }, dismissed: [...(dismissed as string[])] } };
}

export function storedReview(review: AidsReview): StoredReview {
  return { format: REVIEW_FORMAT, version: REVIEW_VERSION, pronounce: review.pronounce, corrections: review.corrections, dismissed: review.dismissed };
}

export function dismissAid(review: AidsReview, aid: Pick<Aid, 'slide' | 'text'>): AidsReview {
  const key = aidKey(aid);
  if (review.dismissed.includes(key)) return review;
  return { ...review, dismissed: [...review.dismissed, key].slice(-MAX_REVIEW_ENTRIES) };
}

/** A corrected reading for this aid (empty: back to the computed one). */
export function correctAid(review: AidsReview, aid: Pick<Aid, 'slide' | 'text'>, reading: string): AidsReview {
  const key = aidKey(aid);
  const corrections = { ...review.corrections };
  if (reading.trim()) corrections[key] = reading.trim().slice(0, MAX_READING_CHARS);
  else delete corrections[key];
  return { ...review, corrections };
}

/** Every dismissed aid shown again and every correction undone; the pronunciation table stays. */
export function resetDecisions(review: AidsReview): AidsReview {
  return { ...review, corrections: {}, dismissed: [] };
}

export function setPronounce(review: AidsReview, entries: readonly PronounceEntry[]): AidsReview {
  const kept = entries.filter((entry) => entry.word.trim() && !entryProblem(entry.word, entry.reading)).map((entry) => ({ word: entry.word.trim(), reading: entry.reading.trim() }));
  return { ...review, pronounce: kept.slice(0, MAX_REVIEW_ENTRIES) };
}

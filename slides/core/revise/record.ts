/**
 * The revision record: what `podium import --into` (and the app's 导入修订稿) keeps beside the deck
 * (`<deck>.revision.json`) so 修订对照 can be shown and printed later, and the presenter can mark
 * what changed: the previous draft's text of every changed slide and of every removed one, and the
 * summary. A sidecar rather than data in the deck: the deck stays a clean reveal.js Markdown file
 * (notes are the report, nothing else), the previous text is not read aloud and must not count in
 * timings or search, and deleting the sidecar loses nothing of the deck.
 */
import type { RemovedSlide, ReviseResult, ReviseSummary, RevisedSlide } from './revise.ts';

export const REVISION_RECORD_FORMAT = 'podium-revision';

export interface RevisionRecord {
  format: typeof REVISION_RECORD_FORMAT;
  version: 1;
  /** When the update was made (ISO 8601). */
  date: string;
  /** File names of the draft the deck followed before, and of the new one. */
  previous: string;
  current: string;
  summary: ReviseSummary;
  /** Changed and added slides of the updated deck (kept ones are left out: nothing to show). */
  slides: RevisedSlide[];
  removed: RemovedSlide[];
}

export function revisionRecord(result: ReviseResult, previous: string, current: string, date: Date): RevisionRecord {
  return {
    format: REVISION_RECORD_FORMAT,
    version: 1,
    date: date.toISOString(),
    previous,
    current,
    summary: result.summary,
    slides: result.slides.filter((s) => s.status !== 'kept'),
    removed: result.removed,
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function isSlide(value: unknown): value is RevisedSlide {
  const s = value as RevisedSlide;
  return typeof s === 'object' && s !== null && isText(s.id) && ['kept', 'changed', 'added'].includes(s.status)
    && (s.before === undefined || isText(s.before)) && (s.previousId === undefined || isText(s.previousId));
}

function isRemoved(value: unknown): value is RemovedSlide {
  const s = value as RemovedSlide;
  return typeof s === 'object' && s !== null && isText(s.id) && isText(s.title) && isText(s.notes) && (s.after === undefined || isText(s.after));
}

/** The record read from its JSON text, or undefined when it is not one (a damaged or foreign file is ignored, never trusted). */
export function readRevisionRecord(text: string): RevisionRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = value as RevisionRecord;
  if (typeof r !== 'object' || r === null || r.format !== REVISION_RECORD_FORMAT || r.version !== 1) return undefined;
  if (!isText(r.date) || !isText(r.previous) || !isText(r.current)) return undefined;
  const summary = r.summary;
  if (typeof summary !== 'object' || summary === null || typeof summary.slides !== 'number' || typeof summary.kept !== 'number') return undefined;
  if (![summary.changed, summary.added, summary.removed].every(isTexts) || !Array.isArray(summary.unplaced)) return undefined;
  if (!summary.unplaced.every((u) => isText(u?.id) && isText(u?.edit))) return undefined;
  if (!Array.isArray(r.slides) || !r.slides.every(isSlide) || !Array.isArray(r.removed) || !r.removed.every(isRemoved)) return undefined;
  return r;
}

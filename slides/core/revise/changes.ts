/**
 * 修订对照 — what changed between two drafts, slide by slide, at sentence and character level:
 * the deck's revision record gives each changed slide's previous text, and this aligns it with the
 * slide's notes now (sentences by align.ts, then jsdiff's diffChars inside a reworded sentence).
 * Changed digits and Chinese numerals are marked apart: a changed figure is what a drafting team
 * must not miss. Pure data for the views (the 修订对照 panel, the printable PDF, the presenter's marks).
 */
import { diffChars } from 'diff';
import { sentenceSpans } from '../edit/automatic.ts';
import type { DeckModel, Slide } from '../model.ts';
import { alignSentences, sentenceKey } from './align.ts';
import type { RevisionRecord } from './record.ts';

/** A piece of text as the two drafts have it: in both, only in the new one, only in the previous one. */
export interface DiffPiece {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** The piece changes a figure (digits or Chinese numerals). */
  number?: true;
}

/** One sentence of the new text (or a removed one of the previous), with its pieces. */
export interface SentenceChange {
  status: 'same' | 'changed' | 'added' | 'removed';
  pieces: DiffPiece[];
  /** Offsets in the slide's notes (not for removed sentences). */
  start?: number;
  end?: number;
}

export interface SlideChange {
  /** The slide's id (a removed slide: its id in the previous deck). */
  id: string;
  /** 1-based number in the deck now (a removed slide: the number of the slide it stood after, or 0). */
  number: number;
  title: string;
  status: 'changed' | 'added' | 'removed';
  sentences: SentenceChange[];
  /** A figure changed on this slide. */
  numbers: boolean;
}

export interface DraftChanges {
  previous: string;
  current: string;
  date: string;
  /** Slides changed, added or removed, in the deck's order (removed ones where they stood). */
  slides: SlideChange[];
  /** Slides of the deck left as they were. */
  kept: number;
  unplaced: RevisionRecord['summary']['unplaced'];
}

const FIGURE = /[0-9０-９零〇一二三四五六七八九十百千万亿两%‰％.．]/;

function piecesOf(before: string, after: string): DiffPiece[] {
  return diffChars(before, after).map((change) => {
    const piece: DiffPiece = { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value };
    if (piece.kind !== 'same' && FIGURE.test(change.value)) piece.number = true;
    return piece;
  });
}

/** The sentences of `after` against `before`: same, reworded (with character pieces), added; removed ones where they were. */
export function sentenceChanges(before: string, after: string): SentenceChange[] {
  const old = sentenceSpans(before);
  const now = sentenceSpans(after);
  const { newToOld, oldToNew } = alignSentences(old.map((s) => sentenceKey(s.text)), now.map((s) => sentenceKey(s.text)));
  const result: SentenceChange[] = [];
  let nextOld = 0;
  const flushRemoved = (upTo: number): void => {
    for (; nextOld < upTo; nextOld++) {
      if (oldToNew[nextOld] === -1) result.push({ status: 'removed', pieces: [{ kind: 'removed', text: (old[nextOld] as { text: string }).text }] });
    }
  };
  // For each new sentence, the previous draft's sentence that the next paired one continues.
  const nextPaired = new Array<number>(now.length + 1).fill(old.length);
  for (let j = now.length - 1; j >= 0; j--) nextPaired[j] = newToOld[j] !== -1 ? (newToOld[j] as number) : (nextPaired[j + 1] as number);
  now.forEach((span, j) => {
    const i = newToOld[j] as number;
    // Removed sentences come before what replaced them (as a diff reads): before an added sentence, or the next one kept.
    flushRemoved(i === -1 ? (nextPaired[j] as number) : i);
    if (i >= nextOld) nextOld = i + 1;
    const where = { start: span.start, end: span.end };
    if (i === -1) {
      result.push({ status: 'added', pieces: [{ kind: 'added', text: span.text }], ...where });
      return;
    }
    const was = (old[i] as { text: string }).text;
    if (was === span.text) result.push({ status: 'same', pieces: [{ kind: 'same', text: span.text }], ...where });
    else result.push({ status: 'changed', pieces: piecesOf(was, span.text), ...where });
  });
  flushRemoved(old.length);
  return result;
}

function slideChange(slide: Slide, number: number, status: 'changed' | 'added', before: string | undefined): SlideChange {
  const sentences = status === 'added' || before === undefined
    ? sentenceSpans(slide.notes).map((s): SentenceChange => ({ status: 'added', pieces: [{ kind: 'added', text: s.text }], start: s.start, end: s.end }))
    : sentenceChanges(before, slide.notes);
  return { id: slide.id, number, title: slide.title, status, sentences, numbers: sentences.some((s) => s.pieces.some((p) => p.number)) };
}

/** What the deck's revision record says changed, as the views show it; undefined without a record. */
export function draftChanges(deck: DeckModel, record: RevisionRecord | undefined = deck.revision): DraftChanges | undefined {
  if (!record) return undefined;
  const entries = new Map(record.slides.map((s) => [s.id, s]));
  const removedAfter = new Map<string, RevisionRecord['removed']>();
  const leading: RevisionRecord['removed'] = [];
  for (const removed of record.removed) {
    if (removed.after === undefined) leading.push(removed);
    else removedAfter.set(removed.after, [...(removedAfter.get(removed.after) ?? []), removed]);
  }
  const gone = (removed: RevisionRecord['removed'][number], number: number): SlideChange => ({
    id: removed.id,
    number,
    title: removed.title,
    status: 'removed',
    sentences: sentenceSpans(removed.notes).map((s) => ({ status: 'removed', pieces: [{ kind: 'removed', text: s.text }] })),
    numbers: false,
  });
  const slides: SlideChange[] = leading.map((r) => gone(r, 0));
  let kept = 0;
  deck.slides.forEach((slide, index) => {
    const entry = entries.get(slide.id);
    if (entry && entry.status !== 'kept') slides.push(slideChange(slide, index + 1, entry.status, entry.before));
    else kept++;
    for (const removed of removedAfter.get(slide.id) ?? []) slides.push(gone(removed, index + 1));
  });
  return { previous: record.previous, current: record.current, date: record.date, slides, kept, unplaced: record.summary.unplaced };
}

/**
 * The sentences of a slide that the last revised draft changed or added (trimmed text, as the
 * presenter's notes split them): what the speaker has not yet read aloud in this wording. Empty
 * when the deck has no record or the slide did not change.
 */
export function revisedSentences(deck: DeckModel, slide: Slide): string[] {
  const entry = deck.revision?.slides.find((s) => s.id === slide.id);
  if (!entry || entry.status === 'kept') return [];
  if (entry.status === 'added' || entry.before === undefined) return sentenceSpans(slide.notes).map((s) => s.text);
  return sentenceChanges(entry.before, slide.notes)
    .filter((s) => s.status === 'changed' || s.status === 'added')
    .map((s) => s.pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('').trim());
}

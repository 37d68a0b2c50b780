/**
 * The editor's operations on a deck: plain JSON values, so they cross IPC and HTTP unchanged and
 * an undo/redo history is a list of them. `applyEdit(deck, op)` (./apply.ts) returns the new deck
 * and the op that undoes it. Slides are named by id (ids of untouched slides never change); a
 * split or merge gives the slides it makes new ids, which the returned deck carries.
 */
import type { DeckErrorDetails } from '../errors.ts';
import type { DeckModel, DeckSource, Slide, SlideLayout, SlidePicture, ThemeName } from '../model.ts';

export type EditOp =
  /**
   * New title (typed by hand, or picked from the report). `subtitle`: undefined keeps it, null
   * removes it. On a part of a split slide every part takes the title unless `onlyThisPart`.
   */
  | { type: 'retitle'; slideId: string; title: string; subtitle?: string | null; onlyThisPart?: boolean }
  /** The slide's points as typed (0–5). */
  | { type: 'setPoints'; slideId: string; points: string[] }
  /**
   * A point from the slide's own notes: the span [start, end) of `slide.notes` (UTF-16 offsets,
   * e.g. from sentenceSpans), inserted at `at` (default: the end). A long span is shortened and
   * ends with '…'.
   */
  | { type: 'pickPoint'; slideId: string; start: number; end: number; at?: number }
  | { type: 'movePoint'; slideId: string; from: number; to: number }
  | { type: 'removePoint'; slideId: string; index: number }
  /** Split before sentence `sentence` (index into sentenceSpans(slide.notes), ≥ 1). */
  | { type: 'split'; slideId: string; sentence: number }
  /** Merge the slide with the one after it (their notes join in order). */
  | { type: 'mergeNext'; slideId: string }
  | { type: 'setHidden'; slideId: string; hidden: boolean }
  | { type: 'setLayout'; slideId: string; layout: SlideLayout }
  /** `picture.src` is what Host.addPicture returned (a path inside the deck's folder). */
  | { type: 'setPicture'; slideId: string; picture: SlidePicture }
  | { type: 'removePicture'; slideId: string }
  /** Reading time set by hand, whole seconds (1–3600); kept when the text changes. */
  | { type: 'setTime'; slideId: string; seconds: number }
  /** Back to the time the text takes at the deck's rate. */
  | { type: 'clearTime'; slideId: string }
  /**
   * The automatic version of the slide: title, subtitle and points as the planner picks them from
   * its notes (content, closing and section slides), time from the text, bullets layout, shown,
   * no picture. Boundaries stay (undo a split or merge with its own undo).
   */
  | { type: 'restore'; slideId: string }
  /** Target duration of the reading in seconds (front matter `target:`); null removes it. */
  | { type: 'setTarget'; seconds: number | null }
  /** The deck's theme (front matter `theme:`): Podium's own or one of reveal.js's. */
  | { type: 'setTheme'; theme: ThemeName }
  /**
   * Undo's form: the consecutive slides `ids` are replaced by `slides` as they were. The notes
   * of the whole deck must stay the same text, like every other edit.
   */
  | { type: 'replaceSlides'; ids: string[]; slides: Slide[] };

export type EditOpType = EditOp['type'];

export const EDIT_OP_TYPES: readonly EditOpType[] = [
  'retitle', 'setPoints', 'pickPoint', 'movePoint', 'removePoint', 'split', 'mergeNext', 'setHidden',
  'setLayout', 'setPicture', 'removePicture', 'setTime', 'clearTime', 'restore', 'setTarget', 'setTheme', 'replaceSlides',
];

/** Most points a slide shows (as the automatic plan). */
export const MAX_POINTS = 5;
/** Most points of a slide in the layouts that show more: key figures (6), a section's agenda (8). */
export function maxPoints(slide: Pick<Slide, 'kind' | 'layout'>): number {
  if (slide.kind === 'section' || slide.layout === 'agenda') return 8;
  return slide.layout === 'figures' ? 6 : MAX_POINTS;
}
/** Longest title or point typed by hand, in characters. */
export const MAX_TYPED_LENGTH = 200;
/** Longest reading time set by hand for one slide, in seconds. */
export const MAX_SLIDE_SECONDS_BY_HAND = 3600;

/** What the host answers to a list of edits (Host.editDeck). */
export type EditOutcome =
  | {
      ok: true;
      /** The deck as saved and read back (every view gets the same through onDeckUpdate). */
      deck: DeckModel;
      source: DeckSource;
      revision: number;
      /** Apply these (in order) to undo the edits just made; applying them gives the redo ops back. */
      inverses: EditOp[];
      /**
       * Set when this edit first made the Markdown deck (beside a .txt/.docx report, or a copy of
       * a deck that had no file of its own): its path. From then on that file is the deck.
       */
      createdDeck?: string;
      /**
       * Set when the edit is made and shown in every view but the deck file could not be written
       * (why, for the person). The edit is kept; the next edit, or `editDeck([])`, writes it.
       */
      unsaved?: DeckErrorDetails;
    }
  | { ok: false; error: DeckErrorDetails };

/** What the host answers to a picture the user gave (Host.addPicture): the picture, copied into the deck's folder. */
export type PictureOutcome =
  | { ok: true; picture: SlidePicture; width: number; height: number }
  | { ok: false; error: DeckErrorDetails };

import type { DeckErrorDetails } from './errors.ts';

/**
 * DeckModel: the one typed, versioned value that everything downstream of the
 * compiler reads (renderer views, exports, CLI, Electron main). Pure data,
 * JSON-serialisable, so it crosses IPC and HTTP unchanged.
 */

export const DECK_MODEL_VERSION = 1 as const;

export type SourceFormat = 'txt' | 'md' | 'docx';
export type Lang = 'zh' | 'en';
export type ThemeName = 'official' | 'light' | 'dark';
export type AspectRatio = '16:9' | '4:3';

/**
 * title    — the report's title block (title lines, subtitle, speaker/date, salutation)
 * section  — one per top-level section (一、 / 第一部分 / Markdown #); points list its sub-headings
 * content  — a paragraph (or part of one) with its key points
 * closing  — the closing lines (e.g. 谢谢大家 / the final appeal)
 * custom   — a slide written by hand in an explicit Markdown deck
 */
export type SlideKind = 'title' | 'section' | 'content' | 'closing' | 'custom';

/**
 * How a slide is laid out in every view and export. Absent means 'bullets'. Later work adds
 * layouts to this union; code that switches over it must handle every member.
 * bullets      — title, subtitle, points
 * title-only   — the title (and subtitle) alone, large
 * picture-text — the picture beside the title and points
 * picture-full — the picture fills the slide, the title over it
 */
export type SlideLayout = 'bullets' | 'title-only' | 'picture-text' | 'picture-full';
export const SLIDE_LAYOUTS: readonly SlideLayout[] = ['bullets', 'title-only', 'picture-text', 'picture-full'];
/** Layouts that show the slide's picture. */
export const PICTURE_LAYOUTS: readonly SlideLayout[] = ['picture-text', 'picture-full'];

/** A picture shown on a slide: a file in the deck's own folder, so deck and pictures travel together. */
export interface SlidePicture {
  /** Path relative to the deck file's folder, '/'-separated, e.g. 'pictures/plant-3f9a.png'. */
  src: string;
  /** Words for the picture (screen readers, PPTX alt text); may be empty. */
  alt: string;
}

/**
 * The parts of a slide a person set in the editor rather than the automatic plan: later work
 * (revised drafts, proofreading) keeps these and may redo the rest. A title or point set by hand
 * may hold words typed by hand that are not in the report.
 */
export type HandPart = 'title' | 'points' | 'time' | 'layout' | 'boundaries';
export const HAND_PARTS: readonly HandPart[] = ['title', 'points', 'time', 'layout', 'boundaries'];

export interface ReadingRate {
  /** Chinese: characters per minute (default 220). */
  cjkPerMinute: number;
  /** English and other space-separated scripts: words per minute (default 140). */
  wordsPerMinute: number;
}

export interface Slide {
  /** Stable id derived from the slide's content, so rehearsal data survives unrelated edits. */
  id: string;
  kind: SlideKind;
  /** Id of the top-level section this slide belongs to; undefined before the first section. */
  sectionId?: string;
  /** Heading labels from the top down, e.g. ['二、', '（三）'], for "二、（三） · 24/61". */
  sectionPath: string[];
  /** Short title, taken verbatim from the report. */
  title: string;
  /** Slogan or subtitle line shown with the title (e.g. 量质并举、发展优先). */
  subtitle?: string;
  /** A short line shown above the title: the title slide's slogan (坚定信心 勇担使命 砥砺奋进). */
  overline?: string;
  /**
   * 0–5 key points, verbatim from the report; shortened points end with '…'. A section slide
   * lists its sub-headings as its agenda (up to 8); a title slide its byline.
   */
  points: string[];
  /** The verbatim text the speaker reads on this slide. All notes in order give back the report. */
  notes: string;
  /** Planned reading time in whole seconds. */
  seconds: number;
  /** Set when one paragraph is split over consecutive slides: shown by the view as a badge (2/3). */
  part?: { index: number; count: number };
  /**
   * Hand-written slide content from an explicit Markdown deck (Markdown, possibly with raw HTML).
   * Views render it with marked and sanitise it with an allow-list before it reaches the DOM.
   */
  body?: string;
  /** Attributes from `<!-- .slide: ... -->` (data-*, class, id). Views sanitise before applying. */
  attributes?: Record<string, string>;
  /**
   * True when `data-timing` came from the source or was set by hand rather than from the reading
   * rate (then `byHand` holds 'time' too): such a time is kept when the text changes.
   */
  timingFromSource?: boolean;
  /** Marked skippable in the source (`data-skippable`): candidates to drop when over time. */
  skippable?: boolean;
  /** The slide's layout; absent means 'bullets'. */
  layout?: SlideLayout;
  /** Hidden from the hall: the speaker still reads its notes, the hall keeps the previous slide. */
  hidden?: boolean;
  /** The slide's picture (shown by the picture layouts). */
  picture?: SlidePicture;
  /** Parts set by hand in the editor, in HAND_PARTS order; absent when none. */
  byHand?: HandPart[];
  /**
   * Pictures the source report (.docx) had in this slide's text, offered to the editor as data:
   * URLs; not shown on the slide and not saved until chosen (Host.addPicture, then setPicture).
   */
  offeredPictures?: SlidePicture[];
}

export interface Section {
  id: string;
  /** Heading label as written ('一、', '第一部分', '#'), empty for Markdown/English headings. */
  label: string;
  /** Heading text as written, without the label. */
  title: string;
  /** Ids of all slides in this section (the section slide first), in order. */
  slideIds: string[];
  /** Sum of its slides' seconds. */
  seconds: number;
}

export interface DeckMeta {
  title: string;
  subtitle?: string;
  /** Lines such as the speaker and date under the title. */
  byline?: string[];
  /** Who the exported files name as their author: front matter `author:` (see documentAuthor for the default). */
  author?: string;
  lang: Lang;
  rate: ReadingRate;
  /** Target duration of the reading (the agenda's slot), if known. */
  targetSeconds?: number;
  theme: ThemeName;
  aspect: AspectRatio;
  totalSeconds: number;
  /** Total characters (zh) or words (en) read aloud: the basis of the timings. */
  readingUnits: number;
  source: { name: string; format: SourceFormat };
  /**
   * URL prefix the views put before a picture's src, set by whoever serves the deck's folder
   * (the hosts: their deck-file route); absent where src is relative to the page (a static copy).
   */
  pictureBase?: string;
}

export interface DeckModel {
  version: typeof DECK_MODEL_VERSION;
  meta: DeckMeta;
  sections: Section[];
  slides: Slide[];
}

/** What the Node side hands the pure core: already decoded text. */
export interface SourceText {
  /** File name shown in messages (not a path the core can open). */
  name: string;
  format: SourceFormat;
  text: string;
}

export interface CompileOptions {
  /** Override of the reading rate (else front matter, else defaults). */
  rate?: Partial<ReadingRate>;
  targetSeconds?: number;
  theme?: ThemeName;
  aspect?: AspectRatio;
  /** Longest a content slide's notes may take to read, in seconds (default 90). */
  maxSlideSeconds?: number;
}

export const DEFAULT_RATE: ReadingRate = { cjkPerMinute: 220, wordsPerMinute: 140 };

export interface DeckSource {
  /** Absolute path on the host machine, or a display name for dropped/bundled files. */
  path: string;
  name: string;
  /** Whether the host watches it for changes (live reload). */
  watched: boolean;
}

/** A deck load (from the Node side's deck session to any view): either a fresh deck or an error while the last good deck stays on screen. */
export type DeckUpdate =
  | { ok: true; deck: DeckModel; source: DeckSource; revision: number }
  | { ok: false; error: DeckErrorDetails; source: DeckSource; revision: number };


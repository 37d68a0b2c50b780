import type { MessageRef } from './messages/catalogue.ts';
import type { DeckErrorDetails } from './errors.ts';
import type { RevisionRecord } from './revise/record.ts';

/**
 * DeckModel: the one typed, versioned value that everything downstream of the
 * compiler reads (renderer views, exports, CLI, Electron main). Pure data,
 * JSON-serialisable, so it crosses IPC and HTTP unchanged.
 */

export const DECK_MODEL_VERSION = 1 as const;

/** The report's format as read from its bytes: plain text, Markdown, Word (.docx; .doc/.wps: Word 97–2003 binary), PDF with text. */
export type SourceFormat = 'txt' | 'md' | 'docx' | 'doc' | 'wps' | 'pdf';
export type Lang = 'zh' | 'en';
/** Podium's own looks: the red-band official one, and light and dark. */
export type PodiumThemeName = 'official' | 'light' | 'dark';
/** reveal.js's themes, drawn with their own colours, heading style and (bundled) faces: reveal-theme-looks.ts. */
export type RevealThemeName = 'black' | 'white' | 'league' | 'beige' | 'night' | 'serif' | 'simple' | 'solarized' | 'moon' | 'dracula' | 'sky' | 'blood';
export type ThemeName = PodiumThemeName | RevealThemeName;
export type AspectRatio = '16:9' | '4:3';
export type RevealTransition = 'none' | 'fade' | 'slide' | 'convex' | 'concave' | 'zoom';

/** The reveal.js options of a reveal-md deck (front matter `revealOptions:`) that the hall honours (see reveal-options.ts). */
export interface RevealShowOptions {
  transition?: RevealTransition;
  transitionSpeed?: 'default' | 'fast' | 'slow';
  backgroundTransition?: RevealTransition;
  /** reveal.js's arrows in the corner (they step the show as the keys do). */
  controls?: boolean;
  /** The progress bar along the bottom. */
  progress?: boolean;
  /** The slide number in the corner: true, or reveal.js's format ('c/t' = current/total). */
  slideNumber?: boolean | 'h.v' | 'h/v' | 'c' | 'c/t';
  /** Empty space around the slide in the hall's window, as a fraction of the slide's size. */
  margin?: number;
}

/**
 * title    — the report's title block (title lines, subtitle, speaker/date, salutation)
 * section  — one per top-level section (一、 / 第一部分 / Markdown #); points list its sub-headings
 * content  — a paragraph (or part of one) with its key points
 * closing  — the closing lines (e.g. 谢谢大家 / the final appeal)
 * custom   — a slide written by hand in an explicit Markdown deck
 */
export type SlideKind = 'title' | 'section' | 'content' | 'closing' | 'custom';

/**
 * How a slide is laid out in every view and export. Absent means 'bullets'. Code that switches
 * over it must handle every member (slides/core/layouts.ts says how the text layouts read points).
 * bullets      — title, subtitle, points
 * title-only   — the title (and subtitle) alone, large
 * picture-text — the picture beside the title and points
 * picture-full — the picture fills the slide, the title over it
 * figures      — key figures (数字卡片): each point's figure large over its label
 * quote        — a quotation or slogan set large (the first point when a whole quotation, else the title)
 * agenda       — the points (sub-headings) as a numbered agenda
 */
export type SlideLayout = 'bullets' | 'title-only' | 'picture-text' | 'picture-full' | 'figures' | 'quote' | 'agenda';
export const SLIDE_LAYOUTS: readonly SlideLayout[] = ['bullets', 'title-only', 'picture-text', 'picture-full', 'figures', 'quote', 'agenda'];
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
  /** A table from the report, shown as a table (the notes read it row by row). */
  table?: SlideTable;
  /** Footnotes and endnotes of the text on this slide: never read aloud, printed at the foot of the reading copy. */
  footnotes?: string[];
}

/** A table as the document shows it: rows of cell texts (a cell's paragraphs separated by \n). */
export interface SlideTable {
  rows: string[][];
  /** The first row is a header row (repeated on each slide of a table split over several). */
  header: boolean;
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
  /** Things the user should know about how the deck was read (a theme replaced, options ignored); the deck opened anyway. */
  notices?: MessageRef[];
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
  source: { name: string; format: SourceFormat; document?: SourceDocument };
  /**
   * The deck's pronunciation list (发音表, front matter `pronounce:`): words — place,
   * person and enterprise names — and how to say them (pinyin with tone marks; empty:
   * the dictionary's reading, shown as an aid). See slides/core/aids/.
   */
  pronounce?: { word: string; reading: string }[];
  /**
   * The deck's own fixed formulations (front matter `fixed-phrases:`), kept whole by the planner
   * and proofreading beside the built-in list (slides/core/fixed-phrases.ts).
   */
  fixedPhrases?: string[];
  /**
   * URL prefix the views put before a picture's src, set by whoever serves the deck's folder
   * (the hosts: their deck-file route); absent where src is relative to the page (a static copy).
   */
  pictureBase?: string;
  /** The hall's reveal.js options from a reveal-md deck's `revealOptions:` (those Podium honours). */
  reveal?: RevealShowOptions;
  /** `revealOptions:` as the deck wrote it, written back unchanged when the deck is saved. */
  revealOptions?: Record<string, unknown>;
}

/** Something a format (or the library that reads it) cannot carry, for "what was lost". */
export type LostStructure = 'numbering' | 'heading-styles' | 'tables' | 'revisions' | 'comments' | 'footnote-places';

/**
 * What reading the file found, beside its text: shown by `podium info` and in the app
 * ("this document has 12 unaccepted revisions and 3 comments; the slides show the text with
 * them accepted"). Counts are of the document as saved.
 */
export interface SourceDocument {
  /** The extension the file was given, when its bytes say it is another format (a .docx renamed .doc). */
  namedAs?: string;
  /** Text files: the encoding they were decoded from ('utf-8', 'utf-8 with BOM', 'utf-16le', 'gb18030'). */
  encoding?: string;
  paragraphs: number;
  /** Paragraphs whose automatic list numbering (一、 （一） 1.) was rendered into the text. */
  numbered: number;
  /** Paragraphs that are headings by their style (标题 1–3 / Heading 1–3 / outline level). */
  headingStyles: number;
  tables: number;
  /** Soft line breaks (Shift+Enter) kept inside their paragraph. */
  softBreaks: number;
  /** Tracked changes not yet accepted (insertions, deletions, moves): the deck shows the text with them accepted. */
  revisions: number;
  /** Tracked formatting changes (they do not change the text). */
  formatRevisions: number;
  comments: number;
  footnotes: number;
  endnotes: number;
  /** PDF: pages read, and the running headers, footers and page numbers left out. */
  pages?: number;
  droppedLines?: number;
  /** Structure the format or its reader could not carry. */
  lost: LostStructure[];
  /** .doc/.wps: how it was read (LibreOffice's .docx of it, or its text only and why). */
  conversion?: SourceConversion;
}

/** Why a .doc/.wps was read as text only: LibreOffice missing, turned off, not starting, too slow, or failing. */
export type ConversionFallback = 'missing' | 'off' | 'not-started' | 'timeout' | 'failed';

export type SourceConversion =
  | { via: 'libreoffice' }
  /** `detail`: the program that would not start, the seconds waited, or LibreOffice's own words. */
  | { via: 'text'; reason: ConversionFallback; detail?: string };

/** A piece of a document as the reader saw it, for the outline (Word and PDF: no line-wrapping guesswork). */
export type SourceBlock = SourceParagraph | SourceTableBlock;

export interface SourceParagraph {
  type: 'paragraph';
  /** The paragraph as shown: list numbering rendered in front, soft line breaks as \n. */
  text: string;
  /** 1-based heading level from the paragraph's style or outline level. */
  headingLevel?: number;
  /** Footnotes and endnotes referenced in this paragraph (their text; not part of `text`). */
  footnotes?: string[];
}

export interface SourceTableBlock {
  type: 'table';
  /** Rows of cell texts, as shown (merged cells are empty after their first). */
  rows: string[][];
}

export interface DeckModel {
  version: typeof DECK_MODEL_VERSION;
  meta: DeckMeta;
  sections: Section[];
  slides: Slide[];
  /**
   * The last revised draft brought into this deck (`podium import --into`, 文件 ▸ 导入修订稿): the
   * record the host reads from beside the deck file (deck.revision.json), never from the deck's
   * Markdown. Views show 修订对照 and mark changed sentences from it.
   */
  revision?: RevisionRecord;
}

/** What the Node side hands the pure core: already decoded text. */
export interface SourceText {
  /** File name shown in messages (not a path the core can open). */
  name: string;
  format: SourceFormat;
  /** The whole text (for structured documents: the blocks' text, paragraphs and table rows one a line). */
  text: string;
  /** A document's paragraphs and tables as read (Word, PDF): when present the outline follows them. */
  blocks?: SourceBlock[];
  /** What reading the file found (format details, numbering, tables, revisions, footnotes). */
  document?: SourceDocument;
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


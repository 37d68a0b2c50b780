/**
 * The one contract between the renderer and whatever hosts it. The Electron
 * preload implements `Host` over IPC; the browser host (renderer/host/browser)
 * implements it over HTTP + BroadcastChannel for machines without Electron's
 * binary and for end-to-end tests. Types and channel names only: no logic.
 */
import type { EditOp, EditOutcome, PictureOutcome } from '../../slides/core/edit/ops.ts';
import type { DeckUpdate } from '../../slides/core/model.ts';
import type { OfficialFaces } from '../../slides/core/official-faces.ts';
import type { RevisionOutcome } from '../../slides/core/revise/outcome.ts';
export type { RevisionOutcome } from '../../slides/core/revise/outcome.ts';
import type { ExportFormat } from './export-formats.ts';
import type { HandoutPerPage, NotesPerPage } from './print.ts';

export type { DeckModel, DeckUpdate, DeckSource, SlidePicture, SlideLayout, HandPart } from '../../slides/core/model.ts';
export type { EditOp, EditOutcome, PictureOutcome } from '../../slides/core/edit/ops.ts';
import type { FaceSpec, SubsetFont } from '../../slides/core/fonts.ts';
export type { FaceSpec, SubsetFont } from '../../slides/core/fonts.ts';

export type ViewName = 'audience' | 'presenter' | 'teleprompter' | 'rehearsal' | 'print' | 'editor';
/** Views a view may ask the host to open in a window of their own (Host.showView). */
export type OpenableView = 'editor' | 'teleprompter' | 'rehearsal';
export const OPENABLE_VIEWS: readonly OpenableView[] = ['editor', 'teleprompter', 'rehearsal'];
export type { UiLang } from '../../slides/core/messages/catalogue.ts';
import type { UiLang } from '../../slides/core/messages/catalogue.ts';

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

export interface HostInfo {
  kind: 'electron' | 'browser';
  appVersion: string;
  platform: string;
}

export type Unsubscribe = () => void;

/**
 * Commands a host with an application menu (Electron) sends to the views: the
 * Present and View menu items. The browser host has no menu; it may still emit
 * `lang` when a view changes the UI language so every view follows.
 */
export type HostCommand =
  | { type: 'present'; action: 'start' | 'black' | 'white' | 'hold' }
  | { type: 'lang'; lang: UiLang }
  /** File ▸ Export ▸ Several formats…: the presenter opens its export dialog. */
  | { type: 'exportDialog' }
  /** Edit ▸ Undo / Redo in the app's menu, sent to the editor's window: its own undo, as Ctrl+Z there. */
  | { type: 'edit'; action: 'undo' | 'redo' }
  /** File ▸ Import Revised Draft…: the presenter opens its 导入修订稿 dialog (the user picks the draft there). */
  | { type: 'importRevision' };

/**
 * Editing the deck (the editor's calls). The host is the one writer: it applies the ops to the
 * current deck, every view gets the new deck through onDeckUpdate at once, and the deck file is
 * saved (atomically: never half-written) before the answer. A refused edit changes nothing. A
 * save that fails keeps the edit and answers `unsaved`; `editDeck([])` tries the save again.
 */
export interface DeckEditing {
  /** Applies `ops` in order, all or none, and saves. Target duration: the op setTarget. No ops: save again. */
  editDeck(ops: EditOp[]): Promise<EditOutcome>;
  /**
   * Copies a picture the user gave (PNG, JPEG, WebP, SVG; checked by its bytes, SVG sanitised)
   * into the deck's folder (pictures/). Changes no slide: follow it with a setPicture op.
   */
  addPicture(name: string, bytes: Uint8Array): Promise<PictureOutcome>;
}

/**
 * File ▸ Export (the export dialog): several formats of the current deck in one pass, into a
 * folder the host chooses (the app asks with its folder dialog; the browser host writes beside
 * the report, or into the drafts folder for the bundled one). Files are named as the CLI names
 * them (<report>-slides.pdf … <report>.pptx, <report>.html) and each is written atomically.
 */
export interface ExportRequest {
  formats: ExportFormat[];
  /** Handouts: slides per page (default 3). */
  perPage?: HandoutPerPage;
  /** Notes pages: slides per page (default 1). */
  notesPerPage?: NotesPerPage;
  /** Notes pages: the notes in large type (18 pt). */
  largeType?: boolean;
  /** PDFs: a diagonal watermark on every page. */
  watermark?: string;
  /** Reading copy: speaker aids (pinyin, figures as read) as ruby over the text; on unless false. */
  aids?: boolean;
}

export type ExportOutcome =
  /** `faces`: the official copy's faces, role by role, when one was exported (the dialog says which were used). */
  | { ok: true; folder: string; files: string[]; faces?: OfficialFaces }
  | { ok: false; cancelled: true }
  /** `files`: those written before the failure (complete files). */
  | { ok: false; cancelled: false; message: string; files: string[] };

export interface Host extends DeckEditing {
  info(): HostInfo;
  /** The current deck (the bundled report when none was given). */
  currentDeck(): Promise<DeckUpdate>;
  /** Live reload and file opens: every new deck or error. */
  onDeckUpdate(listener: (update: DeckUpdate) => void): Unsubscribe;
  /** Menu commands (Present ▸ Black, View ▸ Language, …) for the views to carry out. */
  onCommand(listener: (command: HostCommand) => void): Unsubscribe;
  /** File ▸ Open: the host's own dialog. Resolves null when cancelled. */
  openDialog(): Promise<DeckUpdate | null>;
  /** Drag and drop / <input type=file>: bytes of a file the user gave the page. */
  openBytes(name: string, bytes: Uint8Array): Promise<DeckUpdate>;
  openRecent(path: string): Promise<DeckUpdate>;
  recentFiles(): Promise<RecentFile[]>;
  /** Small remembered settings (UI language, notes font size, …). JSON values. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Swap audience and presenter between displays (no-op with one display). */
  swapDisplays(): Promise<void>;
  /** Rehearsal storage, per report key; crash-safe on the host side. */
  loadRehearsals(reportKey: string): Promise<unknown>;
  saveRehearsals(reportKey: string, data: unknown): Promise<void>;
  /**
   * Fonts holding exactly `text` in each face, cut by the host: a view loads one per face
   * instead of the dozens of bundled slices the text touches. Null where the host cannot
   * (a static or single-file deck): the view loads the slices.
   */
  fontsFor(faces: FaceSpec[], text: string): Promise<SubsetFont[] | null>;
  /**
   * Opens a view in a window of its own, or brings it to the front when open (the presenter's
   * Edit button: Electron denies window.open, so main opens the window).
   */
  showView(view: OpenableView): Promise<void>;
  /** The export dialog's one button: every checked format in one pass (see ExportRequest). */
  exportFormats(request: ExportRequest): Promise<ExportOutcome>;
  /**
   * 文件 ▸ 导入修订稿: brings the new draft (a report file's name and bytes, as the user picked it)
   * into the open deck. Hand edits stay where their words still are; the previous deck is kept
   * beside it; every view gets the updated deck through onDeckUpdate.
   */
  importRevision(name: string, bytes: Uint8Array): Promise<RevisionOutcome>;
}

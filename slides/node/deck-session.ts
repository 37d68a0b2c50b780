import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { FSWatcher } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isExplicitDeck } from '../core/deck.ts';
import { applyEdits } from '../core/edit/apply.ts';
import { alignPartTitles } from '../core/edit/part-titles.ts';
import type { EditOp, EditOutcome, PictureOutcome } from '../core/edit/ops.ts';
import { DeckError, deckErrorDetails } from '../core/errors.ts';
import type { MessageRef, MessageValues } from '../core/messages/catalogue.ts';
import type { DeckErrorDetails } from '../core/errors.ts';
import { compileDeck, deckToMarkdown } from '../core/index.ts';
import { sourceOf } from '../core/source-notice.ts';
import type { CompileOptions, DeckModel, DeckSource, DeckUpdate, SourceText } from '../core/model.ts';
import { BUNDLED_DECK_PATH } from './bundled.ts';
import { docxPictures, offerPictures, type ReportPicture } from './docx-pictures.ts';
import { storePicture } from './pictures.ts';
import { decodeReport, readReport } from './read-report.ts';
import { DeckWriteError, updateDeckFile } from './revise-deck-file.ts';
import { readRevisionRecordFile } from './revision-record-file.ts';
import type { RevisionOutcome } from '../core/revise/outcome.ts';
import type { ReadReportOptions } from './read-report.ts';
import { writeFileAtomic } from './write-atomic.ts';

/**
 * The live deck behind both hosts (Electron main and the browser host): opens a
 * report, compiles it, watches it and recompiles on change. Every load is one
 * DeckUpdate with an increasing revision. A change that breaks the file emits
 * {ok:false} and the last good deck stays `current`, so the hall never sees an
 * error while the operator fixes the file.
 */

export type GoodUpdate = Extract<DeckUpdate, { ok: true }>;
export type DeckListener = (update: DeckUpdate) => void;

export interface DeckSessionOptions {
  compile?: CompileOptions;
  maxBytes?: ReadReportOptions['maxBytes'];
  /** Quiet time after the last file event before reloading (editors write in bursts). Default 100 ms. */
  debounceMs?: number;
  /** Opened by `open()` without a path. Default: the bundled deck. */
  defaultPath?: string;
  /**
   * Where the editor saves a deck that has no file of its own to write (the bundled deck, a
   * report dropped on the window). Without it such a deck cannot be edited.
   */
  draftsFolder?: string;
  /** URL prefix under which the host serves the deck folder's pictures (DeckMeta.pictureBase). */
  pictureBase?: string;
}

interface LoadedSource {
  source: DeckSource;
  text: SourceText;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export class DeckSession {
  private readonly listeners = new Set<DeckListener>();
  private readonly debounceMs: number;
  private readonly defaultPath: string;
  private readonly maxBytes: number | undefined;
  private readonly draftsFolder: string | undefined;
  private readonly pictureBase: string | undefined;
  /** Pictures of the .docx report this deck came from, offered on their slides (kept when the first edit makes the Markdown deck). */
  private offers: ReportPicture[] = [];
  private compileOptions: CompileOptions;
  private revision = 0;
  private good: GoodUpdate | undefined;
  private last: DeckUpdate | undefined;
  private loaded: LoadedSource | undefined;
  /**
   * The deck file's text as last read from or written to disk. It differs from `loaded` while an
   * edit is not yet written (or its save failed); a file event that finds this text is no news.
   */
  private diskText: string | undefined;
  /** The watched file (absolute), which may differ from `loaded` while it is broken. */
  private watchedPath: string | undefined;
  private watcher: FSWatcher | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Loads run one after another, so updates come out in the order the file changed. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(options: DeckSessionOptions = {}) {
    this.compileOptions = options.compile ?? {};
    this.debounceMs = options.debounceMs ?? 100;
    this.defaultPath = options.defaultPath ?? BUNDLED_DECK_PATH;
    this.maxBytes = options.maxBytes;
    this.draftsFolder = options.draftsFolder;
    this.pictureBase = options.pictureBase;
  }

  /** Calls `listener` with every update from now on. Returns the unsubscribe function. */
  onUpdate(listener: DeckListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The last good deck (what the views should show), if any. */
  get current(): GoodUpdate | undefined {
    return this.good;
  }

  /** The most recent update, good or not (an error here means `current` is stale). */
  get latest(): DeckUpdate | undefined {
    return this.last;
  }

  get options(): CompileOptions {
    return this.compileOptions;
  }

  /**
   * Opens a report file and watches it (the bundled deck when no path is given; it
   * is not watched). If the file cannot be opened, the error is emitted and the
   * deck already open stays open; with no deck open yet, the broken file is
   * watched so that fixing it loads it.
   */
  open(path?: string): Promise<DeckUpdate> {
    const bundled = path === undefined;
    const absolute = resolve(path ?? this.defaultPath);
    const source: DeckSource = { path: absolute, name: basename(absolute), watched: !bundled };
    return this.enqueue(async () => {
      this.offers = extname(absolute).toLowerCase() === '.docx' ? await readFile(absolute).then((b) => docxPictures(new Uint8Array(b))).catch(() => []) : [];
      const update = await this.load(source, () => readReport(absolute, { name: source.name, ...this.readOptions() }), { fromDisk: true });
      if (update.ok || !this.good) this.watchFile(source.watched ? absolute : undefined);
      return update;
    });
  }

  /** A report dropped on the window: compiled from its bytes, not watched. */
  openBytes(name: string, bytes: Uint8Array): Promise<DeckUpdate> {
    const source: DeckSource = { path: name, name, watched: false };
    return this.enqueue(async () => {
      this.offers = extname(name).toLowerCase() === '.docx' ? await docxPictures(bytes).catch(() => []) : [];
      const update = await this.load(source, () => decodeReport(name, bytes, this.readOptions()));
      if (update.ok) this.watchFile(undefined);
      return update;
    });
  }

  /** New reading rate, target, theme or aspect: recompiles the open report without re-reading it. */
  setCompileOptions(options: CompileOptions): Promise<DeckUpdate | undefined> {
    return this.enqueue(async () => {
      const previous = this.compileOptions;
      this.compileOptions = options;
      const loaded = this.loaded;
      if (!loaded) return undefined;
      const update = await this.load(loaded.source, () => Promise.resolve(loaded.text), { force: true });
      // Invalid options are refused (and said so) rather than kept to break every later reload.
      if (!update.ok && update.error.code === 'OPTION') this.compileOptions = previous;
      return update;
    });
  }

  /** Re-reads the watched file now (also what a file change triggers after the debounce). */
  reload(): Promise<DeckUpdate | undefined> {
    return this.enqueue(() => this.reloadWatched());
  }

  /**
   * Applies the editor's ops to the current deck, all or none, shows the result to every view at
   * once and then saves the deck file (atomically; the answer comes once it is on disk). A report
   * (.txt, .docx, a Markdown report) or a deck without a file of its own first becomes a Markdown
   * deck: beside the report, or in the drafts folder. That file is then the deck, watched like any
   * other. A save that fails keeps the edit (views and undo stay as they are): the answer says the
   * file is behind (`unsaved`), and the next edit, or `edit([])`, writes it.
   */
  edit(ops: readonly EditOp[]): Promise<EditOutcome> {
    return this.enqueue(async () => {
      const good = this.good;
      const loaded = this.loaded;
      if (!good || !loaded) return { ok: false, error: editError('deck', 'session.noDeck') };
      if (this.last && !this.last.ok) {
        return { ok: false, error: editError(this.last.source.name, 'session.fileBroken') };
      }
      let result: { deck: DeckModel; inverses: EditOp[] };
      try {
        result = applyEdits(good.deck, ops);
      } catch (error) {
        return { ok: false, error: errorDetails(good.source.name, error) };
      }
      const target = this.deckFile(loaded);
      if (!target) return { ok: false, error: editError(loaded.source.name, 'session.noFile') };
      if (!target.created) {
        // Someone saved the file in a text editor since it was read: their words win, the edit is made again.
        const onDisk = await readReport(target.path, { name: loaded.source.name, ...this.readOptions() }).catch(() => undefined);
        if (onDisk !== undefined && onDisk.text !== this.diskText) {
          await this.reloadWatched();
          return { ok: false, error: editError(loaded.source.name, 'session.changedOutside') };
        }
      }
      if (ops.length === 0) {
        // "Save now": writes what a failed save left unwritten, if anything.
        const unsaved = target.created ? undefined : await this.save(target.path, loaded.text.text);
        return { ok: true, deck: good.deck, source: good.source, revision: good.revision, inverses: [], ...(unsaved ? { unsaved } : {}) };
      }
      if (ops.some((op) => op.type === 'setTarget')) {
        // The target set in the editor is the deck's own (front matter); a launch option no longer overrides it.
        const { targetSeconds: _dropped, ...rest } = this.compileOptions;
        this.compileOptions = rest;
      }
      if (ops.some((op) => op.type === 'setTheme')) {
        // Likewise the theme chosen in the editor: a launch option's theme (--theme) no longer overrides it.
        const { theme: _dropped, ...rest } = this.compileOptions;
        this.compileOptions = rest;
      }
      const source: DeckSource = { path: target.path, name: basename(target.path), watched: true };
      const markdown = (): SourceText => ({ name: source.name, format: 'md', text: deckToMarkdown(result.deck) });
      if (target.created) return this.createDeckFile(target.path, markdown(), result.inverses, { good, loaded });
      // The views get the deck the edit made, not the file read back: saving and reading it gives
      // the same deck (slides/core/edit/properties.test.ts), and the write is most of an edit's time.
      // A new theme is read back from the file: the theme's own settings come with reading it.
      const themed = ops.some((op) => op.type === 'setTheme');
      const update = themed ? await this.load(source, () => Promise.resolve(markdown()), { force: true, edited: true }) : this.show(source, result.deck);
      if (!update.ok) return { ok: false, error: update.error };
      const text = themed ? (this.loaded as LoadedSource).text : markdown();
      this.loaded = { source, text };
      const unsaved = await this.save(target.path, text.text);
      const outcome: EditOutcome = { ok: true, deck: update.deck, source: update.source, revision: update.revision, inverses: result.inverses };
      if (unsaved) outcome.unsaved = unsaved;
      return outcome;
    });
  }

  /**
   * The first edit of a report: its Markdown deck is made (read back, so the views see the deck
   * file as their source) and shown while it is written. If it cannot be written, nothing was
   * made: the views get the report back and the editor is told why (a read-only USB stick).
   */
  private async createDeckFile(path: string, markdown: SourceText, inverses: EditOp[], saved: { good: GoodUpdate; loaded: LoadedSource }): Promise<EditOutcome> {
    const source: DeckSource = { path, name: basename(path), watched: true };
    const update = await this.load(source, () => Promise.resolve(markdown), { force: true, edited: true });
    if (!update.ok) return { ok: false, error: update.error };
    try {
      await writeFileAtomic(path, markdown.text, { createFolder: true });
    } catch (error) {
      this.loaded = saved.loaded;
      this.emit({ ...saved.good, revision: ++this.revision });
      return { ok: false, error: saveError(path, error) };
    }
    this.diskText = markdown.text;
    this.watchFile(path);
    return { ok: true, deck: update.deck, source: update.source, revision: update.revision, inverses, createdDeck: path };
  }

  /** An edited deck to every view, before it is written (the caller sets `loaded` to its text). */
  private show(source: DeckSource, edited: DeckModel): GoodUpdate {
    const deck = this.offers.length === 0 ? edited : offerPictures({ ...edited, slides: edited.slides.map(({ offeredPictures: _o, ...slide }) => slide) }, this.offers);
    return this.emit({ ok: true, deck, source, revision: ++this.revision }) as GoodUpdate;
  }

  /**
   * Writes the deck file if what the views show is not yet in it. Answers why it could not be
   * written (the edit is kept, and written by the next save), or undefined once it is on disk.
   */
  private async save(path: string, text: string): Promise<DeckErrorDetails | undefined> {
    if (text === this.diskText) return undefined;
    try {
      await writeFileAtomic(path, text);
    } catch (error) {
      return saveError(path, error, 'session.unsaved');
    }
    this.diskText = text;
    this.watchFile(path);
    return undefined;
  }

  /**
   * 文件 ▸ 导入修订稿: brings a new draft (the bytes of a report file) into the open deck, as
   * `podium import <draft> --into <deck.md>` does (updateDeckFile: the previous deck kept beside
   * it, the revision record written). A report not yet a deck is first written as its Markdown
   * deck, where the first edit would write it. Every view gets the updated deck.
   */
  importRevision(name: string, bytes: Uint8Array): Promise<RevisionOutcome> {
    return this.enqueue(async () => {
      const good = this.good;
      const loaded = this.loaded;
      if (!good || !loaded) return { ok: false, error: editError('deck', 'session.noDeck') };
      if (this.last && !this.last.ok) return { ok: false, error: editError(this.last.source.name, 'session.fileBroken') };
      let draft: SourceText;
      try {
        draft = await decodeReport(name, bytes, this.readOptions());
      } catch (error) {
        return { ok: false, error: errorDetails(name, error) };
      }
      const target = this.deckFile(loaded);
      if (!target) return { ok: false, error: editError(loaded.source.name, 'session.noFile') };
      const deckName = basename(target.path);
      const saveFailed = (error: unknown): RevisionOutcome => {
        const reason = error instanceof DeckWriteError ? `${basename(error.file)}: ${String((error.reason as Error)?.message ?? error.reason)}` : error instanceof Error ? error.message : String(error);
        return { ok: false, error: editError(deckName, 'session.saveFailed', { reason }) };
      };
      if (target.created) {
        try {
          await writeFileAtomic(target.path, deckToMarkdown(good.deck), { createFolder: true });
        } catch (error) {
          return saveFailed(error);
        }
      } else {
        // Edits a failed save left unwritten go into the file first: the draft is merged into what the views show.
        const unsaved = await this.save(target.path, loaded.text.text);
        if (unsaved) return { ok: false, error: unsaved };
      }
      let update;
      try {
        update = await updateDeckFile(target.path, draft, this.compileOptions, new Date(), deckName);
      } catch (error) {
        if (error instanceof DeckError) return { ok: false, error: error.details };
        return saveFailed(error);
      }
      if (extname(name).toLowerCase() === '.docx') this.offers = await docxPictures(bytes).catch(() => []);
      const source: DeckSource = { path: target.path, name: deckName, watched: true };
      await this.load(source, () => readReport(target.path, { name: deckName, ...this.readOptions() }), { force: true, fromDisk: true });
      this.watchFile(target.path);
      const { result, record } = update;
      const titles: { [id: string]: string } = {};
      for (const slide of result.deck.slides) titles[slide.id] = slide.title;
      for (const removed of result.removed) titles[removed.id] = removed.title;
      const named = new Set([...result.summary.changed, ...result.summary.added, ...result.summary.removed, ...result.summary.unplaced.map((u) => u.id)]);
      const outcome: RevisionOutcome = {
        ok: true,
        summary: result.summary,
        titles: Object.fromEntries(Object.entries(titles).filter(([id]) => named.has(id))),
        previous: record.previous,
        current: record.current,
        source: sourceOf(draft),
        deckFile: target.path,
      };
      if (update.written) outcome.backupFile = update.previousPath;
      if (target.created) outcome.createdDeck = target.path;
      return outcome;
    });
  }

  /**
   * Copies a picture the user gave into the deck's folder (pictures/), checked by its bytes; the
   * folder is the one the deck file is (or will be, for a report not yet edited) in.
   */
  addPicture(name: string, bytes: Uint8Array): Promise<PictureOutcome> {
    return this.enqueue(async () => {
      const loaded = this.loaded;
      const target = loaded ? this.deckFile(loaded) : undefined;
      if (!target) return { ok: false, error: editError(name, 'session.noFolder') };
      try {
        const stored = await storePicture(dirname(target.path), name, bytes);
        return { ok: true, picture: { src: stored.src, alt: stored.alt }, width: stored.width, height: stored.height };
      } catch (error) {
        return { ok: false, error: errorDetails(name, error) };
      }
    });
  }

  /** The folder the current deck's pictures are in, when it has one. */
  deckFolder(): string | undefined {
    const target = this.loaded ? this.deckFile(this.loaded) : undefined;
    return target ? dirname(target.path) : undefined;
  }

  /** The Markdown deck file edits go to: the open deck itself, or a new file to create. */
  private deckFile(loaded: LoadedSource): { path: string; created: boolean } | undefined {
    const { source, text } = loaded;
    const ownFile = source.watched;
    if (ownFile && text.format === 'md' && isExplicitDeck(text.text)) return { path: source.path, created: false };
    const folder = ownFile ? dirname(source.path) : this.draftsFolder;
    if (folder === undefined) return undefined;
    const base = basename(source.name, extname(source.name)).replace(/[\\/:*?"<>|]/g, '_') || 'deck';
    // Never over another file: report.md may be the user's own Markdown.
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}.md` : n === 2 ? `${base}.deck.md` : `${base}.deck-${n - 1}.md`;
      const path = join(folder, name);
      if (path !== source.path && !existsSync(path)) return { path, created: true };
    }
  }

  /** Stops watching and drops all listeners. */
  close(): void {
    this.closed = true;
    this.watchFile(undefined);
    this.listeners.clear();
  }

  private readOptions(): Pick<ReadReportOptions, 'maxBytes'> {
    return this.maxBytes === undefined ? {} : { maxBytes: this.maxBytes };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async reloadWatched(): Promise<DeckUpdate | undefined> {
    const path = this.watchedPath;
    if (!path || this.closed) return undefined;
    const source: DeckSource = { path, name: basename(path), watched: true };
    const read = () => readReport(path, { name: source.name, ...this.readOptions() });
    return this.load(source, async () => {
      try {
        return await read();
      } catch (error) {
        // Editors that save by rename leave a moment with no file: look once more before reporting it.
        if (error instanceof DeckError && error.details.code === 'READ') {
          await sleep(this.debounceMs);
          return read();
        }
        throw error;
      }
    }, { fromDisk: true });
  }

  /**
   * Reads and compiles, then emits. Skips the emit when the text is the one already shown
   * without error (editors touch files without changing them; our own saves come back as file
   * events), or, read from disk, the one last saved while a newer edit is still being written.
   */
  private async load(source: DeckSource, read: () => Promise<SourceText>, { force = false, edited = false, fromDisk = false } = {}): Promise<DeckUpdate> {
    let text: SourceText;
    let deck: DeckModel;
    try {
      text = await read();
      const known = this.loaded?.source.path === source.path && (this.loaded.text.text === text.text || (fromDisk && this.diskText === text.text));
      if (!force && this.last?.ok && known) return this.last;
      deck = compileDeck(text, this.compileOptions);
      // Renaming one part of a split paragraph in the file renames the slide: its other parts follow.
      if (!edited && this.good?.source.path === source.path) deck = alignPartTitles(this.good.deck, deck);
    } catch (error) {
      return this.emit({ ok: false, error: errorDetails(source.name, error), source, revision: ++this.revision });
    }
    this.loaded = { source, text };
    if (fromDisk) this.diskText = text.text;
    if (this.pictureBase !== undefined) deck.meta.pictureBase = this.pictureBase;
    // A deck updated from a revised draft: its record (beside the file) drives 修订对照 and the change marks.
    const record = source.watched && text.format === 'md' ? await readRevisionRecordFile(source.path) : undefined;
    if (record) deck.revision = record;
    deck = offerPictures(deck, this.offers);
    return this.emit({ ok: true, deck, source, revision: ++this.revision });
  }

  private emit(update: DeckUpdate): DeckUpdate {
    this.last = update;
    if (update.ok) this.good = update;
    if (this.closed) return update;
    for (const listener of [...this.listeners]) listener(update);
    return update;
  }

  /**
   * Watches the file's folder rather than the file: editors that save by writing a
   * new file and renaming it over the old one replace the file's inode, which
   * would silently end a watch on the file itself.
   */
  private watchFile(path: string | undefined): void {
    if (path === this.watchedPath && (path === undefined || this.watcher)) return;
    this.watcher?.close();
    this.watcher = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watchedPath = path;
    if (!path || this.closed) return;
    const name = basename(path);
    try {
      this.watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
        if (filename === null || filename === name) this.scheduleReload();
      });
    } catch (error) {
      this.emitWatchError(path, error);
      return;
    }
    this.watcher.on('error', (error) => this.emitWatchError(path, error));
  }

  private scheduleReload(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, this.debounceMs);
  }

  private emitWatchError(path: string, error: unknown): void {
    const source: DeckSource = { path, name: basename(path), watched: false };
    console.warn(`podium: stopped watching ${path}:`, error instanceof Error ? error.message : String(error));
    this.emit({
      ok: false,
      // The system's reason (e.g. "ENOSPC") is for the log; the reader is told what it means.
      error: deckErrorDetails({ code: 'READ', file: source.name, message: { key: 'error.watch' }, hint: { key: 'error.watch.hint' } }),
      source,
      revision: ++this.revision,
    });
  }
}

/** A refused edit, in the reader's language (the hint's key is the message's with .hint). */
function editError(file: string, key: 'session.noDeck' | 'session.fileBroken' | 'session.noFile' | 'session.changedOutside' | 'session.saveFailed' | 'session.unsaved' | 'session.noFolder', values: MessageValues = {}): DeckErrorDetails {
  return deckErrorDetails({ code: 'EDIT', file, message: { key, values }, hint: { key: `${key}.hint`, values } });
}

/** A deck file that could not be written: the system's reason, and what to check. */
function saveError(path: string, error: unknown, key: 'session.saveFailed' | 'session.unsaved' = 'session.saveFailed'): DeckErrorDetails {
  return editError(basename(path), key, { reason: writeReason(error), file: basename(path) });
}

/** Why a write failed, as a person says it; the system's code for the rarer causes (its message names a temp file). */
function writeReason(error: unknown): MessageRef | string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { key: 'session.reason.readOnly' };
  if (code === 'ENOSPC' || code === 'EDQUOT') return { key: 'session.reason.full' };
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'EIO') return { key: 'session.reason.gone' };
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Any failure becomes details the views can show; a non-DeckError is a compiler bug, said as such. */
function errorDetails(file: string, error: unknown): DeckErrorDetails {
  if (error instanceof DeckError) return error.details;
  console.error(`podium: failed to compile ${file}:`, error);
  return deckErrorDetails({ code: 'READ', file, message: { key: 'error.internal' }, hint: { key: 'error.internal.hint' } });
}

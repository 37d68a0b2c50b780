/**
 * PDF exports from the CLI (and tests, and the benchmark): the print page printed by
 * a Chromium-family browser found on the machine, driven over its DevTools pipe
 * (chromium.ts). One session keeps the browser and the local server open for several exports.
 */
import type { DeckModel } from '../core/model.ts';
import { documentAuthor } from '../core/author.ts';
import { findBrowser, noBrowserMessage } from './find-browser.ts';
import type { FoundBrowser } from './find-browser.ts';
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_PROGRESS_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  PRINT_READY_VALUE,
  printQuery,
} from '../../electron/common/print.ts';
import type { PdfExportKind, PrintRequest } from '../../electron/common/print.ts';
import type { InstalledFont, OfficialFaces } from '../core/official-faces.ts';
import { withOfficialFaces } from './official-request.ts';
import type { CdpPipe } from '../node/cdp-pipe.ts';
import { launchHeadlessChromium, type HeadlessChromium } from './chromium.ts';
import { withPdfInfo } from './pdf-info.ts';
import { CDP_PRINT_TO_PDF_OPTIONS } from './pdf-options.ts';
import { startPrintServer } from './print-server.ts';
import type { PrintServer } from './print-server.ts';
import { rendererDir } from './renderer-dir.ts';
import type { PdfPrinter } from './batch.ts';
import { say, type MessageRef } from '../core/messages/catalogue.ts';

export type ExportStage = 'starting' | 'layout' | 'printing' | 'done';
export interface ExportProgress {
  stage: ExportStage;
  /** 0–1 over the whole export. */
  fraction: number;
}
export type ProgressListener = (progress: ExportProgress) => void;

/** A failed PDF export, said in the reader's language from the catalogue (`message` is the English). */
export class PdfExportError extends Error {
  override name = 'PdfExportError';
  constructor(readonly said: MessageRef, readonly hint: MessageRef) {
    super(say('en', said));
  }
}

export interface PdfSessionOptions {
  /** The built renderer (default dist/renderer). */
  rendererDir?: string;
  /** A browser executable; found on the machine when absent. */
  browserPath?: string;
  /** Longest wait for the print page's layout, ms. */
  layoutTimeoutMs?: number;
  /** The fonts the official copy's faces are chosen from: the computer's when absent (tests give their own). */
  officialFonts?: readonly InstalledFont[];
}

export interface PdfResult {
  pdf: Uint8Array;
  /** Pages the print page laid out (one PDF page each). */
  pages: number;
  /** The official copy: the face that set each role (a system face, or the bundled one and why). */
  faces?: OfficialFaces;
}

export interface RenderOptions {
  /** The PDF's author; by default documentAuthor(deck): the deck's author:, else the byline's name, else none. */
  author?: string;
  onProgress?: ProgressListener;
}

export interface PdfSession {
  browser: FoundBrowser & { version: string };
  render(deck: DeckModel, request: PrintRequest, options?: RenderOptions): Promise<PdfResult>;
  close(): Promise<void>;
}

const SUBJECT: Record<'zh' | 'en', Record<PdfExportKind, string>> = {
  zh: { slides: '幻灯片', notes: '备注页', handout: '讲义', reading: '讲话稿', official: '会议文件', changes: '修订对照', proof: '校对单' },
  en: { slides: 'Slides', notes: 'Notes pages', handout: 'Handout', reading: 'Reading copy', official: 'Delegate copy', changes: 'Changes between drafts', proof: 'Proofreading sheet' },
};


/** The same flags everywhere Podium starts Chromium: no background traffic, nothing first-run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const DEFAULT_LAYOUT_TIMEOUT_MS = 60_000;

export async function openPdfSession(options: PdfSessionOptions = {}): Promise<PdfSession> {
  const root = rendererDir('print.html', options.rendererDir);
  const found: FoundBrowser | undefined = options.browserPath ? { path: options.browserPath, via: 'PODIUM_BROWSER' } : findBrowser();
  if (!found) {
    const { message, hint } = noBrowserMessage();
    throw new PdfExportError(message, hint);
  }
  // The browser starts while the server comes up and warms its font subsetter.
  const [launched, started] = await Promise.allSettled([launchHeadlessChromium(found.path, CHROMIUM_ARGS), startPrintServer(root)]);
  if (launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.close();
    const error: unknown = launched.reason;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PdfExportError({ key: 'export.browserFailed', values: { path: found.path, reason } }, { key: 'export.browserFailed.hint' });
  }
  const browser: HeadlessChromium = launched.value;
  if (started.status === 'rejected') {
    await browser.close();
    throw started.reason;
  }
  const server: PrintServer = started.value;
  const timeout = options.layoutTimeoutMs ?? DEFAULT_LAYOUT_TIMEOUT_MS;
  const tab = new PrintTab(browser.cdp, server, timeout, options.officialFonts);
  // The tab is attached now, while the caller still compiles or writes other formats.
  tab.prepare();
  return {
    browser: { ...found, version: browser.version },
    render: (deck, request, renderOptions = {}) => tab.render(deck, request, renderOptions),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page target the session prints in, attached with a flat session. */
interface AttachedPage {
  readonly targetId: string;
  readonly sessionId: string;
  /** The address it shows, without its fragment (the launch code): another one there needs a real load. */
  shown?: string;
}

/** What the print page says on <html>: ready, failed, or how far its layout is. */
interface PrintState {
  ready: string | null;
  progress: string | null;
  error: string | null;
  sheets: number;
}

/** Runtime.evaluate's answer with returnByValue. */
interface EvaluateAnswer {
  result: { value?: PrintState };
  exceptionDetails?: { text?: string };
}

/**
 * Resolves, in the print page, at its next change of state after `last` progress: ready,
 * an error, or new progress (a MutationObserver on <html>'s attributes, so nothing polls).
 */
function nextStateScript(lastProgress: string | null): string {
  const names = JSON.stringify([PRINT_READY_ATTRIBUTE, PRINT_PROGRESS_ATTRIBUTE, PRINT_ERROR_ATTRIBUTE]);
  return `new Promise((resolve) => {
  const [readyAttr, progressAttr, errorAttr] = ${names};
  function watch() {
    const root = document.documentElement;
    const observer = new MutationObserver(() => check());
    function check() {
      const state = { ready: root.getAttribute(readyAttr), progress: root.getAttribute(progressAttr), error: root.getAttribute(errorAttr), sheets: 0 };
      if (state.ready !== ${JSON.stringify(PRINT_READY_VALUE)} && state.error === null && state.progress === ${JSON.stringify(lastProgress)}) return;
      observer.disconnect();
      state.sheets = document.querySelectorAll('.sheet').length;
      resolve(state);
    }
    observer.observe(root, { attributes: true, attributeFilter: [readyAttr, progressAttr, errorAttr] });
    check();
  }
  // The new document's context exists before its parser has made <html>: wait for the parse then.
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
})`;
}

/** A page's uncaught error or console error, as a line for the timeout message. */
function problemText(method: string, params: Record<string, unknown>): string | undefined {
  if (method === 'Runtime.exceptionThrown') {
    const details = params.exceptionDetails as { text?: string; exception?: { description?: string } } | undefined;
    return (details?.exception?.description ?? details?.text ?? 'error').split('\n')[0];
  }
  if (params.type !== 'error') return undefined;
  return ((params.args as Array<{ value?: unknown; description?: string }> | undefined) ?? []).map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
}

/**
 * One tab that every export of a session navigates: the same renderer process keeps
 * the decoded font subsets in its memory cache, so later exports do not decode the
 * ~100 CJK subset files again. Exports run one at a time.
 */
class PrintTab {
  private page: AttachedPage | undefined;
  private opening: Promise<AttachedPage> | undefined;
  private problems: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cdp: CdpPipe,
    private readonly server: PrintServer,
    private readonly timeout: number,
    private readonly officialFonts?: readonly InstalledFont[],
  ) {
    for (const method of ['Runtime.exceptionThrown', 'Runtime.consoleAPICalled']) {
      cdp.on(method, (params, sessionId) => {
        if (sessionId === undefined || sessionId !== this.page?.sessionId) return;
        const problem = problemText(method, params);
        if (problem) this.problems.push(problem);
      });
    }
  }

  render(deck: DeckModel, request: PrintRequest, options: RenderOptions): Promise<PdfResult> {
    const run = this.queue.then(() => this.renderNow(deck, request, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Attaches to the tab ahead of the first export; a failure shows again on that export. */
  prepare(): void {
    this.open().catch(() => undefined);
  }

  private open(): Promise<AttachedPage> {
    if (this.page) return Promise.resolve(this.page);
    this.opening ??= this.attach().finally(() => (this.opening = undefined));
    return this.opening;
  }

  /** The browser's first tab (it starts on about:blank), or a new one after a tab was given up. */
  private async attach(): Promise<AttachedPage> {
    const { targetInfos } = await this.cdp.send<{ targetInfos: Array<{ targetId: string; type: string }> }>('Target.getTargets');
    const targetId = targetInfos.find((target) => target.type === 'page')?.targetId ?? (await this.cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId;
    const { sessionId } = await this.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await this.cdp.send('Runtime.enable', {}, sessionId);
    this.page = { targetId, sessionId };
    return this.page;
  }

  /** Gives the tab up (after a failure mid-layout): the next export starts in a fresh one. */
  private async discard(page: AttachedPage): Promise<void> {
    if (this.page === page) this.page = undefined;
    await this.cdp.send('Target.closeTarget', { targetId: page.targetId }).catch(() => undefined);
  }

  /** Loads `url` in the tab; resolves with the new document's execution context once it exists. */
  private async load(page: AttachedPage, url: string): Promise<number> {
    const address = url.split('#')[0]!;
    // The same address with another launch code would only move to a new fragment, keeping the old page.
    if (page.shown === address) await this.cdp.send('Page.navigate', { url: 'about:blank' }, page.sessionId);
    const origin = new URL(url).origin;
    let stop = (): void => undefined;
    const created = new Promise<number>((resolve) => {
      stop = this.cdp.on('Runtime.executionContextCreated', (params, sessionId) => {
        const context = params.context as { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } };
        if (sessionId !== page.sessionId || context.origin !== origin || context.auxData?.isDefault !== true || context.auxData.frameId !== page.targetId) return;
        stop();
        resolve(context.id);
      });
    });
    try {
      const navigated = await this.cdp.send<{ errorText?: string }>('Page.navigate', { url }, page.sessionId);
      if (navigated.errorText) throw new PdfExportError({ key: 'export.printFailed', values: { reason: `${navigated.errorText} (${address})` } }, { key: 'export.bug.hint' });
      page.shown = address;
      return await this.within(created);
    } finally {
      stop();
    }
  }

  private deadline = 0;

  /** `promise`, or the layout timeout with what the page reported meanwhile. */
  private within<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const seen = this.problems.length > 0 ? ` Page errors: ${this.problems.slice(0, 3).join(' | ')}` : '';
        reject(new PdfExportError({ key: 'export.printTimeout', values: { seconds: Math.round(this.timeout / 1000), seen } }, { key: 'export.bug.hint' }));
      }, Math.max(0, this.deadline - Date.now()));
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }

  private async waitForLayout(page: AttachedPage, contextId: number, onFraction: (fraction: number) => void): Promise<number> {
    let progress: string | null = null;
    for (;;) {
      const answer: EvaluateAnswer = await this.within(
        this.cdp.send<EvaluateAnswer>(
          'Runtime.evaluate',
          { expression: nextStateScript(progress), contextId, awaitPromise: true, returnByValue: true },
          page.sessionId,
        ),
      );
      const state: PrintState | undefined = answer.result.value;
      if (answer.exceptionDetails || !state) throw new PdfExportError({ key: 'export.printFailed', values: { reason: answer.exceptionDetails?.text ?? 'no answer from the print page' } }, { key: 'export.bug.hint' });
      if (state.ready === PRINT_READY_VALUE) return state.sheets;
      if (state.error !== null) throw new PdfExportError({ key: 'export.printFailed', values: { reason: state.error || '?' } }, { key: 'export.bug.hint' });
      progress = state.progress;
      if (progress) onFraction(Number(progress));
    }
  }

  private async renderNow(deck: DeckModel, asked: PrintRequest, { author, onProgress }: RenderOptions): Promise<PdfResult> {
    onProgress?.({ stage: 'starting', fraction: 0.05 });
    this.server.setDeck(deck);
    const { request, faces } = await withOfficialFaces(asked, this.server.fonts, this.officialFonts);
    this.deadline = Date.now() + this.timeout;
    const page = await this.open();
    this.problems = [];
    try {
      const contextId = await this.load(page, this.server.launchUrl(`print.html?${new URLSearchParams(printQuery(request)).toString()}`));
      const pages = await this.waitForLayout(page, contextId, (fraction) => onProgress?.({ stage: 'layout', fraction: 0.1 + 0.6 * fraction }));
      onProgress?.({ stage: 'printing', fraction: 0.75 });
      const { data } = await this.cdp.send<{ data: string }>('Page.printToPDF', { ...CDP_PRINT_TO_PDF_OPTIONS }, page.sessionId);
      const pdf = withPdfInfo(Buffer.from(data, 'base64'), {
        title: deck.meta.title,
        author: author ?? documentAuthor(deck),
        subject: SUBJECT[deck.meta.lang][request.kind],
      });
      onProgress?.({ stage: 'done', fraction: 1 });
      return { pdf, pages, ...(faces ? { faces } : {}) };
    } catch (error) {
      // A tab left mid-layout is not reused.
      await this.discard(page);
      throw error;
    }
  }
}

/** The batch runner's printer (slides/export/batch.ts): a session of a headless Chromium found on the machine. */
export function chromiumPrinter(options: PdfSessionOptions = {}): () => Promise<PdfPrinter> {
  return async () => {
    const session = await openPdfSession(options);
    const { path, version, via } = session.browser;
    return { browser: { path, version, via }, render: session.render, close: session.close };
  };
}

/** One export with its own browser: for the CLI's single export. */
export async function renderPdf(deck: DeckModel, request: PrintRequest, options: PdfSessionOptions & RenderOptions = {}): Promise<PdfResult & { browser: PdfSession['browser'] }> {
  const session = await openPdfSession(options);
  try {
    const result = await session.render(deck, request, options);
    return { ...result, browser: session.browser };
  } finally {
    await session.close();
  }
}

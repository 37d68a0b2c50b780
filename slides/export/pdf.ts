/**
 * PDF exports from the CLI (and tests, and the benchmark): the print page printed by
 * a Chromium-family browser found on the machine, through playwright-core. One
 * session keeps the browser and the local server open for several exports.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { withPdfInfo } from './pdf-info.ts';
import { PLAYWRIGHT_PDF_OPTIONS } from './pdf-options.ts';
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
  zh: { slides: '幻灯片', notes: '备注页', handout: '讲义', reading: '讲话稿', official: '会议文件', changes: '修订对照' },
  en: { slides: 'Slides', notes: 'Notes pages', handout: 'Handout', reading: 'Reading copy', official: 'Delegate copy', changes: 'Changes between drafts' },
};


/** The same flags everywhere Podium starts Chromium: no background traffic, nothing first-run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const DEFAULT_LAYOUT_TIMEOUT_MS = 60_000;
const POLL_MS = 50;

export async function openPdfSession(options: PdfSessionOptions = {}): Promise<PdfSession> {
  const root = rendererDir('print.html', options.rendererDir);
  const found: FoundBrowser | undefined = options.browserPath ? { path: options.browserPath, via: 'PODIUM_BROWSER' } : findBrowser();
  if (!found) {
    const { message, hint } = noBrowserMessage();
    throw new PdfExportError(message, hint);
  }
  // The browser starts while the server comes up and warms its font subsetter.
  const [launched, started] = await Promise.allSettled([
    // The browser driver loads only when a PDF is made (a PPTX or HTML export does without it).
    import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: found.path, headless: true, args: CHROMIUM_ARGS })),
    startPrintServer(root),
  ]);
  if (launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.close();
    const error: unknown = launched.reason;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PdfExportError({ key: 'export.browserFailed', values: { path: found.path, reason } }, { key: 'export.browserFailed.hint' });
  }
  const browser: Browser = launched.value;
  if (started.status === 'rejected') {
    await browser.close();
    throw started.reason;
  }
  const server: PrintServer = started.value;
  const timeout = options.layoutTimeoutMs ?? DEFAULT_LAYOUT_TIMEOUT_MS;
  const context = await browser.newContext();
  const tab = new PrintTab(context, server, timeout, options.officialFonts);
  // The tab (and its renderer process) opens now, while the caller still compiles or writes other formats.
  tab.prepare();
  return {
    browser: { ...found, version: browser.version() },
    render: (deck, request, renderOptions = {}) => tab.render(deck, request, renderOptions),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One tab that every export of a session navigates: the same renderer process keeps
 * the decoded font subsets in its memory cache, so later exports do not decode the
 * ~100 CJK subset files again. Exports run one at a time.
 */
class PrintTab {
  private page: Page | undefined;
  private problems: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: BrowserContext,
    private readonly server: PrintServer,
    private readonly timeout: number,
    private readonly officialFonts?: readonly InstalledFont[],
  ) {}

  render(deck: DeckModel, request: PrintRequest, options: RenderOptions): Promise<PdfResult> {
    const run = this.queue.then(() => this.renderNow(deck, request, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Opens the tab ahead of the first export; a failure shows again on that export. */
  prepare(): void {
    this.open().catch(() => undefined);
  }

  private opening: Promise<Page> | undefined;

  private open(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return Promise.resolve(this.page);
    this.opening ??= this.openNew().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async openNew(): Promise<Page> {
    const page = await this.context.newPage();
    page.on('pageerror', (error) => this.problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(message.text());
    });
    this.page = page;
    return page;
  }

  private async renderNow(deck: DeckModel, asked: PrintRequest, { author, onProgress }: RenderOptions): Promise<PdfResult> {
    onProgress?.({ stage: 'starting', fraction: 0.05 });
    this.server.setDeck(deck);
    const { request, faces } = await withOfficialFaces(asked, this.server.fonts, this.officialFonts);
    const page = await this.open();
    this.problems = [];
    try {
      await page.goto(this.server.launchUrl(`print.html?${new URLSearchParams(printQuery(request)).toString()}`));
      await waitForLayout(page, this.timeout, this.problems, (fraction) => onProgress?.({ stage: 'layout', fraction: 0.1 + 0.6 * fraction }));
      const pages = await page.locator('.sheet').count();
      onProgress?.({ stage: 'printing', fraction: 0.75 });
      const printed = await page.pdf(PLAYWRIGHT_PDF_OPTIONS);
      const pdf = withPdfInfo(printed, {
        title: deck.meta.title,
        author: author ?? documentAuthor(deck),
        subject: SUBJECT[deck.meta.lang][request.kind],
      });
      onProgress?.({ stage: 'done', fraction: 1 });
      return { pdf, pages, ...(faces ? { faces } : {}) };
    } catch (error) {
      // A tab left mid-layout is not reused.
      await page.close().catch(() => undefined);
      throw error;
    }
  }
}

async function waitForLayout(page: Page, timeout: number, problems: string[], onFraction: (fraction: number) => void): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = await page.evaluate(
      ([readyAttr, progressAttr, errorAttr]) => {
        const root = document.documentElement;
        return { ready: root.getAttribute(readyAttr), progress: root.getAttribute(progressAttr), error: root.getAttribute(errorAttr) };
      },
      [PRINT_READY_ATTRIBUTE, PRINT_PROGRESS_ATTRIBUTE, PRINT_ERROR_ATTRIBUTE] as const,
    );
    if (state.ready === PRINT_READY_VALUE) return;
    if (state.error !== null) {
      throw new PdfExportError({ key: 'export.printFailed', values: { reason: state.error ?? '?' } }, { key: 'export.bug.hint' });
    }
    if (state.progress) onFraction(Number(state.progress));
    if (Date.now() - started > timeout) {
      const seen = problems.length > 0 ? ` Page errors: ${problems.slice(0, 3).join(' | ')}` : '';
      throw new PdfExportError({ key: 'export.printTimeout', values: { seconds: Math.round(timeout / 1000), seen } }, { key: 'export.bug.hint' });
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, POLL_MS));
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

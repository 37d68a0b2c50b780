/**
 * The app in Chromium for end-to-end tests: the browser host on a free port, the
 * presenter and audience views as two pages of one browser context (so they share
 * the BroadcastChannel and Web Lock, as two app windows do), a record of every
 * request that leaves the app's origin, and of any dialog a page opened.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server.ts';
import { REPO_ROOT, RENDERER_DIST, ensureRendererBuilt } from './renderer-build.ts';
import { installTripwire } from './present-steps.ts';
import { VIEW_LOCALE } from './chromium.ts';

export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results/screenshots');

export interface AppRun {
  host: BrowserHost;
  context: BrowserContext;
  presenter: Page;
  audience: Page;
  /** Requests to anything but the app's own origin (should stay empty). */
  foreignRequests: string[];
  /** Dialogs (alert/confirm/prompt) any page opened (should stay empty). */
  dialogs: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface AppOptions {
  file?: string;
  viewport?: { width: number; height: number };
  audienceViewport?: { width: number; height: number };
  /** Open only the presenter (tests that open the audience window themselves). */
  presenterOnly?: boolean;
  /** Runs on the browser context before any view opens (e.g. to make an API fail). */
  prepareContext?: (context: BrowserContext) => Promise<void>;
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 30_000 });
}

export async function startApp(browser: Browser, options: AppOptions = {}): Promise<AppRun> {
  ensureRendererBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'podium-e2e-'));
  const host = await startBrowserHost({
    ...(options.file ? { file: options.file } : {}),
    rendererDir: RENDERER_DIST,
    recentFilesPath: join(dataDir, 'recent.json'),
    debounceMs: 50,
    // Edits of a deck without a file of its own (the bundled one) are saved here, not in the user's Documents.
    draftsFolder: join(dataDir, 'drafts'),
  });
  const origin = host.url.replace(/\/$/, '');
  const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: options.viewport ?? { width: 1600, height: 900 } });
  // Every page records CSP violations and can be asked whether hostile text ever ran.
  await installTripwire(context);
  await options.prepareContext?.(context);
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const watch = (page: Page): void => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  };
  context.on('page', watch);
  const presenter = await context.newPage();
  await presenter.goto(host.launchUrl('presenter.html'));
  await waitReady(presenter);
  let audience = presenter;
  if (!options.presenterOnly) {
    audience = await context.newPage();
    if (options.audienceViewport) await audience.setViewportSize(options.audienceViewport);
    await audience.goto(host.launchUrl('index.html'));
    await waitReady(audience);
  }
  return {
    host,
    context,
    presenter,
    audience,
    foreignRequests,
    dialogs,
    pageErrors,
    async close() {
      await context.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` from `opener` in a window of its own, without an opener: its own renderer process
 * and its own frames, as the hall's window on a second screen has (Electron opens each view in
 * its own window; in the browser host a user opens the audience URL in a window of its own).
 * Figures that depend on both views drawing use this: a second tab of the same window is a
 * hidden page, which Chromium gives about one frame a second.
 */
export async function openInOwnWindow(opener: Page, url: string, size: { width: number; height: number }): Promise<Page> {
  const features = `popup,noopener,width=${size.width},height=${size.height}`;
  const [page] = await Promise.all([
    opener.context().waitForEvent('page'),
    opener.evaluate(`void window.open(${JSON.stringify(url)}, '_blank', ${JSON.stringify(features)})`),
  ]);
  await page.setViewportSize(size);
  return page;
}

/** The position a view shows (from the data attributes each view keeps on <html>). */
export async function shown(page: Page): Promise<{ index: number; screen: string; seq: number }> {
  return page.evaluate(() => {
    const d = document.documentElement.dataset;
    return { index: Number(d['slideIndex']), screen: d['screen'] ?? '', seq: Number(d['seq']) };
  });
}

/** Waits until both views show the same state sequence number. */
export async function inStep(a: Page, b: Page): Promise<void> {
  const target = await a.evaluate(() => Number(document.documentElement.dataset['seq']));
  await b.waitForFunction((seq) => Number(document.documentElement.dataset['seq']) >= seq, target);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

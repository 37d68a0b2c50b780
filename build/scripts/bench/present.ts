import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../../electron/browser-host/server.ts';
import { BUNDLED_DECK_PATH } from '../../../slides/node/bundled.ts';
import { CHROMIUM_PATH, launchChromium, VIEW_LOCALE } from '../../../test/support/chromium.ts';
import { RENDERER_DIST, ensureRendererBuilt } from '../../../test/support/renderer-build.ts';
import { openInOwnWindow } from '../../../test/support/views.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Presenting, in Chromium through the browser host, on the bundled report:
 * - first slide painted: from the audience page's navigation start to the frame with its
 *   first screen (fonts loaded, text fitted, reveal.js laid out), each run in a fresh
 *   browser context (no cache), the browser and server already running;
 * - key press to both views updated: a key pressed in the presenter view until the frame
 *   that shows the new slide has been produced in both the presenter and the audience
 *   view (two windows of one browser, as on the podium), timed on the shared clock
 *   (performance.timeOrigin + now) of both pages.
 */

const FIRST_PAINT_RUNS = 15;
const KEY_PRESSES = 80;

export function skip(): string | undefined {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`;
  if (!existsSync(BUNDLED_DECK_PATH)) return 'bundled deck missing';
  return undefined;
}

/** The browser host on `file` (the bundled report when absent) and a Chromium, for one area's rows. */
export async function session<T>(work: (browser: Browser, host: BrowserHost) => Promise<T>, file?: string): Promise<T> {
  ensureRendererBuilt();
  const host = await startBrowserHost({ rendererDir: RENDERER_DIST, recentFilesPath: null, ...(file ? { file } : {}) });
  const browser = await launchChromium();
  try {
    return await work(browser, host);
  } finally {
    await browser.close();
    await host.close();
  }
}

async function firstSlidePainted(): Promise<number[]> {
  return session(async (browser, host) => {
    const samples: number[] = [];
    for (let i = 0; i < FIRST_PAINT_RUNS + 2; i += 1) {
      const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(host.launchUrl('index.html'));
      // Not polled while the page starts: Playwright's injected script (~70 ms of the page's
      // main thread) would be counted against the app. The page marks the time itself.
      await page.waitForTimeout(3_000);
      // Functions, not strings: the CSP forbids eval, which a string predicate would need.
      await page.waitForFunction(() => performance.getEntriesByName('podium:first-slide-painted').length > 0, undefined, { timeout: 30_000 });
      const ms = await page.evaluate<number>(`performance.getEntriesByName('podium:first-slide-painted')[0].startTime`);
      if (i >= 2) samples.push(ms); // the first two warm the browser's own caches (not the app's)
      await context.close();
    }
    return samples;
  });
}

/**
 * Records, on the clock both pages share, when each view has applied a new state to its
 * DOM (`at`) and when the frame showing it has been produced (`frameAt`).
 */
const RECORD_FRAMES = `(() => {
  window.__frames = [];
  new MutationObserver(() => {
    const entry = { seq: Number(document.documentElement.dataset.seq), at: performance.timeOrigin + performance.now(), frameAt: 0 };
    window.__frames.push(entry);
    requestAnimationFrame(() => setTimeout(() => { entry.frameAt = performance.timeOrigin + performance.now(); }, 0));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-seq'] });
  window.__keys = [];
  addEventListener('keydown', (event) => window.__keys.push(performance.timeOrigin + event.timeStamp), true);
})()`;

interface Frame {
  seq: number;
  at: number;
  frameAt: number;
}

interface KeyLatency {
  updated: number[];
  painted: number[];
}

let keyRuns: Promise<KeyLatency> | undefined;

/** One browser session gives both key rows. */
function keyLatency(): Promise<KeyLatency> {
  keyRuns ??= keyToBothViews();
  return keyRuns;
}

async function keyToBothViews(): Promise<KeyLatency> {
  return session(async (browser, host) => {
    const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1600, height: 900 } });
    const presenter = await context.newPage();
    await presenter.goto(host.launchUrl('presenter.html'));
    await presenter.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    const audience = await openInOwnWindow(presenter, host.launchUrl('index.html'), { width: 1600, height: 900 });
    await audience.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    await presenter.bringToFront();
    for (const key of ['ArrowRight', '5', 'Enter']) await presenter.keyboard.press(key);
    await audience.waitForFunction(() => document.documentElement.dataset['slideIndex'] === '4');
    // Let the views load every glyph of the deck first, as they do while the hold screen is up.
    await presenter.waitForTimeout(8_000);
    await Promise.all([presenter.evaluate(RECORD_FRAMES), audience.evaluate(RECORD_FRAMES)]);
    const seqOf = (page: Page): Promise<number> => page.evaluate<number>('Number(document.documentElement.dataset.seq)');
    for (let i = 0; i < KEY_PRESSES; i += 1) {
      const target = (await seqOf(presenter)) + 1;
      await presenter.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      const done = (seq: number): boolean => (window as unknown as { __frames: Frame[] }).__frames.some((f) => f.seq >= seq && f.frameAt > 0);
      await Promise.all([presenter.waitForFunction(done, target), audience.waitForFunction(done, target)]);
    }
    const keys = await presenter.evaluate<number[]>('window.__keys');
    const [shownP, shownA] = await Promise.all([presenter.evaluate<Frame[]>('window.__frames'), audience.evaluate<Frame[]>('window.__frames')]);
    const first = (frames: Frame[], seq: number): Frame | undefined => frames.find((f) => f.seq >= seq);
    const base = shownP[0] ? shownP[0].seq : 0;
    const updated: number[] = [];
    const painted: number[] = [];
    keys.forEach((pressed, i) => {
      const [p, a] = [first(shownP, base + i), first(shownA, base + i)];
      if (!p || !a) return;
      updated.push(Math.max(p.at, a.at) - pressed);
      painted.push(Math.max(p.frameAt, a.frameAt) - pressed);
    });
    return { updated, painted };
  });
}

export const benches: BenchEntry[] = [
  {
    name: 'present: audience page start → first slide painted (Chromium, bundled report)',
    target: { stat: 'median', max: 500 },
    skip,
    samples: firstSlidePainted,
  },
  {
    name: 'present: key press → both views updated (state applied in both windows, Chromium)',
    target: { stat: 'p95', max: 16 },
    skip,
    samples: async () => (await keyLatency()).updated,
  },
  {
    name: 'present: key press → both views\' next frame produced (software raster, --disable-gpu)',
    skip,
    samples: async () => (await keyLatency()).painted,
  },
];

export function environment(): Record<string, string> {
  return {};
}

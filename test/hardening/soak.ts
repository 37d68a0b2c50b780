/**
 * The soak run, shared by the shortened e2e test (test/hardening/soak.e2e.test.ts) and the full
 * benchmark row (build/scripts/bench/soak.ts): the bundled deck in the browser host, presenter
 * and audience as two windows of one Chromium (each its own process, as on two screens),
 * `changes` slide changes (arrow keys in the presenter, back and forth across the whole deck)
 * with a live reload (the report rewritten on disk) every changes/reloads presses. Measured:
 * - the JS heap of both views after a forced garbage collection (CDP HeapProfiler.collectGarbage,
 *   Runtime.getHeapUsage), after a warm-up (SoakOptions.warmup) and at ten checkpoints to the end;
 * - key press → both views updated (the keydown's time stamp to the moment each view applied the
 *   new state, on the clock both pages share), for every press, so "throughout" can be read per
 *   tenth of the run; each press comes once the presenter has drawn the previous slide;
 * - page errors, console errors and any request outside the app's origin.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startBrowserHost } from '../../electron/browser-host/server.ts';
import { BUNDLED_DECK_PATH } from '../../slides/node/bundled.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEW_LOCALE } from '../support/chromium.ts';
import { ensureRendererBuilt, RENDERER_DIST } from '../support/renderer-build.ts';
import { openInOwnWindow } from '../support/views.ts';

export interface SoakOptions {
  changes: number;
  reloads: number;
  /**
   * Run V8 without its JIT compilers. Optimised code and type feedback live on the JS heap and
   * keep growing as functions tier up over thousands of presses (measured: +10 % over 1,000
   * presses with the JIT, levelling off; +3 % and flat without), which hides what a leak test
   * wants to see: objects the app keeps. The e2e test measures retention this way; the
   * benchmark keeps the JIT and reports the heap a real show has.
   */
  jitless?: boolean;
  /**
   * Presses and reloads before the baseline heap is taken (default: one pass through the deck
   * and two reloads). The JIT tiers code up over the first thousand or so presses; a longer
   * warm-up keeps that one-off growth out of the figure, which is about what the app retains.
   */
  warmup?: { changes: number; reloads: number };
  /** Called at each checkpoint with progress in [0, 1] and the figures so far, so a long run stopped early still tells. */
  onProgress?: (fraction: number, sofar: { heapGrowth: number; viewHeaps: number[]; p95: number }) => void;
}

export interface SoakResult {
  /** Heap of both views after GC (bytes): after the warm-up, at each checkpoint, at the end. */
  heapBaseline: number;
  heapCheckpoints: number[];
  heapFinal: number;
  /** (final − baseline) / baseline. */
  heapGrowth: number;
  /** Heap after GC of each view (presenter, audience) at the baseline and at the end, bytes. */
  viewHeaps: { baseline: number[]; final: number[] };
  /** Key press → both views updated, ms, one per press, in order. */
  latencies: number[];
  reloadsDone: number;
  errors: string[];
  foreignRequests: string[];
}

/** Resolves once the page has produced its next frame. */
const NEXT_FRAME = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))';

/**
 * Resolves in the page once it has applied state `seq` at slide `index`. A MutationObserver, not
 * polling: Playwright's polling runs a script on the page's main thread every few milliseconds,
 * which would compete with the slide change being measured.
 */
const WHEN_SHOWN = `(seq, index) => new Promise((resolve, reject) => {
  const root = document.documentElement;
  const shown = () => Number(root.dataset.seq) >= seq && root.dataset.slideIndex === String(index);
  if (shown()) return resolve();
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('state ' + seq + ' (slide ' + index + ') not shown within 30 s')); }, 30000);
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-seq', 'data-slide-index'] });
})`;

/** Records keydown times (presenter) and state-applied times (both views) on the shared clock. */
const RECORDER = `(() => {
  window.__soak = { keys: [], applied: [] };
  new MutationObserver(() => window.__soak.applied.push([Number(document.documentElement.dataset.seq), performance.timeOrigin + performance.now()]))
    .observe(document.documentElement, { attributes: true, attributeFilter: ['data-seq'] });
  addEventListener('keydown', (event) => window.__soak.keys.push(performance.timeOrigin + event.timeStamp), true);
})()`;

/** Heap of each view after a forced garbage collection, bytes. */
async function viewHeapsAfterGc(sessions: CDPSession[]): Promise<number[]> {
  const heaps: number[] = [];
  for (const session of sessions) {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    heaps.push((await session.send('Runtime.getHeapUsage')).usedSize);
  }
  return heaps;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

const seqOf = (page: Page): Promise<number> => page.evaluate(() => Number(document.documentElement.dataset['seq']));
const indexOf = (page: Page): Promise<number> => page.evaluate(() => Number(document.documentElement.dataset['slideIndex']));

/** Drains the recorders so a long run does not measure its own growing arrays. */
async function drain(presenter: Page, audience: Page): Promise<{ keys: number[]; presenter: [number, number][]; audience: [number, number][] }> {
  const take = (page: Page): Promise<{ keys: number[]; applied: [number, number][] }> =>
    page.evaluate(() => {
      const soak = (window as unknown as { __soak: { keys: number[]; applied: [number, number][] } }).__soak;
      const out = { keys: soak.keys, applied: soak.applied };
      soak.keys = [];
      soak.applied = [];
      return out;
    });
  const [p, a] = await Promise.all([take(presenter), take(audience)]);
  return { keys: p.keys, presenter: p.applied, audience: a.applied };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  ensureRendererBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'podium-soak-'));
  const file = join(dir, 'town-congress-report.md');
  await copyFile(BUNDLED_DECK_PATH, file);
  const original = await readFile(file, 'utf8');
  // A live edit a speaker's office would make: a slide title reworded (slide 3's heading line).
  const headings = [...original.matchAll(/^## .+$/gm)];
  const edited = headings[2];
  if (!edited || edited.index === undefined) throw new Error('the bundled deck has fewer than three ## slide titles');
  const revise = (n: number): string => `${original.slice(0, edited.index! + edited[0].length)} 修订${n}${original.slice(edited.index! + edited[0].length)}`;

  const host = await startBrowserHost({ file, rendererDir: RENDERER_DIST, recentFilesPath: join(dir, 'recent.json'), debounceMs: 20 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', ...(options.jitless ? ['--js-flags=--jitless'] : [])] });
  const origin = host.url.replace(/\/$/, '');
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  try {
    const context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1600, height: 900 } });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
    });
    const presenter = await context.newPage();
    await presenter.goto(host.launchUrl('presenter.html'));
    await presenter.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 30_000 });
    const audience = await openInOwnWindow(presenter, host.launchUrl('index.html'), { width: 1600, height: 900 });
    await audience.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 30_000 });
    const sessions = [await context.newCDPSession(presenter), await context.newCDPSession(audience)];
    const count = host.session.current?.deck.slides.length ?? 0;
    if (count < 2) throw new Error('the bundled deck did not open');
    await Promise.all([presenter.evaluate(RECORDER), audience.evaluate(RECORDER)]);
    await presenter.bringToFront();

    let direction: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';
    let reloadsDone = 0;
    const latencies: number[] = [];
    // Position and state number are tracked here (one arrow key: one slide, one new state; the deck
    // has no fragments) and checked against the views every 100 presses, to keep each press to
    // the key itself and one wait per view.
    let index = 0;
    let seq = 0;
    const resync = async (): Promise<void> => {
      [index, seq] = await Promise.all([indexOf(presenter), seqOf(presenter)]);
    };
    const press = async (): Promise<void> => {
      if (index >= count - 1) direction = 'ArrowLeft';
      else if (index <= 0) direction = 'ArrowRight';
      seq += 1;
      index += direction === 'ArrowRight' ? 1 : -1;
      await presenter.keyboard.press(direction);
      await Promise.all([presenter, audience].map((page) => page.evaluate(`(${WHEN_SHOWN})(${seq}, ${index})`)));
      // The next press comes once the presenter has drawn this slide, as a person's next click would.
      await presenter.evaluate(NEXT_FRAME);
    };
    const reload = async (): Promise<void> => {
      reloadsDone += 1;
      const marker = `修订${reloadsDone}`;
      await writeFile(file, revise(reloadsDone));
      const shows = (text: string): boolean => document.body.textContent?.includes(text) ?? false;
      await audience.waitForFunction(shows, marker, { timeout: 30_000 });
      // The slide on screen is kept by id; the reworded slide's id changes, so look where the views are now.
      await resync();
    };
    /** Latencies of the presses since the last collect: each key to the later of the two views. */
    const collect = async (): Promise<void> => {
      const { keys, presenter: p, audience: a } = await drain(presenter, audience);
      const firstAt = (applied: [number, number][], seq: number): number | undefined => applied.find(([s]) => s >= seq)?.[1];
      const baseSeq = p[0]?.[0];
      if (baseSeq === undefined) return;
      // One arrow key, one new state: the i-th key since the drain is the i-th sequence number recorded.
      const seqs = [...new Set(p.map(([s]) => s))];
      keys.forEach((pressed, i) => {
        const seq = seqs[i];
        if (seq === undefined) return;
        const [pa, aa] = [firstAt(p, seq), firstAt(a, seq)];
        if (pa !== undefined && aa !== undefined) latencies.push(Math.max(pa, aa) - pressed);
      });
    };

    // Warm-up, so fonts, caches and compiled code are in place before the baseline.
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => document.documentElement.dataset['screen'] === 'slides');
    await resync();
    const warmup = options.warmup ?? { changes: count, reloads: 2 };
    const warmupReloadEvery = warmup.reloads > 0 ? Math.max(1, Math.floor(warmup.changes / warmup.reloads)) : Number.POSITIVE_INFINITY;
    for (let i = 1; i <= warmup.changes; i += 1) {
      await press();
      if (i % warmupReloadEvery === 0 && reloadsDone < warmup.reloads) await reload();
      if (i % 100 === 0) await resync();
    }
    while (reloadsDone < warmup.reloads) await reload();
    await drain(presenter, audience);
    const baselineViews = await viewHeapsAfterGc(sessions);
    const heapBaseline = sum(baselineViews);

    const reloadEvery = options.reloads > 0 ? Math.max(1, Math.floor(options.changes / options.reloads)) : Number.POSITIVE_INFINITY;
    const checkpointEvery = Math.max(1, Math.floor(options.changes / 10));
    const heapCheckpoints: number[] = [];
    const reloadsBefore = reloadsDone;
    for (let i = 1; i <= options.changes; i += 1) {
      await press();
      if (i % reloadEvery === 0 && reloadsDone - reloadsBefore < options.reloads) await reload();
      if (i % 100 === 0) {
        await collect();
        await resync();
      }
      if (i % checkpointEvery === 0) {
        await collect();
        const views = await viewHeapsAfterGc(sessions);
        heapCheckpoints.push(sum(views));
        options.onProgress?.(i / options.changes, { heapGrowth: sum(views) / heapBaseline - 1, viewHeaps: views, p95: p95ByTenth(latencies.slice(-checkpointEvery)).at(-1) ?? Number.NaN });
      }
    }
    await collect();
    // The file back as it was: one more reload, so the views end on the deck they started with.
    await writeFile(file, original);
    await audience.waitForFunction((text) => !(document.body.textContent ?? '').includes(text), `修订${reloadsDone}`, { timeout: 30_000 });
    const finalViews = await viewHeapsAfterGc(sessions);
    const heapFinal = sum(finalViews);
    await context.close();
    return {
      heapBaseline,
      heapCheckpoints,
      heapFinal,
      heapGrowth: (heapFinal - heapBaseline) / heapBaseline,
      viewHeaps: { baseline: baselineViews, final: finalViews },
      latencies,
      reloadsDone: reloadsDone - reloadsBefore,
      errors,
      foreignRequests,
    };
  } finally {
    await browser.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The 95th percentile of each tenth of the run: "within target throughout" is the largest of these. */
export function p95ByTenth(latencies: readonly number[]): number[] {
  const size = Math.max(1, Math.ceil(latencies.length / 10));
  const out: number[] = [];
  for (let i = 0; i < latencies.length; i += size) {
    const part = [...latencies.slice(i, i + size)].sort((a, b) => a - b);
    out.push(part[Math.min(part.length - 1, Math.floor(part.length * 0.95))] as number);
  }
  return out;
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../../../electron/browser-host/server.ts';
import { CHROMIUM_ARGS } from '../../../slides/export/pdf.ts';
import { findBrowser } from '../../../slides/export/find-browser.ts';
import { DEFAULT_RENDERER_DIR } from '../../../slides/export/renderer-dir.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Teleprompter scrolling in Chromium on the bundled report, full HD, at double speed:
 * - the interval between animation frames while the text scrolls (60 fps is one frame
 *   every 16.7 ms; a dropped frame shows as 33 ms), median and p95;
 * - the view's own script per frame (self time of the app's bundled code in Chromium's
 *   CPU profile, per one-second window): what the teleprompter itself costs, which
 *   stays meaningful when other processes load the machine and frames drop for them.
 */

const WINDOWS = 8;
/** Frame intervals are whole vsync periods; a little above 16.7 allows for timer rounding, not for a dropped frame. */
const FRAME_BUDGET_MS = 17.5;

function skip(): string | undefined {
  if (!existsSync(resolve(DEFAULT_RENDERER_DIR, 'teleprompter.html'))) return 'renderer not built (npm run build:renderer)';
  if (!findBrowser()) return 'no Chromium-family browser found';
  return undefined;
}

/** Self time (ms) of the app's own bundled code in a CPU profile: what the view's script costs, native work aside. */
function appScriptMs(profile: { nodes: Array<{ id: number; callFrame: { url: string } }>; samples?: number[]; timeDeltas?: number[] }): number {
  const own = new Set(profile.nodes.filter((node) => node.callFrame.url.includes('/assets/')).map((node) => node.id));
  let micros = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (own.has(id)) micros += profile.timeDeltas?.[i] ?? 0;
  });
  return micros / 1000;
}

interface Measured {
  intervals: number[];
  workPerFrame: number[];
}

async function scrolling(page: Page): Promise<void> {
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown'); // 1.1^7 ≈ 2× speed
  await page.keyboard.press('Space');
  await page.waitForSelector('body[data-playing="true"]', { state: 'attached' });
  await page.waitForTimeout(500); // past the first frames after starting
}

let cached: Promise<Measured> | undefined;

/** One browser session gives both rows (the harness asks each row for its samples). */
function measure(): Promise<Measured> {
  cached ??= (async () => {
    const file = existsSync(BUNDLED_DECK_PATH) ? BUNDLED_DECK_PATH : EXAMPLE_REPORT_PATH;
    const host = await startBrowserHost({ file, rendererDir: DEFAULT_RENDERER_DIR });
    const browser = await chromium.launch({ executablePath: findBrowser()?.path, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(host.launchUrl('teleprompter.html'));
      await page.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 30_000 });
      await scrolling(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      // Frames are counted in the page; a string, not a function, since tsx would wrap inner helpers in its own __name().
      await page.evaluate(`window.__frames = []; requestAnimationFrame(function tick(now) { window.__frames.push(now); requestAnimationFrame(tick); })`);
      const workPerFrame: number[] = [];
      for (let w = 0; w < WINDOWS; w++) {
        const framesBefore = await page.evaluate<number>('window.__frames.length');
        await cdp.send('Profiler.start');
        await page.waitForTimeout(1000);
        const { profile } = await cdp.send('Profiler.stop');
        const frames = (await page.evaluate<number>('window.__frames.length')) - framesBefore;
        if (frames > 0) workPerFrame.push(appScriptMs(profile) / frames);
      }
      const stamps = await page.evaluate<number[]>('window.__frames');
      return { intervals: stamps.slice(1).map((t, i) => t - (stamps[i] ?? t)), workPerFrame };
    } finally {
      await browser.close();
      await host.close();
    }
  })();
  return cached;
}

export const benches: BenchEntry[] = [
  {
    name: 'teleprompter frame interval while scrolling (bundled report, 1920×1080)',
    target: { stat: 'p95', max: FRAME_BUDGET_MS },
    skip,
    samples: async () => (await measure()).intervals,
  },
  {
    name: 'teleprompter script per frame (app code, CPU profile)',
    target: { stat: 'median', max: 1 },
    skip,
    samples: async () => (await measure()).workPerFrame,
  },
];

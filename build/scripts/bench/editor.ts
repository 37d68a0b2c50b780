import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BUNDLED_DECK_PATH } from '../../../slides/node/bundled.ts';
import { openInOwnWindow } from '../../../test/support/views.ts';
import type { BenchEntry } from './bench-entry.ts';
import { session, skip } from './present.ts';

/**
 * The editor, in Chromium through the browser host, on the bundled report:
 * - opening it: the editor page's navigation start → its `podium:editor-ready` mark (slide list
 *   built, the selected slide drawn with its glyphs loaded), each run in a fresh browser context;
 * - an edit → both views updated: Enter pressed in the title field of the editor (keydown time
 *   stamp) → the new title in the presenter's current-slide preview and in the hall's slide, each
 *   seen by a MutationObserver inside its page, on the clock the pages share. Presenter and
 *   audience are windows of their own, as on the podium; the deck is a copy in a temporary folder
 *   the host writes at every edit.
 */

const OPEN_RUNS = 12;
const EDITS = 40;

async function openEditor(): Promise<number[]> {
  return session(async (browser, host) => {
    const samples: number[] = [];
    for (let i = 0; i < OPEN_RUNS + 2; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const page = await context.newPage();
      // A launch address, as the app opens its views (a page without one gets no deck).
      await page.goto(host.launchUrl('editor.html'));
      // Left alone while it starts (Playwright's polling would run on the page's main thread).
      await page.waitForTimeout(2_500);
      await page.waitForFunction(() => performance.getEntriesByName('podium:editor-ready').length > 0, undefined, { timeout: 30_000 });
      const ms = await page.evaluate<number>(`performance.getEntriesByName('podium:editor-ready')[0].startTime`);
      if (i >= 2) samples.push(ms);
      await context.close();
    }
    return samples;
  });
}

/** Each page records when a text first appears in `selector` (window.__seen[text] = time). */
const WATCH_TEXT = (selector: string): string => `(() => {
  window.__seen = {};
  window.__want = null;
  const check = () => {
    const want = window.__want;
    if (want && !(want in window.__seen) && document.querySelector(${JSON.stringify(selector)})?.textContent?.includes(want)) {
      window.__seen[want] = performance.timeOrigin + performance.now();
    }
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

async function editToBothViews(): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'podium-bench-editor-'));
  const file = join(dir, 'deck.md');
  await copyFile(BUNDLED_DECK_PATH, file);
  try {
    return await session(async (browser, host) => {
      const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
      const presenter = await context.newPage();
      await presenter.goto(host.launchUrl('presenter.html'));
      await presenter.waitForSelector('html[data-ready="1"]', { state: 'attached' });
      const audience = await openInOwnWindow(presenter, host.launchUrl('index.html'), { width: 1280, height: 720 });
      await audience.waitForSelector('html[data-ready="1"]', { state: 'attached' });
      const editor = await openInOwnWindow(presenter, `${host.url}editor.html`, { width: 1500, height: 900 });
      await editor.waitForSelector('html[data-ready="1"]', { state: 'attached' });
      // The show on a content slide; the editor on the same slide.
      const deck = host.session.current?.deck;
      const index = deck?.slides.findIndex((s) => s.kind === 'content') ?? -1;
      if (!deck || index < 0) throw new Error('no content slide');
      await presenter.bringToFront();
      for (const key of [...String(index + 1).split(''), 'Enter']) await presenter.keyboard.press(key);
      await audience.waitForFunction((i) => document.documentElement.dataset['slideIndex'] === String(i), index);
      await editor.click(`.ed-list-item[data-index="${index}"]`);
      await presenter.waitForTimeout(5_000);
      await presenter.evaluate(WATCH_TEXT('#preview-current'));
      await audience.evaluate(WATCH_TEXT('.reveal .slides > section.present'));
      await editor.evaluate(`(() => { window.__keys = []; addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__keys.push(performance.timeOrigin + e.timeStamp); }, true); })()`);
      const samples: number[] = [];
      const seenAt = (page: Page, text: string): Promise<number> => page.waitForFunction((t) => (window as unknown as { __seen: Record<string, number> }).__seen[t], text, { timeout: 10_000 }).then((h) => h.jsonValue() as Promise<number>);
      for (let i = 0; i < EDITS; i += 1) {
        const title = `基准标题第${i}次`;
        await Promise.all([presenter.evaluate((t) => { (window as unknown as { __want: string }).__want = t; }, title), audience.evaluate((t) => { (window as unknown as { __want: string }).__want = t; }, title)]);
        await editor.locator('#ed-title').fill(title);
        await editor.locator('#ed-title').press('Enter');
        const [p, a] = await Promise.all([seenAt(presenter, title), seenAt(audience, title)]);
        const pressed = await editor.evaluate<number>('window.__keys[window.__keys.length - 1]');
        samples.push(Math.max(p, a) - pressed);
        await editor.waitForSelector('#ed-save[data-state="saved"]');
      }
      return samples;
    }, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const benches: BenchEntry[] = [
  {
    name: 'editor: open on the bundled report → slide list and selected slide shown (Chromium)',
    target: { stat: 'median', max: 1000 },
    skip,
    samples: openEditor,
  },
  {
    name: 'editor: an edit (retitle) → both views updated (presenter and audience windows, Chromium)',
    target: { stat: 'p95', max: 50 },
    skip,
    samples: editToBothViews,
  },
];

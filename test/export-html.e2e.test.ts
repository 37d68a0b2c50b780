/**
 * The single-file HTML export of the bundled report, opened from disk (file://) in
 * Chromium with no server and no network: the audience view shows the deck, the
 * same file with #presenter is the speaker view with the notes, both stay in step,
 * nothing is fetched from anywhere, and the CSP holds (no violation reported).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../slides/core/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { renderSingleHtml } from '../slides/export/single-html.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { readReport } from '../slides/node/read-report.ts';
import { launchChromium, VIEW_LOCALE } from './support/chromium.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';
import { bothShown, installTripwire, press, tripwire } from './support/present-steps.ts';
import { waitReady } from './support/views.ts';

const SHOTS = resolve('test-results/exports');

let deck: DeckModel;
let dir: string;
let file: string;
let html: string;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];
const problems: string[] = [];

function watch(page: Page): void {
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
}

beforeAll(async () => {
  const path = existsSync(BUNDLED_DECK_PATH) ? BUNDLED_DECK_PATH : EXAMPLE_REPORT_PATH;
  deck = compileDeck(await readReport(path));
  ensureRendererBuilt();
  html = await renderSingleHtml(deck, { rendererDir: RENDERER_DIST });
  dir = await mkdtemp(join(tmpdir(), 'podium-html-'));
  file = join(dir, '报告.html');
  await writeFile(file, html);
  await mkdir(SHOTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ locale: VIEW_LOCALE, viewport: { width: 1280, height: 720 } });
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watch);
  await installTripwire(context);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('single-file HTML export', () => {
  it('is one file with the deck, the fonts it needs and both views inlined', async () => {
    expect(html).toContain('id="podium-deck"');
    expect(html).not.toMatch(/<script[^>]+\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]+rel=["']stylesheet/i);
    // The fonts travel as data: URLs by file name, for the views' font registry.
    const inline = /<script type="application\/json" id="podium-fonts">([^<]*)<\/script>/.exec(html)?.[1];
    const fonts = JSON.parse(inline ?? '{}') as Record<string, string>;
    for (const [name, url] of Object.entries(fonts)) {
      expect(name).toMatch(/^noto-(sans|serif)-sc-[\w-]+-\d00-normal$/);
      expect(url).toMatch(/^data:font\/woff2;base64,[A-Za-z0-9+/=]+$/);
    }
    // Only the unicode-range slices the deck's text and the views' own words use (about 255 of the 505 for
    // the bundled report). Reading the views' whole scripts instead took pinyin-pro's dictionary for words
    // the views show and inlined 485 of them (build/vite/classic-scripts-plugin.ts, chunkTexts).
    expect(Object.keys(fonts).length).toBeGreaterThan(10);
    expect(Object.keys(fonts).length).toBeLessThan(300);
    expect((await stat(file)).size).toBeLessThan(20 * 1024 * 1024);
  });

  it('presents offline from disk: the audience view, then the speaker view (#presenter) in step with it', async () => {
    const url = pathToFileURL(file).href;
    const audience = await context.newPage();
    await audience.goto(url);
    await waitReady(audience);
    await expect.poll(() => audience.locator('.podium-slide').first().isVisible()).toBe(true);
    const firstTitle = deck.slides[0]!.title;
    await expect.poll(async () => (await audience.locator('body').innerText()).replace(/\s+/g, '')).toContain(firstTitle.replace(/\s+/g, ''));
    // Set in the bundled fonts, taken from the file itself (its CSP allows fonts from data: URLs only).
    const loaded = await audience.evaluate(() => {
      const faces: string[] = [];
      document.fonts.forEach((face) => {
        if (face.status === 'loaded') faces.push(`${face.family.replace(/"/g, '')} ${face.weight}`);
      });
      return faces;
    });
    expect(loaded.some((face) => face.startsWith('Noto Serif SC'))).toBe(true);
    expect(loaded.some((face) => face.startsWith('Noto Sans SC'))).toBe(true);
    // Opened on its own, it says which key starts the slides (gone once they start).
    expect(await audience.locator('#hold-hint').textContent()).toBe('按 → 或空格键开始放映');
    expect(await audience.locator('#hold-hint').isVisible()).toBe(true);
    await audience.screenshot({ path: join(SHOTS, 'html-audience.png') });

    const presenter = await context.newPage();
    await presenter.goto(`${url}#presenter`);
    await waitReady(presenter);
    expect(await presenter.evaluate(() => document.documentElement.dataset['podiumView'])).toBe('presenter');
    // The first key leaves the hold screen (会标) onto slide 1; two more reach slide 3.
    await press(presenter, 'ArrowRight');
    await bothShown(presenter, audience, 0, 'slides');
    expect(await audience.locator('#hold-hint').count()).toBe(0);
    await press(presenter, 'ArrowRight', 'ArrowRight');
    await bothShown(presenter, audience, 2, 'slides');
    const notesStart = deck.slides[2]!.notes.replace(/\s+/g, '').slice(0, 20);
    await expect.poll(async () => (await presenter.locator('#notes').innerText()).replace(/\s+/g, '')).toContain(notesStart);
    await presenter.screenshot({ path: join(SHOTS, 'html-presenter.png') });

    const foreign = requests.filter((request) => !request.startsWith('file:') && !request.startsWith('data:') && !request.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    for (const page of [audience, presenter]) expect((await tripwire(page)).csp).toEqual([]);
  });
});

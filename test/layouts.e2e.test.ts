/**
 * The text layouts (key figures, quotation, agenda) as the print view lays them out — the same
 * rendering and fitting as the audience view, previews and thumbnails — in Chromium: no text
 * overflows any slide of the bundled report, the core fixtures and a deck of extreme cases, in
 * 16:9 and 4:3, on the slides PDF's pages, the notes pages and the handouts. Screenshots of each
 * layout in each theme and aspect go to test-results/screenshots/layout-*.png.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PRINT_READY_VALUE, printQuery, type PrintRequest } from '../electron/common/print.ts';
import { compileDeck } from '../slides/core/compile.ts';
import type { AspectRatio, DeckModel, SlideLayout, ThemeName } from '../slides/core/model.ts';
import { ALL_THEMES } from '../slides/core/themes.ts';
import { startPrintServer, type PrintServer } from '../slides/export/print-server.ts';
import { renderSingleHtml } from '../slides/export/single-html.ts';
import { renderPdf } from '../slides/export/pdf.ts';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { CHROMIUM_PATH, launchChromium } from './support/chromium.ts';
import { ensureRendererBuilt, RENDERER_DIST, REPO_ROOT } from './support/renderer-build.ts';
import { SCREENSHOT_DIR, waitReady } from './support/views.ts';

const FIXTURES = join(REPO_ROOT, 'slides/core/fixtures');
const EXTREMES = join(REPO_ROOT, 'test/fixtures/layouts-deck.md');

function deckOf(path: string): DeckModel {
  return compileDeck({ name: path.split('/').pop() ?? path, format: path.endsWith('.md') ? 'md' : 'txt', text: readFileSync(path, 'utf8') });
}

/** Every deck the layouts must fit: the bundled report, each core fixture that compiles, the extreme cases. */
function decks(): DeckModel[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name) && !name.includes('expected') && !name.startsWith('bad-'))
    .map((name) => deckOf(join(FIXTURES, name)));
  return [deckOf(BUNDLED_DECK_PATH), ...fixtures, deckOf(EXTREMES)];
}

let browser: Browser;
let server: PrintServer;
let page: Page;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
  server = await startPrintServer(RENDERER_DIST);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function printView(deck: DeckModel, request: PrintRequest): Promise<void> {
  server.setDeck(deck);
  // The launch code is in the URL's fragment: without a page between, the same print.html would only change its hash.
  await page.goto('about:blank');
  await page.goto(server.launchUrl(`print.html?${new URLSearchParams(printQuery(request)).toString()}`));
  await page.waitForFunction(
    ([ready, value, error]) => document.documentElement.getAttribute(ready) === value || document.documentElement.hasAttribute(error),
    [PRINT_READY_ATTRIBUTE, PRINT_READY_VALUE, PRINT_ERROR_ATTRIBUTE] as const,
    { timeout: 60_000 },
  );
  expect(await page.evaluate((error) => document.documentElement.getAttribute(error), PRINT_ERROR_ATTRIBUTE)).toBeNull();
}

/** Text boxes of every slide on the page whose content is larger than the box (measured by Chromium's layout). */
function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const slides = Array.from(document.querySelectorAll<HTMLElement>('.print-face .podium-slide'));
    if (slides.length === 0) found.push('no slide on the page');
    for (const slide of slides) {
      const boxes = [slide, ...Array.from(slide.querySelectorAll<HTMLElement>('.ps-head, .ps-section-head, .ps-body, .ps-title-block, .ps-foot, .ps-card, .ps-quote'))];
      for (const box of boxes) {
        if (box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2) {
          found.push(`${slide.dataset['slideId']} ${slide.className} .${box.className.split(' ').join('.')}: ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}`);
        }
      }
      // A card or agenda line that runs past the slide's right or bottom edge, even when its box does not scroll.
      const edge = slide.getBoundingClientRect();
      for (const part of Array.from(slide.querySelectorAll<HTMLElement>('.ps-card, .ps-agenda-item, .ps-quote'))) {
        const box = part.getBoundingClientRect();
        if (box.right > edge.right + 1 || box.bottom > edge.bottom + 1) found.push(`${slide.dataset['slideId']} .${part.className.split(' ').join('.')} past the slide's edge`);
      }
    }
    return found;
  });
}

const ASPECTS: readonly AspectRatio[] = ['16:9', '4:3'];
const withLook = (deck: DeckModel, aspect: AspectRatio, theme: ThemeName = deck.meta.theme): DeckModel => ({ ...deck, meta: { ...deck.meta, aspect, theme } });

describe('the text layouts in Chromium', () => {
  it('are chosen for the bundled report and drawn as their own shapes', async () => {
    const bundled = deckOf(BUNDLED_DECK_PATH);
    const layouts = new Set(bundled.slides.map((s) => s.layout));
    for (const layout of ['figures', 'quote', 'agenda'] as const) expect(layouts).toContain(layout);
    await printView(bundled, { kind: 'slides' });
    const shapes = await page.evaluate(() => ({
      cards: document.querySelectorAll('.layout-figures .ps-card .ps-card-value').length,
      quotes: document.querySelectorAll('.layout-quote .ps-quote').length,
      agenda: document.querySelectorAll('.layout-agenda ol.ps-agenda > li').length,
      firstCard: Array.from(document.querySelectorAll('.layout-figures .ps-card')).slice(0, 2).map((card) => card.textContent),
    }));
    expect(shapes.cards).toBeGreaterThanOrEqual(6);
    expect(shapes.quotes).toBeGreaterThanOrEqual(1);
    expect(shapes.agenda).toBeGreaterThanOrEqual(4);
    expect(shapes.firstCard).toEqual(['X亿元地区生产总值', 'X亿元规上工业总产值']);
  }, 120_000);

  for (const aspect of ASPECTS) {
    it(`keep every slide's text inside it, ${aspect}: the slides pages of the bundled report, every fixture and the extreme cases`, async () => {
      const found: string[] = [];
      for (const deck of decks()) {
        await printView(withLook(deck, aspect), { kind: 'slides' });
        found.push(...(await overflowing()).map((line) => `${deck.meta.source.name}: ${line}`));
      }
      expect(found).toEqual([]);
    }, 300_000);

    it(`keep every slide's text inside it on notes pages and handouts too, ${aspect}`, async () => {
      const found: string[] = [];
      for (const deck of [deckOf(BUNDLED_DECK_PATH), deckOf(EXTREMES), deckOf(join(FIXTURES, 'layouts.txt'))]) {
        for (const request of [{ kind: 'notes' }, { kind: 'handout', perPage: 6 }, { kind: 'handout', perPage: 3 }] as PrintRequest[]) {
          await printView(withLook(deck, aspect), request);
          found.push(...(await overflowing()).map((line) => `${deck.meta.source.name} ${request.kind}: ${line}`));
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }

  it('keep the text inside the slides in every theme (reveal.js\'s too: capitals, letter spacing, other faces), 16:9 and 4:3', async () => {
    const found: string[] = [];
    for (const theme of ALL_THEMES) {
      for (const aspect of ASPECTS) {
        for (const deck of [deckOf(EXTREMES), deckOf(join(FIXTURES, 'layouts.txt'))]) {
          await printView(withLook(deck, aspect, theme), { kind: 'slides' });
          found.push(...(await overflowing()).map((line) => `${deck.meta.source.name} ${theme} ${aspect}: ${line}`));
        }
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('print as text in the slides PDF and on notes pages (pdftotext reads the cards, the quotation and the agenda)', async () => {
    const deck = deckOf(join(FIXTURES, 'layouts.txt'));
    const dir = mkdtempSync(join(tmpdir(), 'podium-layouts-pdf-'));
    try {
      for (const kind of ['slides', 'notes'] as const) {
        const { pdf } = await renderPdf(deck, { kind }, { rendererDir: RENDERER_DIST, browserPath: CHROMIUM_PATH });
        const file = join(dir, `${kind}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        for (const words of ['X亿元', '地区生产总值', '规上工业总产值', '同比增长', '“人民群众对美好生活的向往，就是我们的奋斗目标”', '（一）经济运行', '功崇惟志，业广惟勤']) expect(text, `${kind}: ${words}`).toContain(words);
        if (kind === 'slides') execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '2', '-l', '5', file, join(SCREENSHOT_DIR, 'layouts-pdf-page')]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('show in the single-file HTML, opened from disk, as in the hall', async () => {
    const deck = deckOf(EXTREMES);
    const dir = mkdtempSync(join(tmpdir(), 'podium-layouts-'));
    try {
      const file = join(dir, 'layouts.html');
      writeFileSync(file, await renderSingleHtml(deck, { rendererDir: RENDERER_DIST }));
      await page.goto(pathToFileURL(file).href);
      await waitReady(page);
      const seen: Record<string, number> = {};
      for (let i = 0; i < deck.slides.length; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((id) => document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset['podiumId'] === id, deck.slides[i]?.id);
        const shown = await page.evaluate(() => {
          const slide = document.querySelector('.reveal .slides > section.present .podium-slide');
          return { layout: /layout-(\S+)/.exec(slide?.className ?? '')?.[1] ?? '', cards: slide?.querySelectorAll('.ps-card-value').length ?? 0, quote: slide?.querySelectorAll('.ps-quote').length ?? 0, agenda: slide?.querySelectorAll('ol.ps-agenda > li').length ?? 0 };
        });
        seen[shown.layout] = (seen[shown.layout] ?? 0) + shown.cards + shown.quote + shown.agenda;
      }
      expect(seen['figures']).toBeGreaterThanOrEqual(10);
      expect(seen['quote']).toBeGreaterThanOrEqual(1);
      expect(seen['agenda']).toBeGreaterThanOrEqual(13);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('saves a screenshot of each layout in each theme and aspect', async () => {
    const deck = deckOf(EXTREMES);
    const wanted: SlideLayout[] = ['figures', 'quote', 'agenda'];
    const saved: string[] = [];
    for (const theme of ALL_THEMES) {
      for (const aspect of ASPECTS) {
        await printView(withLook(deck, aspect, theme), { kind: 'slides' });
        const faces = page.locator('.print-face');
        const layouts = await faces.evaluateAll((nodes) => nodes.map((n) => /layout-(\S+)/.exec(n.querySelector('.podium-slide')?.className ?? '')?.[1] ?? ''));
        const kinds = await faces.evaluateAll((nodes) => nodes.map((n) => /kind-(\S+)/.exec(n.querySelector('.podium-slide')?.className ?? '')?.[1] ?? ''));
        // A quote slide sets a quotation (a point) or its title large: one screenshot of each.
        const quoteFrom = await faces.evaluateAll((nodes) => nodes.map((n) => (n.querySelector('.ps-quote') ? 'point' : 'title')));
        for (const layout of wanted) {
          // Each kind a layout takes (content, section, closing) once.
          const seen = new Set<string>();
          for (let i = 0; i < layouts.length; i++) {
            if (layouts[i] !== layout) continue;
            const name = `layout-${layout}-${i}-${kinds[i]}-${theme}-${aspect.replace(':', 'x')}`;
            const variant = `${kinds[i]}-${quoteFrom[i]}`;
            if (seen.has(variant) && layout !== 'figures') continue;
            seen.add(variant);
            const path = join(SCREENSHOT_DIR, `${name}.png`);
            await faces.nth(i).screenshot({ path });
            saved.push(path);
          }
        }
      }
    }
    expect(saved.length).toBeGreaterThanOrEqual(ALL_THEMES.length * ASPECTS.length * 3);
  }, 300_000);
});

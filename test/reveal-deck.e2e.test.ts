/**
 * A deck written for reveal-md, as its author wrote it: its revealOptions honoured by the hall
 * (a fade between slides, reveal.js's arrows stepping the show, the progress bar, the slide
 * number, the margin around the slide) and by the slides PDF (the slide number); the options
 * Podium does not use named by `podium info`. reveal.js's twelve themes drawn with their own
 * colours and heading style in the hall, the presenter's previews and the slides PDF.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podiumIn } from './support/run-podium.ts';
import { pdfText } from './helpers/pdf-tools.ts';
import { launchChromium } from './support/chromium.ts';
import { RENDERER_DIST } from './support/renderer-build.ts';
import { bothShown, press } from './support/present-steps.ts';
import { screenshot, startApp } from './support/views.ts';
import { edited, fileDeck, openEditor, undo } from './support/editor-steps.ts';
import { REVEAL_THEMES, revealLook } from '../slides/core/themes.ts';

const DECK = resolve(import.meta.dirname, 'fixtures/reveal-md-deck.md');

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-reveal-deck-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const podium = podiumIn('C.UTF-8');

describe("a reveal-md deck's revealOptions", () => {
  it('the hall fades between slides, shows the arrows, progress and slide number, with the margin; the arrows step the show', async () => {
    const file = join(dir, 'deck.md');
    await copyFile(DECK, file);
    const app = await startApp(browser, { file, audienceViewport: { width: 1600, height: 900 } });
    try {
      const { presenter, audience } = app;
      await press(presenter, 'ArrowRight');
      await bothShown(presenter, audience, 0, 'slides');
      const hall = await audience.evaluate(() => {
        const root = document.querySelector('.reveal') as HTMLElement;
        const visible = (selector: string) => {
          const element = document.querySelector<HTMLElement>(selector);
          return element !== null && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().width > 0;
        };
        const section = document.querySelector<HTMLElement>('.reveal .slides > section.present');
        const canvas = document.getElementById('slides')!.getBoundingClientRect();
        return {
          fade: root.classList.contains('fade'),
          fadeDuration: section ? getComputedStyle(section).transitionDuration : '',
          controls: visible('.reveal .controls .navigate-right.enabled'),
          progress: visible('.reveal .progress'),
          number: document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s+/g, '') ?? '',
          canvasWidth: canvas.width,
        };
      });
      expect(hall.fade).toBe(true);
      expect(hall.fadeDuration).not.toBe('0s');
      expect(hall.controls).toBe(true);
      expect(hall.progress).toBe(true);
      expect(hall.number).toBe('1/3');
      // margin 0.1: the slide takes 90% of the window's width (a 16:9 window), not all of it.
      expect(hall.canvasWidth).toBeGreaterThan(1600 * 0.88);
      expect(hall.canvasWidth).toBeLessThan(1600 * 0.92);
      // reveal.js's right arrow steps the show (presenter and hall), as the → key does.
      await audience.click('.reveal .controls .navigate-right');
      await bothShown(presenter, audience, 1, 'slides');
      await audience.waitForFunction(() => document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s+/g, '') === '2/3');
      // The fade has finished when the slide that left is no longer drawn.
      await audience.waitForFunction(() => document.querySelector('.podium-leaving') === null);
      await screenshot(audience, 'reveal-md-hall');
      await audience.click('.reveal .controls .navigate-left');
      await bothShown(presenter, audience, 0, 'slides');
      expect(app.pageErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the slides PDF numbers each slide as reveal.js prints it, and podium info names the options it ignores', async () => {
    const pdf = join(dir, 'slides.pdf');
    const exported = await podium('export', DECK, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', pdf);
    expect(exported.code, exported.err).toBe(0);
    expect(pdfText(pdf, 1)).toContain('1 / 3');
    expect(pdfText(pdf, 3)).toContain('3 / 3');
    const info = await podium('info', DECK);
    expect(info.code).toBe(0);
    expect(info.out).toContain('Note: revealOptions center, loop: not used by Podium (it lays out the slides and drives the show itself); ignored.');
  });
});

describe("reveal.js's themes, drawn as themselves", () => {
  it('each of the twelve: its background, text and heading colours and heading style in the hall and the previews (screenshots)', async () => {
    const file = join(dir, 'themes.md');
    const text = (await readFile(DECK, 'utf8')).replace(/^revealOptions:[\s\S]*?(?=^---)/m, '');
    await writeFile(file, text);
    const app = await startApp(browser, { file, audienceViewport: { width: 1280, height: 720 } });
    try {
      const { presenter, audience } = app;
      await press(presenter, 'ArrowRight', 'ArrowRight');
      await bothShown(presenter, audience, 1, 'slides');
      for (const theme of REVEAL_THEMES) {
        await writeFile(file, text.replace(/^theme: .*$/m, `theme: ${theme.toUpperCase()}`));
        await audience.waitForFunction((t) => document.documentElement.classList.contains(`theme-${t}`), theme);
        await presenter.waitForFunction((t) => document.getElementById('preview-current')?.classList.contains(`theme-${t}`) === true, theme);
        const drawn = await audience.evaluate(() => {
          const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present .podium-slide')!;
          const title = slide.querySelector<HTMLElement>('.ps-title')!;
          const probe = document.createElement('div');
          document.body.append(probe);
          const resolved = (property: string) => {
            probe.style.color = `var(${property})`;
            return getComputedStyle(probe).color;
          };
          const result = {
            background: getComputedStyle(slide).backgroundColor,
            themeBackground: resolved('--r-background-color'),
            text: getComputedStyle(slide).color,
            themeText: resolved('--r-main-color'),
            heading: getComputedStyle(title).color,
            themeHeading: resolved('--r-heading-color'),
            transform: getComputedStyle(title).textTransform,
            font: getComputedStyle(title).fontFamily,
            headBand: getComputedStyle(slide.querySelector('.ps-head')!).backgroundImage,
          };
          probe.remove();
          return result;
        });
        const look = revealLook(theme)!;
        expect(drawn.background, theme).toBe(drawn.themeBackground);
        expect(drawn.text, theme).toBe(drawn.themeText);
        expect(drawn.heading, theme).toBe(drawn.themeHeading);
        expect(drawn.transform, theme).toBe(look.vars['--r-heading-text-transform']);
        expect(drawn.font, theme).toMatch(/^"Noto (Sans|Serif) SC"/);
        // No Podium band behind the heading: reveal.js draws headings on the slide's own background.
        expect(drawn.headBand, theme).toBe('none');
        await screenshot(audience, `theme-${theme}`);
      }
      await screenshot(presenter, 'theme-presenter-blood');
      expect(app.pageErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is chosen in the editor beside Podium\'s own: the hall follows, the deck file keeps it, undo goes back', async () => {
    const file = join(dir, 'chosen.md');
    await copyFile(DECK, file);
    const app = await startApp(browser, { file });
    try {
      const editor = await openEditor(app);
      const choices = await editor.locator('#ed-theme option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(choices).toEqual(['official', 'light', 'dark', ...REVEAL_THEMES]);
      expect(await editor.locator('#ed-theme').inputValue()).toBe('solarized');
      await edited(editor, () => editor.locator('#ed-theme').selectOption('moon').then(() => undefined));
      await app.audience.waitForFunction(() => document.documentElement.classList.contains('theme-moon'));
      expect((await fileDeck(file)).meta.theme).toBe('moon');
      await undo(editor);
      await app.audience.waitForFunction(() => document.documentElement.classList.contains('theme-solarized'));
      expect(await editor.locator('#ed-theme').inputValue()).toBe('solarized');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the slides PDF is drawn in the theme (league: its dark gradient, capitals)', async () => {
    const file = join(dir, 'league.md');
    await writeFile(file, (await readFile(DECK, 'utf8')).replace(/^theme: .*$/m, 'theme: league'));
    const pdf = join(dir, 'league.pdf');
    const exported = await podium('export', file, '--format', 'slides', '--renderer', RENDERER_DIST, '-o', pdf);
    expect(exported.code, exported.err).toBe(0);
    execFileSync('pdftoppm', ['-r', '30', '-png', '-f', '2', '-l', '2', pdf, join(dir, 'league')]);
    // Page 2 is mostly the theme's dark background (#1c1e20 into #555a5f), not Podium's white.
    const png = await readFile(join(dir, 'league-2.png'));
    await writeFile(resolve(import.meta.dirname, '../test-results/screenshots/theme-league-pdf.png'), png);
    const { darkShare } = await pngDarkness(png);
    expect(darkShare).toBeGreaterThan(0.6);
  });
});

/** Share of pixels darker than mid-grey in a PNG (decoded by Chromium, which the tests have anyway). */
async function pngDarkness(png: Buffer): Promise<{ darkShare: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark += 1;
      return { darkShare: dark / (data.length / 4) };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

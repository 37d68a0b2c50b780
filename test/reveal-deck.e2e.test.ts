/**
 * A deck written for reveal-md, as its author wrote it: its revealOptions honoured by the hall
 * (a fade between slides, reveal.js's arrows stepping the show, the progress bar, the slide
 * number, the margin around the slide) and by the slides PDF (the slide number); the options
 * Podium does not use named by `podium info`.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../slides/cli/program.ts';
import { pdfText } from './helpers/pdf-tools.ts';
import { launchChromium } from './support/chromium.ts';
import { RENDERER_DIST } from './support/renderer-build.ts';
import { bothShown, press } from './support/present-steps.ts';
import { screenshot, startApp } from './support/views.ts';

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

async function podium(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => void (out += text), err: (text) => void (err += text) }, { LANG: 'C.UTF-8' });
  return { code, out, err };
}

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

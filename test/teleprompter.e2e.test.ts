/**
 * The teleprompter in Chromium (browser host): it scrolls at the plan's reading rate
 * (simulated time), speeds up, mirrors for prompter glass, follows slide changes made
 * in the presenter, and in operator-assist mode moves the show itself until the
 * operator takes over.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readingUnits } from '../slides/core/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { useRehearsalApps } from './support/rehearsal-app.ts';
import { SCREENSHOT_DIR, waitReady, type AppRun } from './support/views.ts';
import { runsAt, seedRehearsals } from './support/rehearsal-deck.ts';

const apps = useRehearsalApps('teleprompter', { width: 1280, height: 720 });
const withApp = apps.withApp;
let deck: DeckModel;
beforeAll(() => {
  deck = apps.deck;
});

/** A teleprompter window whose time moves only when the test says so. */
async function openPrompter(app: AppRun): Promise<Page> {
  await app.context.clock.install({ time: new Date('2026-11-27T08:00:00Z') });
  const page = await app.context.newPage();
  await page.goto(new URL('teleprompter.html', app.host.url).href);
  await waitReady(page);
  await page.clock.pauseAt(new Date('2026-11-27T08:01:00Z'));
  return page;
}

const lineSlide = (page: Page) => page.evaluate(() => document.body.dataset['lineSlide']);

/** Seconds of reading, at the deck's rate, before slide `index` begins. */
function secondsBefore(index: number): number {
  const units = deck.slides.slice(0, index).reduce((sum, s) => sum + readingUnits(s.notes, deck.meta.lang), 0);
  return (units / deck.meta.rate.cjkPerMinute) * 60;
}

describe('teleprompter', () => {
  it('scrolls at the planned reading rate, and faster when sped up', async () => {
    await withApp(async (app) => {
      const page = await openPrompter(app);
      expect(await lineSlide(page)).toBe(deck.slides[0]!.id);
      expect(await page.textContent('#tp-rate')).toContain('220 字/分');
      await page.keyboard.press('Space');
      await page.waitForSelector('body[data-playing="true"]');
      // Just before and just after slide 4's text reaches the reading line.
      const boundary = secondsBefore(3);
      await page.clock.runFor(Math.round((boundary - 1.5) * 1000));
      expect(await lineSlide(page)).toBe(deck.slides[2]!.id);
      await page.clock.runFor(3000);
      expect(await lineSlide(page)).toBe(deck.slides[3]!.id);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'teleprompter.png') });
      // The status bar has its own row: the text's last visible line is above it, not under it.
      const [stageBottom, hudTop] = await page.evaluate(() => [
        document.getElementById('tp-stage')!.getBoundingClientRect().bottom,
        document.getElementById('tp-hud')!.getBoundingClientRect().top,
      ]);
      expect(stageBottom).toBeLessThanOrEqual(hudTop);

      // 10 % faster: slide 6 arrives after (its distance / 1.1) seconds.
      await page.keyboard.press('ArrowDown');
      expect(await page.textContent('#tp-speed')).toContain('1.10');
      const rest = (secondsBefore(5) - boundary - 1.5) / 1.1;
      await page.clock.runFor(Math.round((rest - 1.5) * 1000));
      expect(await lineSlide(page)).toBe(deck.slides[4]!.id);
      await page.clock.runFor(3000);
      expect(await lineSlide(page)).toBe(deck.slides[5]!.id);

      // Paused, it stays where it is.
      await page.keyboard.press('b');
      await page.waitForSelector('body[data-playing="false"]');
      const transform = await page.$eval('#tp-content', (el) => (el as HTMLElement).style.transform);
      await page.clock.runFor(20_000);
      expect(await page.$eval('#tp-content', (el) => (el as HTMLElement).style.transform)).toBe(transform);
    });
  });

  it('shows the rehearsal plan: skipped slides without text, abridged ones as their points; measured pace on T', async () => {
    await withApp(async (app) => {
      const content = deck.slides.filter((s) => s.kind === 'content' && s.points.length > 0);
      const skipped = content[0]!;
      const abridged = content[1]!;
      await seedRehearsals(app.presenter, deck, {
        format: 'podium-rehearsals', version: 1, report: { title: deck.meta.title, source: deck.meta.source.name },
        runs: runsAt(deck, [250]), plan: { skip: [skipped.id], abridge: [abridged.id] },
      });
      const page = await openPrompter(app);
      const slide = (id: string) => page.locator(`.tp-slide[data-slide-id="${id}"]`);
      expect(await slide(skipped.id).getAttribute('data-action')).toBe('skip');
      expect(await slide(skipped.id).locator('.tp-text').count()).toBe(0);
      expect(await slide(skipped.id).locator('.tp-badge').textContent()).toBe('（跳过）');
      expect(await slide(abridged.id).locator('.tp-text').allTextContents()).toEqual(abridged.points);
      expect(await page.textContent('#tp-rate')).toContain('计划 220 字/分');
      await page.keyboard.press('t');
      expect(await page.textContent('#tp-rate')).toContain('实测 250 字/分');
    });
  });

  it('mirrors the text for prompter glass, and remembers it', async () => {
    await withApp(async (app) => {
      const page = await openPrompter(app);
      await page.keyboard.press('m');
      expect(await page.$eval('#tp-stage', (el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'teleprompter-mirrored.png') });
      await page.reload();
      await waitReady(page);
      expect(await page.$eval('#tp-stage', (el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      await page.keyboard.press('m');
      expect(await page.$eval('#tp-stage', (el) => getComputedStyle(el).transform)).toBe('none');
    });
  });

  it('follows slide changes made in the presenter, putting that slide’s text on the reading line', async () => {
    await withApp(async (app) => {
      const page = await openPrompter(app);
      const presenter = app.presenter;
      await presenter.bringToFront();
      await presenter.keyboard.press('PageDown'); // off the hold screen
      await presenter.waitForSelector('html[data-screen="slides"]');
      for (const index of [1, 2, 3]) {
        await presenter.keyboard.press('PageDown');
        await presenter.waitForSelector(`html[data-slide-index="${index}"]`);
      }
      await expect.poll(() => lineSlide(page)).toBe(deck.slides[3]!.id);
      const offset = await page.evaluate((id) => {
        const first = document.querySelector(`.tp-slide[data-slide-id="${id}"] .tp-text`) as HTMLElement;
        const line = document.getElementById('tp-line') as HTMLElement;
        return first.getBoundingClientRect().top - line.getBoundingClientRect().top;
      }, deck.slides[3]!.id);
      expect(Math.abs(offset)).toBeLessThan(2);
      // Back in the presenter: the teleprompter goes back too.
      await presenter.keyboard.press('PageUp');
      await expect.poll(() => lineSlide(page)).toBe(deck.slides[2]!.id);
    });
  });

  it('in assist mode advances the show at slide boundaries until the operator takes over', async () => {
    await withApp(async (app) => {
      const page = await openPrompter(app);
      const presenter = app.presenter;
      await page.keyboard.press('a');
      await page.waitForSelector('body[data-assist="on"]');
      await page.keyboard.press('Space');
      await page.clock.runFor(Math.round((secondsBefore(1) + 1) * 1000));
      await presenter.waitForSelector('html[data-slide-index="1"]');
      await page.clock.runFor(Math.round((secondsBefore(2) - secondsBefore(1)) * 1000));
      await presenter.waitForSelector('html[data-slide-index="2"]');
      expect(await page.getAttribute('body', 'data-assist')).toBe('on');
      // The operator clicks ahead in the presenter: assist stands back and the text follows.
      await presenter.keyboard.press('End');
      await page.waitForSelector('body[data-assist="paused"]');
      await expect.poll(() => lineSlide(page)).toBe(deck.slides[deck.slides.length - 1]!.id);
      await page.clock.runFor(30_000);
      expect(await presenter.getAttribute('html', 'data-slide-index')).toBe(String(deck.slides.length - 1));
      // A resumes assist.
      await page.keyboard.press('a');
      await page.waitForSelector('body[data-assist="on"]');
    });
  });
});

/**
 * Live reload in Chromium through the browser host: editing the report on disk updates
 * both views and keeps the slide on screen (found by its stable id); an edit that breaks
 * the file keeps the last good deck in the hall and shows the error in the presenter only;
 * fixing the file clears it.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';
import { audienceSlideId, bothShown, press, tripwire, viewState } from './support/present-steps.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-reload-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live reload', () => {
  it('keeps the slide on screen by id when the report changes, and the last good deck when an edit breaks it', async () => {
    const file = join(dir, 'report.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file });
    const { presenter, audience, host } = app;
    try {
      const before = host.session.current?.deck;
      if (!before) throw new Error('deck did not open');
      await press(presenter, 'ArrowRight', '8', 'Enter');
      await bothShown(presenter, audience, 7, 'slides');
      const id = before.slides[7]?.id ?? '';
      expect(await audienceSlideId(audience)).toBe(id);

      // A new slide early in the deck: the current slide moves to position 9, and stays on screen.
      const original = await readFile(file, 'utf8');
      const inserted = original.replace(
        /\n---\n/,
        '\n---\n\n<!-- .slide: data-kind="content" data-timing="5" -->\n\n## 新增的一页\n\nNote:\n会前补充的一段话。\n\n---\n',
      );
      expect(inserted).not.toBe(original);
      await writeFile(file, inserted);
      await bothShown(presenter, audience, 8, 'slides');
      expect(await audienceSlideId(audience)).toBe(id);
      expect((await viewState(presenter)).slideId).toBe(id);
      expect(await presenter.locator('#location').textContent()).toContain(`9/${before.slides.length + 1}`);

      // A broken edit: invalid front matter. The hall keeps the deck; only the presenter says why.
      await writeFile(file, inserted.replace(/^---\n/, '---\ntheme: [unclosed\n'));
      await presenter.locator('#error-banner').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await presenter.locator('#error-where').textContent()).toContain('report.md');
      const message = (await presenter.locator('#error-message').textContent()) ?? '';
      expect(message.length).toBeGreaterThan(5);
      const hint = (await presenter.locator('#error-hint').textContent()) ?? '';
      expect(hint).not.toBe('');
      // A Chinese banner is Chinese throughout: no English sentence from the compiler or the YAML parser.
      const englishWords = /[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/;
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(`${message} ${hint}`).not.toMatch(englishWords);
      await screenshot(presenter, 'presenter-deck-error');
      // In English the same banner is English.
      await presenter.locator('#btn-lang').click();
      await expect.poll(() => presenter.locator('#error-message').textContent()).toMatch(/^The front matter is not valid YAML/);
      await presenter.locator('#btn-lang').click();
      await expect.poll(() => presenter.locator('#error-message').textContent()).toBe(message);
      expect(await audienceSlideId(audience)).toBe(id);
      const hallText = (await audience.locator('body').textContent()) ?? '';
      expect(hallText).not.toContain(message);
      expect(await audience.locator('.error-banner, [role="alert"]').count()).toBe(0);
      // The show goes on while the file is broken.
      await press(presenter, 'ArrowRight');
      await bothShown(presenter, audience, 9, 'slides');

      // Fixed: the banner goes, the deck updates, the position holds.
      await writeFile(file, inserted);
      await presenter.locator('#error-banner').waitFor({ state: 'hidden', timeout: 10_000 });
      await bothShown(presenter, audience, 9, 'slides');
      expect(app.foreignRequests).toEqual([]);
      expect(app.dialogs).toEqual([]);
      expect((await tripwire(audience)).csp).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows the error in the presenter when the first file given cannot be read, with no deck in the hall', async () => {
    const file = join(dir, 'empty.txt');
    await writeFile(file, '   \n\n');
    const app = await startApp(browser, { file });
    try {
      expect(await app.presenter.locator('#error-banner').isVisible()).toBe(true);
      expect(await app.presenter.locator('#error-where').textContent()).toContain('empty.txt');
      expect(await app.audience.locator('.reveal .slides > section').count()).toBe(0);
      // Writing text into it loads it: the broken first file is watched.
      await writeFile(file, '一、总体要求\n\n我们要坚持稳中求进，全面完成各项任务。\n');
      await app.presenter.locator('#error-banner').waitFor({ state: 'hidden', timeout: 10_000 });
      await app.audience.waitForFunction(() => document.querySelectorAll('.reveal .slides > section').length > 0);
    } finally {
      await app.close();
    }
  });
});

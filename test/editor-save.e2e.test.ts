/**
 * A save that fails, in Chromium through the browser host: the deck file's folder refuses new
 * files (a write-protected USB stick). The edit is still shown by the hall and the presenter
 * and kept on the undo stack; the editor says the file is behind and why; the file on disk is
 * untouched (never half-written). Once the folder can be written again, the editor saves by
 * itself (its retry) or at once with 重新保存.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';
import { bothShown, press } from './support/present-steps.ts';
import { fileDeck, findSlide, hostDeck, openEditor, selectSlide } from './support/editor-steps.ts';
import { lockFolder, unlockFolder, whyNotLockable } from './support/read-only-folder.ts';

const SKIP = whyNotLockable();
if (SKIP) console.warn(`test/editor-save.e2e.test.ts: skipped: ${SKIP}`);

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (SKIP) return;
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-editor-save-'));
});
afterAll(async () => {
  if (SKIP) return;
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(SKIP !== undefined)(SKIP ? `a save that fails — skipped: ${SKIP}` : 'a save that fails', () => {
  it('keeps the edit in every view and on the undo stack, says so, and saves once the folder can be written again', async () => {
    const folder = join(dir, 'usb');
    await mkdir(folder);
    const file = join(folder, 'deck.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file, viewport: { width: 1500, height: 900 } });
    try {
      const editor = await openEditor(app);
      const index = findSlide(hostDeck(app), (s) => s.kind === 'content' && !s.part);
      const before = hostDeck(app).slides[index]?.title ?? '';
      await press(app.presenter, 'ArrowRight', ...String(index + 1).split(''), 'Enter');
      await bothShown(app.presenter, app.audience, index, 'slides');
      await selectSlide(editor, index);
      lockFolder(folder);
      try {
        await editor.locator('#ed-title').fill('只读时改的标题');
        await editor.locator('#ed-title').press('Enter');
        await editor.waitForSelector('#ed-save[data-state="unsaved"]', { timeout: 10_000 });
        // Shown by both views all the same.
        await app.audience.waitForFunction(() => document.querySelector('.reveal .slides > section.present')?.textContent?.includes('只读时改的标题') === true, undefined, { timeout: 5000 });
        await app.presenter.waitForFunction(() => document.getElementById('preview-current')?.textContent?.includes('只读时改的标题') === true, undefined, { timeout: 5000 });
        // Said, with what to do; 重新保存 offered; the edit can be undone.
        expect(await editor.locator('#ed-save').textContent()).toBe('未写入文件');
        expect(await editor.locator('#ed-error-text').textContent()).toMatch(/修改已经显示在各个画面上，但还没有写入演示文件 deck\.md（.+）。.*自动重试/);
        expect(await editor.locator('#ed-save-again').isVisible()).toBe(true);
        expect(await editor.locator('#ed-undo').isDisabled()).toBe(false);
        // The file is as it was: whole, without the edit.
        expect((await fileDeck(file)).slides[index]?.title).toBe(before);
        // A second edit while locked: still kept, still said.
        await editor.locator('#ed-subtitle').fill('只读时的副标题');
        await editor.locator('#ed-subtitle').press('Enter');
        await app.audience.waitForFunction(() => document.querySelector('.reveal .slides > section.present')?.textContent?.includes('只读时的副标题') === true, undefined, { timeout: 5000 });
        await editor.waitForSelector('#ed-save[data-state="unsaved"]');
        await screenshot(editor, 'editor-unsaved-zh');
      } finally {
        unlockFolder(folder);
      }
      // Writable again: the editor's retry saves both edits by itself.
      await editor.waitForSelector('#ed-save[data-state="saved"]', { timeout: 15_000 });
      expect(await editor.locator('#ed-save-again').isVisible()).toBe(false);
      expect(await editor.locator('#ed-error').isVisible()).toBe(false);
      const saved = (await fileDeck(file)).slides[index];
      expect(saved?.title).toBe('只读时改的标题');
      expect(saved?.subtitle).toBe('只读时的副标题');

      // Locked again; this time 重新保存 saves at once, once it can.
      lockFolder(folder);
      try {
        await editor.keyboard.press('Control+z');
        await editor.waitForSelector('#ed-save[data-state="unsaved"]', { timeout: 10_000 });
        await app.audience.waitForFunction(() => document.querySelector('.reveal .slides > section.present')?.textContent?.includes('只读时的副标题') === false, undefined, { timeout: 5000 });
      } finally {
        unlockFolder(folder);
      }
      // (Unless the retry got there first on a slow machine.)
      await editor.locator('#ed-save-again:visible').click({ timeout: 2000 }).catch(() => undefined);
      await editor.waitForSelector('#ed-save[data-state="saved"]', { timeout: 5000 });
      expect((await fileDeck(file)).slides[index]?.subtitle).toBeUndefined();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

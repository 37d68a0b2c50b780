/**
 * Proofreading (校对) in the app, in Chromium through the browser host: the editor's list says the
 * untouched bundled deck is as the report, lists a word typed into a point as soon as the edit is
 * saved and a figure changed in the file by a text editor, takes the user to each slide in one click,
 * and empties again on undo; the presenter warns once as the show starts, and the show goes on.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';
import { bothShown, press } from './support/present-steps.ts';
import { edited, findSlide, hostDeck, openEditor, selectSlide, undo } from './support/editor-steps.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-proof-app-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const TYPED_POINT = '推进医疗综合体建设';
const FIGURE_LINE = '- 成功办结各级矛盾纠纷X余件，办结率达X%';

describe('proofreading in the app', () => {
  it('lists what differs from the report in the editor, one click to each slide, and warns once as the show starts', async () => {
    const file = join(dir, 'deck.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file, viewport: { width: 1500, height: 900 } });
    try {
      const editor = await openEditor(app);
      const panel = editor.locator('#ed-proof');
      // The untouched deck: nothing to check.
      await expect.poll(() => panel.getAttribute('data-count')).toBe('0');
      expect(await panel.locator('.ed-proof-summary').textContent()).toBe('校对 幻灯片上的文字都与报告一致。');
      expect(await editor.locator('.ed-mark-proof').count()).toBe(0);

      // A word typed into a point: listed as soon as the edit is back, the slide marked.
      const typed = findSlide(hostDeck(app), (s) => s.points.includes(TYPED_POINT));
      const typedId = hostDeck(app).slides[typed]?.id;
      await selectSlide(editor, typed);
      const point = hostDeck(app).slides[typed]?.points.indexOf(TYPED_POINT) ?? -1;
      await editor.locator('.ed-point-input').nth(point).fill('推进医疗综合体宏伟建设');
      await edited(editor, () => editor.keyboard.press('Enter'));
      await expect.poll(() => panel.getAttribute('data-count')).toBe('1');
      expect(await panel.getAttribute('open')).not.toBeNull();
      expect(await panel.locator('.ed-proof-where').allTextContents()).toEqual([`幻灯片 ${typed + 1} · 报告中没有 · 要点 ${point + 1}`]);
      expect(await panel.locator('.ed-proof-what').allTextContents()).toEqual(['“宏伟” 这些字是报告中没有的。']);
      expect(await editor.locator(`.ed-list-item[data-slide-id="${typedId}"] .ed-mark-proof`).count()).toBe(1);
      expect(await editor.locator('.ed-badge-proof').textContent()).toBe('1 处需要校对');

      // A figure changed in the file by a text editor: the list follows the file too.
      const text = await readFile(file, 'utf8');
      expect(text.split(FIGURE_LINE).length).toBe(2);
      await writeFile(file, text.replace(FIGURE_LINE, '- 成功办结各级矛盾纠纷X余件，办结率达98%'));
      await expect.poll(() => panel.getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
      const figureId = hostDeck(app).slides.find((s) => s.points.some((p) => p.endsWith('办结率达98%')))?.id;
      expect(figureId).toBeDefined();
      await screenshot(editor, 'proof-list');

      // One click to each slide.
      await panel.locator(`.ed-proof-item[data-slide="${figureId}"]`).click();
      await expect.poll(() => editor.locator('.ed-list-item.selected').getAttribute('data-slide-id')).toBe(figureId);
      await panel.locator(`.ed-proof-item[data-slide="${typedId}"]`).click();
      await expect.poll(() => editor.locator('.ed-list-item.selected').getAttribute('data-slide-id')).toBe(typedId);

      // The presenter: no warning before the show; once, as it starts; the show goes on under it.
      const { presenter, audience } = app;
      expect(await presenter.locator('#proof-warning').isHidden()).toBe(true);
      await press(presenter, 'ArrowRight');
      await expect.poll(() => presenter.locator('#proof-warning').isVisible()).toBe(true);
      expect(await presenter.locator('#proof-warning .proof-warning-text').textContent()).toBe('校对：有 2 处幻灯片上的文字与报告不一致。放映照常进行；可在编辑器的“校对”中逐条查看。');
      await screenshot(presenter, 'proof-warning');
      await press(presenter, 'ArrowRight');
      await bothShown(presenter, audience, 1, 'slides');
      await presenter.locator('#proof-warning .proof-warning-dismiss').click();
      expect(await presenter.locator('#proof-warning').isHidden()).toBe(true);
      await press(presenter, 'ArrowRight');
      await bothShown(presenter, audience, 2, 'slides');
      // Pausing and going on is the same show: no second warning.
      await press(presenter, 'p');
      await press(presenter, 'p');
      await press(presenter, 'ArrowRight');
      await bothShown(presenter, audience, 3, 'slides');
      expect(await presenter.locator('#proof-warning').isHidden()).toBe(true);

      // Undo in the editor: the typed word is gone from the list.
      await editor.bringToFront();
      await undo(editor);
      await expect.poll(() => panel.getAttribute('data-count')).toBe('1');
      expect(await editor.locator(`.ed-list-item[data-slide-id="${typedId}"] .ed-mark-proof`).count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/**
 * A .docx report with pictures, edited in the editor: the picture Word had beside a slide's
 * text is offered on that slide, one click puts it there, and that first edit writes the
 * Markdown deck beside the report (said in the editor).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxWithPictures, para, picture } from '../slides/node/fixtures/docx-pictures-fixture.ts';
import { gradientPng } from './helpers/png.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';
import { edited, fileDeck, hostDeck, openEditor, selectSlide, undo } from './support/editor-steps.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-editor-docx-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('editor on a .docx report with pictures', () => {
  it('offers the picture beside a slide\'s text and puts it on the slide with one click', async () => {
    const file = join(dir, '报告.docx');
    const body = [
      para('一、过去五年的工作回顾'),
      para('五年来，我们建成了新的镇政府大楼，服务群众的条件显著改善。'),
      picture('rIdImg1', '镇政府大楼'),
      para('二、今后五年的目标任务'),
      para('我们要建设美丽城镇，打造宜居宜业的新家园。'),
    ].join('');
    await writeFile(file, await docxWithPictures(body, { 'image1.png': gradientPng(40, 30) }));
    const app = await startApp(browser, { file, viewport: { width: 1500, height: 900 } });
    try {
      const editor = await openEditor(app);
      const index = hostDeck(app).slides.findIndex((s) => s.offeredPictures?.length);
      expect(index).toBeGreaterThanOrEqual(0);
      await selectSlide(editor, index);
      const offered = editor.locator('.ed-offered-picture');
      expect(await offered.count()).toBe(1);
      expect(await offered.textContent()).toContain('镇政府大楼');
      await edited(editor, () => offered.click());
      const slide = hostDeck(app).slides[index];
      expect(slide?.picture?.src).toMatch(/^pictures\//);
      expect(slide?.picture?.alt).toBe('镇政府大楼');
      expect(slide?.layout).toBe('picture-text');
      // The first edit made the Markdown deck beside the report, and the editor says where.
      expect(await editor.locator('#ed-error.notice #ed-error-text').textContent()).toContain(join(dir, '报告.md'));
      expect((await fileDeck(join(dir, '报告.md'))).slides[index]?.picture?.src).toBe(slide?.picture?.src);
      await editor.waitForSelector('#ed-preview img');
      await screenshot(editor, 'editor-docx-picture-zh');
      await undo(editor);
      expect(hostDeck(app).slides[index]?.picture).toBeUndefined();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

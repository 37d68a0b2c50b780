/**
 * A .docx report with a picture and a table, edited in the editor: the picture Word had beside
 * a slide's text is offered on that slide, one click puts it there, and that first edit writes
 * the Markdown deck beside the report (said in the editor). The table is a real table on the
 * slide of its caption (as the planner places it, from engineer 19's reader) in the editor,
 * the presenter and the hall, before and after that first edit, and in the deck file written.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxWithPictures, para, picture } from '../slides/node/fixtures/docx-pictures-fixture.ts';
import { table } from '../slides/node/fixtures/word-package.ts';
import { bothShown, press } from './support/present-steps.ts';
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
      para('表1 重点项目进展'),
      // Words, not figures (a small table of figures is drawn as key-figure cards instead).
      table([['项目', '进展', '牵头单位'], ['老街改造', '已经完工', '镇建设办'], ['污水管网', '正在推进', '镇环保所']]),
      para('二、今后五年的目标任务'),
      para('我们要建设美丽城镇，打造宜居宜业的新家园。'),
    ].join('');
    await writeFile(file, await docxWithPictures(body, { 'image1.png': gradientPng(40, 30) }));
    const app = await startApp(browser, { file, viewport: { width: 1500, height: 900 } });
    try {
      const editor = await openEditor(app);
      const tableAt = hostDeck(app).slides.findIndex((s) => s.table);
      expect(tableAt).toBeGreaterThan(0);
      const tableShown = async (): Promise<void> => {
        for (const [page, box] of [[editor, '#ed-preview'], [app.presenter, '#preview-current'], [app.audience, '.reveal .slides > section.present']] as const) {
          await page.waitForFunction((sel) => document.querySelector(`${sel} table`)?.textContent?.includes('镇环保所') === true, box, { timeout: 5000 });
          // Rows and cells as the document has them.
          expect(await page.locator(`${box} table tr`).count()).toBe(3);
          expect(await page.locator(`${box} table tr`).nth(1).locator('td, th').allTextContents()).toEqual(['老街改造', '已经完工', '镇建设办']);
        }
      };
      await selectSlide(editor, tableAt);
      await press(app.presenter, 'ArrowRight', ...String(tableAt + 1).split(''), 'Enter');
      await bothShown(app.presenter, app.audience, tableAt, 'slides');
      await tableShown();
      await screenshot(editor, 'editor-docx-table-zh');
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
      // The table is still a table now that the deck is Markdown: in the file and in every view.
      expect((await fileDeck(join(dir, '报告.md'))).slides[tableAt]?.table?.rows[2]).toEqual(['污水管网', '正在推进', '镇环保所']);
      await selectSlide(editor, tableAt);
      await tableShown();
      await selectSlide(editor, index);
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

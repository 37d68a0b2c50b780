/**
 * The export dialog as an operator uses it, through the browser host: Export… opens a
 * checklist of every format; one click on Export writes every checked format beside the
 * report, in one pass, named as `podium export` names them; the dialog lists the files.
 * A bad request to the API is refused before any work.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../slides/core/browser-api.ts';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { deckAids } from '../slides/core/aids/index.ts';
import { cjkTextSize, pdfFonts, pdfPageCount, pdfText, squeeze } from './helpers/pdf-tools.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp } from './support/views.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-export-dialog-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('export dialog', () => {
  it('exports every checked format in one pass beside the report and lists the files', async () => {
    const file = join(dir, '工作报告.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file, presenterOnly: true });
    const { presenter } = app;
    try {
      await presenter.click('#btn-export');
      const dialog = presenter.locator('#export-dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const boxes = presenter.locator('#export-formats input[type="checkbox"]');
      expect(await boxes.count()).toBe(9);
      expect(await presenter.locator('#export-formats label:has(input[value="proof"])').textContent()).toContain('校对单');
      // 修订对照 only once a revised draft has been brought in: this deck has none.
      await expect.poll(() => presenter.locator('#export-formats input[value="changes"]').isDisabled()).toBe(true);
      // Nothing checked: the dialog says so and writes nothing.
      for (const box of await boxes.all()) await box.uncheck();
      await presenter.click('#export-go');
      await expect.poll(() => presenter.locator('#export-status').textContent()).toBe('请至少选择一种格式。');
      await presenter.locator('#export-formats input[value="slides"]').check();
      await presenter.locator('#export-formats input[value="handout"]').check();
      await presenter.locator('#export-formats input[value="pptx"]').check();
      await presenter.locator('#export-formats input[value="proof"]').check();
      await presenter.selectOption('#export-per-page', '4');
      await presenter.fill('#export-watermark', '内部资料');
      // Keys typed in the dialog stay there: the slide does not move.
      await presenter.locator('#export-watermark').press('ArrowRight');
      await screenshot(presenter, 'export-dialog');
      await presenter.click('#export-go');
      await expect.poll(() => presenter.locator('#export-files li').count(), { timeout: 60_000 }).toBe(4);
      expect(await presenter.locator('#export-status').textContent()).toBe(`已导出到 ${dir}：`);
      expect(await presenter.locator('#export-files li').allTextContents()).toEqual(['工作报告.pptx', '工作报告-slides.pdf', '工作报告-handout.pdf', '工作报告-proof.pdf']);
      await screenshot(presenter, 'export-dialog-done');
      expect((await readdir(dir)).sort()).toEqual(['工作报告-handout.pdf', '工作报告-proof.pdf', '工作报告-slides.pdf', '工作报告.md', '工作报告.pptx']);
      // Handouts 4 per page: 52 slides on 13 pages.
      expect(pdfPageCount(join(dir, '工作报告-handout.pdf'))).toBe(13);
      for (const font of pdfFonts(join(dir, '工作报告-slides.pdf'))) expect(font).toMatchObject({ type: 'CID TrueType', subset: true });
      // The proofreading sheet of the untouched deck: every slide as in the report.
      expect(squeeze(pdfText(join(dir, '工作报告-proof.pdf')))).toContain('共52张幻灯片，0处需要校对');
      expect((await readFile(join(dir, '工作报告.pptx'))).subarray(0, 2).toString()).toBe('PK');
      expect(await presenter.locator('#location').textContent()).toMatch(/^1\//);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('prints the reading copy with the speaker aids, or without them when the box is cleared', async () => {
    const readings = async (aids: boolean): Promise<{ text: string; expected: string[] }> => {
      const folder = join(dir, aids ? 'with-aids' : 'without-aids');
      await mkdir(folder);
      const file = join(folder, '讲话稿.md');
      await copyFile(BUNDLED_DECK_PATH, file);
      const app = await startApp(browser, { file, presenterOnly: true });
      try {
        const { presenter } = app;
        const deck = app.host.session.current?.deck;
        if (!deck) throw new Error('no deck open');
        await presenter.click('#btn-export');
        for (const box of await presenter.locator('#export-formats input[type="checkbox"]').all()) await box.uncheck();
        await presenter.locator('#export-formats input[value="reading"]').check();
        expect(await presenter.locator('#export-aids').isChecked()).toBe(true);
        if (!aids) await presenter.locator('#export-aids').uncheck();
        await presenter.click('#export-go');
        await expect.poll(() => presenter.locator('#export-files li').count(), { timeout: 60_000 }).toBe(1);
        const expected = deckAids(deck).filter((aid) => aid.kind === 'pinyin').map((aid) => squeeze(aid.reading));
        return { text: squeeze(pdfText(join(folder, '讲话稿-reading.pdf'))), expected };
      } finally {
        await app.close();
      }
    };
    const on = await readings(true);
    expect(on.expected.length).toBeGreaterThan(0);
    for (const reading of on.expected) expect(on.text).toContain(reading);
    const off = await readings(false);
    for (const reading of off.expected) expect(off.text).not.toContain(reading);
  });

  it('prints notes pages two a page in large type when the dialog asks, and says which faces set the official copy', async () => {
    const folder = join(dir, 'notes');
    await mkdir(folder);
    const file = join(folder, '备注.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file, presenterOnly: true });
    try {
      const { presenter } = app;
      const slides = app.host.session.current?.deck.slides.length ?? 0;
      await presenter.click('#btn-export');
      for (const box of await presenter.locator('#export-formats input[type="checkbox"]').all()) await box.uncheck();
      await presenter.locator('#export-formats input[value="notes"]').check();
      await presenter.locator('#export-formats input[value="official"]').check();
      expect(await presenter.inputValue('#export-notes-per-page')).toBe('1');
      expect(await presenter.locator('#export-large-type').isChecked()).toBe(false);
      await presenter.selectOption('#export-notes-per-page', '2');
      await presenter.locator('#export-large-type').check();
      await presenter.click('#export-go');
      await expect.poll(() => presenter.locator('#export-files li').count(), { timeout: 60_000 }).toBe(2);
      // This computer has a 楷体 (fonts-arphic-gkai00mp) and none of the other three faces.
      expect(await presenter.locator('#export-faces').textContent()).toMatch(/^公文版字体：标题 Noto Serif SC Bold（内置字体：本机没有方正小标宋）；.*二级标题 AR PL KaitiM GB（本机字体）$/);
      await screenshot(presenter, 'export-dialog-faces');
      const pdf = join(folder, '备注-notes.pdf');
      // Two slides share a page where their notes leave room: fewer pages than slides, even in large type.
      expect(pdfPageCount(pdf)).toBeLessThan(slides);
      expect(cjkTextSize(pdf)).toBeGreaterThanOrEqual(16);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the API refuses an unknown format or a second copy of one, before any work', async () => {
    const file = join(dir, 'other.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const app = await startApp(browser, { file, presenterOnly: true });
    try {
      const post = (body: unknown) =>
        app.presenter.evaluate(async ([url, json]) => {
          // With the launch's token the page keeps, as the app's own calls carry it.
          const token = localStorage.getItem('podium.accessToken') ?? '';
          const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Podium-Token': token }, body: json });
          return { status: response.status, text: await response.text() };
        }, [API.export, JSON.stringify(body)] as const);
      expect(await post({ formats: ['docx'] })).toMatchObject({ status: 400, text: expect.stringMatching(/distinct formats among slides, notes/) });
      expect(await post({ formats: ['slides', 'slides'] })).toMatchObject({ status: 400 });
      expect(await post({ formats: ['slides'], path: '/etc' })).toMatchObject({ status: 400, text: expect.stringMatching(/unknown keys: path/) });
      expect((await readdir(dir)).filter((name) => name.startsWith('other'))).toEqual(['other.md']);
    } finally {
      await app.close();
    }
  });
});

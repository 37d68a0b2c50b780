/**
 * Speaker aids (朗读提示) in Chromium, as the speaker and the staff meet them: ruby over
 * the presenter's notes (a toggle), the teleprompter (on until R turns it off) and the
 * reading copy PDF (on unless turned off); never on the hall's screen; the text itself
 * unchanged (positions, copy, find, pdftotext in order with the readings after it); the
 * review drawer's pronunciation table, corrections and dismissals changing every view
 * live and remembered per deck. Screenshots go to test-results/screenshots/aids-*.png.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../slides/core/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import { deckAids } from '../slides/core/aids/index.ts';
import { splitSentences } from '../slides/core/sentences.ts';
import { readReport } from '../slides/node/read-report.ts';
import { openPdfSession } from '../slides/export/pdf.ts';
import { launchChromium } from './support/chromium.ts';
import { press } from './support/present-steps.ts';
import { RENDERER_DIST } from './support/renderer-build.ts';
import { SCREENSHOT_DIR, screenshot, waitReady, type AppRun } from './support/views.ts';
import { withCleanApp } from './support/clean-app.ts';
import { pdfText, pdfToPng, squeeze } from './helpers/pdf-tools.ts';

const DECK_FILE = resolve('test/fixtures/aids-deck.md');

let browser: Browser;
let deck: DeckModel;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  deck = compileDeck(await readReport(DECK_FILE));
  dir = await mkdtemp(join(tmpdir(), 'podium-aids-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const withApp = (test: (app: AppRun) => Promise<void>): Promise<void> => withCleanApp(browser, { file: DECK_FILE, viewport: { width: 1400, height: 860 } }, test);

/** Readings drawn in a page, in order, with the text each stands over. */
function drawn(page: Page, root: string): Promise<{ text: string; reading: string }[]> {
  return page.$$eval(`${root} span.aid`, (aids) => aids.map((aid) => ({ text: aid.textContent ?? '', reading: aid.querySelector<HTMLElement>('.aid-anchor')?.dataset['reading'] ?? '' })));
}

/** Where each sentence of the notes starts on screen (left, top of its first line). */
function sentenceStarts(page: Page): Promise<number[][]> {
  return page.$$eval('#notes .sentence', (spans) => spans.map((span) => {
    const rect = span.getClientRects()[0];
    return rect ? [Math.round(rect.left * 10) / 10, Math.round(rect.top * 10) / 10] : [];
  }));
}

const notesOf = (index: number): string => deck.slides[index]!.notes;

describe('speaker aids', () => {
  it('presenter notes: off until turned on; then readings above the lines, the text unmoved, copy and find give the report\'s characters; never on the hall\'s screen', async () => {
    await withApp(async (app) => {
      const { presenter, audience } = app;
      // The hall shows the slides (not the 会标), as during the speech.
      await presenter.click('#btn-slides');
      await presenter.waitForSelector('#notes .sentence');
      expect(await presenter.isChecked('#aids-toggle')).toBe(false);
      expect(await drawn(presenter, '#notes')).toEqual([]);
      const before = await sentenceStarts(presenter);

      await presenter.check('#aids-toggle');
      await presenter.waitForSelector('#notes span.aid');
      const aids = await drawn(presenter, '#notes');
      expect(aids).toEqual(expect.arrayContaining([
        { text: '3.45万亿元', reading: '三点四五万亿元' },
        { text: '4.5%', reading: '百分之四点五' },
        { text: '0.3个百分点', reading: '零点三个百分点' },
        { text: '蚌埠', reading: 'bèng bù' },
        { text: '涞', reading: 'lái' },
        { text: '1∶2.1', reading: '一比二点一' },
      ]));
      expect(aids.some((aid) => aid.text.includes('X'))).toBe(false);
      // Not a glyph moved: every sentence starts where it started without aids.
      expect(await sentenceStarts(presenter)).toEqual(before);
      // The text is the report's, for copy and for find.
      expect(await presenter.$eval('#notes', (el) => el.textContent)).toBe(notesOf(0).replace(/\n/g, ''));
      const copied = await presenter.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('notes')!);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const text = selection.toString();
        selection.removeAllRanges();
        return text;
      });
      expect(squeeze(copied)).toBe(squeeze(notesOf(0)));
      expect(copied).not.toContain('bèng');
      expect(await presenter.evaluate(() => (window as unknown as { find(text: string): boolean }).find('蚌埠至单县'))).toBe(true);
      await screenshot(presenter, 'aids-presenter-notes');

      // The hall never sees an aid.
      expect(await audience.$$eval('.aid, [data-reading]', (nodes) => nodes.length)).toBe(0);

      // Drawn again on the next slide, and remembered.
      await press(presenter, 'ArrowRight');
      await presenter.waitForFunction(() => document.querySelector('#notes')?.textContent?.includes('2035'));
      await presenter.waitForSelector('#notes span.aid:has-text("2035年")');
      expect(await drawn(presenter, '#notes')).toEqual(expect.arrayContaining([{ text: '2035年', reading: '二〇三五年' }, { text: '郭珺', reading: 'guō jùn' }]));
      await presenter.reload();
      await waitReady(presenter);
      await presenter.waitForSelector('#notes span.aid');
      expect(await presenter.isChecked('#aids-toggle')).toBe(true);
      const slide = await presenter.evaluate(() => Number(document.documentElement.dataset['slideIndex']));
      await presenter.uncheck('#aids-toggle');
      expect(await drawn(presenter, '#notes')).toEqual([]);
      expect(await presenter.$eval('#notes', (el) => el.textContent)).toBe(notesOf(slide).replace(/\n/g, ''));
    });
  });

  it('teleprompter: on by default; R turns the aids off and on again', async () => {
    await withApp(async (app) => {
      const page = await app.context.newPage();
      await page.goto(new URL('teleprompter.html', app.host.url).href);
      await waitReady(page);
      await page.waitForSelector('#tp-content span.aid');
      expect(await page.getAttribute('body', 'data-aids')).toBe('on');
      expect(await drawn(page, '#tp-content')).toEqual(expect.arrayContaining([{ text: '蚌埠', reading: 'bèng bù' }, { text: '2035年', reading: '二〇三五年' }]));
      expect(squeeze(await page.$eval('#tp-content', (el) => Array.from(el.querySelectorAll('.tp-text')).map((p) => p.textContent).join('')))).toBe(squeeze(deck.slides.map((s) => s.notes).join('')));
      await screenshot(page, 'aids-teleprompter');
      await page.keyboard.press('r');
      await page.waitForSelector('body[data-aids="off"]');
      expect(await drawn(page, '#tp-content')).toEqual([]);
      await page.keyboard.press('r');
      await page.waitForSelector('#tp-content span.aid');
    });
  });

  it('review: every aid listed; a word added to the pronunciation table, a correction and a dismissal change the notes and the teleprompter live, and are remembered for this deck', async () => {
    await withApp(async (app) => {
      const { presenter } = app;
      const prompter = await app.context.newPage();
      await prompter.goto(new URL('teleprompter.html', app.host.url).href);
      await waitReady(prompter);
      await prompter.waitForSelector('#tp-content span.aid');

      await presenter.check('#aids-toggle');
      await presenter.click('#btn-aids-review');
      await presenter.waitForSelector('#aids-review .aids-row');
      const rows = await presenter.$$eval('#aids-review .aids-row', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['text']));
      expect(rows).toEqual(deckAids(deck).map((aid) => aid.text));
      // The file's own list is shown (read-only) with the staff's table.
      expect(await presenter.textContent('#aids-review .aids-from-file')).toContain('郭珺');

      // A name the staff add: both views show it at once.
      await presenter.fill('#aids-review .aids-add .aids-word', '物流通道');
      await presenter.fill('#aids-review .aids-add .aids-reading', 'wu4 liu2 tong1 dao4');
      await presenter.press('#aids-review .aids-add .aids-reading', 'Enter');
      await presenter.waitForSelector('#notes span.aid:has-text("物流通道")');
      expect(await drawn(presenter, '#notes')).toContainEqual({ text: '物流通道', reading: 'wù liú tōng dào' });
      await prompter.waitForSelector('#tp-content span.aid:has-text("物流通道")');

      // A correction and a dismissal.
      await presenter.fill('#aids-review .aids-row[data-text="4.5%"] .aids-reading', '百分之四点五左右');
      await presenter.press('#aids-review .aids-row[data-text="4.5%"] .aids-reading', 'Tab');
      await presenter.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('#notes .aid-anchor')).some((a) => a.dataset['reading'] === '百分之四点五左右'));
      await presenter.click('#aids-review .aids-row[data-text="蚌埠"] .aids-dismiss');
      await presenter.waitForFunction(() => !Array.from(document.querySelectorAll('#notes span.aid')).some((a) => a.textContent === '蚌埠'));
      await prompter.waitForFunction(() => !Array.from(document.querySelectorAll('#tp-content span.aid')).some((a) => a.textContent === '蚌埠'));
      await prompter.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('#tp-content .aid-anchor')).some((a) => a.dataset['reading'] === '百分之四点五左右'));
      await screenshot(presenter, 'aids-review');

      // Remembered for this deck.
      await presenter.reload();
      await waitReady(presenter);
      await presenter.waitForSelector('#notes span.aid');
      const after = await drawn(presenter, '#notes');
      expect(after).toContainEqual({ text: '物流通道', reading: 'wù liú tōng dào' });
      expect(after).toContainEqual({ text: '4.5%', reading: '百分之四点五左右' });
      expect(after.some((aid) => aid.text === '蚌埠')).toBe(false);
      await presenter.click('#btn-aids-review');
      await presenter.waitForSelector('#aids-review .aids-own');
      expect(await presenter.inputValue('#aids-review .aids-own .aids-word')).toBe('物流通道');

      // Undo brings the dismissed aid back.
      await presenter.click('#aids-review .aids-reset');
      await presenter.waitForFunction(() => Array.from(document.querySelectorAll('#notes span.aid')).some((a) => a.textContent === '蚌埠'));
    });
  });

  it('reading copy: readings above the lines; pdftotext gives back every sentence in order and the readings after it; with aids off, none', async () => {
    const session = await openPdfSession({ rendererDir: RENDERER_DIST });
    try {
      const withAids = join(dir, 'reading.pdf');
      const without = join(dir, 'reading-no-aids.pdf');
      await writeFile(withAids, (await session.render(deck, { kind: 'reading' }, {})).pdf);
      await writeFile(without, (await session.render(deck, { kind: 'reading', aids: false }, {})).pdf);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      pdfToPng(withAids, 1, join(SCREENSHOT_DIR, 'aids-reading-copy'), 100);

      const text = squeeze(pdfText(withAids));
      const sentences = deck.slides.flatMap((slide) => slide.notes.split('\n').flatMap(splitSentences)).map(squeeze).filter((s) => s.length > 0);
      let at = 0;
      for (const sentence of sentences) {
        const found = text.indexOf(sentence, at);
        expect(found, sentence).toBeGreaterThanOrEqual(at);
        at = found + sentence.length;
      }
      // Every reading is there, after the report's text (never inside a sentence).
      const readings = text.slice(at);
      for (const aid of deckAids(deck)) expect(readings, aid.text).toContain(squeeze(aid.reading));

      const plain = squeeze(pdfText(without));
      for (const sentence of sentences) expect(plain).toContain(sentence);
      for (const reading of ['bèngbù', '三点四五万亿元', 'guōjùn']) expect(plain).not.toContain(reading);
    } finally {
      await session.close();
    }
  });
});

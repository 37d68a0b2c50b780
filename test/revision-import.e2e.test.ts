/**
 * 文件 ▸ 导入修订稿 as an office user does it, through the browser host: a report edited in the app
 * (so it became <report>.md), then the new draft (.docx, then a .txt) picked in the presenter's
 * dialog. The dialog shows the summary (counts; the slides to check, one click to each; the new and
 * removed ones; the backup); hand edits on unchanged slides are kept; the views update at once; the
 * 修订对照 drawer shows the changed words and takes the reader to each slide. A draft that cannot
 * be read is refused with its reason, and nothing changes.
 */
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckModel } from '../slides/core/model.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { makeWordPackage, para, run } from '../slides/node/fixtures/word-package.ts';
import { launchChromium } from './support/chromium.ts';
import { hostDeck, openEditor } from './support/editor-steps.ts';
import { waitShown } from './support/present-steps.ts';
import { screenshot, startApp } from './support/views.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-revision-import-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The second draft: a reworded sentence with a changed figure, a new paragraph, a removed one. */
function secondDraft(lines: readonly string[]): string[] {
  const next = [...lines];
  const reworded = next.findIndex((l) => l.startsWith('我们秉承“量质并举'));
  next[reworded] = (next[reworded] as string).replace('五年来', '六年来');
  const gone = next.findIndex((l) => l.startsWith('把蓝图变成现实，必须同心同德'));
  next.splice(gone, 1);
  const after = next.findIndex((l) => l.startsWith('我们秉承“党建领航'));
  next.splice(after + 1, 0, '我们秉承“开放合作、互利共赢”，打造开放X。全镇引进项目二十个，到位资金三亿元。');
  return next;
}

const slideWith = (deck: DeckModel, words: string) => {
  const slide = deck.slides.find((s) => s.notes.includes(words));
  if (!slide) throw new Error(`no slide reads ${words}`);
  return slide;
};

describe('导入修订稿 in the presenter', () => {
  it('brings a new draft into an edited deck: summary shown, hand edits kept, changed slides flagged, backup written, views updated', async () => {
    const report = join(dir, '工作报告.txt');
    await copyFile(EXAMPLE_REPORT_PATH, report);
    const lines = (await readFile(report, 'utf8')).split('\n');
    const draft = join(dir, '工作报告-第二稿.docx');
    // The drafting office left the changed figure as a tracked change (五 deleted, 六 inserted).
    const tracked = (text: string): string => {
      const at = text.indexOf('六年来');
      if (at < 0) return para(text);
      const change = '<w:del w:id="1" w:author="办公室"><w:r><w:delText>五</w:delText></w:r></w:del><w:ins w:id="2" w:author="办公室" w:date="2026-12-04T20:00:00Z"><w:r><w:t>六</w:t></w:r></w:ins>';
      return para('', { content: `${run(text.slice(0, at))}${change}${run(text.slice(at + 1))}` });
    };
    await writeFile(draft, await makeWordPackage({ body: secondDraft(lines).filter((l) => l.trim()).map(tracked).join('') }));

    const app = await startApp(browser, { file: report });
    const { presenter, audience, host } = app;
    try {
      // Edited in the app first: a typed title and a hidden slide, on passages the new draft leaves alone.
      const first = hostDeck(app);
      const titled = slideWith(first, '我们秉承“迁改并重');
      const hidden = slideWith(first, '我们秉承“重心下沉');
      const edited = await host.session.edit([
        { type: 'retitle', slideId: titled.id, title: '城镇面貌焕然一新' },
        { type: 'setHidden', slideId: hidden.id, hidden: true },
      ]);
      expect(edited).toMatchObject({ ok: true, createdDeck: join(dir, '工作报告.md') });
      const before = await readFile(join(dir, '工作报告.md'), 'utf8');
      // The editor is open beside the presenter while the draft comes in.
      const editor = await openEditor(app);
      expect(await editor.locator('.ed-list-item[data-revised]').count()).toBe(0);

      await presenter.click('#btn-revision');
      const dialog = presenter.locator('#revision-dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.locator('h2').textContent()).toBe('导入修订稿');
      await presenter.setInputFiles('#revision-file', draft);
      await expect.poll(() => presenter.locator('#revision-result').isVisible(), { timeout: 30_000 }).toBe(true);

      const deck = hostDeck(app);
      const summary = deck.revision?.summary;
      if (!summary) throw new Error('the host deck has no revision record');
      expect(summary.changed).toHaveLength(1);
      expect(summary.added).toHaveLength(1);
      expect(summary.removed).toHaveLength(1);
      expect(summary.unplaced).toEqual([]);
      const counts = `已用 工作报告-第二稿.docx 更新 ${join(dir, '工作报告.md')}：${summary.slides} 张幻灯片，未改动 ${summary.kept} 张，改动 1 张（请复核），新增 1 张，删除 1 张。`;
      expect(await presenter.locator('.revision-counts').textContent()).toBe(counts);
      const changedSlide = deck.slides.findIndex((s) => s.id === summary.changed[0]);
      const addedSlide = deck.slides.findIndex((s) => s.id === summary.added[0]);
      expect(await presenter.locator('.revision-changed button').allTextContents()).toEqual([`${changedSlide + 1}. ${deck.slides[changedSlide]?.title}`]);
      expect(await presenter.locator('.revision-added button').allTextContents()).toEqual([`${addedSlide + 1}. ${deck.slides[addedSlide]?.title}`]);
      expect(await presenter.locator('.revision-removed li').allTextContents()).toEqual(['必须同心同德、群策群力']);
      expect(await presenter.locator('.revision-note').last().textContent()).toBe(`更新前的幻灯片文件已备份为 ${join(dir, '工作报告.previous.md')}。`);
      // What reading the draft found is said, as for an opened report.
      expect(await presenter.locator('.revision-source').allTextContents()).toEqual(['此文档有 2 处未接受的修订；幻灯片和讲稿采用接受全部修订后的文字，批注不进入幻灯片和讲稿。']);
      await screenshot(presenter, 'revision-import-summary');

      // On disk: the deck updated, the previous one kept beside it, the record written; the report untouched.
      expect((await readdir(dir)).sort()).toEqual(['工作报告-第二稿.docx', '工作报告.md', '工作报告.previous.md', '工作报告.revision.json', '工作报告.txt']);
      expect(await readFile(join(dir, '工作报告.previous.md'), 'utf8')).toBe(before);
      expect(await readFile(join(dir, '工作报告.md'), 'utf8')).toContain('六年来');
      // Hand edits on unchanged slides are kept, with their ids (so rehearsal data stays).
      expect(slideWith(deck, '我们秉承“迁改并重')).toMatchObject({ id: titled.id, title: '城镇面貌焕然一新' });
      expect(slideWith(deck, '我们秉承“重心下沉')).toMatchObject({ id: hidden.id, hidden: true });
      expect(slideWith(deck, '六年来').id).toBe(summary.changed[0]);

      // Every view follows: the presenter shows the new slide count and offers 修订对照.
      await expect.poll(() => presenter.locator('#location-count').textContent()).toContain(`/${summary.slides}`);
      await expect.poll(() => presenter.locator('#btn-changes').isVisible()).toBe(true);
      // The editor follows too: the changed slide and the new one are marked to check.
      await expect.poll(() => editor.locator('.ed-list-item[data-revised="changed"]').getAttribute('data-slide-id')).toBe(summary.changed[0]);
      expect(await editor.locator('.ed-list-item[data-revised="added"]').getAttribute('data-slide-id')).toBe(summary.added[0]);
      expect(await editor.locator('.ed-list-item[data-revised="changed"] .ed-mark-revised').textContent()).toBe('改动 · 请复核');
      await editor.locator('.ed-list-item[data-revised="changed"]').scrollIntoViewIfNeeded();
      await screenshot(editor, 'revision-editor-marks');
      await editor.close();

      // One click to the slide to check: the dialog closes, both views go there, the changed sentence is marked.
      await presenter.click('.revision-changed button');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await waitShown(presenter, changedSlide);
      await waitShown(audience, changedSlide);
      await expect.poll(() => presenter.locator('#notes span.sentence.revised').count()).toBeGreaterThan(0);

      // 修订对照: the changed, new and removed slides with their words marked; a heading takes the show to its slide.
      await presenter.click('#btn-changes');
      const drawer = presenter.locator('#changes-view');
      await expect.poll(() => drawer.isVisible()).toBe(true);
      expect(await drawer.locator('.chg-slide:not(.chg-unplaced-heading)').count()).toBe(3);
      expect(await drawer.locator('.chg-s ins.num').allTextContents()).toEqual(['六']);
      expect(await drawer.locator('.chg-s del.num').allTextContents()).toEqual(['五']);
      expect(await drawer.locator('.chg-s-removed').first().textContent()).toContain('把蓝图变成现实，必须同心同德');
      expect(await drawer.locator('.chg-slide.current').getAttribute('data-slide-id')).toBe(summary.changed[0]);
      await screenshot(presenter, 'revision-changes-drawer');
      await drawer.locator(`.chg-added[data-slide-id="${summary.added[0]}"]`).click();
      await waitShown(presenter, addedSlide);
      await waitShown(audience, addedSlide);
      await expect.poll(() => drawer.locator('.chg-slide.current').getAttribute('data-slide-id')).toBe(summary.added[0]);
      await presenter.click('#changes-close');
      await expect.poll(() => drawer.isVisible()).toBe(false);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('refuses a draft it cannot read, saying why, and changes nothing; a .txt draft then goes in (English)', async () => {
    const deckDir = await mkdtemp(join(dir, 'txt-'));
    const report = join(deckDir, 'report.txt');
    await copyFile(EXAMPLE_REPORT_PATH, report);
    const lines = (await readFile(report, 'utf8')).split('\n');
    const broken = join(deckDir, 'draft-2.docx');
    await writeFile(broken, 'this is not a Word document');
    const draft = join(deckDir, 'draft-2.txt');
    await writeFile(draft, secondDraft(lines).join('\n'));

    const app = await startApp(browser, { file: report, presenterOnly: true });
    const { presenter } = app;
    try {
      await presenter.click('#btn-lang');
      await expect.poll(() => presenter.locator('#btn-revision').textContent()).toBe('New draft');
      await presenter.click('#btn-revision');
      await presenter.setInputFiles('#revision-file', broken);
      await expect.poll(() => presenter.locator('#revision-status').textContent(), { timeout: 30_000 }).toMatch(/^Could not bring in draft-2\.docx: /);
      expect(await presenter.locator('#revision-result').isVisible()).toBe(false);
      expect((await readdir(deckDir)).sort()).toEqual(['draft-2.docx', 'draft-2.txt', 'report.txt']);

      // A report never edited becomes its deck (report.md) first, then takes the draft.
      await presenter.setInputFiles('#revision-file', draft);
      await expect.poll(() => presenter.locator('#revision-result').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await presenter.locator('.revision-counts').textContent()).toMatch(/^Updated .*report\.md from draft-2\.txt: \d+ slides, \d+ unchanged, 1 changed \(check them\), 1 new, 1 removed\.$/);
      expect(await presenter.locator('.revision-note').first().textContent()).toBe(`This report had no deck file yet: it was first saved as ${join(deckDir, 'report.md')}, then updated.`);
      expect((await readdir(deckDir)).sort()).toEqual(['draft-2.docx', 'draft-2.txt', 'report.md', 'report.previous.md', 'report.revision.json', 'report.txt']);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

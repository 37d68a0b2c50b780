/**
 * The speaker sees what a revised draft changed: after `podium import <draft> --into deck.md`, the
 * presenter opened on the deck marks the changed and added sentences of a changed slide that has not
 * been rehearsed since, says how many in the notes bar, and marks nothing on a slide left as it was;
 * the rehearsal report lists the changed and new slides no run has read since.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../slides/cli/program.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { bothShown, press } from './support/present-steps.ts';
import { runsAt, seedRehearsals } from './support/rehearsal-deck.ts';
import { screenshot, startApp, waitReady } from './support/views.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-revision-present-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function podium(...args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => void (out += text), err: (text) => void (err += text) }, { LANG: 'en_US.UTF-8' });
  if (code !== 0) throw new Error(err);
  return out;
}

describe('presenter change marks after a revised draft', () => {
  it('marks the changed sentences of a changed slide and nothing on a kept one', async () => {
    const deckPath = join(dir, 'deck.md');
    await podium('import', EXAMPLE_REPORT_PATH, '-o', deckPath);
    const lines = (await readFile(EXAMPLE_REPORT_PATH, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('我们秉承“民之所向'));
    lines[at] = (lines[at] as string).replace('。', '。全镇新建养老服务中心一座。');
    await writeFile(join(dir, 'draft-2.txt'), lines.join('\n'));
    const summary = JSON.parse(await podium('import', join(dir, 'draft-2.txt'), '--into', deckPath, '--json')) as { changed: string[] };
    expect(summary.changed).toHaveLength(1);

    const app = await startApp(browser, { file: deckPath });
    const { presenter, audience, host } = app;
    try {
      const deck = host.session.current?.deck;
      if (!deck) throw new Error('deck did not open');
      expect(deck.revision?.current).toBe('draft-2.txt');
      const changed = deck.slides.findIndex((s) => s.id === summary.changed[0]);
      expect(changed).toBeGreaterThan(1);
      await press(presenter, 'ArrowRight', ...String(changed + 1).split(''), 'Enter');
      await bothShown(presenter, audience, changed, 'slides');
      const marked = presenter.locator('#notes span.sentence.revised');
      await expect.poll(() => marked.count()).toBe(1);
      expect(await marked.first().textContent()).toContain('全镇新建养老服务中心一座。');
      expect(await presenter.locator('#notes-revised').isVisible()).toBe(true);
      expect(await presenter.locator('#notes-revised').textContent()).toBe('修订稿改动 1 句，尚未排练');
      await screenshot(presenter, 'presenter-revised-marks');

      // The slide before it is unchanged: no marks, no badge.
      await press(presenter, 'ArrowLeft');
      await bothShown(presenter, audience, changed - 1, 'slides');
      await expect.poll(() => presenter.locator('#notes-revised').isVisible()).toBe(false);
      expect(await presenter.locator('#notes span.sentence.revised').count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the rehearsal report lists the slides not rehearsed since they changed, until a run reads them', async () => {
    const folder = join(dir, 'report');
    await mkdir(folder);
    const deckPath = join(folder, 'deck.md');
    await podium('import', EXAMPLE_REPORT_PATH, '-o', deckPath);
    const lines = (await readFile(EXAMPLE_REPORT_PATH, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('我们秉承“民之所向'));
    lines[at] = (lines[at] as string).replace('。', '。全镇新建养老服务中心一座。');
    lines.splice(at + 1, 0, '我们秉承“开放合作、互利共赢”，打造开放X。全镇引进项目二十个，到位资金三亿元。');
    await writeFile(join(folder, 'draft-2.txt'), lines.join('\n'));
    const summary = JSON.parse(await podium('import', join(folder, 'draft-2.txt'), '--into', deckPath, '--json')) as { changed: string[]; added: string[] };
    expect(summary.changed).toHaveLength(1);
    expect(summary.added).toHaveLength(1);

    const app = await startApp(browser, { file: deckPath, presenterOnly: true });
    try {
      const deck = app.host.session.current?.deck;
      if (!deck) throw new Error('deck did not open');
      // A run of the deck as it is now that read the new slide but stopped before the changed one.
      const [run] = runsAt(deck, [220]);
      if (!run) throw new Error('no run');
      delete run.slideMs[summary.changed[0] as string];
      await seedRehearsals(app.presenter, deck, { format: 'podium-rehearsals', version: 1, report: { title: deck.meta.title, source: deck.meta.source.name }, runs: [run], plan: { skip: [], abridge: [] } });
      const report = await app.context.newPage();
      await report.goto(new URL('rehearsal.html', app.host.url).href);
      await waitReady(report);
      const panel = report.locator('#rr-revised-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await report.textContent('#rr-revised-title')).toBe('改动后还没有排练的幻灯片（1 张）');
      expect(await report.textContent('#rr-revised-hint')).toBe('这些幻灯片的文字被修订稿 draft-2.txt 改动或新增，之后的排练还没有读到它们。');
      const changed = deck.slides.findIndex((s) => s.id === summary.changed[0]);
      const items = report.locator('#rr-revised-list li');
      expect(await items.count()).toBe(1);
      expect(await items.first().getAttribute('data-slide-id')).toBe(summary.changed[0]);
      expect(await items.first().textContent()).toBe(`${changed + 1}改动 · 请复核${deck.slides[changed]?.title}`);
      await panel.scrollIntoViewIfNeeded();
      await screenshot(report, 'rehearsal-report-revised');

      // A run that reads the changed slide too: none is left.
      const [full] = runsAt(deck, [230]);
      await seedRehearsals(app.presenter, deck, { format: 'podium-rehearsals', version: 1, report: { title: deck.meta.title, source: deck.meta.source.name }, runs: [run, { ...full, id: 'seed-full' }], plan: { skip: [], abridge: [] } });
      await report.reload();
      await waitReady(report);
      await expect.poll(() => report.textContent('#rr-revised-title')).toBe('改动后还没有排练的幻灯片（0 张）');
      expect(await report.textContent('#rr-revised-hint')).toBe('修订稿 draft-2.txt 改动的幻灯片都已排练过。');
      expect(await items.count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

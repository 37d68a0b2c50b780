/**
 * Rehearsal in Chromium (browser host): a timed run from the presenter view with
 * simulated time (Playwright's clock), pauses excluded, kept and stored by slide id;
 * a run cut short by closing the window comes back as a recovered run; the report view
 * with its headline, chart, fitting proposal and CSV export; a damaged store is kept
 * aside and reported while the view still starts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckModel } from '../slides/core/model.ts';
import { readingUnits, splitSentences } from '../slides/core/index.ts';
import { sentenceAt, sentenceEnds } from '../renderer/rehearsal/cursor-position.ts';
import { useRehearsalApps } from './support/rehearsal-app.ts';
import { SCREENSHOT_DIR, waitReady, type AppRun } from './support/views.ts';
import { runsAt, seedRehearsals, storedRehearsals } from './support/rehearsal-deck.ts';
import type { RehearsalFile } from '../renderer/rehearsal/store.ts';

const apps = useRehearsalApps('rehearsal', { width: 1600, height: 900 });
const withApp = apps.withApp;
let deck: DeckModel;
beforeAll(() => {
  deck = apps.deck;
});

async function openPage(app: AppRun, path: string): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(new URL(path, app.host.url).href);
  await waitReady(page);
  return page;
}

const ids = () => deck.slides.map((s) => s.id);

describe('rehearsal run from the presenter view', () => {
  it('records each slide’s time with pauses excluded and keeps the run (simulated time)', async () => {
    await withApp(async (app) => {
      const presenter = app.presenter;
      await app.context.clock.install({ time: new Date('2026-11-27T08:00:00Z') });
      await presenter.reload();
      await waitReady(presenter);
      await presenter.waitForSelector('#btn-rehearse:not([disabled])');
      // Time stands still between steps: only runFor moves it, so the figures are exact.
      await presenter.clock.pauseAt(new Date('2026-11-27T08:01:00Z'));
      await presenter.keyboard.press('r');
      await presenter.waitForSelector('html[data-rehearsal="recording"]');
      await presenter.clock.runFor(4_000);
      await presenter.keyboard.press('PageDown');
      await presenter.clock.runFor(6_000);
      await presenter.keyboard.press('p'); // applause: the shared clock pauses
      await presenter.waitForSelector('html[data-rehearsal="paused"]');
      await presenter.clock.runFor(12_000);
      await presenter.keyboard.press('p');
      await presenter.waitForSelector('html[data-rehearsal="recording"]');
      await presenter.clock.runFor(3_000);
      await presenter.keyboard.press('PageDown');
      await presenter.clock.runFor(1_000);
      await expect.poll(() => presenter.textContent('#rehearsal-chip')).toContain('0:14');
      await presenter.screenshot({ path: join(SCREENSHOT_DIR, 'rehearsal-presenter-recording.png') });
      await presenter.click('#btn-rehearse-keep');
      await presenter.waitForSelector('html[data-rehearsal="off"]');

      const stored = (await storedRehearsals(presenter, deck)) as RehearsalFile;
      expect(stored.runs).toHaveLength(1);
      expect(stored.inProgress).toBeUndefined();
      const run = stored.runs[0]!;
      const [first, second, third] = ids();
      expect(Object.keys(run.slideMs).sort()).toEqual([first, second, third].sort());
      expect(run.slideMs[first!]).toBe(4_000);
      expect(run.slideMs[second!]).toBe(9_000); // 6 s + 3 s; the 12 s pause is not counted
      expect(run.slideMs[third!]).toBe(1_000);
      expect(run.pausedMs).toBe(12_000);
      expect(await presenter.textContent('#rehearsal-notice')).toContain('1');
    });
  });

  it('a run cut short by closing the window comes back without the slide that was on screen', async () => {
    await withApp(async (app) => {
      let presenter = app.presenter;
      await app.context.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
      await presenter.reload();
      await waitReady(presenter);
      await presenter.waitForSelector('#btn-rehearse:not([disabled])');
      await presenter.clock.pauseAt(new Date('2026-11-27T09:01:00Z'));
      await presenter.click('#btn-rehearse');
      await presenter.waitForSelector('html[data-rehearsal="recording"]');
      await presenter.clock.runFor(2_500);
      await presenter.keyboard.press('PageDown');
      await presenter.clock.runFor(3_500);
      await presenter.keyboard.press('PageDown');
      await presenter.clock.runFor(5_000);
      await expect.poll(async () => ((await storedRehearsals(presenter, deck)) as RehearsalFile).inProgress?.slideMs[ids()[1]!]).toBe(3_500);
      await presenter.close({ runBeforeUnload: false }); // the app is killed mid-run

      presenter = await openPage(app, 'presenter.html');
      await presenter.waitForSelector('#btn-rehearse-recover');
      expect(await presenter.textContent('#rehearsal-notice')).toContain('2');
      await presenter.click('#btn-rehearse-recover');
      await expect.poll(async () => ((await storedRehearsals(presenter, deck)) as RehearsalFile).runs.length).toBe(1);
      const stored = (await storedRehearsals(presenter, deck)) as RehearsalFile;
      expect(stored.inProgress).toBeUndefined();
      expect(stored.runs[0]!.recovered).toBe(true);
      expect(stored.runs[0]!.slideMs).toEqual({ [ids()[0]!]: 2_500, [ids()[1]!]: 3_500 });
    });
  });

  it('a damaged store is kept aside and reported; the presenter still works', async () => {
    await withApp(async (app) => {
      await seedRehearsals(app.presenter, deck, '{"format":"podium-rehearsals","runs":[{"id":');
      await app.presenter.reload();
      await waitReady(app.presenter);
      await app.presenter.waitForSelector('#rehearsal-notice:not([hidden])');
      expect(await app.presenter.textContent('#rehearsal-notice')).toMatch(/无法读取.*-bak\d+/);
      const keys = await app.presenter.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('podium.rehearsals.')));
      expect(keys.some((k) => /-bak\d+$/.test(k))).toBe(true);
      await app.presenter.keyboard.press('PageDown'); // leaves the hold screen
      await app.presenter.waitForSelector('html[data-screen="slides"]');
      await app.presenter.keyboard.press('PageDown');
      await app.presenter.waitForSelector('html[data-slide-index="1"]');
    });
  });
});

describe('reading cursor in the presenter’s notes', () => {
  it('highlights the sentence to read now from the time on the slide, the ones before dimmed', async () => {
    await withApp(async (app) => {
      const presenter = app.presenter;
      // A content slide of several sentences.
      const index = deck.slides.findIndex((s) => s.kind === 'content' && (s.notes.match(/[。！？]/g) ?? []).length >= 4);
      const slide = deck.slides[index]!;
      await app.context.clock.install({ time: new Date('2026-11-27T10:00:00Z') });
      await presenter.reload();
      await waitReady(presenter);
      await presenter.clock.pauseAt(new Date('2026-11-27T10:01:00Z'));
      await presenter.keyboard.type(String(index + 1));
      await presenter.keyboard.press('Enter');
      await presenter.waitForSelector(`html[data-slide-index="${index}"]`);
      await presenter.click('#btn-pause'); // start the clock
      await presenter.clock.runFor(500);
      const marks = () => presenter.$$eval('#notes .sentence', (spans) => spans.map((s) => (s.classList.contains('reading-now') ? 'now' : s.classList.contains('read') ? 'read' : '')));
      const first = await marks();
      expect(first.length).toBeGreaterThanOrEqual(4);
      expect(first[0]).toBe('now');
      expect(await presenter.$$eval('#notes .sentence', (spans) => spans.map((s) => s.textContent).join(''))).toBe(slide.notes.replace(/\n+/g, ''));
      await presenter.clock.runFor(Math.round(slide.seconds * 600)); // 60 % of the slide's time
      const later = await marks();
      const now = later.indexOf('now');
      const sentences = slide.notes.split(/\n+/).flatMap((p) => splitSentences(p)).filter((t) => t.length > 0);
      expect(now).toBe(sentenceAt(sentenceEnds(sentences.map((t) => readingUnits(t, 'zh'))), 0.6));
      expect(now).toBeGreaterThan(0);
      expect(later.slice(0, now).every((m) => m === 'read')).toBe(true);
      await presenter.screenshot({ path: join(SCREENSHOT_DIR, 'presenter-reading-cursor.png') });
      await presenter.clock.runFor(Math.round(slide.seconds * 1000)); // over time: the last sentence stays marked
      expect((await marks()).at(-1)).toBe('now');
    });
  });
});

describe('rehearsal report view', () => {
  it('shows the prediction against the target, the sections, a fitting proposal, and exports CSV', async () => {
    await withApp(async (app) => {
      await seedRehearsals(app.presenter, deck, {
        format: 'podium-rehearsals', version: 1, report: { title: deck.meta.title, source: deck.meta.source.name },
        runs: runsAt(deck, [196, 204, 210], 2), plan: { skip: [], abridge: [] },
      });
      const report = await openPage(app, 'rehearsal.html');
      await report.setViewportSize({ width: 1400, height: 1000 });
      const headline = (await report.textContent('#rr-headline')) ?? '';
      expect(headline).toMatch(/^预计 \d+:\d\d，超出目标 \d+:\d\d$/);
      expect(await report.getAttribute('#rr-headline', 'data-level')).toBe('over');
      expect(await report.textContent('#rr-basis')).toContain('字/分');
      // One row per section plus the opening and closing, the slow section marked as the worst.
      expect(await report.locator('#rr-sections tr[data-worst="true"]').textContent()).toContain(deck.sections[2]!.title);
      // The chart drew something: the canvas is not blank.
      const painted = await report.$eval('#rr-chart', (canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
        return ink / (c.width * c.height);
      });
      expect(painted).toBeGreaterThan(0.02);
      const cuts = report.locator('#rr-fit-list li');
      expect(await cuts.count()).toBeGreaterThan(0);
      // Skippable slides come first.
      expect(await cuts.first().locator('.rr-action').getAttribute('data-action')).toBe('skip');
      expect(await report.textContent('#rr-fit-summary')).toMatch(/压缩后 \d+:\d\d/);
      await report.screenshot({ path: join(SCREENSHOT_DIR, 'rehearsal-report.png'), fullPage: true });

      const download = report.waitForEvent('download');
      await report.click('text=导出 CSV');
      const csvPath = await (await download).path();
      const bytes = await readFile(csvPath);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(1 + 3 * deck.slides.length);
      expect(lines[0]).toBe('排练,开始时间,页码,幻灯片 ID,部分,标题,计划（秒）,实际（秒）');

      // Accepting the proposal stores the shortened plan, which fits the target at the measured pace.
      await report.click('#rr-fit-actions button.primary');
      await expect.poll(async () => ((await storedRehearsals(report, deck)) as RehearsalFile).plan.skip.length).toBeGreaterThan(0);
      await report.waitForFunction(() => document.querySelector('#rr-headline')?.getAttribute('data-level') === 'under');
      await report.screenshot({ path: join(SCREENSHOT_DIR, 'rehearsal-report-fitted.png'), fullPage: true });
    });
  });

  it('an 8-second run over four slides: sections not reached say "未排练", and the run says how far it went', async () => {
    await withApp(async (app) => {
      const slideMs = Object.fromEntries(deck.slides.slice(0, 4).map((slide) => [slide.id, 2000]));
      await seedRehearsals(app.presenter, deck, {
        format: 'podium-rehearsals', version: 1, report: { title: deck.meta.title, source: deck.meta.source.name },
        runs: [{ id: 'short', startedAt: '2026-11-27T08:00:00.000Z', endedAt: '2026-11-27T08:00:08.000Z', pausedMs: 0, slideMs }], plan: { skip: [], abridge: [] },
      });
      const report = await openPage(app, 'rehearsal.html');
      await report.setViewportSize({ width: 1400, height: 1000 });
      expect(await report.textContent('#rr-cards')).toContain(`只排练到第 4/${deck.slides.length} 张`);
      const notReached = report.locator('#rr-sections tr[data-rehearsed="no"]');
      expect(await notReached.count()).toBeGreaterThan(1);
      for (const row of await notReached.all()) {
        expect(await row.locator('td').nth(2).textContent()).toBe('未排练');
        expect(await row.locator('td.delta').textContent()).toBe('—');
        expect(await row.getAttribute('data-level')).toBe('none');
      }
      // Only sections the run reached can be ahead of the plan; none is "ahead" for want of being reached.
      for (const row of await report.locator('#rr-sections tr[data-level="under"]').all()) expect(await row.locator('td').nth(2).textContent()).toMatch(/^\d+:\d\d$/);
      await report.screenshot({ path: join(SCREENSHOT_DIR, 'rehearsal-report-partial.png'), fullPage: true });
    });
  });

  it('without runs says how to start one', async () => {
    await withApp(async (app) => {
      const report = await openPage(app, 'rehearsal.html');
      expect(await report.isVisible('#rr-empty')).toBe(true);
      expect(await report.textContent('#rr-headline')).toMatch(/^预计 \d+:\d\d，超出目标/);
      expect(await report.isDisabled('text=导出 CSV')).toBe(true);
    });
  });
});

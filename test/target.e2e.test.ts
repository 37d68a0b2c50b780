/**
 * The target duration set where the speaker watches the time, not only in the editor: the
 * presenter's clocks and the rehearsal report. Each sets it through the host's edit (saved in
 * the deck file, read back from disk here), and the other view's pace, time left, headline and
 * fitting proposal follow at once. A .txt report keeps its target in the deck file made beside it.
 */
import { access, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { formatDuration } from '../slides/core/frontmatter.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp, waitReady, type AppRun } from './support/views.ts';
import { fileDeck, hostDeck } from './support/editor-steps.ts';

const REPORT_TXT = join(BUNDLED_DECK_PATH, '..', 'town-congress-report.txt');

let browser: Browser;
let dir: string;
let app: AppRun | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-target-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  if (!app) return;
  expect(app.pageErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  expect(app.dialogs).toEqual([]);
  await app.close();
  app = undefined;
});

async function openReport(run: AppRun): Promise<Page> {
  const page = await run.context.newPage();
  await page.goto(new URL('rehearsal.html', run.host.url).href);
  await waitReady(page);
  return page;
}

/** Opens the target field by its button, types `text` and presses `key`. */
async function typeTarget(page: Page, id: string, text: string, key = 'Enter'): Promise<void> {
  await page.click(`#${id}-set`);
  const input = page.locator(`#${id}-input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  await input.press(key);
}

const textOf = (page: Page, selector: string) => page.locator(selector).textContent();

describe('target duration set in the presenter and the rehearsal report', () => {
  it('sets it in the presenter: time left and the report follow at once, and the deck file keeps it', async () => {
    const file = join(dir, 'deck.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const run = (app = await startApp(browser, { file, presenterOnly: true }));
    const presenter = run.presenter;
    expect(hostDeck(run).meta.targetSeconds).toBeUndefined();
    expect(await textOf(presenter, '#target')).toMatch(/^计划 /);
    expect(await textOf(presenter, '#presenter-target-set')).toBe('设定目标');
    const report = await openReport(run);
    expect(await textOf(report, '#rr-target-card .rr-value')).toBe('未设定');
    expect(await textOf(report, '#rr-fit-summary')).toContain('设定目标');

    await typeTarget(presenter, 'presenter-target', '45');
    await presenter.waitForFunction(() => document.getElementById('target')?.textContent === '目标 45:00');
    // Not started: all of the target is left, and the presenter's keys drive the show again.
    expect(await textOf(presenter, '#time-left')).toBe('45:00');
    expect(await presenter.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    expect(hostDeck(run).meta.targetSeconds).toBe(2700);
    expect((await fileDeck(file)).meta.targetSeconds).toBe(2700);
    // The report, open beside it, compares the plan with the new target without a reload.
    await report.waitForFunction(() => document.querySelector('#rr-target-card .rr-value')?.textContent === '45:00');
    const planned = hostDeck(run).meta.totalSeconds;
    expect(await textOf(report, '#rr-headline')).toContain(planned > 2700 ? '超出目标' : '比目标少');
    expect(await textOf(report, '#rr-fit-summary')).not.toContain('未设定目标时长');
    await screenshot(presenter, 'target-presenter');
  });

  it('sets, refuses and clears it in the rehearsal report; the presenter follows', async () => {
    const file = join(dir, 'deck-report.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const run = (app = await startApp(browser, { file, presenterOnly: true }));
    const presenter = run.presenter;
    const report = await openReport(run);
    const planned = hostDeck(run).meta.totalSeconds;
    // A target well above the plan: the headline says how much time is to spare.
    const roomy = planned + 600;
    await typeTarget(report, 'rr-target', formatDuration(roomy));
    await report.waitForFunction((t) => document.querySelector('#rr-target-card .rr-value')?.textContent === t, formatDuration(roomy));
    expect(await textOf(report, '#rr-headline')).toContain('比目标少');
    expect(await textOf(report, '#rr-fit-summary')).toBe('当前计划在目标以内，无需压缩。');
    expect(await textOf(report, '#rr-target-set')).toBe('更改');
    await presenter.waitForFunction((t) => document.getElementById('target')?.textContent === `目标 ${t}`, formatDuration(roomy));
    expect((await fileDeck(file)).meta.targetSeconds).toBe(roomy);
    await screenshot(report, 'target-report');

    // Words are refused with a message, and nothing changes; Escape leaves the target as it was.
    await typeTarget(report, 'rr-target', '很久');
    await report.waitForFunction(() => document.getElementById('rr-status')?.textContent?.includes('很久') === true);
    await typeTarget(report, 'rr-target', '5', 'Escape');
    expect(await report.locator('#rr-target-input').isHidden()).toBe(true);
    expect(hostDeck(run).meta.targetSeconds).toBe(roomy);

    // A target well below the plan: over, with cuts proposed.
    await typeTarget(report, 'rr-target', '10');
    await report.waitForFunction(() => document.querySelector('#rr-target-card .rr-value')?.textContent === '10:00');
    expect(await textOf(report, '#rr-headline')).toContain('超出目标');
    expect(await report.locator('#rr-fit-list li').count()).toBeGreaterThan(0);

    // Emptied: no target any more, anywhere.
    await typeTarget(report, 'rr-target', '');
    await report.waitForFunction(() => document.querySelector('#rr-target-card .rr-value')?.textContent === '未设定');
    await presenter.waitForFunction(() => document.getElementById('target')?.textContent?.startsWith('计划 ') === true);
    expect(hostDeck(run).meta.targetSeconds).toBeUndefined();
    expect((await fileDeck(file)).meta.targetSeconds).toBeUndefined();
  });

  it('a .txt report keeps the target in the deck file made beside it, and says where', async () => {
    const report = join(dir, '工作报告.txt');
    await copyFile(REPORT_TXT, report);
    const run = (app = await startApp(browser, { file: report, presenterOnly: true }));
    await typeTarget(run.presenter, 'presenter-target', '50:00');
    await run.presenter.waitForFunction(() => document.getElementById('target')?.textContent === '目标 50:00');
    const deckFile = join(dir, '工作报告.md');
    await run.presenter.waitForFunction((path) => document.getElementById('notice')?.textContent?.includes(path) === true, deckFile);
    await access(deckFile);
    expect((await fileDeck(deckFile)).meta.targetSeconds).toBe(3000);
  });
});

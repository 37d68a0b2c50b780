/**
 * Presenting in Chromium through the browser host: the bundled report in the presenter
 * and audience views (two pages of one browser context, as two app windows), keys and
 * clicker keys, the two views in step, the hold/black/white screens, the clock's pause,
 * the presenter's tools, no text overflowing any slide, and no request leaving the app's
 * origin. Screenshots of each view go to test-results/screenshots/.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp, waitReady, type AppRun } from './support/views.ts';
import { audienceSlideId, bothShown, overflowingBoxes, press, tripwire, viewState, waitShown } from './support/present-steps.ts';

let browser: Browser;
let app: AppRun | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  if (app) {
    // Whatever a test did: nothing left the origin, nothing asked for a dialog, nothing broke the CSP.
    expect(app.foreignRequests).toEqual([]);
    expect(app.dialogs).toEqual([]);
    for (const page of [app.presenter, app.audience]) expect((await tripwire(page)).csp).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
    app = undefined;
  }
});

async function deckLength(run: AppRun): Promise<number> {
  const current = run.host.session.current;
  if (!current) throw new Error('no deck open');
  return current.deck.slides.length;
}

describe('presenting the bundled report in Chromium', () => {
  it('opens the bundled report in both views, the hall on the hold screen with the meeting title', async () => {
    app = await startApp(browser);
    const deck = app.host.session.current?.deck;
    expect(deck?.meta.title).toBe('全力打造共同富裕示范区X的先行镇');
    expect(app.host.session.current?.source.name).toBe('town-congress-report.md');
    expect(await viewState(app.audience)).toMatchObject({ index: 0, screen: 'hold' });
    expect(await app.audience.locator('#cover').isVisible()).toBe(true);
    expect(await app.audience.locator('#cover .ps-title').textContent()).toBe('中共X镇第X次代表大会第一次会议');
    expect(await app.presenter.locator('#location').textContent()).toBe(`1/${deck?.slides.length}`);
    expect(await app.presenter.locator('#notes').textContent()).toContain('各位代表、同志们');
    await screenshot(app.audience, 'audience-hold-16x9-official');
  });

  it("keeps every button of the presenter's toolbar on screen on a 1366×768 laptop (the tools wrap)", async () => {
    app = await startApp(browser, { viewport: { width: 1366, height: 768 }, presenterOnly: true });
    const offScreen = await app.presenter.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.bar button'))
        .filter((button) => button.offsetParent !== null)
        .filter((button) => {
          const box = button.getBoundingClientRect();
          return box.right > window.innerWidth || box.left < 0 || box.width < 20;
        })
        .map((button) => button.id || button.textContent));
    expect(offScreen).toEqual([]);
    // The slides and the notes still get the room below the bar.
    expect(await app.presenter.locator('#preview-current').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(200);
    await screenshot(app.presenter, 'presenter-1366');
  });

  it('moves with keyboard and clicker keys, pressed in either view, and both views stay in step', async () => {
    app = await startApp(browser);
    const { presenter, audience } = app;
    const total = await deckLength(app);
    await press(presenter, 'ArrowRight'); // leaves the hold screen onto the first slide
    await bothShown(presenter, audience, 0, 'slides');
    await press(presenter, 'PageDown');
    await bothShown(presenter, audience, 1);
    await press(presenter, ' ');
    await bothShown(presenter, audience, 2);
    await press(presenter, 'ArrowLeft');
    await bothShown(presenter, audience, 1);
    await press(presenter, '1', '2', 'Enter');
    await bothShown(presenter, audience, 11);
    await press(presenter, 'End');
    await bothShown(presenter, audience, total - 1);
    await press(presenter, 'Home');
    await bothShown(presenter, audience, 0);
    // A clicker plugged into the hall's machine: keys in the audience window drive the show too.
    await press(audience, 'PageDown', 'PageDown', 'ArrowDown');
    await bothShown(presenter, audience, 3);
    await press(audience, 'PageUp');
    await bothShown(presenter, audience, 2);
    const deck = app.host.session.current?.deck;
    expect(await audienceSlideId(audience)).toBe(deck?.slides[2]?.id);
    const [p, a] = [await viewState(presenter), await viewState(audience)];
    expect(p.seq).toBe(a.seq);
    expect(await presenter.locator('#notes').textContent()).toBe(deck?.slides[2]?.notes.replace(/\n+/g, ''));
  });

  it('shows black, white and the hold screen on demand; a clicker press brings the slide back without moving', async () => {
    app = await startApp(browser);
    const { presenter, audience } = app;
    await press(presenter, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await bothShown(presenter, audience, 2, 'slides');
    await press(presenter, 'b');
    await bothShown(presenter, audience, 2, 'black');
    expect(await audience.evaluate(() => getComputedStyle(document.getElementById('cover') as HTMLElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await presenter.locator('#hall-status').textContent()).toBe('会场：黑屏');
    await screenshot(audience, 'audience-black');
    await press(presenter, 'ArrowRight');
    await bothShown(presenter, audience, 2, 'slides');
    await press(presenter, 'w');
    await bothShown(presenter, audience, 2, 'white');
    expect(await audience.evaluate(() => getComputedStyle(document.getElementById('cover') as HTMLElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await press(presenter, 'w');
    await bothShown(presenter, audience, 2, 'slides');
    await press(presenter, '.');
    await bothShown(presenter, audience, 2, 'black');
    await press(presenter, 'h');
    await bothShown(presenter, audience, 2, 'hold');
    expect(await audience.locator('#cover .ps-title').isVisible()).toBe(true);
    // The operator can jump behind the hold screen; the hall sees nothing until slides are shown.
    await press(presenter, '5', 'Enter');
    await bothShown(presenter, audience, 4, 'hold');
    await presenter.locator('#btn-slides').click();
    await bothShown(presenter, audience, 4, 'slides');
    expect(await audience.locator('#cover').isVisible()).toBe(false);
  });

  it('pauses and resumes the clock, and resets it', async () => {
    app = await startApp(browser, { presenterOnly: true });
    const { presenter } = app;
    await press(presenter, 'ArrowRight');
    await expect.poll(() => presenter.locator('#elapsed').textContent(), { timeout: 5_000 }).not.toBe('00:00');
    await press(presenter, 'p');
    await expect.poll(() => presenter.locator('#btn-pause').textContent()).toBe('继续');
    const paused = await presenter.locator('#elapsed').textContent();
    await presenter.waitForTimeout(2_100);
    expect(await presenter.locator('#elapsed').textContent()).toBe(paused);
    expect(await presenter.locator('#elapsed').getAttribute('data-paused')).toBe('true');
    await presenter.locator('#btn-pause').click();
    await expect.poll(() => presenter.locator('#elapsed').textContent(), { timeout: 5_000 }).not.toBe(paused);
    expect(await presenter.locator('#btn-pause').textContent()).toBe('暂停');
    await presenter.locator('#btn-reset').click();
    await expect.poll(() => presenter.locator('#elapsed').textContent()).toBe('00:00');
  });

  it('keeps text inside every slide of the bundled report, 16:9 and 4:3, and saves screenshots of each look', async () => {
    app = await startApp(browser);
    const { presenter, audience } = app;
    const total = await deckLength(app);
    await press(presenter, 'ArrowRight');
    const overflow: string[] = [];
    for (let i = 0; i < total; i += 1) {
      await press(presenter, ...String(i + 1).split(''), 'Enter');
      await waitShown(audience, i, 'slides');
      overflow.push(...(await overflowingBoxes(audience)));
    }
    expect(overflow).toEqual([]);
    for (const [n, name] of [[1, 'title'], [4, 'section'], [6, 'content']] as const) {
      await press(presenter, String(n), 'Enter');
      await waitShown(audience, n - 1);
      await screenshot(audience, `audience-16x9-official-${name}`);
    }
    await press(presenter, '7', 'Enter');
    await waitShown(presenter, 6);
    await screenshot(presenter, 'presenter');

    await app.host.session.setCompileOptions({ aspect: '4:3' });
    await audience.waitForFunction(() => document.documentElement.classList.contains('aspect-4-3'));
    await audience.setViewportSize({ width: 1200, height: 900 });
    for (let i = 0; i < total; i += 1) {
      await press(presenter, ...String(i + 1).split(''), 'Enter');
      await waitShown(audience, i, 'slides');
      overflow.push(...(await overflowingBoxes(audience)));
    }
    expect(overflow).toEqual([]);
    // reveal.js is told the window's size without measuring it (audience/main.ts); it follows the resize.
    expect(await audience.evaluate(() => document.body.style.getPropertyValue('--viewport-width'))).toBe('1200px');
    await press(presenter, '7', 'Enter');
    await waitShown(audience, 6);
    await screenshot(audience, 'audience-4x3-official-content');

    await app.host.session.setCompileOptions({ theme: 'dark' });
    await audience.waitForFunction(() => document.documentElement.classList.contains('theme-dark'));
    await audience.setViewportSize({ width: 1600, height: 900 });
    for (const [n, name] of [[1, 'title'], [4, 'section'], [7, 'content']] as const) {
      await press(presenter, String(n), 'Enter');
      await waitShown(audience, n - 1);
      await screenshot(audience, `audience-16x9-dark-${name}`);
    }
    await app.host.session.setCompileOptions({ theme: 'light', aspect: '16:9' });
    await audience.waitForFunction(() => document.documentElement.classList.contains('theme-light'));
    await screenshot(audience, 'audience-16x9-light-content');
  });

  it('jumps from the outline and from search, remembers the notes size and the language', async () => {
    app = await startApp(browser);
    const { presenter, audience } = app;
    const deck = app.host.session.current?.deck;
    const section = deck?.sections[2];
    if (!deck || !section) throw new Error('the bundled deck has at least three sections');
    await presenter.locator('#btn-outline').click();
    await presenter.locator(`.outline-section-head[data-slide-id="${section.slideIds[0]}"]`).click();
    const sectionIndex = deck.slides.findIndex((s) => s.id === section.slideIds[0]);
    await bothShown(presenter, audience, sectionIndex);
    expect(await presenter.locator('#outline').isHidden()).toBe(true);
    // The breadcrumb names the section with its words, shortened to the toolbar's room (the whole in the tooltip).
    const crumb = presenter.locator('#location-path');
    expect(await crumb.getAttribute('title')).toBe(`${section.label}${section.title}`);
    // Too long for the toolbar at this width: the words are there, cut by an ellipsis, not dropped.
    expect(await crumb.textContent()).toBe(`${section.label}${section.title}`);
    expect(await crumb.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    expect(await presenter.locator('#location').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThan(await presenter.locator('.hall').evaluate((el) => el.getBoundingClientRect().left));
    await screenshot(presenter, 'presenter-breadcrumb');

    const target = deck.slides.findIndex((s, i) => i > sectionIndex + 2 && s.notes.length > 40);
    const phrase = deck.slides[target]?.notes.slice(10, 22) ?? '';
    await press(presenter, 'Control+f');
    await presenter.locator('#search-input').fill(phrase);
    await expect.poll(() => presenter.locator('.search-hit').count()).toBeGreaterThan(0);
    await presenter.locator('#search-input').press('Enter');
    await bothShown(presenter, audience, target);

    const size = (): Promise<string> => presenter.locator('#notes').evaluate((el) => getComputedStyle(el).fontSize);
    const before = await size();
    await presenter.locator('#btn-font-bigger').click();
    await presenter.locator('#btn-font-bigger').click();
    const bigger = await size();
    expect(parseFloat(bigger)).toBe(parseFloat(before) + 8);
    expect(await presenter.locator('#btn-rehearse').textContent()).toBe('开始排练');
    await presenter.locator('#btn-lang').click();
    await expect.poll(() => presenter.locator('#btn-outline').textContent()).toBe('Outline');
    // The rehearsal controls follow the switch too, not only after a reload.
    expect(await presenter.locator('#btn-rehearse').textContent()).toBe('Rehearse');
    expect(await presenter.locator('#btn-rehearsal-report').textContent()).toBe('Rehearsal report');
    expect(await presenter.locator('#btn-teleprompter').textContent()).toBe('Teleprompter');
    await presenter.reload();
    await waitReady(presenter);
    expect(await size()).toBe(bigger);
    expect(await presenter.locator('#btn-outline').textContent()).toBe('Outline');
    expect(await presenter.locator('#btn-rehearse').textContent()).toBe('Rehearse');
    expect(await presenter.locator('#btn-teleprompter').textContent()).toBe('Teleprompter');
    // The show went on while the presenter reloaded: it comes back where the hall is.
    expect((await viewState(presenter)).index).toBe(target);
    await presenter.locator('#btn-lang').click();
    await expect.poll(() => presenter.locator('#btn-outline').textContent()).toBe('目录');
    // `npm start -- --lang en` puts ?lang=en in the address: taken as the user's choice.
    await presenter.goto(`${presenter.url().split('?')[0]}?lang=en`);
    await waitReady(presenter);
    expect(await presenter.locator('#btn-outline').textContent()).toBe('Outline');
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('opens the audience window with F5; a view opened late, or left alone, carries on from the current slide', async () => {
    app = await startApp(browser, { presenterOnly: true });
    const { presenter, context } = app;
    await press(presenter, 'ArrowRight', '9', 'Enter');
    await waitShown(presenter, 8, 'slides');
    const opened = context.waitForEvent('page');
    await press(presenter, 'F5');
    const audience = await opened;
    app.audience = audience;
    await waitReady(audience);
    await waitShown(audience, 8, 'slides');
    expect(new URL(audience.url()).pathname).toBe('/index.html');
    // Opened without an opener (a process of its own); F5 again finds it open and opens no second one.
    expect(await audience.evaluate(() => window.opener === null)).toBe(true);
    await press(presenter, 'F5');
    await expect.poll(() => presenter.locator('#notice').textContent()).toMatch(/观众窗口已经打开|already open/);
    expect(context.pages()).toHaveLength(2);
    // The presenter (the state's owner) closes: the hall keeps its slide and its keys still work.
    await presenter.close();
    await press(audience, 'ArrowRight');
    await waitShown(audience, 9, 'slides');
    app.presenter = audience;
  });

  it('makes no request outside the app during a whole run-through', async () => {
    app = await startApp(browser);
    const { presenter, audience } = app;
    const total = await deckLength(app);
    await press(presenter, 'ArrowRight');
    for (let i = 1; i < total; i += 1) await press(presenter, 'ArrowRight');
    await bothShown(presenter, audience, total - 1, 'slides');
    await press(presenter, 'b', 'b', 'w', 'w', 'h', 'h', 'Home');
    await bothShown(presenter, audience, 0, 'slides');
    await presenter.locator('#btn-outline').click();
    await presenter.locator('#btn-outline').click();
    await presenter.locator('#btn-recent').click();
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('when the host cannot make fonts', () => {
  it('the presenter says so, the text shows in the bundled fonts, and the show goes on', async () => {
    app = await startApp(browser, {
      prepareContext: async (context) => {
        await context.route('**/api/fonts', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'font engine did not start' }));
      },
    });
    const notice = app.presenter.locator('#notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('font engine did not start');
    expect(await notice.textContent()).toContain('内置字体');
    // The hall carries on: a key press still moves both views.
    await press(app.presenter, 'ArrowRight', 'ArrowRight');
    await bothShown(app.presenter, app.audience, 1, 'slides');
    // The hall's slide is set in the bundled fonts, and the hall is told nothing.
    const loaded = await app.audience.evaluate(() => {
      const families: string[] = [];
      document.fonts.forEach((face) => {
        if (face.status === 'loaded') families.push(face.family);
      });
      return families;
    });
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((family) => /Noto S(ans|erif) SC/.test(family))).toBe(true);
    expect(await app.audience.locator('#notice').count()).toBe(0);
    // The refused requests are the only console errors (Chromium logs each failed load).
    expect(app.pageErrors.every((message) => message.includes('500'))).toBe(true);
    app.pageErrors.length = 0;
  });
});

describe('opening reports from the presenter', () => {
  it('opens a file from the Open button, one dropped on the window, and a recent file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-open-e2e-'));
    const file = join(dir, 'report.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    app = await startApp(browser, { file });
    const { presenter, audience } = app;
    const chooser = presenter.waitForEvent('filechooser');
    await presenter.locator('#btn-open').click();
    await (await chooser).setFiles({ name: '讲话稿.txt', mimeType: 'text/plain', buffer: Buffer.from('关于做好年度工作的讲话\n\n一、总体要求\n\n我们要坚持稳中求进，全面完成各项任务。\n', 'utf8') });
    await audience.waitForFunction(() => document.title === '关于做好年度工作的讲话');
    await expect.poll(() => presenter.locator('#location').textContent()).toMatch(/^1\/\d+$/);

    // Drag and drop: a file dropped anywhere on the presenter window.
    await presenter.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['二、重点任务\n\n抓好项目建设，办好民生实事。\n'], '任务.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await audience.waitForFunction(() => document.querySelector('.reveal .slides')?.textContent?.includes('二、重点任务') ?? false);
    expect(await presenter.locator('#drop-cover').isHidden()).toBe(true);

    // The report given at start was opened by path, so it is a recent file: reopen it.
    await presenter.locator('#btn-recent').click();
    const recent = presenter.locator('#recent-menu button');
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.first().textContent()).toBe('report.md');
    await recent.first().click();
    await audience.waitForFunction(() => document.title === '全力打造共同富裕示范区X的先行镇');
    await rm(dir, { recursive: true, force: true });
  });
});
